"""What a date's surroundings say about it: which dates a 'vorig jaar' reaches, and a mark out of ten that only
looks like a day of October. datephrases.py asks these while it reads the dates of a sentence."""
from __future__ import annotations

import re

__all__ = ["YEAR_BEFORE", "is_mark", "year_back"]

YEAR_BEFORE = re.compile(r"vorig (school)?jaar|last year|l'année dernière|l'an dernier", re.I)
# "vorig jaar" dates the clause it stands in: "In het verslag van 6 november staat dat ..., terwijl hij vorig jaar
# ..." keeps 6 November this year. A comma alone does not end its reach ("Vorig jaar, op 12 mei, ...").
_OTHER_CLAUSE = re.compile(r";|\b(terwijl|maar|want|omdat|hoewel|doordat|whereas|while|but|because|although|alors que|"
                           r"mais|parce que)\b", re.I)
# A mark out of ten ("hij heeft 3/10 en 2/10", "hij haalde amper 4/10") is no day of October.
_MARK_BEFORE = re.compile(r"\b(heeft|had|hebben|haalde|haalt|behaalde|kreeg|krijgt|scoorde|scoort|score|punten|cijfer|"
                          r"resultaat|slechts|amper|maar|nog|een|got|scored)(\s+(hij|ze|zij|he|she))?\s+$|"
                          r"\d{1,2}/10\s*(en|of|and|,)\s*$", re.I)
_MARK_AFTER = re.compile(r"\s*(en|of|and|,)\s*\d{1,2}/10\b|\s*(voor|for|op|on)\s+(zijn|haar|de|het|his|her|the)?\s*"
                         r"(toets|test|examen|exam|taak|dictee|rapport)", re.I)


def year_back(sentence: str, at: int) -> bool:
    """Whether "vorig jaar" stands in the same clause as the date at position `at`."""
    bounds = [0] + [m.start() for m in _OTHER_CLAUSE.finditer(sentence)] + [len(sentence)]
    start = max(b for b in bounds if b <= at)
    end = min((b for b in bounds if b > at), default=len(sentence))
    return bool(YEAR_BEFORE.search(sentence[start:end]))


def is_mark(sentence: str, start: int, end: int) -> bool:
    """Whether the 'N/10' at start:end reads as a mark: a verb of scoring before it, another mark or a test beside it."""
    return bool(_MARK_BEFORE.search(sentence[max(0, start - 25):start]) or _MARK_AFTER.match(sentence[end:]))
