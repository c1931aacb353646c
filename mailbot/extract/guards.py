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


def negated(span: str) -> bool:
    """A negation in the span; 'niets opgeleverd' tells a talk's outcome, not that no talk took place."""
    span = re.sub(r"\bniets\s+(\w+\s+)?(op(ge)?lever\w*|opgebracht|uitgehaald|geholpen|uit)\b", "", span, flags=re.I)
    return bool(NEG.search(span))
