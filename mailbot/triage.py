"""Triage one mail (or a parent's thread): extract facts, decide, and print the scorer's contract."""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Sequence, TextIO

from .decide import decide
from .errors import MailbotError
from .dayrank import day_model_for, day_opinion, weigh_day
from .examples import model_for, weigh
from .extract import extract
from .extract.text import mail_text
from .model import Decision, Facts, ParsedMail
from .parse import parse_bytes
from .procedure import Procedure
from .rulecheck import load_checked


@dataclass(frozen=True)
class Triage:
    facts: Facts
    decision: Decision


def triage(mail: ParsedMail, procedure: Procedure, *, thread: Sequence[ParsedMail] = (),
           previously_handled: bool = False) -> Triage:
    facts = extract(mail, procedure, thread)
    if procedure.examples is not None and facts.ignore_reason is None:
        text = mail_text(mail, tuple(thread))
        opinion = model_for(procedure.examples).opinion(procedure.name, text.subject + "\n" + "\n".join(text.sentences))
        facts = weigh(facts, opinion, min_confidence=procedure.examples_min_confidence,
                      ignore_category=procedure.ignore_category)
        if procedure.examples_date_margin is not None and facts.latest_incident is not None and mail.date:
            day = day_opinion(day_model_for(procedure.examples), text.sentences, text.bases, mail.date.date(),
                              (procedure.country, procedure.subdivision), facts.latest_incident)
            facts = weigh_day(facts, day, min_margin=procedure.examples_date_margin)
    if previously_handled and not facts.flags.previously_handled and facts.ignore_reason is None:
        facts = replace(facts, flags=replace(facts.flags, previously_handled=True))
    when = (mail.date or max((m.date for m in thread if m.date), default=None))
    # Without any Date: header nothing can be judged too old: an early reference date keeps too_old false.
    mail_date = when.date() if when else date(1970, 1, 1)
    return Triage(facts, decide(facts, procedure, mail_date=mail_date))


def contract_json(t: Triage, *, file: str | None = None) -> dict:
    f, d = t.facts, t.decision
    return {
        "file": file,
        "student_name": f.student_name,
        "latest_incident": f.latest_incident.isoformat() if f.latest_incident else None,
        "category": f.category,
        "formal": f.formal,
        "flags": {"in_court": f.flags.in_court, "previously_handled": f.flags.previously_handled,
                  "informal_step_done": f.flags.informal_step_done},
        "decision": d.decision,
        "reasons": list(d.reasons),
        "urgent": d.urgent,
        "rules_fired": list(d.rules_fired),
        "evidence": [{"rule": e.rule, "phrase": e.phrase} for e in f.evidence],
        "facts": list(f.fact_sentences),
    }


def explain(t: Triage, file: str) -> str:
    d, f = t.decision, t.facts
    lines = [f"{file}: {d.decision}" + (f" ({', '.join(d.reasons)})" if d.reasons else "") +
             ("  URGENT" if d.urgent else ""),
             f"  rule fired: {', '.join(d.rules_fired)}",
             f"  student: {f.student_name or '-'}   latest incident: {f.latest_incident or '-'}   "
             f"category: {f.category}   formal: {f.formal}"]
    for e in f.evidence:
        lines.append(f"  because {e.rule}: \"{e.phrase}\"")
    if d.referral_to:
        lines.append(f"  referred to: {', '.join(d.referral_to)}")
    return "\n".join(lines)


def cli(files: Sequence[str], *, procedure: str, rules_dir: Path | None = None, as_json: bool = False,
        explain: bool = False, out: TextIO = sys.stdout) -> int:
    try:
        proc = load_checked(procedure, rules_dir)
    except MailbotError as exc:
        print(f"mailbot: {exc}", file=sys.stderr)
        return 2
    status = 0
    for name in files:
        try:
            t = triage(parse_bytes(Path(name).read_bytes()), proc)
        except (OSError, MailbotError) as exc:
            status = 1
            if as_json:
                print(json.dumps({"file": name, "error": f"{type(exc).__name__}: {exc}"}, ensure_ascii=False), file=out)
            else:
                print(f"{name}: error: {exc}", file=out)
            continue
        if as_json:
            print(json.dumps(contract_json(t, file=name), ensure_ascii=False), file=out)
        else:
            print(_explain(t, name) if explain else _summary(t, name), file=out)
    return status


_explain = explain


def _summary(t: Triage, name: str) -> str:
    d, f = t.decision, t.facts
    return (f"{name}: {d.decision} {list(d.reasons)} student={f.student_name!r} "
            f"incident={f.latest_incident} category={f.category}" + (" URGENT" if d.urgent else ""))
