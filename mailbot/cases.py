"""Case work: open a case from a triaged mail, apply decisions, move it through the state table.

Mail in an existing thread is handled by the two mixins: `parent.ParentMail` (missing info, not
solved, reopening) and `director.DirectorMail` (answers and commands). Every state change goes
through `transition`, which records the cause and keeps the case's deadlines in step with its
state (see states.ENTRY_DEADLINES), so a restart never loses a follow-up.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from .calendar import WorkCalendar
from .compose import Sender, notice, reply
from .director import DirectorMail
from .model import ParsedMail
from .parent import ParentMail
from .procedure import Procedure
from .render import Renderer
from .states import ENTRY_DEADLINES, next_state
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
    trusted_authserv_ids: tuple[str, ...] = ()
    allow_unauthenticated_commands: bool = False
    escalation_addresses: tuple[str, ...] = ()


@dataclass(frozen=True)
class Tip:
    """The latest mail of the parent's thread, for threading a follow-up nobody replied to."""

    message_id: str
    subject: str
    references: tuple[str, ...] = ()


class Cases(ParentMail, DirectorMail):
    def __init__(self, store, procedure: Procedure, renderer: Renderer, sender: Sender, policy: Policy, log,
                 calendar: WorkCalendar | None = None):
        self.store = store
        self.procedure = procedure
        self.renderer = renderer
        self.sender = sender
        self.policy = policy
        self.log = log
        self.calendar = calendar

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
        self.apply_decision(case, mail, opened.result, opened.triage, now, "director/new_case")

    def apply_decision(self, case, mail, result: Triage, data: dict, now: datetime, notice_template: str) -> None:
        """Queue the parent's reply (held when it is a hard answer) and the director's notice."""
        decision = result.decision
        held = self.policy.approval_required and decision.decision in HARD_ANSWERS
        self.store.event(case.id, "decided", now, json.dumps(
            {"decision": decision.decision, "reasons": list(decision.reasons),
             "rules_fired": list(decision.rules_fired)}, ensure_ascii=False))
        parent_mail = self.parent_reply(case, mail, decision)
        self.store.enqueue(parent_mail, audience="parent", template=decision.template, case_id=case.id,
                           now=now, held=held)
        case = self.transition(case, "held_for_approval" if held else decision.decision, now,
                               "waiting for the director's #akkoord" if held else f"triage: {decision.decision}")
        self.to_director(case, notice_template, now, urgent=decision.urgent, context={
            "parent_name": mail.from_name or mail.from_addr, "decision": decision, "triage": data,
            "facts": result.facts.fact_sentences, "reply_held": held, "reply_template": decision.template,
            "draft": parent_mail.body})

    def parent_reply(self, case, thread, decision, template: str | None = None):
        """The parent's answer to a decision, rendered but not queued (the director's notice shows it)."""
        bodies = [self.procedure.bodies[k] for k in decision.referral_to if k in self.procedure.bodies]
        return self._parent_mail(case, template or decision.template, thread,
                                 {"decision": decision, "bodies": bodies})

    # -- mail in an existing thread -------------------------------------------------------
    def on_reply(self, case, mail: ParsedMail, role: str, now: datetime, *, from_mailbox: bool = False) -> None:
        self.store.event(case.id, f"{role}_message", now, f"mail {mail.message_id} joined the case")
        if role == "director":
            self.on_director_mail(case, mail, now, from_mailbox=from_mailbox)
        elif role == "parent":
            self.on_parent_mail(case, mail, now)

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
                self.to_director(case, "director/bounce", now, urgent=True,
                                 context={"address": ", ".join(item.mail.to)})
            return case.ref
        return None

    # -- the state machine and its deadlines ----------------------------------------------
    def transition(self, case, event: str, now: datetime, cause: str):
        new = next_state(case.state, event)
        fields = {"state": new}
        if new == "closed":
            fields["closed_at"] = now
        elif case.state == "closed":
            fields["closed_at"] = None
        updated = self.store.update_case(case.id, now, **fields)
        self.store.event(case.id, "state", now, f"{case.state} -> {new} ({event}): {cause}")
        # A deadline belongs to the state that set it: leaving the state ends it.
        self.store.cancel_deadlines(case.id, now)
        if new in ENTRY_DEADLINES:
            kind, key = ENTRY_DEADLINES[new]
            if kind == "director_reminder" and updated.urgent:
                key = "urgent_reminder_days"
            self.schedule(updated, kind, key, now)
        return updated

    def schedule(self, case, kind: str, key: str, now: datetime) -> datetime:
        days = self.procedure.deadlines.get(key, 1 if key == "urgent_reminder_days" else 5)
        due = self.calendar.add_working_days(now, days) if self.calendar else now + timedelta(days=days)
        self.store.add_deadline(case.id, kind, due)
        local = due.astimezone(self.calendar.tz) if self.calendar else due
        self.store.event(case.id, "deadline", now, f"{kind} set for {local:%Y-%m-%d %H:%M} "
                                                   f"({days} working days, {key})")
        return due

    # -- outgoing mail --------------------------------------------------------------------
    def tip(self, case) -> Tip:
        parents = [m for m in self.store.messages(case.id) if m.direction == "in" and m.role == "parent"]
        last = parents[-1] if parents else None
        if last is None:
            return Tip(case.root_message_id, case.subject)
        refs = (case.root_message_id,) if last.message_id != case.root_message_id else ()
        return Tip(last.message_id, last.subject or case.subject, refs)

    def to_parent(self, case, template: str, now: datetime, *, thread=None, context: dict | None = None,
                  held: bool = False) -> None:
        case = self.store.case_by_id(case.id)
        out = self._parent_mail(case, template, thread, context or {})
        self.store.enqueue(out, audience="parent", template=template, case_id=case.id, now=now, held=held)

    def _parent_mail(self, case, template: str, thread, context: dict):
        """In the parent's thread: the mail answered, or else the latest the parent sent (see tip)."""
        return reply(self.renderer, self.sender, template=template, to=case.parent_address,
                     thread=thread or self.tip(case), ref=case.ref, subject=case.subject,
                     context={"case": case, "parent_name": case.parent_name, **context})

    def to_director(self, case, template: str, now: datetime, *, context: dict | None = None,
                    urgent: bool = False, to: str | None = None, cc: tuple[str, ...] = ()) -> None:
        case = self.store.case_by_id(case.id)
        first = next((o for o in self.store.outbox(case.id) if o.audience == "director"), None)
        out = notice(self.renderer, self.sender, template=template, ref=case.ref, to=to,
                     in_reply_to=first.mail.message_id if first else None,
                     context={"case": case, "parent_name": case.parent_name or case.parent_address,
                              **(context or {})})
        if cc:
            out = replace(out, cc=tuple(cc))
        self.store.enqueue(out, audience="director", template=template, case_id=case.id, now=now,
                           urgent=urgent or case.urgent)
