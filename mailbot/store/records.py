"""Frozen views of stored rows, and the UTC conversion at the store's boundary."""
from __future__ import annotations

import json
from dataclasses import dataclass, fields
from datetime import datetime, timezone

from ..model import OutgoingMail
from . import schema as s


def _db(when: datetime | None) -> datetime | None:
    return None if when is None else when.astimezone(timezone.utc).replace(tzinfo=None)


def _aware(when: datetime | None) -> datetime | None:
    if when is None:
        return None
    if isinstance(when, str):  # SQLite may hand back text for rows written by other tools
        when = datetime.fromisoformat(when)
    return when.replace(tzinfo=timezone.utc) if when.tzinfo is None else when


@dataclass(frozen=True)
class CaseRecord:
    id: int
    ref: str
    procedure: str
    state: str
    parent_address: str
    parent_name: str
    student_name: str | None
    category: str
    decision: str
    urgent: bool
    subject: str
    root_message_id: str
    triage: dict
    created_at: datetime
    updated_at: datetime
    first_response_at: datetime | None
    closed_at: datetime | None

    @classmethod
    def of(cls, row: s.Case) -> "CaseRecord":
        return cls(row.id, row.ref, row.procedure, row.state, row.parent_address, row.parent_name,
                   row.student_name, row.category, row.decision, row.urgent, row.subject, row.root_message_id,
                   json.loads(row.triage_json or "{}"), _aware(row.created_at), _aware(row.updated_at),
                   _aware(row.first_response_at), _aware(row.closed_at))


@dataclass(frozen=True)
class OutboxRecord:
    id: int
    case_id: int | None
    audience: str
    template: str
    state: str
    attempts: int
    not_before: datetime
    urgent: bool
    mail: OutgoingMail
    created_at: datetime | None = None
    sent_at: datetime | None = None
    last_error: str = ""

    @classmethod
    def of(cls, row: s.Outbox) -> "OutboxRecord":
        mail = OutgoingMail(to=tuple(a for a in row.to.split(",") if a), cc=tuple(a for a in row.cc.split(",") if a),
                            subject=row.subject, body=row.body, message_id=row.message_id,
                            in_reply_to=row.in_reply_to or None, references=tuple(row.references.split()))
        return cls(row.id, row.case_id, row.audience, row.template, row.state, row.attempts,
                   _aware(row.not_before), row.urgent, mail, _aware(row.created_at), _aware(row.sent_at),
                   row.last_error)


def _plain(cls, row):
    """A frozen record from a row: foreign keys as ids, times aware in UTC, blobs as bytes."""
    values = {}
    for f in fields(cls):
        value = row.__data__.get("case" if f.name == "case_id" else f.name)   # the one foreign key
        if isinstance(value, datetime) or (isinstance(value, str) and f.type.startswith("datetime")):
            value = _aware(value)
        elif isinstance(value, memoryview):
            value = bytes(value)
        values[f.name] = value
    return cls(**values)


class _FromRow:
    @classmethod
    def of(cls, row):
        return _plain(cls, row)


@dataclass(frozen=True)
class MessageRecord(_FromRow):
    id: int
    case_id: int | None
    message_id: str
    direction: str
    role: str
    disposition: str
    sender: str
    subject: str
    sent_date: datetime | None
    received_at: datetime
    folder: str
    uid: int | None
    body: str
    raw: bytes | None
    attachments_json: str
    triage_json: str


@dataclass(frozen=True)
class EventRecord(_FromRow):
    id: int
    case_id: int | None
    at: datetime
    kind: str
    detail: str


@dataclass(frozen=True)
class DeadlineRecord(_FromRow):
    id: int
    case_id: int
    kind: str
    due_at: datetime
    done_at: datetime | None
    cancelled_at: datetime | None


@dataclass(frozen=True)
class QuarantineRecord(_FromRow):
    id: int
    key: str
    folder: str
    uid: int | None
    raw: bytes
    reason: str
    traceback: str
    at: datetime
    attempts: int
    resolved_at: datetime | None
