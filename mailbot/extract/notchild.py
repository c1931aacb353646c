"""Which names in a mail are never the child: the sender's, staff's, the signature's, another child's; and the
name atoms (a word, a capital, surname particles, child and step-parent words) that names.py shares.

names.py scores the candidates; this module only says whom a name belongs to when it is not the student.
"""
from __future__ import annotations

import re

_UP = r"[A-ZÀ-ÖØ-Ýİ]"
_WORD = r"[A-Za-zÀ-ÖØ-öø-ÿĀ-žİı'’-]+"
_PARTICLES = ("van der", "van den", "van de", "van 't", "van", "de", "der", "den", "ter", "ten", "te", "el", "al",
              "ait", "aït", "ben", "bou", "le", "la", "du", "da", "di", "dos", "op de", "in 't", "'t")
_PARTICLE = "|".join(re.escape(p) for p in _PARTICLES)

# Flemish "plusmama", Dutch "bonusvader": a step-parent, like "stiefmoeder".
_STEP = r"(plus|bonus)(mama|papa|moeder|vader|ouders?|mams|paps)"
_CHILD = r"(zoon|zoontje|dochter|dochtertje|kleinzoon|kleindochter|kleinkind|pleegkind|kind|jongste|oudste|middelste|kleine|tweelingbroer|tweelingzus|pleegzoon|pleegdochter|stiefzoon|stiefdochter|son|daughter|grandson|granddaughter|child|fils|fille|enfant)"
_OWN = r"(mijn|onze|ons|my|our|ma|mon|notre)"
# Relatives who write for the family, in Flemish and Netherlands words ("bomma van Warre", "meter van Lore", "tante
# van Sem"): the name after "van" is the child, the words before are the writer. Godparents only in lower case:
# "Peter van Dijk" is a name.
_KIN = (r"(groot)?(moeder|vader)|mama|papa|mams|paps|mam|pap|ma|pa|opa|oma|opi|omi|bomma|bompa|moemoe|vava|"
        r"grootouders|ouders|(?-i:meter|peter)|tante|nonkel|oom|(pleeg|stief)(ouders?|moeder|vader|mama|papa)|"
        r"mother|father|mum|mom|dad|grand(father|mother|parents|ma|pa)|parents?|aunt|uncle|mère|père|grand-mère|grand-père")

# Staff named by first name only are the ones who call, mail or answer the parents ("Ilse belde ons").
_STAFF_ACT = re.compile(r"^\s*(heeft|had)?\s*(ons|mij|me)?\s*(belde|mailde|schreef|antwoordde|reageerde|liet\b|"
                        r"gebeld|gemaild|geschreven|geantwoord|gereageerd|laten weten|beloofde|beloofd)\b", re.I)
# ... but a name after a preposition is the object of someone else's act ("toen een klasgenoot het aan Yentl liet
# zien", "met Yentl belde"), and 'liet' acts for staff only when it lets the parents know ("Ilse liet ons weten").
_OBJECT_BEFORE = re.compile(r"\b(aan|met|voor|bij|tegen|naar|van|over|to|with|for|à|avec)\s+\Z", re.I)
_LET_SEE = re.compile(r"^\s*(liet|lieten)\s+(?!(ons|mij|me)?\s*(weten|horen)\b)", re.I)
# Titles and greetings: the word after them (on the same or the next line, not after a blank line: "Beste juf,\n\n
# vera uit groep 3 ...") is never the child (roles above are weaker: "de leerondersteuner
# Finn uit de klas gehaald" names the child after a role).
_TITLE = re.compile(r"\b(juf|juffrouw|meester|mevrouw|mevr|meneer|mr|mrs|ms|mw|dhr|heer|madame|monsieur|beste|dag|"
                    r"hallo|hoi|dear|bonjour|geachte|invalmeester|voorzitter)[ \t]*[.,:(]?[ \t]*\n?[ \t]*\Z", re.I)
_APPOSITION = re.compile(rf"\b(begeleider|begeleidster|leerondersteuner|ondersteuner|leerkracht|klasleerkracht|klasjuf|juf|"
                         rf"meester|titularis|zorgjuf|co[oö]rdinator|zorgco[oö]rdinator|mentor|leraar|directeur|directrice|"
                         rf"support worker|teacher)[ \t]*,[ \t]*\n?[ \t]*(?P<n>{_UP}{_WORD})(\s+{_UP}{_WORD})?\s*[,(]", re.I)
# ... but a role in the greeting line addresses the reader: "Beste directeur,\nSiem (groep 8) vertelde" names the child.
_GREETING_LINE = re.compile(r"(^|\n)[ \t]*(beste|geachte|dag|hallo|hoi|dear|bonjour|goede(morgen|middag|dag)|goeie(morgen|dag))\b"
                            r"[^\n]{0,25}\Z", re.I)
# ... and so is one named right after a role with a short qualifier, when the writer is unsure of the name ("een
# begeleidster van jullie, Sofie denk ik dat ze heet"; not "de begeleider van onze dochter, Lotte, ..." where the
# name is the child's).
_UNSURE_STAFF = re.compile(rf"\b(begeleider|begeleidster|leerondersteuner|ondersteuner|leerkracht|juf|meester|mevrouw|meneer|"
                           rf"man|vrouw|dame|heer)\b[^,.!?\n]{{0,30}},\s*(?P<n>{_UP}{_WORD})\s*(,\s*)?(denk|geloof|meen|als)\s+"
                           rf"(ik|ik me niet vergis)\b|(?P<n2>{_UP}{_WORD})\s*(,\s*)?(denk|geloof|meen)\s+ik\s+dat\s+(ze|zij|hij)\s+"
                           rf"(heet|noemt)\b", re.I)
# The writer's partner is never the child ("mijn man Pieter belde", "my wife, Sarah, ...").
_PARTNER_NAME = re.compile(rf"\b(mijn|m'n|onze|my|mon|ma)\s+(man|vrouw|echtgeno(te|ot)|partner|husband|wife|mari|femme)"
                           rf"\s*,?\s*(?P<n>(?-i:{_UP}){_WORD})", re.I)
_RELATION = re.compile(rf"\b({_STEP}|{_KIN})\s+(van|of|de)\s+\w", re.I)
# Another child: the one who did it to the writer's child ("werd door Daan geduwd", "gepest door Lotte en Fien", "hit by
# Jack"), another child set off by commas ("een jongen, Thomas, heeft ..."), and another child's parent acting ("De
# moeder van Emma zei ...", "belde de vader van Lucas") - not the writer introducing themselves ("Ik ben de moeder van Emma", "mama van Emma" in
# the signature).
_BY_CHILD = re.compile(rf"\b(door|by|par)\s+(?P<n>{_UP}{_WORD})(\s+(en|and|et)\s+(?P<n2>{_UP}{_WORD}))?")
_OTHER_CHILD = re.compile(rf"(?<!\bonze )(?<!\bmijn )(?<!\bons )(?<!\bour )(?<!\bmy )\b(jongen|meisje|klasgenoot|klasgenote|"
                          rf"medeleerling|kleuter|boy|girl|classmate)\s*,\s*(?P<n>{_UP}{_WORD})\s*,", re.I)
_OTHER_PARENT = re.compile(rf"(?<!\bben )(?<!\bzijn )(?<!\bals )(?<!\bik, )(?<!\bam )\b(de|een|die|the)\s+(moeder|vader|mama|"
                           rf"papa|ouders|mother|father|parents|mum|mom|dad)\s+(van|of)\s+(?P<n>{_UP}{_WORD})\s+(zei|zegt|"
                           rf"belde|heeft|had|vond|vindt|kwam|sprak|stuurde|liet|mailde|schreef|reageerde|beweert|beweerde|"
                           rf"klaagde|said|told|called|came)\b|\b(belde|kwam|sprak|zei|stuurde|mailde|schreef|reageerde|klaagde|"
                           rf"called|came)\s+((ons|mij|me|us)\s+)?(de|een|die|the)\s+(moeder|vader|mama|papa|ouders|mother|"
                           rf"father|parents|mum|mom|dad)\s+(van|of)\s+(?P<n2>{_UP}{_WORD})", re.I)


def excluded(text: str, sender: str, closing: str) -> set[str]:
    """First names that belong to the sender, to staff, to the signature or to another child."""
    out = {w.casefold() for w in re.findall(_WORD, sender)}
    for m in re.finditer(rf"(?<![\w@.]){_UP}{_WORD}", text):
        after = text[m.end():m.end() + 40]
        if _STAFF_ACT.match(after) and not _LET_SEE.match(after) \
                and not _OBJECT_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
            out.add(m.group(0).casefold())
    for m in re.finditer(rf"(?<![\w@.]){_WORD}", text):
        if _TITLE.search(text[max(0, m.start() - 30):m.start()]):
            out.add(m.group(0).casefold())
    # A name set off by commas after a staff role is that staff member ("zijn begeleider, Bart, zei ...").
    for m in _APPOSITION.finditer(text):
        if not _GREETING_LINE.search(text[max(0, m.start() - 40):m.start()]):
            out.add(m.group("n").casefold())
    for rx in (_BY_CHILD, _OTHER_CHILD, _OTHER_PARENT, _UNSURE_STAFF, _PARTNER_NAME):
        for m in rx.finditer(text):
            out.update(m.group(g).casefold() for g in ("n", "n2") if g in rx.groupindex and m.group(g))
    for line in closing.split("\n"):
        m = _RELATION.search(line)
        if m:
            # "moeder van Julia", "(opa van Storm)": the child is named in the signature, keep her; the writer's
            # own name before the relation stays excluded
            out.update(w.casefold() for w in re.findall(_WORD, line[:m.start()]))
            continue
        out.update(w.casefold() for w in re.findall(_WORD, line))
    return out


# The writer setting their own child aside ("daar gaat het mij niet om", "over haar klaag ik niet", "this is not about
# my son", "il ne s'agit pas de ma fille"): in a mail about general policy such a child is no student.
_SET_ASIDE = re.compile(r"\b(daar|dat|hier|dit|het)\s+(gaat|ging|draait)\s+(het\s+|mijn klacht\s+|deze mail\s+)?(\w+\s+){0,2}?"
                        r"(niet|geen)\s+(\w+\s+)?(om|over)\b|\bhet\s+gaat\s+(hier\s+)?(dus\s+)?niet\s+(om|over)\s+(haar|hem|"
                        rf"{_OWN})\b|\b(over|om)\s+(haar|hem)\s+(gaat\s+het|klaag\s+(ik|we))\s+niet\b|\b(daar|daarover|"
                        r"hierover)\s+(klaag|klagen)\s+(ik|we|wij)\s+niet\b|\b(dat|dit)\s+is\s+(niet|geen)\s+(het\s+)?"
                        r"(probleem|punt|waar het (om|over) gaat)\b|\b(this|that|it)('s| is) not about (her|him|my|our)\b|"
                        r"\bil ne s'agit pas de (ma|mon|notre)\b|\bnot (what|why) (i am|i'm|we are|we're) (writing|complaining)\b",
                        re.I)


def set_aside(body: str, first: str) -> bool:
    """Every sentence that names `first` also sets the child aside."""
    named = [s for s in re.split(r"(?<=[.!?])\s+|\n\s*\n", body) if re.search(rf"(?<![\w@.]){re.escape(first)}\b", s)]
    return bool(named) and all(_SET_ASIDE.search(s) for s in named)
