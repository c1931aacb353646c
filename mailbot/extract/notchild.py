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

# Staff named by first name only are the ones who call, mail or answer the parents ("Ilse belde ons").
_STAFF_ACT = re.compile(r"^\s*(heeft|had)?\s*(ons|mij|me)?\s*(belde|mailde|schreef|antwoordde|reageerde|liet\b|"
                        r"gebeld|gemaild|geschreven|geantwoord|gereageerd|laten weten|beloofde|beloofd)\b", re.I)
# Titles and greetings: the word after them (on the same or the next line, not after a blank line: "Beste juf,\n\n
# vera uit groep 3 ...") is never the child (roles above are weaker: "de leerondersteuner
# Finn uit de klas gehaald" names the child after a role).
_TITLE = re.compile(r"\b(juf|juffrouw|meester|mevrouw|mevr|meneer|mr|mrs|ms|mw|dhr|heer|madame|monsieur|beste|dag|"
                    r"hallo|hoi|dear|bonjour|geachte|invalmeester|voorzitter)[ \t]*[.,:(]?[ \t]*\n?[ \t]*\Z", re.I)
_APPOSITION = re.compile(rf"\b(begeleider|begeleidster|leerondersteuner|ondersteuner|leerkracht|klasleerkracht|klasjuf|juf|"
                         rf"meester|titularis|zorgjuf|co[oö]rdinator|zorgco[oö]rdinator|mentor|leraar|directeur|directrice|"
                         rf"support worker|teacher)\s*,\s*(?P<n>{_UP}{_WORD})(\s+{_UP}{_WORD})?\s*[,(]", re.I)
_RELATION = re.compile(rf"\b({_STEP}|moeder|vader|mama|papa|opa|oma|grootvader|grootmoeder|(pleeg|stief)(ouders?|moeder|vader|mama|"
                       r"papa)|ouders|mother|father|grand(father|mother|parents)|parents|mère|père)\s+(van|of|de)\s+\w", re.I)
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
        if _STAFF_ACT.match(text[m.end():m.end() + 40]):
            out.add(m.group(0).casefold())
    for m in re.finditer(rf"(?<![\w@.]){_WORD}", text):
        if _TITLE.search(text[max(0, m.start() - 30):m.start()]):
            out.add(m.group(0).casefold())
    # A name set off by commas after a staff role is that staff member ("zijn begeleider, Bart, zei ...").
    for m in _APPOSITION.finditer(text):
        out.add(m.group("n").casefold())
    for rx in (_BY_CHILD, _OTHER_CHILD, _OTHER_PARENT):
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
