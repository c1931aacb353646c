"""Complaints are about minors: export on request, erase on request, and forget on schedule."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from dateutil.relativedelta import relativedelta


@dataclass(frozen=True)
class PurgeResult:
    cases: int
    raw_messages: int
    quarantine: int


def export_case(store, ref: str) -> dict:
    case = store.case(ref)
    return {"format": "mailbot-case-export/1", "ref": case.ref, **store.export_case(case.id)}


def erase_case(store, ref: str, now: datetime, log) -> dict[str, int]:
    case = store.case(ref)
    counts = store.erase_case(case.id)
    # The record of the erasure keeps the reference only: no name, address or text survives.
    store.event(None, "erased", now, f"case {case.ref} erased on request: {counts}")
    log.info("case %s erased on request", case.ref)
    return counts


def purge(store, now: datetime, *, retention_months: int, raw_retention_months: int, log) -> PurgeResult:
    """Closed cases go after `retention_months`; raw mail bodies earlier, after `raw_retention_months`."""
    cases = 0
    for case_id in store.closed_before(now - relativedelta(months=retention_months)):
        ref = store.case_by_id(case_id).ref
        store.erase_case(case_id)
        store.event(None, "purged", now, f"case {ref} purged after {retention_months} months closed")
        log.info("case %s purged by the retention rule", ref)
        cases += 1
    raw_cutoff = now - relativedelta(months=raw_retention_months)
    raw = store.purge_raw_before(raw_cutoff)
    quarantined = store.purge_quarantine_before(raw_cutoff)
    if raw or quarantined:
        store.event(None, "purged_raw", now, f"{raw} mail bodies and {quarantined} quarantined mails older than "
                    f"{raw_retention_months} months removed")
    return PurgeResult(cases, raw, quarantined)
