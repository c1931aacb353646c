"""The parent writes in the thread of an existing case (a mixin of cases.Cases).

Three things can happen: the missing information arrives (triage again on the whole thread),
the parent says the director's answer did not solve it (the procedure's next step is offered),
or the parent writes into a closed case (it reopens). Anything else is passed to the director.
"""
from __future__ import annotations

from datetime import datetime

from .errors import ParseError
from .intent import not_solved
from .model import ParsedMail
from .parse import parse_bytes
from .triage import contract_json, triage


class ParentMail:
    def on_parent_mail(self, case, mail: ParsedMail, now: datetime) -> None:
        if case.state == "closed":
            case = self.transition(case, "reopen", now, "the parent wrote in the thread of a closed case")
            if case.decision == "needs_info":
                self.info_received(case, mail, now)
            else:
                self.tell_director(case, mail, now, "director/parent_wrote")
            return
        if case.state == "waiting_info":
            if case.decision == "needs_info":
                self.info_received(case, mail, now)
            else:
                case = self.transition(case, "question_answered", now, "the parent answered the question")
                self.tell_director(case, mail, now, "director/parent_wrote")
            return
        if case.state in ("answered", "mediation_offered"):
            phrase = not_solved(mail.body)
            if phrase:
                self.offer_next_step(case, mail, phrase, now)
                return
        self.tell_director(case, mail, now, "director/parent_wrote")

    def info_received(self, case, mail: ParsedMail, now: datetime) -> None:
        """Triage the whole thread again: the name may be in the first mail, the facts in this one."""
        result = triage(mail, self.procedure, thread=self.parent_thread(case, mail))
        data = contract_json(result)
        if result.decision.decision == "ignore":
            # "Dank u, ik zoek het op" is no information; the case keeps waiting and its deadlines run on.
            self.tell_director(case, mail, now, "director/parent_wrote")
            return
        facts = result.facts
        case = self.store.update_case(case.id, now, student_name=facts.student_name, category=facts.category,
                                      decision=result.decision.decision, urgent=case.urgent or result.decision.urgent,
                                      triage=data)
        case = self.transition(case, "info_received", now, f"mail {mail.message_id}; triage again on the thread")
        self.apply_decision(case, mail, result, data, now, "director/info_received")

    def parent_thread(self, case, mail: ParsedMail) -> list[ParsedMail]:
        """The parent's earlier mails in this case, oldest first (those whose bytes are still kept)."""
        out = []
        for m in self.store.messages(case.id):
            if m.role != "parent" or m.direction != "in" or m.message_id == mail.message_id or not m.raw:
                continue
            try:
                out.append(parse_bytes(bytes(m.raw)))
            except ParseError:
                continue
        return out

    def offer_next_step(self, case, mail: ParsedMail, phrase: str, now: datetime) -> None:
        """Each "not solved" offers the following body of the procedure's next_steps, then the last again."""
        steps = [k for k in self.procedure.next_steps if k in self.procedure.bodies]
        offered = sum(1 for e in self.store.events(case.id) if e.kind == "next_step")
        case = self.transition(case, "not_solved", now, f'the parent wrote "{phrase}"')
        if not steps:
            self.tell_director(case, mail, now, "director/not_solved", context={"phrase": phrase, "body": None})
            return
        body = self.procedure.bodies[steps[min(offered, len(steps) - 1)]]
        after = self.procedure.bodies[steps[offered + 1]] if offered + 1 < len(steps) else None
        self.store.event(case.id, "next_step", now, f"offered: {body.name}")
        self.to_parent(case, "parent/next_step", now, thread=mail, context={"body": body, "after": after})
        self.tell_director(case, mail, now, "director/not_solved", context={"phrase": phrase, "body": body})

    def tell_director(self, case, mail: ParsedMail, now: datetime, template: str, context: dict | None = None):
        self.to_director(case, template, now, context={"text": mail.body, "sender": mail.from_addr,
                                                        **(context or {})})
