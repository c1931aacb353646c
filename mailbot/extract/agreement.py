"""A measure agreed with the school that the school then does not deliver: the school's adjustment (seed 001).

Parents seldom say "de school weigert". They tell the agreement ("bij de start van het schooljaar is met de school
afgesproken dat ...", "dat staat in zijn handelingsplan") and then, often sentences later and with no actor at all,
that it does not happen ("dat gebeurt al weken niet meer", "ze kreeg weer gewone A4'tjes", "de time-outkaart wordt
afgeschaft"). The agreement names whose measure it is; the breach says it is complained about. Both are needed: an
agreement alone is background, a breach alone may be the centre's.

The breach is read after the agreement (same sentence or later) and never in a clause whose subject is the centre's
own staff ("de leerondersteuner komt niet meer"): that is the support itself (actor.py, @centre_act).
"""
from __future__ import annotations

import re

from .actor import _ACTOR, CENTRE, _clauses, _subject

# The agreement and with whom: the school, its staff, its plan for the child. Word order free: "met de school was
# afgesproken", "we hadden met de school afgesproken", "de school had beloofd", "volgens de afspraken met de
# school", "in zijn handelingsplan staat", "op de klassenraad werd beslist dat hij ... mag".
_PARTNER = (r"(de |onze |zijn |haar )?(school|directie|directeur|klasleerkracht|leerkracht(en)?|(klas|zorg)?juf|meester|"
            r"klassenraad|titularis|zorgco[öo]rdinator|graadco[öo]rdinator|zorgleerkracht|leerlingbegeleider)")
_AGREED = re.compile(
    rf"\bmet {_PARTNER}\b[^.\n]{{0,60}}\b(afgesproken|overeengekomen|afgestemd|vastgelegd|afspraken gemaakt|afspraak "
    rf"gemaakt|akkoord)|"
    rf"\b(afgesproken|overeengekomen|afspraak|afspraken|akkoord)\b[^.\n]{{0,25}}\bmet {_PARTNER}\b|"
    rf"\b(spraken|spreken|spraak|spreek)\b[^.\n]{{0,15}}\bmet {_PARTNER}\b[^.\n]{{0,10}}\baf\b|"
    rf"\b{_PARTNER}\b[^.\n]{{0,30}}\b(heeft|had|hadden|hebben|was)\b[^.\n]{{0,30}}\b(beloofd|toegezegd|afgesproken|"
    rf"goedgekeurd|toegestaan)|\b{_PARTNER} (beloofde|zegde\b[^.\n]{{0,20}}\btoe|stemde in)|"
    r"\b(handelingsplan|ondersteuningsplan|groeidocument|ontwikkelingsperspectief|opp|iac|individueel aangepast "
    r"curriculum|zorgplan|sticordi-?maatregelen)\b|"
    r"\b(agreed|arranged) (with|by) the (school|teachers?|head)\b|\bthe school (had )?(agreed|promised)\b", re.I)

# The measure not delivered: it does not happen, the child gets the ordinary version, it was forgotten or scrapped.
_NOT_DONE = re.compile(
    r"\b(gebeurt|gebeurde|gebeuren|gebeurden|loopt|liep)\b[^.\n]{0,25}\b(niet|nooit|zelden)\b|"
    r"\bniet (meer |altijd |consequent |echt )?(gebeurd|toegepast|nageleefd|nagekomen|gerespecteerd|uitgevoerd|"
    r"gevolgd|gedaan|gegeven|voorzien|aangeboden)\b|"
    r"\b(wordt|worden|werd|werden|is|zijn)\b[^.\n]{0,20}\bniet (meer )?(toegepast|nageleefd|nagekomen|gerespecteerd|"
    r"uitgevoerd|gevolgd|gedaan|gegeven|voorzien)\b|"
    r"\b(krijgt|krijgen|kreeg|kregen|gekregen|kwam|komt)\b[^.\n]{0,30}\b(gewone|gewoon|normale|standaard|kleine|"
    r"dezelfde|hetzelfde)\b|"
    # the ordinary version, like everyone else's ("telkens op een klein blad zoals de anderen")
    r"\b(zoals|net als|net zoals|like) (de anderen|de rest|iedereen|de (hele )?klas|the others|everyone)\b|"
    r"\b(vergeten|vergeet|vergat|vergaten|over het hoofd gezien)\b|"
    r"\b(afgeschaft|geschrapt|ingetrokken|stopgezet|weggenomen|afgepakt|teruggedraaid|schaft\w* af|schrapt\w*)\b|"
    r"\bni(et)?[sk]s? (meer )?van (in huis|terecht)\s*gekomen\b|\bni(et)?[sk]s? (meer )?van te (merken|zien)\b|"
    # what was promised is not there ("het is er nog altijd niet", "in de klas hangen er geen")
    r"\b(is|zijn|was|waren|hangt|hangen|staat|staan|ligt|liggen)\s+er\s+(nog\s+)?(altijd\s+|steeds\s+)?(niet|geen)\b|"
    # it may no longer ("mag dat plots niet meer", "kan dat niet meer")
    r"\b(mag|mogen|mocht|mochten|kan|kon)\b[^.\n]{0,25}\bniet meer\b|\b(houdt|houden|hield|hielden) zich (er |daar )?niet aan\b|"
    r"\bkom(t|en|t de school|en ze)\b[^.\n]{0,20}\b(afspraak|afspraken|belofte)\w* niet na\b|"
    r"\b(isn't|is not|wasn't|was not|aren't|are not)\b[^.\n]{0,20}\b(happening|applied|done|given|followed)\b|"
    r"\b(stopped|forgot|forgotten|scrapped|withdrawn|cancelled|canceled)\b|\b(gets|got|get)\b[^.\n]{0,20}\b(normal|"
    r"regular|standard|same)\b", re.I)
# The centre's own support: sessions, lestijden, begeleiding are delivered by the centre, whatever plan names them.
_SUPPORT = re.compile(r"\b(leersteun\w*|begeleiding\w*|ondersteuning|sessies?|lestijden|support sessions?|"
                      r"learning support)\b", re.I)
# A hope or condition is no breach: "als dat niet gebeurt", "hopelijk wordt het niet vergeten".
_NOT_REAL = re.compile(r"\b(als|indien|mocht|zodat|hopelijk|anders|if|unless|so that)\b", re.I)


def agreement_broken(sentences: list[str]) -> str | None:
    """The first breach told after an agreement with the school, or None."""
    agreed = False
    for s in sentences:
        a = _AGREED.search(s)
        # a plan that names the centre's staff or its support ("in het handelingsplan staat dat de leerondersteuner
        # komt", "volgens het ondersteuningsplan twee lestijden begeleiding") is theirs
        if a and not _SUPPORT.search(s) and not any(m.group("centre") for m in _ACTOR.finditer(s)):
            agreed = True
            s = s[a.end():]
        if not agreed:
            continue
        parts = _clauses(s)
        for i, clause in enumerate(parts):
            # the clause model cuts before "dat" ("gebeurt | dat niet"): read each clause with the next one
            both = clause + " " + (parts[i + 1] if i + 1 < len(parts) else "")
            m = _NOT_DONE.search(both)
            if m and m.start() < len(clause) and not _NOT_REAL.search(both[:m.start()]) and _subject(clause) != CENTRE \
                    and not _SUPPORT.search(both):
                return both.strip()
    return None
