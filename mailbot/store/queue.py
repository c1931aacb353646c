"""Outbox, deadlines, suppressions and the worker lease: the time-driven part of the store."""
from __future__ import annotations

from datetime import datetime, timedelta

from ..model import OutgoingMail
from . import schema as s
from .records import DeadlineRecord, OutboxRecord, _db


class QueueMixin:
    # -- outbox ---------------------------------------------------------------------------
    def enqueue(self, mail: OutgoingMail, *, audience: str, template: str, case_id: int | None, now: datetime,
                held: bool = False, urgent: bool = False, not_before: datetime | None = None) -> int:
        row = s.Outbox.create(
            case=case_id, message_id=mail.message_id, audience=audience, template=template,
            to=",".join(mail.to), cc=",".join(mail.cc), subject=mail.subject, body=mail.body,
            in_reply_to=mail.in_reply_to or "", references=" ".join(mail.references), urgent=urgent,
            state="held" if held else "pending", not_before=_db(not_before or now), created_at=_db(now))
        return row.id

    def due_outbox(self, now: datetime, limit: int = 100) -> list[OutboxRecord]:
        q = (s.Outbox.select()
             .where(s.Outbox.state.in_(["pending", "sending"]) & (s.Outbox.not_before <= _db(now)))
             .order_by(s.Outbox.id).limit(limit))
        return [OutboxRecord.of(r) for r in q]

    def outbox(self, case_id: int | None = None, state: str | None = None) -> list[OutboxRecord]:
        q = s.Outbox.select().order_by(s.Outbox.id)
        if case_id is not None:
            q = q.where(s.Outbox.case == case_id)
        if state:
            q = q.where(s.Outbox.state == state)
        return [OutboxRecord.of(r) for r in q]

    def set_outbox(self, item_id: int, now: datetime, **fields) -> None:
        if "not_before" in fields:
            fields["not_before"] = _db(fields["not_before"])
        if "sent_at" in fields:
            fields["sent_at"] = _db(fields["sent_at"])
        s.Outbox.update(**fields).where(s.Outbox.id == item_id).execute()

    def claim_outbox(self, item_id: int) -> bool:
        """Mark an item as being sent; False when another worker took it first."""
        n = (s.Outbox.update(state="sending", attempts=s.Outbox.attempts + 1)
             .where((s.Outbox.id == item_id) & (s.Outbox.state.in_(["pending", "sending"]))).execute())
        return n == 1

    def auto_mail_count(self, address: str, since: datetime) -> int:
        return (s.Outbox.select().where((s.Outbox.to.contains(address)) & (s.Outbox.state == "sent")
                                        & (s.Outbox.sent_at >= _db(since))).count())

    def outbox_by_message_id(self, message_id: str) -> OutboxRecord | None:
        row = s.Outbox.get_or_none(s.Outbox.message_id == message_id)
        return None if row is None else OutboxRecord.of(row)

    # -- deadlines ------------------------------------------------------------------------
    def add_deadline(self, case_id: int, kind: str, due_at: datetime) -> None:
        s.Deadline.create(case=case_id, kind=kind, due_at=_db(due_at))

    def open_deadlines(self, case_id: int | None = None) -> list[DeadlineRecord]:
        q = s.Deadline.select().where(s.Deadline.done_at.is_null() & s.Deadline.cancelled_at.is_null())
        if case_id is not None:
            q = q.where(s.Deadline.case == case_id)
        return [DeadlineRecord.of(r) for r in q.order_by(s.Deadline.due_at)]

    def due_deadlines(self, now: datetime) -> list[DeadlineRecord]:
        return [d for d in self.open_deadlines() if d.due_at <= now]

    def finish_deadline(self, deadline_id: int, now: datetime) -> bool:
        n = (s.Deadline.update(done_at=_db(now))
             .where((s.Deadline.id == deadline_id) & s.Deadline.done_at.is_null()).execute())
        return n == 1

    def cancel_deadlines(self, case_id: int, now: datetime, kinds: tuple[str, ...] | None = None) -> int:
        q = s.Deadline.update(cancelled_at=_db(now)).where(
            (s.Deadline.case == case_id) & s.Deadline.done_at.is_null() & s.Deadline.cancelled_at.is_null())
        if kinds:
            q = q.where(s.Deadline.kind.in_(list(kinds)))
        return q.execute()

    # -- suppressions ---------------------------------------------------------------------
    def suppress(self, address: str, until: datetime, reason: str) -> None:
        (s.Suppression.insert(address=address, until=_db(until), reason=reason)
         .on_conflict(conflict_target=[s.Suppression.address],
                      update={s.Suppression.until: _db(until), s.Suppression.reason: reason}).execute())

    def suppressed(self, address: str, now: datetime) -> bool:
        return s.Suppression.select().where((s.Suppression.address == address)
                                            & (s.Suppression.until > _db(now))).exists()

    # -- lease ----------------------------------------------------------------------------
    def acquire_lease(self, name: str, holder: str, now: datetime, ttl: timedelta) -> bool:
        """Take or renew the lease; False while another live holder has it."""
        expires = _db(now + ttl)
        with self.atomic():
            s.Lease.insert(name=name, holder=holder, expires_at=expires).on_conflict_ignore().execute()
            n = (s.Lease.update(holder=holder, expires_at=expires)
                 .where((s.Lease.name == name) & ((s.Lease.holder == holder) | (s.Lease.expires_at < _db(now))))
                 .execute())
        return n == 1

    def lease_holder(self, name: str) -> str | None:
        row = s.Lease.get_or_none(s.Lease.name == name)
        return None if row is None else row.holder

    def take_lease_from(self, name: str, old: str, holder: str, now: datetime, ttl: timedelta) -> bool:
        """Take over a lease whose holder is known to be dead (compare-and-swap on the old holder)."""
        n = (s.Lease.update(holder=holder, expires_at=_db(now + ttl))
             .where((s.Lease.name == name) & (s.Lease.holder == old)).execute())
        return n == 1

    def release_lease(self, name: str, holder: str) -> None:
        s.Lease.delete().where((s.Lease.name == name) & (s.Lease.holder == holder)).execute()

