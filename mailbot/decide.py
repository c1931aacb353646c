"""Facts + procedure → Decision. Pure: no I/O, no clock; the mail's date comes in as a value.

The chain itself is data (the procedure's [[rules]]); this module only knows how to test a
rule's conditions, so a new organisation's chain needs no Python.
"""
from __future__ import annotations

from datetime import date

from .model import Decision, Facts
from .procedure import Procedure, Rule


def months_before(day: date, months: int) -> date:
    """The same day `months` calendar months earlier (31 March - 1 month = 28/29 February)."""
    y, m = divmod(day.year * 12 + day.month - 1 - months, 12)
    m += 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(y, m, d)
        except ValueError:
            continue
    raise ValueError(day)


def conditions(facts: Facts, procedure: Procedure, mail_date: date) -> dict[str, bool]:
    limit = procedure.deadlines.get("too_old_months", 0)
    too_old = bool(limit and facts.latest_incident and facts.latest_incident < months_before(mail_date, limit))
    return {
        "in_court": facts.flags.in_court,
        "previously_handled": facts.flags.previously_handled,
        "informal_step_done": facts.flags.informal_step_done,
        "too_old": too_old,
        "missing_student": not facts.student_name,
        "missing_facts": not facts.has_facts,
        "urgent": facts.urgent,
    }


def _applies(rule: Rule, facts: Facts, held: dict[str, bool]) -> bool:
    if rule.category and facts.category not in rule.category:
        return False
    if rule.formal is not None and bool(facts.formal) != rule.formal:
        return False
    if not all(held[c] for c in rule.all) or any(held[c] for c in rule.none):
        return False
    return not rule.any or any(held[c] for c in rule.any)


def decide(facts: Facts, procedure: Procedure, *, mail_date: date) -> Decision:
    held = conditions(facts, procedure, mail_date)
    for rule in procedure.rules:
        if not _applies(rule, facts, held):
            continue
        if rule.reasons_from == "any":
            reasons = tuple(c for c in rule.any if held[c])
        elif rule.reasons_from == "ignore_reason":
            reasons = (facts.ignore_reason or "not_complaint",)
        else:
            reasons = rule.reasons
        ignore = rule.decision == "ignore"
        urgent = not ignore and (facts.urgent or rule.urgent)
        fired = (rule.name,) + (("urgent",) if urgent else ())
        return Decision(decision=rule.decision, reasons=reasons, rules_fired=fired,
                        template=None if ignore else rule.template or procedure.templates.get(rule.decision),
                        referral_to=rule.referral_to, urgent=urgent)
    # rules check rejects a chain without a catch-all that leaves a category undecided; be explicit anyway.
    return Decision(decision="needs_info", reasons=(), rules_fired=("no_rule_applied",),
                    template=procedure.templates.get("needs_info"), urgent=facts.urgent)
