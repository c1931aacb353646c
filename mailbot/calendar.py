"""Working days and the send window, in the organisation's own calendar and timezone.

Deadlines in the procedures are working days: weekends, public holidays and school holidays of
the organisation's country and region do not count (a complaint sent on the first day of the
summer break is not "ignored for a week"). The `holidays` library knows both; its names for the
regions differ from ours, so they are mapped here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

from .errors import ConfigError

# Our procedure files say where the organisation is; `holidays` wants its own subdivision names.
_SUBDIVISIONS = {
    "BE": {"vlg": "Flemish", "vlaanderen": "Flemish", "flanders": "Flemish", "flemish": "Flemish",
           "wal": "French", "wallonie": "French", "french": "French", "fwb": "French",
           "dg": "German", "german": "German"},
    "NL": {"noord": "Noord", "midden": "Midden", "zuid": "Zuid"},
}
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def holiday_subdivision(country: str, subdivision: str | None) -> str | None:
    if not subdivision:
        return None
    found = _SUBDIVISIONS.get(country, {}).get(subdivision.strip().lower())
    if found is None:
        raise ConfigError(f"subdivision {subdivision!r} is not known for {country}; use one of "
                          f"{', '.join(sorted(set(_SUBDIVISIONS.get(country, {}).values())))}")
    return found


@dataclass(frozen=True)
class WorkCalendar:
    """Monday to Friday, minus public holidays and (when the region is known) school holidays."""

    country: str
    subdivision: str | None
    tz: ZoneInfo

    def is_working_day(self, day: date) -> bool:
        return day.weekday() < 5 and day not in _holidays(self.country, self.subdivision, day.year)

    def add_working_days(self, when: datetime, n: int) -> datetime:
        """The same local time of day, `n` working days later (counting only working days)."""
        local = when.astimezone(self.tz)
        day, left = local.date(), n
        while left > 0:
            day += timedelta(days=1)
            if self.is_working_day(day):
                left -= 1
        if n == 0:
            while not self.is_working_day(day):
                day += timedelta(days=1)
        return datetime.combine(day, local.timetz().replace(tzinfo=None), self.tz).astimezone(when.tzinfo)

    def working_days_between(self, start: datetime, end: datetime) -> int:
        """Working days after `start`'s date up to and including `end`'s date (negative if end is earlier)."""
        a, b = start.astimezone(self.tz).date(), end.astimezone(self.tz).date()
        sign = 1 if b >= a else -1
        a, b = min(a, b), max(a, b)
        count = sum(1 for i in range(1, (b - a).days + 1) if self.is_working_day(a + timedelta(days=i)))
        return sign * count


@lru_cache(maxsize=32)
def _holidays(country: str, subdivision: str | None, year: int):
    categories = ("public", "school") if subdivision else ("public",)
    return holidays.country_holidays(country, subdiv=subdivision, categories=categories, years=year)


def calendar_for(procedure, tz: ZoneInfo) -> WorkCalendar:
    return WorkCalendar(procedure.country, holiday_subdivision(procedure.country, procedure.subdivision), tz)


_WINDOW = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


@dataclass(frozen=True)
class SendWindow:
    """When parent mail may leave: local hours on given days. Urgent director mail ignores it."""

    start: time
    end: time
    days: tuple[int, ...]          # 0 = Monday
    tz: ZoneInfo

    @classmethod
    def parse(cls, window: str, days: list[str] | tuple[str, ...], tz: ZoneInfo) -> "SendWindow":
        found = _WINDOW.match(window)
        if not found:
            raise ConfigError(f"[bot] send_window = {window!r}: write it as \"07:30-20:00\"")
        h1, m1, h2, m2 = map(int, found.groups())
        if not (h1 < 24 and h2 <= 24 and m1 < 60 and m2 < 60) or (h1, m1) >= (h2, m2):
            raise ConfigError(f"[bot] send_window = {window!r}: the start must come before the end, "
                              "both within one day")
        bad = [d for d in days if d.lower() not in DAYS]
        if bad or not days:
            raise ConfigError(f"[bot] send_days = {list(days)!r}: use day names from {', '.join(DAYS)}")
        end = time(23, 59, 59) if h2 == 24 else time(h2, m2)
        return cls(time(h1, m1), end, tuple(sorted(DAYS.index(d.lower()) for d in days)), tz)

    def next_allowed(self, now: datetime) -> datetime | None:
        """None when `now` is inside the window, else the start of the next window."""
        local = now.astimezone(self.tz)
        if local.weekday() in self.days and self.start <= local.time() < self.end:
            return None
        day = local.date()
        for _ in range(8):
            opening = datetime.combine(day, self.start, self.tz)
            if day.weekday() in self.days and opening > local:
                return opening.astimezone(now.tzinfo)
            day += timedelta(days=1)
        raise ConfigError("the send window never opens; check [bot] send_days")  # unreachable when days != ()

    def hold(self, now: datetime, urgent: bool, audience: str) -> datetime | None:
        """The Dispatcher's window hook: parent mail waits for the window; director mail never does."""
        if audience == "director":
            return None
        return self.next_allowed(now)
