"""The director's daily digest: one mail on working days that have something to say.

What it lists: cases opened since the last digest, cases waiting on the director with the
working days left before the reminder or the escalation, drafts waiting for #akkoord,
escalated cases, and — so that no person's mail goes unseen — mail the bot did not treat as a
complaint and mail it had to put in quarantine. Whether today's digest went out is stored as an event, so a restart in the
morning does not send a second one.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timezone

from .compose import notice
from .states import WITH_DIRECTOR

MARK = "digest"
# People's mail that opened no case; machine mail (bounces, auto-replies, lists) is left out.
UNANSWERED = ("ignored:not_complaint", "ignored:noreply")


@dataclass(frozen=True)
class Waiting:
    case: object
    deadline: str          # director_reminder | director_escalate
    days_left: int


class Digest:
    def __init__(self, cases, at: time | None, log):
        self.cases = cases
        self.store = cases.store
        self.calendar = cases.calendar
        self.at = at
        self.log = log

    def due(self, now: datetime) -> bool:
        if self.at is None or self.calendar is None:
            return False
        local = now.astimezone(self.calendar.tz)
        if local.time() < self.at or not self.calendar.is_working_day(local.date()):
            return False
        return not any(e.detail.startswith(local.date().isoformat()) for e in self._marks())

    def maybe_send(self, now: datetime) -> bool:
        """Send today's digest if it is time and there is news; True when a mail was queued."""
        if not self.due(now):
            return False
        today = now.astimezone(self.calendar.tz).date().isoformat()
        content = self.collect(now)
        with self.store.transaction():
            if any(content.values()):
                subject_ref = today
                out = notice(self.cases.renderer, self.cases.sender, template="director/digest", ref=subject_ref,
                             context={"today": today, **content})
                self.store.enqueue(out, audience="director", template="director/digest", case_id=None, now=now)
            self.store.event(None, MARK, now, f"{today}: {'sent' if any(content.values()) else 'nothing to say'}")
        return any(content.values())

    def collect(self, now: datetime) -> dict:
        marks = self._marks()
        since = marks[-1].at if marks else datetime(2000, 1, 1, tzinfo=timezone.utc)   # the first: all
        cases = self.store.cases()
        new = [c for c in cases if c.created_at > since]
        waiting = []
        for c in cases:
            if c.state not in WITH_DIRECTOR:
                continue
            for d in self.store.open_deadlines(c.id):
                if d.kind.startswith("director_"):
                    waiting.append(Waiting(c, d.kind, max(0, self.calendar.working_days_between(now, d.due_at))))
                    break
        held = [(self.store.case_by_id(o.case_id), o) for o in self.store.outbox(state="held") if o.case_id]
        escalated = [c for c in cases if c.state == "escalated"]
        unanswered = self.store.unanswered_since(since, UNANSWERED)
        quarantined = [q for q in self.store.quarantined() if q.at > since]
        return {"new": new, "waiting": waiting, "drafts": held, "escalated": escalated,
                "unanswered": unanswered, "quarantined": quarantined}

    def _marks(self):
        return [e for e in self.store.events(None) if e.kind == MARK]
