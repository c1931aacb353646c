"""The deadline sweep: every due deadline in the database becomes a reminder, a closure or an escalation.

Each deadline is finished and acted on in one transaction, together with the mail it queues, so
a crash or a restart between the two can neither lose the follow-up nor send it twice.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from .states import FOLLOWS


@dataclass
class TickResult:
    done: list[str] = field(default_factory=list)       # "KL-2026-0001 info_reminder", ...


class FollowUp:
    def __init__(self, cases, log):
        self.cases = cases
        self.store = cases.store
        self.log = log

    def tick(self, now: datetime) -> TickResult:
        result = TickResult()
        for deadline in self.store.due_deadlines(now):
            with self.store.transaction():
                if not self.store.finish_deadline(deadline.id, now):
                    continue                       # another worker took it
                case = self.store.case_by_id(deadline.case_id)
                self.store.event(case.id, "deadline_due", now, deadline.kind)
                getattr(self, f"_{deadline.kind}")(case, now)
                if deadline.kind in FOLLOWS:
                    kind, key = FOLLOWS[deadline.kind]
                    self.cases.schedule(self.store.case_by_id(case.id), kind, key, now)
            result.done.append(f"{case.ref} {deadline.kind}")
            self.log.info("case %s: %s", case.ref, deadline.kind)
        return result

    # -- one handler per deadline kind ----------------------------------------------------
    def _info_reminder(self, case, now: datetime) -> None:
        self.cases.to_parent(case, "parent/info_reminder", now, context={"reasons": case.triage.get("reasons", [])})

    def _info_close(self, case, now: datetime) -> None:
        if case.urgent:
            # An urgent case is about a child in danger: it stays open, the director decides.
            self.store.event(case.id, "not_closed", now, "urgent cases are never closed automatically")
            self.cases.to_director(case, "director/reminder", now, urgent=True, context={"kind": "urgent_no_info"})
            return
        case = self.cases.transition(case, "info_timeout", now, "the parent did not send the missing information")
        self.cases.to_parent(case, "parent/closed", now, context={"reason": "no_info"})

    def _director_reminder(self, case, now: datetime) -> None:
        self.cases.to_director(case, "director/reminder", now, context={"kind": "no_answer"})

    def _director_escalate(self, case, now: datetime) -> None:
        bodies = [self.cases.procedure.bodies[k] for k in self.cases.procedure.escalation
                  if k in self.cases.procedure.bodies]
        case = self.cases.transition(case, "director_silent", now,
                                     "no answer after the reminder; escalated to "
                                     + (", ".join(b.name for b in bodies) or "the director"))
        policy = self.cases.policy
        to = policy.escalation_addresses[0] if policy.escalation_addresses else None
        cc = (*policy.escalation_addresses[1:], self.cases.sender.director_address) if to else ()
        self.cases.to_director(case, "director/escalation", now, to=to, cc=cc, context={"bodies": bodies})
        self.cases.to_parent(case, "parent/status", now)

    def _approval_reminder(self, case, now: datetime) -> None:
        drafts = self.store.outbox(case.id, state="held")
        if drafts:
            self.cases.to_director(case, "director/approval_reminder", now,
                                   context={"draft": drafts[0].mail.body})
