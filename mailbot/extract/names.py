"""The student's name: the child the complaint is about, never the parent who signs nor staff.

Candidates come from phrase families ("mijn zoon X", "X zit in groep 5", "ouders van X",
the subject line, an attachment's file name) and, failing those, from any word that is a
known first name (mailbot/data/first_names.txt, from Faker, MIT). Each candidate is scored;
names of the sender, of people addressed with a title (juf, meester, mevrouw ...) and of the
signature are excluded.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from importlib import resources

from ..model import Evidence
from .notchild import _GREETING_LINE, _CHILD, _KIN, _OWN, _PARTICLE, _STEP, _TITLE, _UP, _WORD, excluded as _excluded
from .text import sentences

_NOT_A_CHILD = (r"(juf|juffrouw|meester|mevrouw|meneer|de|het|een|mijn|onze?|uw|jullie|dit|dat|deze|die|hem|haar|"
                r"zijn|hun|ons|wat|welke|school|klas|groep)\b")
# (pattern, score); group "n" is where the name starts.
_FAMILIES = [
    (re.compile(rf"\b{_OWN}\s+(\w+\s+)?{_CHILD}\s*[,(]?\s*(?P<n>{_WORD})", re.I), 6),
    # a form-like label ("Leerling: Jorre Claes", "Naam van het kind: ...", "Pupil: ...")
    (re.compile(rf"\b(naam\s+(van\s+)?(de\s+|het\s+|mijn\s+|onze?\s+)?(leerling|kind|zoon|dochter)|leerling|kind|pupil|student|"
                rf"child|élève)\s*:\s*(?P<n>{_UP}{_WORD})", re.I), 6),
    # the writer saying whom it is about ("het gaat om Staf", "wat Jorre betreft")
    (re.compile(rf"\bhet\s+gaat\s+(hier\s+)?(om|over)\s+(?!{_NOT_A_CHILD})(?P<n>{_UP}{_WORD})", re.I), 5),
    (re.compile(rf"\bwat\s+(?!{_NOT_A_CHILD})(?P<n>{_UP}{_WORD})\s+betreft\b", re.I), 5),
    # Flemish "onze Lotte", "ons Warre": a known first name right after the possessive.
    (re.compile(rf"\b(onze|ons)\s+(?P<n>{_UP}{_WORD})"), 4),
    # ... and from a writer who writes in lower case ("ons manon zit in het 2de leerjaar"): add() keeps it only when
    # the mail does not capitalise and the word is a known first name
    (re.compile(r"(?<![\w@.])(onze|ons)\s+(?P<n>[a-zà-ÿ][a-zà-ÿ'’-]{2,})"), 4),
    (re.compile(rf"\b({_KIN}|{_STEP})\s+(van|of|de)\s+(?P<n>{_WORD})", re.I), 5),
    # "Deze mail gaat over onze dochter Ella", "mijn vraag betreft Sem": the writer says whom the mail is about, which
    # outweighs a sibling named with class and age in a line of praise
    (re.compile(rf"\b(deze|mijn|onze|dit|this|my)\s+(mail|e-mail|brief|bericht|vraag|klacht|message|letter|email)\s+"
                rf"(gaat\s+(over|om)|betreft|is about|concerns)\s+({_OWN}\s+{_CHILD}\s+)?(?P<n>{_WORD})", re.I), 10),
    (re.compile(rf"\b(klacht|complaint|plainte)\s+(gaat\s+)?(over|about|concerne|ivm|i\.v\.m\.|betreffende|inzake|m\.b\.t\.|regarding|"
                rf"concerning)\s+(?P<n>{_WORD})", re.I), 5),
    (re.compile(rf"\b(leersteun|begeleiding|leerondersteuner|ondersteuner|begeleidster|begeleider|ondersteuning|sessies?|"
                rf"rapport|support|accompagnement)\s+"
                rf"(van|voor|for|de)\s+(?P<n>{_WORD})", re.I), 4),
    (re.compile(rf"(?P<n>{_UP}{_WORD})([ \t]+(({_PARTICLE})[ \t]+)*{_UP}{_WORD})?[ \t]*,[ \t]*{_OWN}\s+{_CHILD}", re.I), 6),
    (re.compile(rf"(?P<n>{_UP}{_WORD})(\s+{_UP}{_WORD})?\s+(\((groep|\d)|zit (nu )?in (groep|het|de) )"), 4),
    # "vera uit groep 3", "Daan in klas 2b": a class right after a word, even in an all-lower-case mail (the word
    # must then be a known first name, see add())
    (re.compile(rf"(?<![\w@.])(?P<n>{_WORD})\s+(uit|in|van)\s+(groep|klas)\s+\d", re.I), 4),
    # the child's age or class in brackets right after the name: "Storm (8 jaar, 2de leerjaar)"
    (re.compile(rf"(?P<n>{_UP}{_WORD})(\s+{_UP}{_WORD})?\s+\((\d+\s*(jaar|jr|ans|years? old)|groep \d|\d+\s*(ste|de|e|me)\s+"
                rf"(leerjaar|middelbaar|secundair|kleuterklas))"), 5),
    # the writer naming their child with a copula ("Mijn dochter is Hana, zij zit in groep 3", "onze zoon heet Bavo",
    # "my son is called Adam"); a nationality is no name ("mijn zoon is Marokkaans")
    (re.compile(rf"\b{_OWN}\s+(\w+\s+)?{_CHILD}\s+(is|heet|noemt|is called|is named|s'appelle)\s+(?P<n>{_UP}{_WORD})"
                rf"(?<!aans)(?<!aanse)(?<!isch)(?<!ische)(?<!ees)(?<!ese)(?<!lands)(?<!landse)"
                rf"(?=\s*([,.;:!?()]|$)|\s+(en|and|et|uit|in|van|zit|die|who|qui)\b|\s+(?-i:{_UP}))", re.I | re.M), 6),
    (re.compile(rf"\b(hij|zij|ze|zoon|dochter|kind|leerling)\s+(heet|noemt)\s+(?P<n>{_WORD})|\b(de )?naam (van (mijn|onze) "
                rf"(zoon|dochter|kind)|van de leerling) is\s+(?P<n2>{_WORD})".replace("(?P<n2>", "(?:"), re.I), 5),
]
# In a subject line, "Zuzanna groep 5", "Ruben, klas 2b", "Sem – groep 7": a capitalised word with its class and no
# verb between (in a sentence "Vanaf groep 4", "Ook groep 7" open with a function word instead).
_SUBJECT_CLASS = re.compile(rf"(?<![\w@.])(?P<n>{_UP}{_WORD})([ \t]+{_UP}{_WORD})?[ \t]*[,–-]?[ \t]*(groep|klas)[ \t]+\d")
_FUNCTION_WORDS = {"vanaf", "tot", "naar", "voor", "na", "ook", "nu", "toen", "in", "uit", "van", "sinds", "over", "met",
                   "zonder", "bij", "alle", "hele", "heel", "de", "het", "onze", "mijn", "klacht", "vraag", "re", "fw"}
_STAFF = re.compile(r"\b(juf|juffrouw|meester|mevrouw|mevr|meneer|mr|mrs|ms|mw|dhr|heer|madame|monsieur|directeur|"
                    r"directrice|coördinator|coordinator|leerondersteuner|begeleidster|begeleider|ondersteuner|klasjuf|titularis|zorgjuf|"
                    r"klasleerkracht|zorgcoördinator|mentor|leraar|leerkracht|ib'er|ib’er|"
                    r"invalmeester|zorgcoördinator|voorzitter|beste|dag|hallo|hoi|dear|bonjour|geachte)\s*[.,:(]?\s*$",
                    re.I)
_NOT_NAMES = {"dag", "beste", "dan", "mag", "may", "june", "lies", "will", "hope", "hoop", "rose", "wil", "ben",
              "les", "merci", "mars", "avril", "juni", "juli", "sinds", "gisteren", "vandaag", "via",
              "school", "groep", "klas", "het", "de", "een", "jullie", "hij", "zij", "ze", "hem", "haar", "er"}
# Greetings, days and months open sentences with a capital but never name a child.
_NOT_NAMES |= {"goedemorgen", "goedemiddag", "goedenavond", "goeiedag", "goeiemorgen", "goedendag", "hallo", "hoi",
               "hello", "hi", "dear", "bonjour", "geachte", "beste", "maandag", "dinsdag", "woensdag", "donderdag",
               "vrijdag", "zaterdag", "zondag", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
               "sunday", "januari", "februari", "maart", "april", "augustus", "september", "oktober", "november",
               "december", "january", "february", "march", "august", "october", "vandaag", "morgen", "gisteren",
               "eergisteren", "vanochtend", "vanmiddag", "vanavond", "sorry", "dank", "bedankt", "thanks"}
# The possessives that open "My son", "Onze dochter" start a sentence with a capital but name nobody.
_NOT_NAMES |= {"my", "our", "his", "mijn", "onze", "ons", "zijn", "mon", "ma", "notre"}
# School subjects that are also first names ("een toets Frans", "examens Frans en wiskunde") after a test or lesson
# word or beside another subject.
_SUBJECTS = r"(frans|engels|duits|spaans|latijn|grieks|nederlands|wiskunde|aardrijkskunde|geschiedenis|biologie|fysica|" \
            r"chemie|muziek|turnen|gym|lo|godsdienst|zedenleer|techniek|informatica|economie|rekenen|taal|lezen)"
_SUBJECT_WORD = re.compile(rf"\b(toets|toetsen|examen|examens|proefwerk|proefwerken|overhoring|test|les|lessen|vak|vakken|"
                           rf"cijfer|cijfers|punten|uur|uren|huiswerk|taak|taken|leerkracht|juf|meester|voor het vak)\s+$|"
                           rf"\b(spreekt|spreken|spraken|sprak|praat|praten|leert|leren|in het)\s+(thuis\s+|ook\s+|geen\s+)?$|"
                           rf"\b{_SUBJECTS}\s*(,|en|of)\s*$", re.I)
_SUBJECT_AFTER = re.compile(rf"^\s*(,|en|of)\s*{_SUBJECTS}\b", re.I)


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    text = resources.files("mailbot.data").joinpath("first_names.txt").read_text(encoding="utf-8")
    return frozenset(n.strip().casefold() for n in text.splitlines() if n.strip())


def is_first_name(word: str) -> bool:
    w = word.strip("'’-").casefold()
    if w in _NOT_NAMES:
        return False
    # a Flemish or Dutch diminutive of a known name ("ons Lotteke", "Jantje", "Fienemieke" no): its base is in the list
    return w in first_names() or any(w.endswith(suf) and len(w) - len(suf) >= 3 and w[:-len(suf)] in first_names()
                                     for suf in ("ke", "tje", "je"))


def student_name(subject: str, body: str, closing: str, sender: str,
                 attachments: tuple[str, ...] = ()) -> tuple[str | None, Evidence | None]:
    excluded = _excluded(body + "\n" + closing, sender, closing)
    scores: Counter = Counter()
    full: dict[str, str] = {}
    phrase: dict[str, str] = {}
    unknown: dict[str, tuple[str, str]] = {}     # capitalised words a phrase family names but the list lacks
    unknown_hits: Counter = Counter()
    starts = [ln.lstrip()[0] for ln in sentences(body) if ln.strip() and ln.lstrip()[0].isalpha()]
    capitalises = len(starts) >= 3 and all(c.isupper() for c in starts)
    # A word the list lacks that the mail also writes in lower case is a common noun ("Gymles groep 6" ... "geen
    # gymles gehad"), not a name.
    # A writer who starts sentences in lower case ("ik heb dat al gezegt", subject "leersteun yente") writes names in
    # lower case too: there the lower-case spelling says nothing.
    lower_starts = sum(c.islower() for c in starts)
    lower_words = set() if lower_starts >= 2 else \
        set(re.findall(r"(?<![\w@.])[a-zà-ÿ][a-zà-ÿ'’-]+", subject + "\n" + body))

    def add(first: str, text: str, pos: int, score: int, why: str) -> None:
        # A possessive ("Arjun's class", "Anne’s fiets") belongs to the name, not in it.
        first = _POSSESSIVE.sub("", first)
        key = first.casefold()
        if _IN_PROPER_NOUN.search(text[max(0, pos - 25):pos]) or _is_surname(text[max(0, pos - 40):pos]):
            return
        if re.fullmatch(_SUBJECTS, key) and (_SUBJECT_WORD.search(text[max(0, pos - 25):pos])
                                             or _SUBJECT_AFTER.match(text[pos + len(first):pos + len(first) + 25])):
            return
        # A lower-case word is a name from a writer who does not capitalise ("mijn zoon luuk"); in a mail that starts
        # its sentences with capitals only when commas set it off ("onze oudste, jasper, ..."): "mijn dochter elke
        # ochtend" is a determiner.
        if first[0].islower() and capitalises and not (text[:pos].rstrip().endswith(",")
                                                       or text[pos + len(first):].lstrip()[:1] in (",", ".", ")")):
            return
        # "Elke" is a Flemish name and the Dutch "each": before a noun ("Elke ochtend huilt hij", "elke dag") it is
        # the determiner; before a verb ("Elke zegt", "Elke heeft") or set off by punctuation it is the name.
        if key in _DETERMINER_NAMES and _BEFORE_NOUN.match(text[pos + len(first):]) \
                and _DETERMINER_SLOT.search(text[max(0, pos - 20):pos]):
            return
        # A capitalised word right after "mijn zoon" is a name even when the list lacks it ("Bavo").
        known = is_first_name(first) or (score >= 5 and first[0].isupper() and key not in _NOT_NAMES
                                         and len(first) > 2 and key not in lower_words)
        if key in excluded:
            return
        name = _POSSESSIVE.sub("", _with_surname(first, text[pos + len(first):]))
        if not known:
            if score >= 4 and first[0].isupper() and len(first) > 2 and key not in _NOT_NAMES | lower_words:
                unknown.setdefault(key, (name, why))
                unknown_hits[key] += 1
            return
        scores[key] += score
        if len(name) > len(full.get(key, "")):
            full[key] = name
        phrase.setdefault(key, why)

    for text, bonus in ((body, 0), (subject, 1), (closing, 0)):
        for pattern, score in _FAMILIES:
            for m in pattern.finditer(text):
                if m.group("n") is None:
                    continue     # an alternative that names no one ("de naam van de leerling is ...")
                add(m.group("n"), text, m.start("n"), score + bonus, m.group(0))
    for m in _SUBJECT_CLASS.finditer(subject):
        if m.group("n").casefold() not in _FUNCTION_WORDS:
            add(m.group("n"), subject, m.start("n"), 5, m.group(0))
    for m in re.finditer(rf"(?<![\w@.]){_UP}{_WORD}", subject):
        add(m.group(0), subject, m.start(), 3, f"onderwerp: {subject}")
    for m in _SUBJECT_KIN.finditer(subject):
        add(m.group("n"), subject, m.start("n"), 5, m.group(0))
    for text in (subject, body):
        for m in _sender_kin(sender).finditer(text) if _sender_kin(sender) else ():
            if not _PARTNER_BEFORE.search(text[max(0, m.start() - 25):m.start()]):
                add(m.group("n"), text, m.start("n"), 6, m.group(0))
    for filename in attachments:
        for m in re.finditer(rf"{_UP}[a-zà-ÿ]+", filename):
            add(m.group(0), filename.replace("_", " "), m.start(), 2, f"bijlage: {filename}")
    # Plain mentions break ties and find a child named only in passing ("Sinds september krijgt Milan ...").
    for m in re.finditer(rf"(?<![\w@.]){_WORD}", body):
        w = m.group(0)
        if (w[0].isupper() or scores.get(w.casefold())) and not _after_staff(body, m.start()):
            # A full name ("Jasper Wouters kwam in tranen thuis") is a person written about, not a passing word.
            add(w, body, m.start(), 2 if _with_surname(w, body[m.end():]) != w else 1, m.group(0))
    # A name the list lacks ("de leerondersteuner van Jitse") counts when a second cue confirms it: the subject line
    # names it too (not as its first word, which is capitalised anyway), or a second phrase family does.
    # (the first word of the subject is capitalised anyway; one after a lower-case word is not: "begeleiding Jitse")
    bare = _REPLY_PREFIX.sub("", subject).lstrip()
    subject_words = {m.group(0).casefold() for m in re.finditer(rf"(?<![\w@.]){_UP}{_WORD}", bare) if m.start() > 0}
    for key, (name, why) in unknown.items():
        if key in subject_words or unknown_hits[key] >= 2:
            scores[key] += 5
            full[key], phrase[key] = name, why
    single = Counter({k: v for k, v in scores.items() if v == 1 and is_first_name(k)})
    scores = Counter({k: v for k, v in scores.items() if v >= 2})
    if not scores and len(single) == 1:
        # One known first name, named once and by nobody else: the child a short mail is about.
        scores = single
    if not scores:
        return None, None
    best = max(scores, key=lambda k: (scores[k], len(full[k])))
    return full[best], Evidence("student_name", phrase[best])


_DETERMINER_NAMES = {"elke"}
# ... where a determiner stands: opening a clause or after a preposition or conjunction ("bijna elke dag"), not after a
# verb ("Gisteren kwam Elke huilend thuis").
_DETERMINER_SLOT = re.compile(r"(^|[.!?,;:\n(]|\b(en|of|maar|want|dat|bijna|haast|zowat|op|in|van|voor|na|bij|tijdens|"
                              r"and|or|but))\s*$", re.I)
_BEFORE_NOUN = re.compile(r"[ \t]+(?!(is|was|had|zei|kwam|ging|zat|kreeg|moest|wou|wilde|kon|mocht|werd|en|of|zelf|"
                          r"ook|nog|die|and|has|said)\b)(?![a-zà-ÿ]+(?<!nach)t\b)[a-zà-ÿ]")


# Someone in the writer's own words carrying the writer's surname, with another first name, is family: in a complaint
# that is the child ("begeleiding Jitse De Schepper (5B)" from Kevin De Schepper), unless the words before make them
# the writer's partner ("mijn man Pieter Nowak").
_PARTNER_BEFORE = re.compile(r"\b(man|vrouw|echtgeno(te|ot)|partner|husband|wife|mari|femme|ex)\s*,?\s*$", re.I)


@lru_cache(maxsize=64)
def _sender_kin(sender: str) -> re.Pattern | None:
    words = [w for w in sender.split() if "@" not in w]
    if len(words) < 2 or not all(w[:1].isupper() for w in words[1:]):
        return None
    own, surname = words[0], r"\s+".join(re.escape(w) for w in words[1:])
    return re.compile(rf"(?<![\w@.'’-])(?P<n>(?!{re.escape(own)}\b)(?!(?i:{_TITLE_WORDS}|{_KIN})\b){_UP}{_WORD})[ \t]+"
                      rf"{surname}(?![\w-])")


# A subject line names the child after a child word without a possessive ("leersteun kleinzoon Mattis Van Roy",
# "klacht - dochter Noor", "Betreft: zoon Bavo"): a subject has no room for someone else's child.
_SUBJECT_KIN = re.compile(rf"(?<![\w@.]){_CHILD}\s*[:,–-]?\s*(?P<n>{_UP}{_WORD})", re.I)
# A word after a first name and a surname particle is the surname, not a second first name ("Mattis Van Roy",
# "Lotte de Roos", "Sem Van der Linden"); "Mama van Senne" and "juf van Noor" name a person before the particle.
_PARTICLE_AFTER_NAME = re.compile(rf"(?<![\w@.])(?P<first>{_UP}{_WORD})[ \t]+(({_PARTICLE})[ \t]+)+$", re.I)


def _is_surname(before: str) -> bool:
    m = _PARTICLE_AFTER_NAME.search(before)
    if not m or re.fullmatch(rf"{_KIN}|{_STEP}|{_CHILD}|{_TITLE_WORDS}", m.group("first"), re.I):
        return False
    # a capitalised particle is a Flemish surname's ("Van Roy", "De Smet"); a lower-case one follows a known first name
    return m.group(0)[len(m.group("first")):].strip()[0].isupper() or is_first_name(m.group("first"))


_TITLE_WORDS = (r"juf|juffrouw|meester|mevrouw|meneer|mevr|dhr|heer|mr|mrs|ms|madame|monsieur|directeur|directrice|"
                r"leerkracht|begeleider|begeleidster|ondersteuner|leerondersteuner|coördinator|coordinator|school|"
                r"basisschool|klas|groep|beste|dag|hallo|geachte|dear|bonjour")


_REPLY_PREFIX = re.compile(r"^\s*((re|fw|fwd|tr|antw|aw|wg|doorst)\s*:\s*)+", re.I)
_POSSESSIVE = re.compile(r"(?<=\w)['’]s?$")     # "Arjun's", "Evans's", "Peeters'"
# A first name inside a school's or street's name ("Basisschool Ter Linde", "De Roos", "Sint-Jan") is no child.
_IN_PROPER_NOUN = re.compile(r"(\b(Ter|Ten|Te|De|Den|Het|'t|Sint|St\.?|Basisschool|School|Kindcentrum|Atheneum|College|Lyceum|"
                             r"Instituut|GBS|VBS|OBS|CBS|KBS|BS|IKC)[ -]|\bSint-)$")
# Words that follow a name in a sentence and are never a surname written in lower case ("mijn zoon daan zit in ...").
_NOT_SURNAME = {"zit", "zat", "is", "was", "heeft", "had", "werd", "wordt", "kreeg", "krijgt", "kwam", "komt", "gaat", "ging",
                "moest", "moet", "mocht", "mag", "wil", "wilde", "kan", "kon", "durft", "huilt", "zegt", "zei", "vertelde",
                "en", "of", "uit", "van", "in", "op", "met", "die", "dat", "de", "het", "een", "niet", "ook", "nog", "al",
                "thuis", "sinds", "want", "maar", "toen", "nu", "naar", "hij", "zij", "ze", "is", "and", "has", "was"}


def _lower_surname(first: str, after: str) -> str:
    """A full name written all in lower case ("ze heet roos hendriks."): keep it as written, but only when the
    next word ends the phrase, so that a verb is never taken for a surname."""
    m = re.match(rf"((\s+({_PARTICLE}))*\s+([a-zà-ÿ][a-zà-ÿ'’-]{{2,}}))(?=\s*([.,;:!?()\n]|$))", after)
    if not m or m.group(4) in _NOT_SURNAME or m.group(4) in _NOT_NAMES:
        return first
    return first + " ".join([""] + m.group(1).split())


def _with_surname(first: str, after: str) -> str:
    """Add particles and capitalised surname words that follow the first name ('Thijs van Dijk')."""
    if not first[0].isupper():
        return _lower_surname(first, after)
    m = re.match(rf"((\s+({_PARTICLE}))*\s+{_UP}[\wÀ-ÿ'’]+(-{_UP}[\wÀ-ÿ]+)?)", after, re.I)
    if not m:
        return first
    tail = m.group(1)
    last = tail.split()[-1]
    if not last[0].isupper() or last.casefold() in _NOT_NAMES or is_first_name(last) and last.lower() in ("en", "and"):
        return first
    if re.match(r"\s+(en|and|et)\b", after):
        return first
    # a signature's next line with a house number is the address ("grootmoeder van Mathis" / "Dorpsstraat 12")
    if "\n" in tail and re.match(r"[ \t]+\d", after[len(tail):]):
        return first
    return first + " ".join([""] + tail.split())


def _after_staff(text: str, pos: int) -> bool:
    before = text[max(0, pos - 30):pos]
    m = _STAFF.search(before)
    # a role ending the greeting line addresses the reader ("Beste directeur,\nSiem vertelde ...")
    return bool(m) and not ("\n" in before[m.start():] and _GREETING_LINE.search(text[max(0, pos - 60):pos - len(before) + m.start()]))
