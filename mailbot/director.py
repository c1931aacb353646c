"""The director writes in the thread of a case (a mixin of cases.Cases): an answer, or a command.

An answer is any mail of the director in the thread — a reply to the bot's notice, a reply to the
parent with the complaints address in CC, or a mail sent from the complaints mailbox itself.
A command (see commands.py) counts only in a reply to one of the bot's notices, and only when the
mail is authentic (authres.py) or was read from the mailbox's own Sent folder, which only someone
logged in to the mailbox can write to.
"""
from __future__ import annotations

from datetime import datetime

from .authres import Verdict, verdict
from .commands import Command, parse_command
from .model import Decision, ParsedMail
from .states import TransitionError, allowed


class DirectorMail:
    def on_director_mail(self, case, mail: ParsedMail, now: datetime, *, from_mailbox: bool = False) -> None:
        command = parse_command(mail.body) if self._replies_to_notice(mail) else None
        if command is None:
            self.director_answered(case, now)
            return
        check = self._authentic(mail, from_mailbox)
        if not check.authentic:
            self.log.warning("case %s: ignored #%s from %s: %s", case.ref, command.name, mail.from_addr, check.why)
            self.store.event(case.id, "command_refused", now,
                             f"#{command.name} in {mail.message_id} from {mail.from_addr}: not authenticated "
                             f"({check.why})")
            self.to_director(case, "director/spoofed", now, urgent=True, context={
                "command": command.name, "sender": mail.from_addr, "why": check.why,
                "message_id": mail.message_id})
            return
        self.store.event(case.id, "command", now, f"#{command.name} from {mail.from_addr} ({check.why})")
        try:
            getattr(self, f"_cmd_{command.name}")(case, command, mail, now)
        except TransitionError as exc:
            self._refuse(case, command, f"{exc}", now)

    def director_answered(self, case, now: datetime) -> None:
        if case.first_response_at is None:
            case = self.store.update_case(case.id, now, first_response_at=now)
            hours = int((now - case.created_at).total_seconds() // 3600)
            self.store.event(case.id, "first_response", now, f"after {hours} hours")
        if allowed(case.state, "director_answered"):
            self.transition(case, "director_answered", now, "the director replied in the thread")

    # -- commands -------------------------------------------------------------------------
    def _cmd_akkoord(self, case, command: Command, mail: ParsedMail, now: datetime) -> None:
        held = self.store.outbox(case.id, state="held")
        if not held:
            self._refuse(case, command, "er wacht geen conceptantwoord op akkoord", now)
            return
        event = f"approved_{case.decision}"
        if not allowed(case.state, event):
            self._refuse(case, command, f"dossier staat op {case.state}", now)
            return
        for item in held:
            fields = {"state": "pending", "not_before": now}
            if command.text:
                fields["body"] = command.text.strip() + "\n"
            self.store.set_outbox(item.id, now, **fields)
        how = "with the director's own text" if command.text else "as drafted"
        self.transition(case, event, now, f"#akkoord from {mail.from_addr}: the reply is sent {how}")

    def _cmd_sluiten(self, case, command: Command, mail: ParsedMail, now: datetime) -> None:
        for item in self.store.outbox(case.id, state="held"):
            self.store.set_outbox(item.id, now, state="cancelled")
        case = self.transition(case, "close", now, f"#sluiten from {mail.from_addr}")
        self.to_parent(case, "parent/closed", now, context={"reason": "director"})

    def _cmd_heropen(self, case, command: Command, mail: ParsedMail, now: datetime) -> None:
        case = self.transition(case, "reopen", now, f"#heropen from {mail.from_addr}")
        self.to_parent(case, "parent/reopened", now)      # the parent is told of every step

    def _cmd_doorverwijzen(self, case, command: Command, mail: ParsedMail, now: datetime) -> None:
        key = self._body_named(command.argument)
        if key is None:
            self._refuse(case, command, f"geen instantie gevonden voor {command.argument!r}; kies uit "
                                        f"{', '.join(self.procedure.bodies)}", now)
            return
        case = self.transition(case, "referred_by_director", now,
                               f"#doorverwijzen from {mail.from_addr}: to {self.procedure.bodies[key].name}")
        decision = Decision("referral", (), ("director",), "parent/referral", referral_to=(key,))
        out = self.parent_reply(case, None, decision)
        self.store.enqueue(out, audience="parent", template="parent/referral", case_id=case.id, now=now)

    def _cmd_info(self, case, command: Command, mail: ParsedMail, now: datetime) -> None:
        if not command.argument:
            self._refuse(case, command, "zet uw vraag achter #info, bv. '#info In welke klas zit uw zoon?'", now)
            return
        case = self.transition(case, "info_requested", now, f"#info from {mail.from_addr}")
        self.to_parent(case, "parent/question", now, context={"question": command.argument})

    # -- helpers --------------------------------------------------------------------------
    def _body_named(self, text: str) -> str | None:
        bodies = self.procedure.bodies
        if not text:
            steps = [k for k in self.procedure.next_steps if k in bodies]
            return steps[0] if steps else None
        word = text.strip().lower().removeprefix("naar ").strip()
        for key, body in bodies.items():
            if word == key or word in body.name.lower():
                return key
        return None

    def _replies_to_notice(self, mail: ParsedMail) -> bool:
        for mid in mail.thread_ids:
            item = self.store.outbox_by_message_id(mid)
            if item is not None and item.audience == "director":
                return True
        return False

    def _authentic(self, mail: ParsedMail, from_mailbox: bool) -> Verdict:
        if from_mailbox:
            return Verdict(True, "sent from the complaints mailbox itself")
        result = verdict(mail.header_all("authentication-results"), mail.from_addr,
                         self.policy.trusted_authserv_ids)
        if not result.authentic and self.policy.allow_unauthenticated_commands:
            return Verdict(True, "From matches (allow_unauthenticated_commands: a test setup)")
        return result

    def _refuse(self, case, command: Command, why: str, now: datetime) -> None:
        self.store.event(case.id, "command_failed", now, f"#{command.name}: {why}")
        self.to_director(case, "director/command_failed", now, context={"command": command.name, "why": why})
