"""Case work: open a case from a triaged mail, queue its replies, and react to mail in its thread."""
from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from .compose import Sender, notice, reply
from .model import ParsedMail
from .procedure import Procedure
from .render import Renderer
from .states import next_state
from .triage import Triage, contract_json, triage

HARD_ANSWERS = ("inadmissible", "referral")


@dataclass(frozen=True)
class Opened:
    case: object | None         # CaseRecord, or None when the mail opened no case
    triage: dict
    reason: str = ""
    result: Triage | None = None


@dataclass(frozen=True)
class Policy:
    """Per-mailbox switches that shape what the bot does on its own."""

    approval_required: bool = True
    bounce_suppress_days: int = 14


class Cases:
    def __init__(self, store, procedure: Procedure, renderer: Renderer, sender: Sender, policy: Policy, log):
        self.store = store
        self.procedure = procedure
        self.renderer = renderer
        self.sender = sender
        self.policy = policy
        self.log = log

    # -- a new mail ---------------------------------------------------------------------
    def on_new_mail(self, mail: ParsedMail, now: datetime) -> Opened:
        earlier = bool(self.store.closed_cases_for(mail.from_addr, None))
        result = triage(mail, self.procedure)
        if earlier and result.facts.student_name:
            same = self.store.closed_cases_for(mail.from_addr, result.facts.student_name)
            if same and result.decision.decision != "ignore":
                result = triage(mail, self.procedure, previously_handled=True)
        data = contract_json(result)
        if result.decision.decision == "ignore":
            return Opened(None, data, reason=(result.decision.reasons or ("not_complaint",))[0], result=result)
        facts = result.facts
        case = self.store.create_case(
            ref=self.store.next_ref(now.year), procedure=self.procedure.name, state="new",
            parent_address=mail.from_addr, parent_name=mail.from_name, student_name=facts.student_name,
            category=facts.category, decision=result.decision.decision, urgent=result.decision.urgent,
            subject=mail.subject, root_message_id=mail.message_id, triage=data, now=now)
        self.store.event(case.id, "received", now, f"mail {mail.message_id} from the parent")
        return Opened(case, data, result=result)

    def after_open(self, case, mail: ParsedMail, opened: Opened, now: datetime) -> None:
        decision = opened.result.decision
        held = self.policy.approval_required and decision.decision in HARD_ANSWERS
        self.store.event(case.id, "decided", now, json.dumps(
            {"decision": decision.decision, "reasons": list(decision.reasons),
             "rules_fired": list(decision.rules_fired)}, ensure_ascii=False))
        parent_mail = self.parent_reply(case, mail, decision)
        self.store.enqueue(parent_mail, audience="parent", template=decision.template, case_id=case.id,
                           now=now, held=held)
        self.transition(case, "held_for_approval" if held else decision.decision, now,
                        "waiting for the director's #akkoord" if held else f"triage: {decision.decision}")
        director = notice(self.renderer, self.sender, template="director/new_case", ref=case.ref, context={
            "case": self.store.case_by_id(case.id), "parent_name": mail.from_name or mail.from_addr,
            "decision": decision, "triage": opened.triage, "facts": opened.result.facts.fact_sentences,
            "reply_held": held, "reply_template": decision.template})
        self.store.enqueue(director, audience="director", template="director/new_case", case_id=case.id,
                           now=now, urgent=decision.urgent)

    def parent_reply(self, case, mail: ParsedMail | None, decision, template: str | None = None):
        bodies = [self.procedure.bodies[k] for k in decision.referral_to if k in self.procedure.bodies]
        return reply(self.renderer, self.sender, template=template or decision.template, to=case.parent_address,
                     thread=mail, ref=case.ref, subject=case.subject, context={
                         "case": case, "parent_name": case.parent_name, "decision": decision, "bodies": bodies})

    # -- mail in an existing thread -------------------------------------------------------
    def on_reply(self, case, mail: ParsedMail, role: str, now: datetime) -> None:
        self.store.event(case.id, f"{role}_message", now, f"mail {mail.message_id} joined the case")
        if role == "director":
            self.director_answered(case, now)

    def director_answered(self, case, now: datetime) -> None:
        if case.first_response_at is None:
            self.store.update_case(case.id, now, first_response_at=now)
            self.store.event(case.id, "first_response", now,
                             f"after {_hours(case.created_at, now)} hours")
        if case.state in ("open", "escalated", "reopened", "mediation_offered"):
            self.transition(case, "director_answered", now, "the director replied in the thread")

    def on_bounce(self, mail: ParsedMail, now: datetime) -> str | None:
        """A bounce of one of our own replies: suppress the address and tell the director."""
        for mid in mail.embedded_message_ids:
            item = self.store.outbox_by_message_id(mid)
            if item is None or item.case_id is None:
                continue
            case = self.store.case_by_id(item.case_id)
            for address in item.mail.to:
                self.store.suppress(address, now + timedelta(days=self.policy.bounce_suppress_days),
                                    f"bounce of {mid}")
            self.store.event(case.id, "bounced", now, f"reply {mid} to {', '.join(item.mail.to)} bounced")
            if item.audience == "parent":
                self.store.enqueue(notice(self.renderer, self.sender, template="director/bounce", ref=case.ref,
                                          context={"case": case, "address": ", ".join(item.mail.to)}),
                                   audience="director", template="director/bounce", case_id=case.id, now=now,
                                   urgent=True)
            return case.ref
        return None

    # -- helpers --------------------------------------------------------------------------
    def transition(self, case, event: str, now: datetime, cause: str):
        new = next_state(case.state, event)
        updated = self.store.update_case(case.id, now, state=new)
        self.store.event(case.id, "state", now, f"{case.state} -> {new} ({event}): {cause}")
        return replace(updated)


def _hours(start: datetime, end: datetime) -> int:
    return int((end - start).total_seconds() // 3600)
