"""One mail in: dedupe, parse, recognise machine mail, join a thread or open a case, queue replies.

Everything a mail changes (case, messages, events, outbox, deadlines) is written in one
transaction, so a crash never leaves half a decision or a reply without its case. The caller
moves the UID checkpoint afterwards; a crash in between only fetches the mail again, and the
Message-ID dedupe below skips it.
"""
from __future__ import annotations

import hashlib
import re
import traceback
from dataclasses import dataclass
from datetime import datetime

from .errors import CaseNotFound, ParseError, StoreError
from .loops import is_noreply, machine_kind
from .model import ParsedMail, RawMail
from .parse import parse_bytes

_MSGID = re.compile(rb"^message-id:[ \t]*(<[^>\r\n]+>)", re.I | re.M)
REF_IN_SUBJECT = re.compile(r"\[(KL-\d{4}-\d{4,})\]")


@dataclass(frozen=True)
class Outcome:
    """What happened to one mail, for the poll summary and the logs."""

    key: str
    disposition: str            # opened | joined | ignored:<why> | duplicate | quarantined
    case_ref: str | None = None


def raw_key(data: bytes) -> str:
    """The dedupe key before parsing: the Message-ID header, else a hash of the bytes."""
    found = _MSGID.search(data[:65536])
    if found:
        return found.group(1).decode("ascii", "replace").strip()
    return "<sha256-%s@mailbot.invalid>" % hashlib.sha256(data).hexdigest()[:32]


class Intake:
    """Routes each mail; case work is delegated to `cases` (the lifecycle)."""

    def __init__(self, store, cases, *, own_addresses: tuple[str, ...], director_addresses: tuple[str, ...],
                 max_bytes: int, log, sent_folder: str = ""):
        self.store = store
        self.sent_folder = sent_folder
        self.cases = cases
        self.own = {a.lower() for a in own_addresses}
        self.directors = {a.lower() for a in director_addresses}
        self.max_bytes = max_bytes
        self.log = log

    def process(self, raw: RawMail, now: datetime, *, retry: bool = False) -> Outcome:
        key = raw_key(raw.data)
        if self.store.seen(key, include_quarantine=not retry):
            return Outcome(key, "duplicate")
        try:
            mail = parse_bytes(raw.data, max_bytes=self.max_bytes)
        except ParseError as exc:
            return self._quarantine(raw, key, f"parse: {exc}", traceback.format_exc(), now)
        if mail.message_id != key and self.store.seen(mail.message_id, include_quarantine=not retry):
            return Outcome(mail.message_id, "duplicate")
        if not mail.from_addr:
            return self._quarantine(raw, key, "no usable From address: nobody to answer", "", now)
        try:
            with self.store.transaction():
                return self._route(raw, mail, now)
        except Exception as exc:  # one bad mail must never stop the poll: shunt it with its traceback
            if isinstance(exc, StoreError) and not isinstance(exc, CaseNotFound):
                raise             # the database, not the mail: the poll backs off, the mail is fetched again
            return self._quarantine(raw, mail.message_id, f"{type(exc).__name__}: {exc}",
                                    traceback.format_exc(), now)

    def _quarantine(self, raw: RawMail, key: str, reason: str, tb: str, now: datetime) -> Outcome:
        self.store.quarantine(key, raw.data, reason, tb, now, folder=raw.folder, uid=raw.uid)
        self.log.warning("quarantined message %s (uid %s): %s", key, raw.uid, reason.splitlines()[0][:200])
        return Outcome(key, "quarantined")

    def _record(self, raw: RawMail, mail: ParsedMail, now: datetime, disposition: str, role: str,
                case_id: int | None = None, triage: dict | None = None) -> None:
        self.store.add_message(
            message_id=mail.message_id, direction="in", role=role, disposition=disposition,
            sender=mail.from_addr, subject=mail.subject, sent_date=mail.date, now=now, case_id=case_id,
            body=mail.body, raw=raw.data, folder=raw.folder, uid=raw.uid, triage=triage,
            attachments=[{"filename": a.filename, "type": a.content_type, "size": a.size}
                         for a in mail.attachments])

    def _route(self, raw: RawMail, mail: ParsedMail, now: datetime) -> Outcome:
        sender = mail.from_addr
        if self.sent_folder and raw.folder == self.sent_folder:
            return self._from_mailbox(raw, mail, now)
        if sender in self.own:
            self._record(raw, mail, now, "ignored:self", "bot")
            return Outcome(mail.message_id, "ignored:self")
        kind = machine_kind(mail)
        if kind == "bounce":
            ref = self.cases.on_bounce(mail, now)
            self._record(raw, mail, now, "ignored:bounce", "machine", case_id=self._case_id(ref))
            return Outcome(mail.message_id, "ignored:bounce", ref)
        if kind:
            self._record(raw, mail, now, f"ignored:{kind}", "machine")
            return Outcome(mail.message_id, f"ignored:{kind}")
        if is_noreply(sender):
            self._record(raw, mail, now, "ignored:noreply", "machine")
            return Outcome(mail.message_id, "ignored:noreply")
        case = self._thread_case(mail)
        if case is not None:
            role = "director" if sender in self.directors else (
                "parent" if sender == case.parent_address else "other")
            self._record(raw, mail, now, "joined", role, case_id=case.id)
            self.cases.on_reply(case, mail, role, now)
            return Outcome(mail.message_id, "joined", case.ref)
        if sender in self.directors:
            # The director's own mail outside any thread is not a complaint about a child.
            self._record(raw, mail, now, "ignored:director", "director")
            return Outcome(mail.message_id, "ignored:director")
        opened = self.cases.on_new_mail(mail, now)
        if opened.case is None:
            self._record(raw, mail, now, f"ignored:{opened.reason}", "other", triage=opened.triage)
            return Outcome(mail.message_id, f"ignored:{opened.reason}")
        self._record(raw, mail, now, "opened", "parent", case_id=opened.case.id, triage=opened.triage)
        self.cases.after_open(opened.case, mail, opened, now)
        return Outcome(mail.message_id, "opened", opened.case.ref)

    def _from_mailbox(self, raw: RawMail, mail: ParsedMail, now: datetime) -> Outcome:
        """Sent folder: the bot's own copies are skipped; a person's reply in a case's thread is the director's."""
        if self.store.outbox_by_message_id(mail.message_id) is not None:
            self._record(raw, mail, now, "ignored:self", "bot")
            return Outcome(mail.message_id, "ignored:self")
        case = self.store.case_for_message_ids(list(mail.thread_ids))
        if case is None:
            self._record(raw, mail, now, "ignored:sent", "director")
            return Outcome(mail.message_id, "ignored:sent")
        self._record(raw, mail, now, "joined", "director", case_id=case.id)
        self.cases.on_reply(case, mail, "director", now, from_mailbox=True)
        return Outcome(mail.message_id, "joined", case.ref)

    def _case_id(self, ref: str | None) -> int | None:
        return None if ref is None else self.store.case(ref).id

    def _thread_case(self, mail: ParsedMail):
        """A reply joins its case only when its sender already belongs to that case."""
        case = self.store.case_for_message_ids(list(mail.thread_ids))
        if case is None:
            found = REF_IN_SUBJECT.search(mail.subject)
            if found:
                try:
                    case = self.store.case(found.group(1))
                except CaseNotFound:          # a made-up or purged reference: the mail is new
                    case = None
        if case is None:
            return None
        members = {case.parent_address, *self.directors, *self.store.case_addresses(case.id)}
        if mail.from_addr in members:
            return case
        self.log.info("message %s names case %s but its sender is not in it; treated as new mail",
                      mail.message_id, case.ref)
        return None
