"""What the store knows about a case, for access requests, erasure and retention."""
from __future__ import annotations

import base64
from datetime import datetime

from . import schema as s
from .records import _aware, _db


class PrivacyMixin:
    def export_case(self, case_id: int) -> dict:
        """Everything stored about one case, as plain JSON-able data."""
        case = s.Case.get_by_id(case_id)

        def row(r, skip=()):
            out = {}
            for name, value in r.__data__.items():
                if name in skip:
                    continue
                if isinstance(value, datetime):
                    value = _aware(value).isoformat()
                elif isinstance(value, (bytes, memoryview)):
                    value = base64.b64encode(bytes(value)).decode("ascii")
                out[name] = value
            return out

        return {
            "case": row(case),
            "messages": [row(m) for m in s.Message.select().where(s.Message.case == case_id).order_by(s.Message.id)],
            "events": [row(e) for e in s.Event.select().where(s.Event.case == case_id).order_by(s.Event.id)],
            "outbox": [row(o) for o in s.Outbox.select().where(s.Outbox.case == case_id).order_by(s.Outbox.id)],
            "deadlines": [row(d) for d in s.Deadline.select().where(s.Deadline.case == case_id)],
        }

    def erase_case(self, case_id: int) -> dict[str, int]:
        """Delete the case and every row that belongs to it; returns what was deleted."""
        with self.atomic():
            counts = {
                "messages": s.Message.delete().where(s.Message.case == case_id).execute(),
                "events": s.Event.delete().where(s.Event.case == case_id).execute(),
                "outbox": s.Outbox.delete().where(s.Outbox.case == case_id).execute(),
                "deadlines": s.Deadline.delete().where(s.Deadline.case == case_id).execute(),
            }
            counts["cases"] = s.Case.delete().where(s.Case.id == case_id).execute()
        return counts

    def closed_before(self, when: datetime) -> list[int]:
        q = s.Case.select(s.Case.id).where(s.Case.closed_at.is_null(False) & (s.Case.closed_at < _db(when)))
        return [r.id for r in q]

    def purge_raw_before(self, when: datetime) -> int:
        """Drop the exact bytes and the body text of mail older than `when`; the case summary stays."""
        return (s.Message.update(raw=None, body="")
                .where((s.Message.received_at < _db(when)) & (s.Message.raw.is_null(False) | (s.Message.body != "")))
                .execute())

    def purge_quarantine_before(self, when: datetime) -> int:
        return s.Quarantine.delete().where(s.Quarantine.at < _db(when)).execute()
