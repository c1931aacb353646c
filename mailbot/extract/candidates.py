"""Every day a mail could mean as its latest incident, with the words around it: the learned ranker's input.

dates.py picks one day by principles; the ranker (dayrank.py) weighs the same days by what labelled mails taught.
Both read the same date phrases (datephrases.py), so they disagree only on which day, never on how one is read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .datephrases import day_dates, later_dates, month_dates
from .ongoing import HABIT, ongoing

__all__ = ["Candidate", "candidates", "features"]

_WORD = re.compile(r"[a-zà-ÿ]+", re.I)


@dataclass(frozen=True)
class Candidate:
    day: date
    phrase: str          # the words that name the day; empty for "still going on" (the mail's own date)
    kind: str            # day | later ("de dag nadien") | month ("begin oktober") | ongoing
    index: int           # the sentence it stands in; -1 for ongoing
    sentence: str        # that sentence; for ongoing, the sentences that say it goes on


def candidates(sentences: tuple[str, ...] | list[str], bases: tuple[date | None, ...] | list[date | None],
               mail_date: date, region: tuple[str | None, str | None] = (None, None)) -> tuple[Candidate, ...]:
    out: list[Candidate] = []
    anchor = None
    for i, s in enumerate(sentences):
        base = (bases[i] if i < len(bases) else None) or mail_date
        found = [(d, p, "day") for d, p in day_dates(s, base, region)]
        last = max(found, key=lambda d: s.find(d[1]))[0] if found else anchor
        found += [(d, p, "later") for d, p in later_dates(s, last, base)]
        anchor = max(found, key=lambda d: s.find(d[1]))[0] if found else anchor
        if not found:
            found = [(d, p, "month") for d, p in month_dates(s, base)]
        out.extend(Candidate(d, p, k, i, s) for d, p, k in found)
    going_on = [s for s in sentences if ongoing(s, mail_date.month) or HABIT.search(s)]
    out.append(Candidate(mail_date, "", "ongoing", -1, "\n".join(going_on)))
    return tuple(out)


def _bucket(x: float, edges: tuple[float, ...]) -> str:
    return next((str(e) for e in edges if x <= e), "more")


def features(cands: tuple[Candidate, ...], mail_date: date, n_sentences: int,
             families_day: date | None) -> list[dict[str, float]]:
    """Per candidate: whether the principles (dates.py) chose it, what kind of phrase, how long ago, its rank among
    the days named, and the words around it."""
    dated = sorted({c.day for c in cands if c.kind != "ongoing"}, reverse=True)
    rows = []
    for c in cands:
        f: dict[str, float] = {"kind=" + c.kind: 1.0, "ndated=" + _bucket(len(dated), (0, 1, 2, 3, 5)): 1.0}
        if c.day == families_day:
            f["families"] = 1.0
            f["families_kind=" + c.kind] = 1.0
        if c.kind == "ongoing":
            f["cues=" + _bucket(c.sentence.count("\n") + 1 if c.sentence else 0, (0, 1, 2))] = 1.0
            for w in _WORD.findall(c.sentence.lower()):
                f["o:" + w] = 0.5
            rows.append(f)
            continue
        rank = dated.index(c.day)
        f["ago=" + _bucket((mail_date - c.day).days, (0, 1, 2, 7, 14, 31, 62, 120, 183))] = 1.0
        f["rank=" + _bucket(rank, (0, 1, 2))] = 1.0
        f["rankrev=" + _bucket(len(dated) - 1 - rank, (0, 1))] = 1.0
        f["pos=" + _bucket(c.index / max(1, n_sentences), (0.2, 0.5, 0.8))] = 1.0
        f["same=" + _bucket(sum(x.day == c.day for x in cands), (1, 2))] = 1.0
        if any(ch.isdigit() for ch in c.phrase):
            f["digit"] = 1.0
        at = c.sentence.find(c.phrase)
        for w in _WORD.findall(c.sentence[:at].lower())[-5:]:
            f["b:" + w] = 1.0
        for w in _WORD.findall(c.sentence[at + len(c.phrase):].lower())[:5]:
            f["a:" + w] = 1.0
        for w in _WORD.findall(c.sentence.lower()):
            f["s:" + w] = 1.0
        rows.append(f)
    return rows
