"""The latest incident date: absolute, relative to the mail's Date:, or the mail's date when ongoing.

Regexes find candidate spans; dateparser (DMY, nl/en/fr) only ever sees a span such as
"13 oktober 2026" that we built, so month names inside words, bare numbers and class years
("5de leerjaar", "groep 5/6", "9,5") never reach it. Sentences about the complaint process
itself (the parent's calls, a summons, an earlier formal complaint) give dates only when no
other date exists, and a yearless date that would lie in the future is a plan, not an incident.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

import dateparser

from ..model import Evidence
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
_NUMBERS = {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "a": 1, "one": 1, "two": 2,
            "three": 3, "four": 4, "deux": 2, "trois": 3}
_MON = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WD = "|".join(_WEEKDAYS)

_DAY_MONTH = re.compile(rf"\b(?P<d>[0-3]?\d)(e|er|ste|de)?\s+(?P<m>{_MON})\.?(?:\s+(?P<y>20\d\d))?(?!\w)", re.I)
_MONTH_DAY = re.compile(rf"\b(?P<m>{_MON})\s+(?P<d>[0-3]?\d)(st|nd|rd|th)?\b(?:,?\s+(?P<y>20\d\d))?", re.I)
_NUMERIC = re.compile(r"(?<![\w/.,-])(?<!groep )(?<!klas )(?<!groepen )(?P<d>[0-3]?\d)[/.-](?P<m>[01]?\d)"
                      r"(?:[/.-](?P<y>(20)?\d\d))?(?![\w/]|[.,]\d|\s*(uur|u\b|h\b|extra|van de|of the))")
_LAST_MONTH = re.compile(r"\b(vorige|afgelopen|verleden) maand\b|\blast month\b|\ble mois dernier\b", re.I)
_MONTH_ONLY = re.compile(rf"\b(?P<q>eind|einde|begin|half|midden|fin|début|mi|end of|early|mid|late)?[\s-]*"
                         rf"(?P<m>{_MON})\b(?P<vj>\s+(vorig jaar|dernier|last year))?", re.I)
_RELATIVE = [
    (re.compile(rf"\b(vorige|afgelopen) week (?P<wd>{_WD})\b", re.I), "prev_week_wd"),
    (re.compile(rf"\b(vorige|afgelopen|last|dernier)\s+(?P<wd>{_WD})\b|\b(?P<wd2>{_WD})\s+dernier\b", re.I), "last_wd"),
    (re.compile(r"\b(?P<n>\w+) (weken|week|weeks?|semaines?) (geleden|ago)|il y a (?P<n2>\w+) semaines?", re.I), "weeks_ago"),
    (re.compile(r"\b(?P<n>\w+) (dagen|days|jours) (geleden|ago)", re.I), "days_ago"),
    (re.compile(r"\b(vorig|afgelopen|last|dit|this|het) weekend\b|\bce week-end|\bweek-end dernier", re.I), "weekend"),
    (re.compile(r"\b(vorige|afgelopen|last) week\b|\bla semaine dernière", re.I), "last_week"),
    (re.compile(r"\beergisteren\b", re.I), "minus2"),
    (re.compile(r"\b(gisteren|gister)(avond|middag|ochtend|morgen|nacht)?\b|\byesterday\b|\bhier soir\b", re.I), "minus1"),
    # A bare weekday ("maandag heeft de juf ...", "het rapport dat vrijdag meekwam") is the latest such day before
    # the mail; not when it names a plan or a habit, nor when a date follows ("dinsdag 13 oktober").
    (re.compile(rf"(?<!volgende )(?<!komende )(?<!aanstaande )(?<!volgende week )(?<!komende week )(?<!next week )(?<!elke )(?<!iedere )(?<!every )(?<!next )(?<!vanaf )"
                rf"(?<!tot )(?<!deze )(?<!this )(?<!prochain )\b(?P<wd>{_WD})(ochtend|middag|avond|morgen|nacht|"
                rf"morning|afternoon|evening|night)?\b(?!\s*,?\s*\d)(?!\s+(prochain|next|om de))", re.I), "bare_wd"),
    (re.compile(r"\b(vandaag|vanochtend|vanmorgen|vanmiddag|vanavond|deze week|vannacht|today|this morning|"
                r"aujourd'hui|ce matin)\b", re.I), "today"),
]
# "nog steeds", "al weken", "sindsdien": the facts go on up to the mail.
_ONGOING = re.compile(r"\bnog (steeds|altijd)\b|\bal (weken|maanden|lang)\b|\bsindsdien\b|\bsinds (toen|die dag)\b|"
                      r"\bal sinds\b|\bstill\b|\btoujours\b|\bnog maar\b|\bweken (al|lang)\b|"
                      r"\bniet de eerste keer\b", re.I)
_SINCE_THEN = re.compile(r"\bsindsdien\b|\bsinds (toen|die dag)\b|\bsince then\b|\bdepuis\b", re.I)
_STILL = re.compile(r"\bnog (steeds|altijd)\b|\bstill\b|\btoujours\b|\bal (weken|maanden)\b", re.I)
# English "since" only as time ("since the Easter holiday", "since March"), not as "because".
_SINCE = re.compile(r"(?<!keer )\bsinds\b(?! kort)|\bsince\b(?=\s+(the|last|early|mid|\d|(january|february|march|april|may|"
                    r"june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|"
                    r"christmas|easter|half[- ]term)\b))", re.I)
# The writer's own state ("ik schrijf dit al maanden in mijn hoofd") is not the facts going on.
_WRITER = re.compile(r"\b(ik|i)\s+(schrijf|denk|twijfel|pieker|draag|loop|write|think)\b|"
                     # a suspected pattern, framed as the writer's view ("volgens mij niet de eerste keer")
                     r"\bvolgens (mij|ons)\b|\b(ik|wij|we) (vermoed|vermoeden|heb het gevoel|hebben het gevoel)\b|"
                     # the writer's opinion or feelings going on ("ik ben het er nog altijd niet mee eens")
                     r"\b(ik|wij|we)\s+(ben|zijn)\b[^.]{0,30}\b(eens|oneens|boos|kwaad|teleurgesteld)\b|"
                     r"\b(blijft|zit)\s+(me|mij|ons)\b|"
                     # the writer's own nights and worries since the incident
                     r"\b(ik|wij|we)\s+(heb|hebben|lig|liggen|slaap|slapen)\b[^.]{0,30}\b(geslapen|wakker|gepiekerd|"
                     r"gehuild|slapeloze)\b|"
                     # the writer's not knowing, going on after a one-off event ("we still have no idea how he is doing")
                     r"\b(ik|wij|we|i)\b[^.]{0,20}\b(geen (flauw )?idee|no idea)\b|"
                     # the child's background, not the facts complained about ("she is still learning Dutch")
                     r"\b(still|nog (steeds|altijd))\s+(aan het )?(learning|leert|leren|new to|nieuw in)\b", re.I)
# "dat loopt goed, daar wil ik niet over klagen": what the writer says is fine is not the facts complained about.
_NOT_COMPLAINED = re.compile(r"\b(niet|geen)\b[^.]{0,25}\b(klagen|klacht|complain)|\bklaag\b[^.]{0,10}\bniet\b|"
                             r"\b(loopt|gaat|verloopt)\s+(het\s+)?(nu\s+|wel\s+|verder\s+|intussen\s+|inmiddels\s+)?(goed|prima|"
                             r"beter)\b|\bno complaints?\b|\b(is|was) (wel )?(opgelost|in orde)\b", re.I)
# "Er is sindsdien niets veranderd": the outcome of the parent's steps, not the facts going on.
_NO_RESULT = re.compile(r"\b(niets|niks|nothing)\b[^.]{0,20}\b(veranderd|gebeurd|gehoord|changed|happened)\b|"
                        r"\bgeen (reactie|antwoord|verandering)\b", re.I)
# "terwijl hij al sinds september begeleiding zou krijgen": a plan that did not happen is no ongoing fact.
_PLANNED = re.compile(r"\b(zou|zouden|had moeten|hadden moeten|beloofd|gepland)\b", re.I)
# A disclosure ("vertelde ons gisteravond dat ...", "kwam het eruit"): the day of telling is no incident;
# what follows its "dat" is what happened.
_DISCLOSURE = re.compile(r"\b(vertelde|vertelden|vertelt|verteld|zei|zegt|biechtte|told)\b[^.]{0,40}?(\b(dat|that|maar|but)\b|,)", re.I)
_SINCE_GOING_ON = re.compile(r"\b(niet|geen|nooit|meer|steeds|nog|any ?more|no longer|nobody|never|not|still)\b", re.I)
_HABIT = re.compile(r"\belke (dag|ochtend|week|les)\b|\bverveelt zich\b|\biedere (dag|ochtend)\b|\bevery day\b", re.I)
_IN_TALK = r"\b(aan de telefoon|telefonisch|aan de lijn|in (het|een|ons) gesprek|on the phone|over the phone)\b"
_ANSWERED = (r"\b(ontkend|ontkende|bevestigd|bevestigde|toegegeven|gaf\b[^.]{0,20}\btoe|erkend|erkende|denied|"
             r"confirmed|admitted)\b")
# Sentences about the procedure rather than the facts.
_PROCESS = re.compile(r"\b(ik|wij|we|j'ai|nous|i)\b[^.]{0,60}\b(gebeld|gemaild|gemeld|doorgegeven|besproken|gesproken|gepraat|aangesproken|gevraagd|"
                      r"gezegd|aangekaart|contact|appel[ée]|raised|ingediend|langs geweest)|dagvaarding|advocaat|"
                      r"rechtbank|tribunal|audience|zitting|formeel behandeld|klacht\b[^.]{0,30}\bingediend|"
                      r"\bterugbellen|\bbel(len)? (me|mij)|afspraak|"
                      r"\b(i|we)\b[^.]{0,30}\b(discussed|spoke|talked|called|emailed|mentioned)\b|"
                      # staff answering the writer in a call or talk ("heeft dat aan de telefoon niet ontkend")
                      rf"{_IN_TALK}[^.]{{0,50}}{_ANSWERED}|{_ANSWERED}[^.]{{0,30}}{_IN_TALK}", re.I)
# The child's reaction to an event (slept badly, told us last night, stays home today, doubts since then) is an
# after-effect: it dates the incident only when nothing else does, and its "sindsdien" is no ongoing situation.
_AFTERMATH = re.compile(r"\b(sliep|slaapt|slapen)\b[^.]{0,25}\b(slecht|niet)\b|\bnachtmerries?\b|"
                        r"\b(ons|mij|me)\b[^.]{0,30}\bverteld\b|\bvertelde (het )?(ons|mij|me)\b|"
                        r"\b(twijfelt|twijfelde|weigert|weigerde|durft|durfde|schaamt|huilt|huilde)\b|"
                        r"\bwil(de)?\b[^.]{0,30}\bniet\b[^.]{0,25}\b(naar|meer|dat)\b|\bgaat\b[^.]{0,25}\bniet naar school|"
                        r"\b(is|was|zijn|waren)\b (nog )?(erg |heel |echt |zo |helemaal )?(bang|overstuur|van streek|kapot|"
                        r"aangeslagen)\b|\bafraid\b|\bscared\b|\bcries\b|\bcried\b|\bmet tegenzin\b", re.I)
# What was done to the child keeps a sentence an incident even when it also tells the reaction.
_INCIDENT = re.compile(r"\b(ge(slagen|schopt|duwd|pest|knepen|beten|trokken|scholden)|vastgegrepen|uitgescholden|"
                       r"bedreigd|opgewacht|kicked|hit|pushed|bullied|beaten)\b", re.I)
# "Op 1 december liet u weten dat ... voortaan": a dated decision whose effects last is dated by the decision.
_DECISION = re.compile(r"\bvoortaan\b|\bvanaf nu\b|\bfrom now on\b|\bbeslist\b|\bbesloten\b|\bdecided\b|"
                       r"\bliet\b[^.]{0,40}\bweten\b|\bmeegedeeld\b|\baangekondigd\b|"
                       # a decision announced in a dated letter ("in uw brief van 13 maart lees ik dat ... voortaan")
                       r"\b(uw|jullie|de|hun|een)\s+(brief|mail|e-mail|bericht|schrijven)\s+(van|d\.?d\.?)\s", re.I)
_YEAR_BEFORE = re.compile(r"vorig (school)?jaar|last year|l'année dernière|l'an dernier", re.I)


# "Ze komen nooit op woensdag": a weekday in a habit is no day of the week just gone.
_HABITUAL = re.compile(r"\b(nooit|altijd|telkens|meestal|vaak|soms|elke|iedere|never|always|usually|jamais|toujours)\b",
                       re.I)
_RELATIVE_ONLY = re.compile(r"[a-zà-ÿ' ]+", re.I)     # "gisteren", "vorige dinsdag": not an explicit date


@lru_cache(maxsize=1)
def _dp_settings() -> dict:
    return {"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month", "year"]}


@lru_cache(maxsize=4096)
def _dateparser(span: str) -> date | None:
    """dateparser on a span we built ("13 oktober 2026"): it knows every spelling of every month."""
    got = dateparser.parse(span, languages=["nl", "en", "fr"], settings=_dp_settings())
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
    if kind == "weekend":       # the Sunday of the weekend just gone (on a Monday: yesterday)
        return sent - timedelta(days=(sent.weekday() + 1) % 7 or 7)
    if kind == "last_week":
        return sent - timedelta(days=7)
    if kind in ("weeks_ago", "days_ago"):
        word = (m.group("n") or m.groupdict().get("n2") or "").lower()
        n = int(word) if word.isdigit() else _NUMBERS.get(word)
        if not n:
            return None
        return sent - timedelta(weeks=n) if kind == "weeks_ago" else sent - timedelta(days=n)
    wd = _WEEKDAYS[(m.group("wd") or m.groupdict().get("wd2")).lower()]
    if kind == "prev_week_wd":
        monday = sent - timedelta(days=sent.weekday() + 7)
        return monday + timedelta(days=wd)
    back = (sent.weekday() - wd) % 7 or 7
    return sent - timedelta(days=back)


_INTENT = re.compile(r"\b(van plan|plan(nen)? om|ga ik|gaan we|(ik|we|wij) (ga|gaan)|zal|zullen|hoop|hopen|"
                     r"going to|plan to|will)\b", re.I)


def _day_dates(sentence: str, sent: date, region: tuple[str | None, str | None] = (None, None)
               ) -> list[tuple[date, str]]:
    out = []
    taken: list[tuple[int, int]] = []
    year_back = bool(_YEAR_BEFORE.search(sentence))
    for rx in (_DAY_MONTH, _MONTH_DAY):
        for m in rx.finditer(sentence):
            y = int(m.group("y")) if m.group("y") else (sent.year - 1 if year_back else None)
            got = _resolve(int(m.group("d")), _MONTHS[m.group("m").lower()], y, sent, m.group("m"))
            taken.append(m.span())
            if got:
                out.append((got, m.group(0)))
    for m in _NUMERIC.finditer(sentence):
        d, mo = int(m.group("d")), int(m.group("m"))
        if not (1 <= d <= 31 and 1 <= mo <= 12) or any(a <= m.start() < b for a, b in taken):
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
            got = _relative(kind, m, sent)
            taken.append(m.span())
            if got and got <= sent:
                out.append((got, m.group(0)))
    return out


def _month_dates(sentence: str, sent: date) -> list[tuple[date, str]]:
    out = []
    for m in _LAST_MONTH.finditer(sentence):
        # "vorige maand": any day of the month before the mail; its middle is the best guess
        y, mo = (sent.year, sent.month - 1) if sent.month > 1 else (sent.year - 1, 12)
        out.append((date(y, mo, 15), m.group(0)))
    for m in _MONTH_ONLY.finditer(sentence):
        word = m.group("m").lower()
        if len(word) <= 3 and word not in ("mei", "mai"):
            continue      # "mar", "jan" are too often parts of other words or names
        month = _MONTHS[word]
        q = (m.group("q") or "").lower()
        day = 28 if q in ("eind", "einde", "fin", "end of", "late") else 5 if q in ("begin", "début", "early") else 15
        year = sent.year - 1 if (m.group("vj") or _YEAR_BEFORE.search(sentence)) or month > sent.month else sent.year
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


def latest_incident(sentences: list[str], mail_date: date | None, bases: list[date | None] | None = None,
                    region: tuple[str | None, str | None] = (None, None)) -> tuple[date | None, Evidence | None]:
    """`region` is the procedure's (country, subdivision): school holidays are dated in its calendar."""
    if mail_date is None:
        return None, None
    facts, process, after, months, process_months, habit = [], [], [], [], [], None
    for i, s in enumerate(sentences):
        sent = (bases[i] if bases and bases[i] else mail_date)
        found = _day_dates(s, sent, region)
        aftermath = bool(_AFTERMATH.search(s)) and not _INCIDENT.search(s)
        dated_decision = bool(_DECISION.search(s)) and any(not _RELATIVE_ONLY.fullmatch(p) for _, p in found)
        # "Ik heb er sindsdien vier keer over gepraat": the parent's own steps since then are no ongoing facts.
        own_steps = bool(_PROCESS.search(s)) and bool(_SINCE_THEN.search(s)) and not _STILL.search(s)
        if _NOT_COMPLAINED.search(s):
            continue
        if _WRITER.search(s) or aftermath or dated_decision or own_steps or _NO_RESULT.search(s):
            pass
        elif _SINCE.search(s) and _HABIT.search(s):
            # "Sinds ... na de kerstvakantie moet hij elke dag ...": a habit since a date goes on up to the mail.
            return mail_date, Evidence("ongoing", _HABIT.search(s).group(0))
        elif _ONGOING.search(s) or (_SINCE.search(s) and _SINCE_GOING_ON.search(re.sub(r"\([^)]*\)", "", s[_SINCE.search(s).end():]))):
            m = _ONGOING.search(s) or _SINCE.search(s)
            if not _PLANNED.search(s[m.end():m.end() + 60]):
                return mail_date, Evidence("ongoing", m.group(0))
        told = _DISCLOSURE.search(s)
        if told and found and not _PROCESS.search(s):
            # Dates before the disclosure's "dat" date the telling; after it, the facts.
            cut = told.end()
            after.extend(d for d in found if s.find(d[1]) < cut)
            found = [d for d in found if s.find(d[1]) >= cut]
            aftermath = False
        (process if _PROCESS.search(s) else after if aftermath else facts).extend(found)
        if not found:
            (process_months if _PROCESS.search(s) else months).extend(_month_dates(s, sent))
        if habit is None and _HABIT.search(s):
            habit = _HABIT.search(s).group(0)
    for pool in (facts, after, process):
        if pool:
            got, phrase = max(pool)
            return got, Evidence("latest_incident", phrase)
    if habit:
        return mail_date, Evidence("ongoing", habit)
    for pool in (months, process_months):
        if pool:
            got, phrase = max(pool)
            return got, Evidence("latest_incident", phrase)
    return None, None
