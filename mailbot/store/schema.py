"""The tables. Times are stored as naive UTC; Store converts at its boundary."""
from __future__ import annotations

from peewee import (BlobField, BooleanField, DatabaseProxy, DateTimeField, ForeignKeyField, IntegerField,
                    Model, TextField)

db = DatabaseProxy()


class Base(Model):
    class Meta:
        database = db


class Checkpoint(Base):
    """Where the last poll of a folder stopped: new mail only, never twice."""
    folder = TextField(unique=True)
    uidvalidity = IntegerField()
    last_uid = IntegerField(default=0)


class Case(Base):
    ref = TextField(unique=True)
    procedure = TextField()
    state = TextField(index=True)
    parent_address = TextField(index=True)
    parent_name = TextField(default="")
    student_name = TextField(null=True)
    category = TextField(default="")
    decision = TextField(default="")
    urgent = BooleanField(default=False)
    subject = TextField(default="")
    root_message_id = TextField(default="")
    triage_json = TextField(default="{}")       # the full decision JSON, rules fired and evidence
    created_at = DateTimeField()
    updated_at = DateTimeField()
    first_response_at = DateTimeField(null=True)
    closed_at = DateTimeField(null=True)
    purged_at = DateTimeField(null=True)


class Message(Base):
    """Every message seen, in or out; `case` is null for mail that opened no case (ignored)."""
    case = ForeignKeyField(Case, null=True, backref="messages", on_delete="CASCADE")
    message_id = TextField(unique=True)
    direction = TextField()                     # in | out
    role = TextField(default="")                # parent | director | other | machine | bot
    disposition = TextField(default="")         # opened | joined | ignored:<reason> | sent ...
    sender = TextField(default="")
    subject = TextField(default="")
    sent_date = DateTimeField(null=True)        # the Date: header
    received_at = DateTimeField()
    folder = TextField(default="")
    uid = IntegerField(null=True)
    body = TextField(default="")                # the new text only
    raw = BlobField(null=True)                  # the exact bytes; purged before the case summary
    attachments_json = TextField(default="[]")
    triage_json = TextField(default="")


class Event(Base):
    case = ForeignKeyField(Case, null=True, backref="events", on_delete="CASCADE")
    at = DateTimeField(index=True)
    kind = TextField()
    detail = TextField(default="")


class Outbox(Base):
    """A mail to send, written in the same transaction as the case change that caused it."""
    case = ForeignKeyField(Case, null=True, backref="outbox", on_delete="CASCADE")
    message_id = TextField(unique=True)
    audience = TextField()                      # parent | director
    template = TextField()
    to = TextField()                            # comma-separated
    cc = TextField(default="")
    subject = TextField()
    body = TextField()
    in_reply_to = TextField(default="")
    references = TextField(default="")
    urgent = BooleanField(default=False)
    state = TextField(index=True)               # pending | held | sending | sent | failed | cancelled
    attempts = IntegerField(default=0)
    not_before = DateTimeField(index=True)
    last_error = TextField(default="")
    created_at = DateTimeField()
    sent_at = DateTimeField(null=True)


class Quarantine(Base):
    key = TextField(unique=True)                # Message-ID, or a hash of the raw bytes
    folder = TextField(default="")
    uid = IntegerField(null=True)
    raw = BlobField()
    reason = TextField()
    traceback = TextField(default="")
    at = DateTimeField()
    attempts = IntegerField(default=1)
    resolved_at = DateTimeField(null=True)


class Deadline(Base):
    """Every follow-up lives here, not only in the scheduler, so a restart loses none."""
    case = ForeignKeyField(Case, backref="deadlines", on_delete="CASCADE")
    kind = TextField()
    due_at = DateTimeField(index=True)
    done_at = DateTimeField(null=True)
    cancelled_at = DateTimeField(null=True)


class Suppression(Base):
    address = TextField(unique=True)
    until = DateTimeField()
    reason = TextField(default="")


class Lease(Base):
    """One worker at a time per mailbox: a row with an expiry, renewed while working."""
    name = TextField(unique=True)
    holder = TextField()
    expires_at = DateTimeField()


class Counter(Base):
    name = TextField(unique=True)
    value = IntegerField(default=0)


TABLES = [Checkpoint, Case, Message, Event, Outbox, Quarantine, Deadline, Suppression, Lease, Counter]
