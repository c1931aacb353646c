"""School holidays named in a mail ("net voor de kerstvakantie", "na de herfstvakantie") as a day.

The organisation's own calendar decides: a Dutch school in region Noord has other breaks than a Flemish
centre, so the spans come from the `holidays` library for the procedure's country and subdivision. A break
the library does not know for that region (the Dutch have no Easter break, Flanders no May break) falls
back to a fixed approximation.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

import holidays

from ..calendar import holiday_subdivision
from ..errors import MailbotError

HOLIDAY = re.compile(r"\b(?P<rel>(net |vlak |kort |juist )?(voor|na|in|tijdens))\s+de\s+(?P<h>herfst|kerst|krokus|"
                     r"voorjaars|paas|mei|zomer)(vakantie|verlof)\b", re.I)
# The library's English names for each Dutch word, the first one the region has wins.
_LIBRARY_NAMES = {"herfst": ("Autumn Break",), "kerst": ("Christmas Break",),
                  "krokus": ("Carnival Break", "Spring Break"), "voorjaars": ("Spring Break", "Carnival Break"),
                  "paas": ("Easter Break",), "mei": ("May Break",), "zomer": ("Summer Break",)}
# A break that starts within this many days after the mail is a plan ("na de herfstvakantie hebben we een overleg").
_PLAN_DAYS = 60


def _easter(year: int) -> date:
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _fixed_span(name: str, year: int) -> tuple[date, date]:
    if name == "herfst":
        nov1 = date(year, 11, 1)
        start = nov1 - timedelta(days=nov1.weekday())
        return start, start + timedelta(days=6)
    if name == "kerst":
        return date(year, 12, 21), date(year + 1, 1, 3)
    if name in ("krokus", "voorjaars"):
        start = _easter(year) - timedelta(days=48)
        return start, start + timedelta(days=6)
    if name == "paas":
        start = _easter(year) + timedelta(days=1)
        return start, start + timedelta(days=13)
    if name == "mei":
        return date(year, 4, 27), date(year, 5, 5)
    return date(year, 7, 1), date(year, 8, 31)


@lru_cache(maxsize=64)
def _library_spans(country: str, subdivision: str | None, year: int) -> dict[str, tuple[tuple[date, date], ...]]:
    """Each named school break of `year` as runs of consecutive days (Christmas spans two runs a year)."""
    try:
        region = holiday_subdivision(country, subdivision)
        days = holidays.country_holidays(country, subdiv=region, categories=("school",), years=year) if region else {}
    except (MailbotError, NotImplementedError, KeyError):
        days = {}
    runs: dict[str, list[list[date]]] = {}
    for day, names in sorted(days.items()):
        for name in names.split("; "):
            spans = runs.setdefault(name, [])
            if spans and (day - spans[-1][1]).days <= 1:
                spans[-1][1] = day
            else:
                spans.append([day, day])
    return {name: tuple((a, b) for a, b in spans) for name, spans in runs.items()}


def _spans(word: str, year: int, country: str | None, subdivision: str | None) -> list[tuple[date, date]]:
    if country:
        table = _library_spans(country, subdivision, year)
        for name in _LIBRARY_NAMES[word]:
            if table.get(name):
                return list(table[name])
    return [_fixed_span(word, year)]


def _merged(word: str, year: int, country: str | None, subdivision: str | None) -> list[tuple[date, date]]:
    """The break's spans around `year`, joined where one runs on into the next: the holiday calendar splits the
    Christmas break at New Year (22-31 Dec, 1-4 Jan), but "voor de kerstvakantie" means before 22 Dec, not 31 Dec."""
    spans = sorted(s for y in (year - 1, year, year + 1) for s in _spans(word, y, country, subdivision))
    out: list[tuple[date, date]] = []
    for start, end in spans:
        if out and (start - out[-1][1]).days <= 1:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def _weekday_before(day: date) -> date:
    day -= timedelta(days=1)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def _weekday_after(day: date) -> date:
    day += timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


# A verb in the past ("werd stopgezet", "kreeg", "is gebeurd") tells a break that has been, even one that comes again soon.
_PAST = re.compile(r"\b(werd|werden|was|waren|had|hadden|kreeg|kregen|kwam|kwamen|ging|gingen|zei|zeiden|stond|"
                   r"moest|mocht|wilde|kon|happened|was|were|did|had)\b|\b\w*ge\w{2,}(d|t)\b|\b\w{3,}(ed)\b", re.I)


def holiday_day(m: re.Match, sent: date, country: str | None = None, subdivision: str | None = None) -> date | None:
    """The school day just before or after the break, or its first day ('in', 'tijdens'); None for a plan."""
    past = bool(_PAST.search(m.string))
    rel = m.group("rel").split()[-1].lower()
    word = m.group("h").lower()
    days = []
    for start, end in _merged(word, sent.year, country, subdivision):
        days.append(_weekday_before(start) if rel == "voor" else _weekday_after(end) if rel == "na" else start)
    if not past and any(sent < d <= sent + timedelta(days=_PLAN_DAYS) for d in days):
        return None
    past = [d for d in days if d <= sent]
    return max(past) if past else None
