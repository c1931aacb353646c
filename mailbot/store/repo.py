"""Store: every read and write the bot makes, behind plain methods; peewee errors become StoreError."""
from __future__ import annotations

import functools
import json
import time
from contextlib import contextmanager
from datetime import datetime
from typing import Iterator

import peewee
from playhouse.db_url import connect

from ..errors import CaseNotFound, StoreError
from . import schema as s
from .privacy import PrivacyMixin
from .queue import QueueMixin
from .records import CaseRecord, EventRecord, MessageRecord, QuarantineRecord, _db


def open_store(url: str) -> "Store":
    try:
        if url.startswith("sqlite"):
            # busy_timeout first: switching a new file to WAL needs a lock another process may hold.
            database = connect(url, pragmas=[("busy_timeout", 10000), ("journal_mode", "wal"),
                                             ("foreign_keys", 1), ("synchronous", "normal")])
        else:
            database = connect(url)
        s.db.initialize(database)
        _when_free(lambda: database.connect(reuse_if_open=True))
        store = Store(database)
        _when_free(lambda: _create(store))
    except peewee.PeeweeException as exc:
        hint = "; install it with 'pip install psycopg2-binary'" if "driver not installed" in str(exc) else ""
        raise StoreError(f"[database] url …{url.split('@')[-1]}: {exc}{hint}") from exc
    return store


def _create(store: "Store") -> None:
    with store.atomic():
        store.database.create_tables(s.TABLES, safe=True)


def _when_free(step, attempts: int = 40) -> None:
    """SQLite answers 'locked' at once, without waiting, in a few cases (the switch to WAL, a
    schema change racing another process's start); those are retried here for a few seconds."""
    for attempt in range(attempts):
        try:
            return step()
        except peewee.OperationalError as exc:
            if "locked" not in str(exc) or attempt == attempts - 1:
                raise
            time.sleep(0.05 * (attempt + 1))


class Store(QueueMixin, PrivacyMixin):
    def __init__(self, database: peewee.Database):
        self.database = database

    def close(self) -> None:
        self.database.close()

    def atomic(self):
        """A write transaction. On SQLite it takes the write lock at BEGIN (IMMEDIATE), so waiting
        for another process goes through busy_timeout instead of failing at the first write."""
        if isinstance(self.database, peewee.SqliteDatabase):
            return self.database.atomic("IMMEDIATE")
        return self.database.atomic()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        try:
            with self.atomic():
                yield
        except peewee.PeeweeException as exc:
            raise StoreError(str(exc)) from exc

    # -- polling --------------------------------------------------------------------------
    def checkpoint(self, folder: str) -> tuple[int | None, int]:
        row = s.Checkpoint.get_or_none(s.Checkpoint.folder == folder)
        return (None, 0) if row is None else (row.uidvalidity, row.last_uid)

    def set_checkpoint(self, folder: str, uidvalidity: int, last_uid: int) -> None:
        (s.Checkpoint.insert(folder=folder, uidvalidity=uidvalidity, last_uid=last_uid)
         .on_conflict(conflict_target=[s.Checkpoint.folder],
                      update={s.Checkpoint.uidvalidity: uidvalidity, s.Checkpoint.last_uid: last_uid})
         .execute())

    def seen(self, key: str, include_quarantine: bool = True) -> bool:
        if s.Message.select().where(s.Message.message_id == key).exists():
            return True
        return include_quarantine and s.Quarantine.select().where(s.Quarantine.key == key).exists()

    # -- quarantine -----------------------------------------------------------------------
    def quarantine(self, key: str, raw: bytes, reason: str, traceback: str, now: datetime,
                   folder: str = "", uid: int | None = None) -> None:
        row = s.Quarantine.get_or_none(s.Quarantine.key == key)
        if row is None:
            s.Quarantine.create(key=key, raw=raw, reason=reason, traceback=traceback, at=_db(now),
                                folder=folder, uid=uid)
        else:
            row.reason, row.traceback, row.at, row.attempts = reason, traceback, _db(now), row.attempts + 1
            row.resolved_at = None
            row.save()

    def quarantined(self, include_resolved: bool = False) -> list[QuarantineRecord]:
        q = s.Quarantine.select().order_by(s.Quarantine.id)
        return [QuarantineRecord.of(r) for r in (q if include_resolved else q.where(s.Quarantine.resolved_at.is_null()))]

    def resolve_quarantine(self, key: str, now: datetime) -> None:
        s.Quarantine.update(resolved_at=_db(now)).where(s.Quarantine.key == key).execute()

    # -- cases ----------------------------------------------------------------------------
    def next_ref(self, year: int) -> str:
        name = f"case-{year}"
        s.Counter.insert(name=name, value=0).on_conflict_ignore().execute()
        s.Counter.update(value=s.Counter.value + 1).where(s.Counter.name == name).execute()
        return f"KL-{year}-{s.Counter.get(s.Counter.name == name).value:04d}"

    def create_case(self, *, ref: str, procedure: str, state: str, parent_address: str, parent_name: str,
                    student_name: str | None, category: str, decision: str, urgent: bool, subject: str,
                    root_message_id: str, triage: dict, now: datetime) -> CaseRecord:
        row = s.Case.create(ref=ref, procedure=procedure, state=state, parent_address=parent_address,
                            parent_name=parent_name, student_name=student_name, category=category,
                            decision=decision, urgent=urgent, subject=subject, root_message_id=root_message_id,
                            triage_json=json.dumps(triage, ensure_ascii=False), created_at=_db(now),
                            updated_at=_db(now))
        return CaseRecord.of(row)

    def update_case(self, case_id: int, now: datetime, **fields) -> CaseRecord:
        if "triage" in fields:
            fields["triage_json"] = json.dumps(fields.pop("triage"), ensure_ascii=False)
        for key in ("first_response_at", "closed_at", "purged_at"):
            if key in fields:
                fields[key] = _db(fields[key])
        s.Case.update(updated_at=_db(now), **fields).where(s.Case.id == case_id).execute()
        return self.case_by_id(case_id)

    def case_by_id(self, case_id: int) -> CaseRecord:
        row = s.Case.get_or_none(s.Case.id == case_id)
        if row is None:
            raise CaseNotFound(f"no case with id {case_id}")
        return CaseRecord.of(row)

    def case(self, ref: str) -> CaseRecord:
        row = s.Case.get_or_none(s.Case.ref == ref.strip().upper())
        if row is None:
            raise CaseNotFound(f"no case {ref}; 'mailbot cases' lists them")
        return CaseRecord.of(row)

    def cases(self, state: str | None = None) -> list[CaseRecord]:
        q = s.Case.select().order_by(s.Case.id)
        if state:
            q = q.where(s.Case.state == state)
        return [CaseRecord.of(r) for r in q]

    def case_for_message_ids(self, ids: list[str]) -> CaseRecord | None:
        if not ids:
            return None
        row = (s.Message.select().where(s.Message.message_id.in_(ids) & s.Message.case.is_null(False))
               .order_by(s.Message.id.desc()).first())
        if row is None:
            row = (s.Outbox.select().where(s.Outbox.message_id.in_(ids) & s.Outbox.case.is_null(False))
                   .order_by(s.Outbox.id.desc()).first())
        return None if row is None else self.case_by_id(row.case_id)

    def case_addresses(self, case_id: int) -> set[str]:
        rows = s.Message.select(s.Message.sender).where(s.Message.case == case_id)
        return {r.sender for r in rows}

    def closed_cases_for(self, parent_address: str, student_name: str | None) -> list[CaseRecord]:
        q = s.Case.select().where((s.Case.parent_address == parent_address) & s.Case.closed_at.is_null(False))
        if student_name:
            q = q.where(s.Case.student_name == student_name)
        return [CaseRecord.of(r) for r in q]

    # -- messages and events --------------------------------------------------------------
    def add_message(self, *, message_id: str, direction: str, role: str, disposition: str, sender: str,
                    subject: str, sent_date: datetime | None, now: datetime, case_id: int | None = None,
                    body: str = "", raw: bytes | None = None, folder: str = "", uid: int | None = None,
                    attachments: list | None = None, triage: dict | None = None) -> None:
        s.Message.create(case=case_id, message_id=message_id, direction=direction, role=role,
                         disposition=disposition, sender=sender, subject=subject, sent_date=_db(sent_date),
                         received_at=_db(now), folder=folder, uid=uid, body=body, raw=raw,
                         attachments_json=json.dumps(attachments or [], ensure_ascii=False),
                         triage_json=json.dumps(triage, ensure_ascii=False) if triage else "")

    def messages(self, case_id: int) -> list[MessageRecord]:
        return [MessageRecord.of(r) for r in s.Message.select().where(s.Message.case == case_id).order_by(s.Message.id)]

    def unanswered_since(self, since: datetime, dispositions: tuple[str, ...]) -> list[MessageRecord]:
        """Mail from people that opened no case (e.g. not a complaint), for the director's digest."""
        q = (s.Message.select().where(s.Message.case.is_null() & s.Message.disposition.in_(list(dispositions))
                                      & (s.Message.received_at > _db(since))).order_by(s.Message.id))
        return [MessageRecord.of(r) for r in q]

    def message_counts(self) -> dict[str, int]:
        q = s.Message.select(s.Message.disposition, peewee.fn.COUNT(s.Message.id).alias("n")).group_by(
            s.Message.disposition)
        return {r.disposition: r.n for r in q}

    def event(self, case_id: int | None, kind: str, now: datetime, detail: str = "") -> None:
        s.Event.create(case=case_id, kind=kind, at=_db(now), detail=detail)

    def events(self, case_id: int | None) -> list[EventRecord]:
        q = s.Event.select().where(s.Event.case.is_null() if case_id is None else s.Event.case == case_id)
        return [EventRecord.of(r) for r in q.order_by(s.Event.id)]


def _boundary(method):
    """Every public Store method raises StoreError, never a peewee or driver exception."""
    @functools.wraps(method)
    def wrapper(*args, **kwargs):
        try:
            return method(*args, **kwargs)
        except peewee.PeeweeException as exc:
            raise StoreError(f"database: {exc}") from exc
    return wrapper


for _name in [n for n in dir(Store) if not n.startswith("_") and n not in ("transaction", "database")]:
    if callable(getattr(Store, _name)):
        setattr(Store, _name, _boundary(getattr(Store, _name)))
