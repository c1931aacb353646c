"""Date phrases in one sentence, resolved against the day that sentence was written.

Regexes find candidate spans; dateparser (DMY, nl/en/fr) only ever sees a span such as
"13 oktober 2026" that we built, so month names inside words, bare numbers and class years
("5de leerjaar", "groep 5/6", "9,5") never reach it. A yearless date that would lie in the
future is a plan, not an incident. Which sentence's dates count is dates.py's job.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

import dateparser

from .datescope import is_mark, year_back
from .schoolbreaks import HOLIDAY, holiday_day


_MONTHS = {
    "januari": 1, "jan": 1, "january": 1, "janvier": 1, "februari": 2, "feb": 2, "february": 2, "février": 2,
    "fevrier": 2, "maart": 3, "mrt": 3, "march": 3, "mars": 3, "april": 4, "apr": 4, "avril": 4, "mei": 5,
    "may": 5, "mai": 5, "juni": 6, "jun": 6, "june": 6, "juin": 6, "juli": 7, "jul": 7, "july": 7,
    "juillet": 7, "augustus": 8, "aug": 8, "august": 8, "août": 8, "aout": 8, "september": 9, "sept": 9,
    "sep": 9, "septembre": 9, "oktober": 10, "okt": 10, "october": 10, "octobre": 10, "oct": 10,
    "november": 11, "nov": 11, "novembre": 11, "december": 12, "dec": 12, "décembre": 12, "decembre": 12,
}
_WEEKDAYS = {"maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3, "vrijdag": 4, "zaterdag": 5, "zondag": 6,
             "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
             "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}
_NUMBERS = {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
            "tien": 10, "elf": 11, "twaalf": 12, "veertien": 14, "a": 1, "one": 1, "two": 2, "three": 3, "four": 4,
            "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "deux": 2, "trois": 3, "quatre": 4}
_MON = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WD = "|".join(_WEEKDAYS)

_DAY_MONTH = re.compile(rf"\b(?P<d>[0-3]?\d)(e|er|ste|de|th|st|nd|rd)?\s+(of\s+)?(?P<m>{_MON})\.?(?:\s+(?P<y>20\d\d))?(?!\w)", re.I)
_MONTH_DAY = re.compile(rf"\b(?P<m>{_MON})\s+(?P<d>[0-3]?\d)(st|nd|rd|th)?\b(?:,?\s+(?P<y>20\d\d))?", re.I)
_NUMERIC = re.compile(r"(?<![\w/.,-])(?<!groep )(?<!klas )(?<!groepen )(?P<d>[0-3]?\d)[/.-](?P<m>[01]?\d)"
                      r"(?:[/.-](?P<y>(20)?\d\d))?(?![\w/]|[.,]\d|\s*(uur|u\b|h\b|extra|van de|of the))")
_LAST_MONTH = re.compile(r"\b((?P<q>eind|einde|begin|half|midden|end of|early|late|mid|fin|début)[\s-]+)?"
                         r"((vorige|afgelopen|verleden) maand\b|last month\b|le mois dernier\b)", re.I)
_MONTH_ONLY = re.compile(rf"\b(?P<q>eind|einde|begin|half|midden|fin|début|mi|end of|early|mid|late)?[\s-]*"
                         rf"(?P<m>{_MON})\b(?P<vj>\s+(vorig jaar|dernier|last year))?", re.I)
_RELATIVE = [
    # a weekday in a counted week back ("twee weken geleden op woensdag", "woensdag, drie weken terug", "op de dinsdag
    # van twee weken geleden"): that week's weekday, not the last such day before the mail
    (re.compile(rf"\b(?P<n>\w+) (weken|week|weeks) (geleden|terug|ago),? (op |on )?(de |the |een |a )?(?P<wd>{_WD})\b|"
                rf"\b(?P<wd2>{_WD}),? (van |of )?(?P<n2>\w+) (weken|week|weeks) (geleden|terug|ago)\b", re.I), "wd_weeks_ago"),
    (re.compile(rf"\b(vorige|afgelopen|verleden) week,? (op )?(de )?(?P<wd>{_WD})\b|"
                rf"\b(?P<wd2>{_WD}),? (van )?(vorige|afgelopen|verleden) week\b|\b(?P<wd3>{_WD}) of last week\b|"
                rf"\blast week,? on (?P<wd4>{_WD})\b", re.I), "prev_week_wd"),
    (re.compile(rf"\b(vorige|afgelopen|last|dernier)\s+(?P<wd>{_WD})\b|\b(?P<wd2>{_WD})\s+dernier\b", re.I), "last_wd"),
    # approximate counts: "een week of twee geleden", "anderhalve week terug", "een paar dagen geleden", "a few days ago"
    (re.compile(r"\b(een|a) (?P<unit>week|weken|dag|dagen) of (?P<n>\w+) (geleden|terug)|"
                r"\b(?P<half>anderhalve|anderhalf) (?P<unit2>week|weken|dag) (geleden|terug)|"
                r"\b(een paar|enkele|een aantal|a few|a couple of|quelques) (?P<unit3>dagen|weken|days|weeks|jours|semaines) "
                r"(geleden|terug|ago)", re.I), "about_ago"),
    # "drie weken terug" is Flemish and spoken Dutch for "drie weken geleden"
    (re.compile(r"\b(?P<n>\w+) (weken|week|weeks?|semaines?) (geleden|terug|ago)|il y a (?P<n2>\w+) semaines?", re.I),
     "weeks_ago"),
    (re.compile(r"\b(?P<n>\w+) (dagen|days|jours) (geleden|terug|ago)|il y a (?P<n2>\w+) jours", re.I), "days_ago"),
    # "op de 8ste", "on the 8th": a day of this month (of the month before when that day is still to come)
    (re.compile(r"\b(op|on|le)?\s*(de|the)\s+(?P<dom>[0-3]?\d)(ste|de|e|th|st|nd|rd)\b(?=\s*([,.;:)!?]|$|\s+(werd|was|is|"
                r"kwam|heeft|had|hebben|kreeg|moest|mocht|ging|zei|om|in|op|tijdens|at|were|he|she|we|they|the)\b))",
                re.I), "day_of_month"),
    (re.compile(r"\b(vorig|afgelopen|last|dit|this|het) weekend\b|\bce week-end|\bweek-end dernier", re.I), "weekend"),
    (re.compile(r"\b(vorige|afgelopen|last) week\b|\bla semaine dernière", re.I), "last_week"),
    (re.compile(r"\beergisteren\b|\bthe day before yesterday\b|\bavant-hier\b", re.I), "minus2"),
    (re.compile(r"\b(gisteren|gister)(avond|middag|ochtend|morgen|nacht)?\b|\byesterday\b|\bhier soir\b", re.I), "minus1"),
    # A bare weekday ("maandag heeft de juf ...", "het rapport dat vrijdag meekwam") is the latest such day before
    # the mail; not when it names a plan or a habit, nor when a date follows ("dinsdag 13 oktober").
    (re.compile(rf"(?<!volgende )(?<!komende )(?<!aanstaande )(?<!volgende week )(?<!komende week )(?<!next week )(?<!elke )(?<!iedere )(?<!every )(?<!next )(?<!vanaf )"
                rf"(?<!tot )(?<!deze )(?<!this )(?<!prochain )\b(?P<wd>{_WD})(ochtend|middag|avond|morgen|nacht|"
                rf"morning|afternoon|evening|night)?\b(?!\s*,?\s*\d)(?!\s+(prochain|next|om de))", re.I), "bare_wd"),
    (re.compile(r"\b(vandaag|vanochtend|vanmorgen|vanmiddag|vanavond|deze (ochtend|morgen|middag|namiddag|voormiddag)|"
                r"deze week|vannacht|today|this morning|"
                r"aujourd'hui|ce matin)\b", re.I), "today"),
]
_WEEK_SPAN = re.compile(r"(deze|vorige|afgelopen|verleden|this|last) week|la semaine derni[eè]re", re.I)
# "Ze komen nooit op woensdag": a weekday in a habit is no day of the week just gone.
_HABITUAL = re.compile(r"\b(nooit|altijd|telkens|meestal|vaak|soms|elke|iedere|never|always|usually|jamais|toujours)\b",
                       re.I)

_INTENT = re.compile(r"\b(van plan|plan(nen)? om|ga ik|gaan we|(ik|we|wij) (ga|gaan)|zal|zullen|hoop|hopen|"
                     # what the writer asks of the reader ("Ik verwacht dat u mij nog deze week belt", "graag vandaag")
                     r"verwacht|verwachten|gelieve|graag|expect|please|reken|rekenen|"
                     # the reader asked to act ("dat u mij deze week nog belt", "Kunt u mij vandaag nog bellen?")
                     r"(u|jullie|you)\s+(mij|me|ons|us)|(kunt|kan|wilt|zou|zoudt|could|can|would)\s+(u|jullie|you)|"
                     r"going to|plan to|will)\b|"
                     # Dutch tells a plan in the present: a coming, leaving or starting verb just before the weekday
                     # ("ze komen zondag terug", "hij begint maandag in een andere klas"); "kwam maandag" is past
                     r"\b(komt|komen|kom|gaat|gaan|keert|keren|vertrekt|vertrekken|begint|beginnen|start|starten|verhuist|"
                     r"verhuizen|vliegt|vliegen)\s+(\w+\s+)?$", re.I)


_PLAN_AFTER = re.compile(r"\s*(begint|beginnen|start|starten|volgt|volgen|komt|komen|gaat|gaan|vertrekt|vertrekken|keert|"
                         r"keren|verhuist|verhuizen|hervat|hervatten|vindt|begins|starts)\b(?![^.]*\b(ge\w+[dt]|gebleven|gegaan|"
                         r"gekomen|began|begonnen)\b)", re.I)


_DP_SETTINGS = {"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month", "year"]}


@lru_cache(maxsize=4096)
def _dateparser(span: str) -> date | None:
    """dateparser on a span we built ("13 oktober 2026"): it knows every spelling of every month."""
    got = dateparser.parse(span, languages=["nl", "en", "fr"], settings=_DP_SETTINGS)
    return got.date() if got else None


def _resolve(day: int, month: int, year: int | None, sent: date, month_word: str | None = None) -> date | None:
    explicit = year is not None
    year = year or sent.year
    if year < 100:
        year += 2000
    try:
        if month_word:
            got = _dateparser(f"{day} {month_word} {year}") or date(year, month, day)
        else:
            got = date(year, month, day)
    except ValueError:
        return None
    if not explicit and got > sent + timedelta(days=1):
        back = _safe(got.year - 1, got.month, got.day)
        # A yearless date months ahead is last year's; one within weeks ahead is a plan (a hearing, exams).
        return back if back and (got - sent).days > 60 else None
    return got if got <= sent + timedelta(days=1) else None


def _safe(y, m, d):
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _relative(kind: str, m: re.Match, sent: date) -> date | None:
    if kind == "today":
        return sent
    if kind == "minus1":
        return sent - timedelta(days=1)
    if kind == "minus2":
        return sent - timedelta(days=2)
    if kind == "day_of_month":
        day = int(m.group("dom"))
        got = _safe(sent.year, sent.month, day)
        if got and got > sent:
            y, mo = (sent.year, sent.month - 1) if sent.month > 1 else (sent.year - 1, 12)
            got = _safe(y, mo, day)
        return got
    if kind == "weekend":       # the Sunday of the weekend just gone (on a Monday: yesterday)
        return sent - timedelta(days=(sent.weekday() + 1) % 7 or 7)
    if kind == "last_week":
        return sent - timedelta(days=7)
    if kind == "about_ago":
        unit = (m.group("unit") or m.group("unit2") or m.group("unit3") or "").lower()
        days = 7 if unit.startswith(("week", "semaine")) else 1
        n = 1.5 if m.group("half") else _NUMBERS.get((m.group("n") or "").lower(), 3)
        return sent - timedelta(days=round(n * days))
    if kind in ("weeks_ago", "days_ago"):
        word = (m.group("n") or m.groupdict().get("n2") or "").lower()
        n = int(word) if word.isdigit() else _NUMBERS.get(word)
        if not n:
            return None
        return sent - timedelta(weeks=n) if kind == "weeks_ago" else sent - timedelta(days=n)
    wd = _WEEKDAYS[next(g for g in (m.groupdict().get(k) for k in ("wd", "wd2", "wd3", "wd4")) if g).lower()]
    if kind in ("prev_week_wd", "wd_weeks_ago"):
        word = (m.groupdict().get("n") or m.groupdict().get("n2") or "een").lower()
        n = 1 if kind == "prev_week_wd" else int(word) if word.isdigit() else _NUMBERS.get(word)
        if not n:
            return None
        monday = sent - timedelta(days=sent.weekday() + 7 * n)
        return monday + timedelta(days=wd)
    back = (sent.weekday() - wd) % 7 or 7
    return sent - timedelta(days=back)


def day_dates(sentence: str, sent: date, region: tuple[str | None, str | None] = (None, None)
              ) -> list[tuple[date, str]]:
    # dates.py and candidates.py both read every sentence: the second reading is a cache hit
    return list(_day_dates(sentence, sent, region))


@lru_cache(maxsize=4096)
def _day_dates(sentence: str, sent: date, region: tuple[str | None, str | None]) -> tuple[tuple[date, str], ...]:
    out = []
    taken: list[tuple[int, int]] = []
    for rx in (_DAY_MONTH, _MONTH_DAY):
        for m in rx.finditer(sentence):
            y = int(m.group("y")) if m.group("y") else (sent.year - 1 if year_back(sentence, m.start()) else None)
            got = _resolve(int(m.group("d")), _MONTHS[m.group("m").lower()], y, sent, m.group("m"))
            taken.append(m.span())
            if got:
                out.append((got, m.group(0)))
    # one mark out of ten makes the sentence's other N/10 marks too ("6/10 voor lezen en voor spelling 4/10")
    marks = any(m.group("m") == "10" and not m.group("y") and is_mark(sentence, m.start(), m.end())
                for m in _NUMERIC.finditer(sentence))
    for m in _NUMERIC.finditer(sentence):
        d, mo = int(m.group("d")), int(m.group("m"))
        if not (1 <= d <= 31 and 1 <= mo <= 12) or any(a <= m.start() < b for a, b in taken):
            continue
        if mo == 10 and not m.group("y") and marks:
            continue
        got = _resolve(d, mo, int(m.group("y")) if m.group("y") else None, sent)
        if got:
            out.append((got, m.group(0)))
    for m in HOLIDAY.finditer(sentence):
        got = holiday_day(m, sent, *region)
        taken.append(m.span())
        if got:
            out.append((got, m.group(0)))
    habitual = bool(_HABITUAL.search(sentence))
    for rx, kind in _RELATIVE:
        for m in rx.finditer(sentence):
            if any(a <= m.start() < b for a, b in taken) or (kind == "bare_wd" and habitual):
                continue
            # a time phrase that times the writer's intended step ("ik ben van plan om deze week met de juf te
            # praten") dates no incident
            if kind in ("today", "bare_wd") and _INTENT.search(sentence[max(0, m.start() - 40):m.start()]):
                continue
            # "Maandag begint de toetsenweek", "donderdag komt de CLB-medewerker langs": the present told with the
            # weekday first and the verb right after it is a plan
            if kind == "bare_wd" and _PLAN_AFTER.match(sentence[m.end():]):
                continue
            got = _relative(kind, m, sent)
            taken.append(m.span())
            if got and got <= sent:
                out.append((got, m.group(0)))
    # "Deze week kwam er niemand: maandag 9 november niet en dinsdag 10 november ook niet": the week is only the
    # frame of the days it names, so a week-long span yields to the days written out beside it
    if any(_DAY_MONTH.fullmatch(p) or _MONTH_DAY.fullmatch(p) or _NUMERIC.fullmatch(p) for _, p in out):
        out = [(d, p) for d, p in out if not _WEEK_SPAN.fullmatch(p)]
    return tuple(out)


# A day counted from the one told just before ("De dag nadien ...", "twee dagen later", "the next day", "le lendemain").
_LATER = re.compile(r"\b(de|the)\s+(dag|day)\s+(nadien|erna|daarna|daarop|erop|after(wards)?)\b|\bde (volgende|daaropvolgende) dag\b|"
                    # Flemish "daags nadien", "'s anderendaags"; English "the following day"
                    r"\bdaags\s+(nadien|erna|daarna|daarop)\b|(?<!\w)['’]?s[ -]?anderendaags\b|\b(the )?following day\b|"
                    r"\b(the )?next day\b|\ble lendemain\b|\b(?P<n>\w+) (dagen|dag|days|day|jours) (later|nadien|erna|daarna)\b|"
                    r"\b(?P<w>\w+) (weken|week|weeks?) (later|nadien|erna|daarna)\b", re.I)


def later_dates(sentence: str, anchor: date | None, sent: date) -> list[tuple[date, str]]:
    """Days counted from `anchor`, the last day the text named before this sentence; never after the mail."""
    out = []
    for m in _LATER.finditer(sentence) if anchor else ():
        word = (m.group("n") or m.group("w") or "een").lower()
        n = int(word) if word.isdigit() else _NUMBERS.get(word, 1 if not (m.group("n") or m.group("w")) else 0)
        got = anchor + timedelta(days=n * (7 if m.group("w") else 1))
        if n and got <= sent:
            out.append((got, m.group(0)))
    return out


def month_dates(sentence: str, sent: date) -> list[tuple[date, str]]:
    out = []
    for m in _LAST_MONTH.finditer(sentence):
        # "vorige maand": any day of the month before the mail; its middle is the best guess
        y, mo = (sent.year, sent.month - 1) if sent.month > 1 else (sent.year - 1, 12)
        # ("eind vorige maand": its last days, "begin vorige maand": its first)
        q = (m.group("q") or "").lower()
        day = 28 if q in ("eind", "einde", "fin", "end of", "late") else 5 if q in ("begin", "début", "early") else 15
        out.append((date(y, mo, day), m.group(0)))
    # the month of a day date ("Op 11 september is er een startgesprek", a plan dropped by day_dates) is no
    # month-only period
    inside = [x.span("m") for rx in (_DAY_MONTH, _MONTH_DAY) for x in rx.finditer(sentence)]
    for m in _MONTH_ONLY.finditer(sentence):
        if m.span("m") in inside:
            continue
        word = m.group("m").lower()
        if len(word) <= 3 and word not in ("mei", "mai"):
            continue      # "mar", "jan" are too often parts of other words or names
        month = _MONTHS[word]
        q = (m.group("q") or "").lower()
        day = 28 if q in ("eind", "einde", "fin", "end of", "late") else 5 if q in ("begin", "début", "early") else 15
        year = sent.year - 1 if (m.group("vj") or year_back(sentence, m.start())) or month > sent.month else sent.year
        got = _safe(year, month, day)
        if got and got > sent:
            got = sent
        if got:
            out.append((got, m.group(0).strip()))
    return out


def header_date(value: str) -> date | None:
    """The date of a forwarded message's "Date:" line ("di 2 jun 2026 om 20:14")."""
    m = _DAY_MONTH.search(value)
    if m and m.group("y"):
        return _dateparser(f"{m.group('d')} {m.group('m')} {m.group('y')}")
    m = re.search(r"\b(\d{1,2})[-/.](\d{1,2})[-/.](20\d\d)\b", value)
    return _safe(int(m.group(3)), int(m.group(2)), int(m.group(1))) if m else None

