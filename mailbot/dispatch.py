"""Drain the outbox: send what is due, retry temporary failures with backoff, record the rest."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from . import outbox
from .errors import DeliveryError

# Temporary failures (server down, greylisting, a TLS or login problem being fixed) retry for about
# three days at the capped backoff before the mail is recorded as failed on its case.
MAX_ATTEMPTS = 80


@dataclass(frozen=True)
class DispatchResult:
    sent: int = 0
    retried: int = 0
    failed: int = 0
    deferred: int = 0


class Dispatcher:
    """Sends each outbox row at most once per attempt; the row's state is committed around the send."""

    def __init__(self, store, smtp, *, daily_cap: int, log, window=None, session=outbox.Session):
        self.store = store
        self.smtp = smtp
        self.daily_cap = daily_cap
        self.log = log
        self.window = window          # callable(now, urgent, audience) -> datetime | None (next allowed time)
        self._session = session

    async def run_once(self, now: datetime) -> DispatchResult:
        due = self.store.due_outbox(now)
        if not due:
            return DispatchResult()
        async with self._session(self.smtp) as session:
            return await self._drain(session, due, now)

    async def _drain(self, session, due, now: datetime) -> DispatchResult:
        sent = retried = failed = deferred = 0
        for item in due:
            later = self._hold_until(item, now)
            if later is not None:
                self.store.set_outbox(item.id, now, not_before=later, state="pending")
                deferred += 1
                continue
            if not self.store.claim_outbox(item.id):
                continue
            committed = []

            def record_sent(item=item):
                self.store.set_outbox(item.id, now, state="sent", sent_at=now, last_error="")
                committed.append(True)
            try:
                await session.send(item.mail, date=now, committing=record_sent)
            except DeliveryError as exc:
                if exc.temporary and item.attempts + 1 < MAX_ATTEMPTS:
                    wait = outbox.backoff(item.attempts + 1)
                    self.store.set_outbox(item.id, now, state="pending", not_before=now + wait,
                                          last_error=str(exc)[:500], sent_at=None)
                    self.log.warning("outbox %s: temporary failure, retry in %s: %s",
                                     item.mail.message_id, wait, exc)
                    retried += 1
                else:
                    self.store.set_outbox(item.id, now, state="failed", last_error=str(exc)[:500], sent_at=None)
                    self.store.event(item.case_id, "delivery_failed", now,
                                     f"{item.audience} mail {item.mail.message_id}: {exc}")
                    self.log.error("outbox %s: delivery failed for good: %s", item.mail.message_id, exc)
                    failed += 1
                continue
            if not committed:           # a transport that offers no hook: record it now
                record_sent()
            self.store.event(item.case_id, "sent", now, f"{item.template} to {item.audience} ({item.mail.message_id})")
            sent += 1
        return DispatchResult(sent, retried, failed, deferred)

    def _hold_until(self, item, now: datetime) -> datetime | None:
        """Parent mail respects the send window, the daily cap and bounce suppressions."""
        if item.audience != "parent":
            return None
        for address in item.mail.to:
            if self.store.suppressed(address, now):
                return now + timedelta(days=1)
            if self.store.auto_mail_count(address, now - timedelta(days=1)) >= self.daily_cap:
                return now + timedelta(hours=6)
        if self.window is not None:
            return self.window(now, item.urgent, item.audience)
        return None
