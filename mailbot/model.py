"""Frozen values passed between the stages: mailbox → parse → extract → decide → render → outbox."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class RawMail:
    """One message as fetched: the exact bytes plus where it came from."""

    data: bytes
    folder: str = "INBOX"
    uid: int | None = None
    uidvalidity: int | None = None


@dataclass(frozen=True)
class Attachment:
    """Recorded, never opened."""

    filename: str
    content_type: str
    size: int


@dataclass(frozen=True)
class ParsedMail:
    message_id: str                  # "<...>"; a hash of the raw bytes when the header is missing
    subject: str
    from_name: str
    from_addr: str                   # lower-cased; "" when there is no usable From
    to: tuple[str, ...]              # lower-cased addresses
    cc: tuple[str, ...]
    reply_to: str | None
    date: datetime | None            # aware; None when missing or unreadable
    in_reply_to: str | None
    references: tuple[str, ...]
    headers: tuple[tuple[str, str], ...]  # (lower-case name, decoded value), in order
    body: str                        # the new text only: HTML turned to text, quoted history and signature removed
    full_text: str                   # the whole text part before stripping (for the record)
    attachments: tuple[Attachment, ...] = ()
    part_types: tuple[str, ...] = ()      # every content type in the MIME tree, e.g. "message/delivery-status"
    embedded_message_ids: tuple[str, ...] = ()  # Message-IDs of messages quoted inside a report (DSN/ARF)
    defects: tuple[str, ...] = ()
    size: int = 0

    @property
    def thread_ids(self) -> tuple[str, ...]:
        """The Message-IDs this mail answers: In-Reply-To first, then References."""
        return tuple(i for i in (self.in_reply_to, *self.references) if i)

    def header(self, name: str) -> str | None:
        name = name.lower()
        for key, value in self.headers:
            if key == name:
                return value
        return None

    def header_all(self, name: str) -> tuple[str, ...]:
        name = name.lower()
        return tuple(v for k, v in self.headers if k == name)


@dataclass(frozen=True)
class Evidence:
    """Why a rule fired: the rule's name and the phrase in the mail that made it fire."""

    rule: str
    phrase: str


@dataclass(frozen=True)
class Flags:
    in_court: bool = False
    previously_handled: bool = False
    informal_step_done: bool = False


@dataclass(frozen=True)
class Facts:
    """What extraction read from one mail (or a whole thread)."""

    student_name: str | None
    latest_incident: date | None
    category: str
    formal: bool | None
    flags: Flags
    urgent: bool
    has_facts: bool
    fact_sentences: tuple[str, ...] = ()
    ignore_reason: str | None = None     # auto_reply | bounce | bulk | not_complaint when category is "no complaint"
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Decision:
    decision: str                    # admissible | needs_info | inadmissible | referral | ignore
    reasons: tuple[str, ...]
    rules_fired: tuple[str, ...]
    template: str | None             # e.g. "parent/ack"; None for ignore
    referral_to: tuple[str, ...] = ()  # keys of the procedure's bodies the parent is sent to
    urgent: bool = False


@dataclass(frozen=True)
class OutgoingMail:
    """A rendered mail ready for the outbox. Headers never carry CR/LF (render strips them)."""

    to: tuple[str, ...]
    subject: str
    body: str
    message_id: str
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    cc: tuple[str, ...] = ()
    auto_submitted: str = "auto-replied"
    extra_headers: tuple[tuple[str, str], ...] = field(default_factory=tuple)
