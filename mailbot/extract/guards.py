"""The clause guards contact.py and replies.py share: a negation, or a plan or wish, before an act of contact.

Both modules ask the same two questions of a span (did it not happen? is it only meant to happen?), so the
answer lives in one place and a new negation word reaches every shape of the informal step at once.
"""
from __future__ import annotations

import re

# "n't" is glued to its verb ("haven't"), so it has no word boundary before it; French "n'" to the word after it.
NEG = re.compile(r"\b(niet|nooit|geen|niets|niks|niemand|noch|nobody|not|never|zonder|pas\s+nog\s+niet|jamais|pas|personne|ne)\b|"
                 r"n't\b|\bn'", re.I)
PLAN = re.compile(r"\b(wil|willen|wens|wensen|ga|gaan|zal|zullen|zou|zouden|hoop|hopen|graag|plan|proberen|"
                  r"probeer|vraag|vragen|verzoek|volgende (week|maand|keer|schooljaar)|komende|binnenkort|morgen|straks|want to|would|will)\b",
                  re.I)

# A wish told as an unreal past ("Graag had ik een gesprek gehad", "ik had liever eerst met de juf gepraat",
# "we zouden graag gesproken hebben"): nothing happened.
IRREALIS = re.compile(r"\b(graag|liever|beter|best)\b[^.;]{0,30}\b(had|hadden)\b|\b(had|hadden)\b[^.;]{0,25}\b(graag|liever|"
                       r"beter|best)\b|\b(zou|zouden|would)\b[^.;]{0,20}\b(graag|liever|rather|like)\b", re.I)


# The writer reached staff for another matter and says they kept this one back ("ik heb de juf gebeld om haar ziek te
# melden, maar ik heb hem niet verteld waarom", "zonder te zeggen waarom", "without telling her why").
WITHHELD = re.compile(r"\b(ik|wij|we|i)\b[^.;]{0,30}\b(niet|niets|niks|not|nothing)\b[^.;]{0,25}\b(verteld|gezegd|vermeld|"
                       r"uitgelegd|told|mentioned|said)\b[^.;]{0,15}\b(waarom|waarover|wat er|why|what)\b|"
                       r"\bzonder (te zeggen|te vertellen|uit te leggen|iets te zeggen) (waarom|wat|waarover)|"
                       r"\bwithout (saying|telling (him|her|them)) (why|what)", re.I)

# The writer saying they said nothing at the meeting ("we hebben op het overleg zelf niets gezegd", "ik heb gezwegen"):
# they sat in on it, they did not take the matter up there; their own acts told elsewhere still count.
SILENT = re.compile(r"\b(ik|wij|we|i)\b[^.;]{0,40}\b(niets|niks|geen woord|geen woorden|nothing)\b[^.;]{0,25}\b(gezegd|"
                     r"gevraagd|ingebracht|ingebracht|(durven|kunnen|durfden|konden|te) zeggen|gereageerd|said)\b|"
                     r"\b(ik|wij|we)\b[^.;]{0,30}\b(gezwegen|zwegen|zweeg)\b|\b(ik|wij|we)\b[^.;]{0,30}\bte \w+ (om|to) (iets |wat |nog iets )?"
                     r"(te )?(zeggen|reageren|vragen|say)\b|\b(ik|wij|we)\b (heb|hebben|had|hadden)\b[^.;]{0,25}\bniet "
                     r"(gereageerd|geantwoord|geprotesteerd)\b|\b(we|I) (didn't|did not) say anything\b", re.I)


# A complaint's formal handling told ("U hebt die klacht behandeld en mij per brief geantwoord dat er een gesprek met de
# medewerker heeft plaatsgevonden", "het antwoord op mijn klacht", "my complaint was investigated"): the handling is the
# formal procedure, not the informal step, so talks and answers told inside it prove no informal contact.
HANDLING = re.compile(r"\b(klacht|plainte|complaint)(en|s)?\b[^.;]{0,80}\b(behandeld|afgehandeld|afgesloten|onderzocht|beoordeeld|"
                      r"(on)?gegrond|onontvankelijk|geseponeerd|handled|dealt with|investigated|closed|trait[ée]e?|examin[ée]e?|"
                      r"cl[ôo]tur[ée]e?)\b|\b(behandel\w*|afgehandeld|onderz\w*|handled|investigated|trait[ée])\b[^.;]{0,30}"
                      r"\b(klacht|plainte|complaint)\b|\b(antwoord|reactie|beslissing|uitspraak|answer|response|reply|r[ée]ponse)\s+"
                      r"(op|over|to|on|[àa])\s+(mijn|onze|de|die|deze|dat|my|our|the|ma|notre|la)\s+(\w+\s+)?(klacht|complaint|plainte)\b",
                      re.I)

def negated(span: str) -> bool:
    """A negation in the span; 'niets opgeleverd' tells a talk's outcome, not that no talk took place."""
    span = re.sub(r"\bniets\s+(\w+\s+)?(op(ge)?lever\w*|opgebracht|uitgehaald|geholpen|uit)\b", "", span, flags=re.I)
    return bool(NEG.search(span))
