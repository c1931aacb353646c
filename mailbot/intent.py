"""What a parent's reply after the director's answer says: solved, or not (pure).

The procedures promise a next step when the answer does not solve it (diverGENT seed 000 step 3,
Allure: director → bestuurder → LKC). Parents say so in a handful of ways; a thank-you that
happens to contain "niet" must not start mediation, so only whole phrases count, never a lone
"niet".
"""
from __future__ import annotations

import re

_NOT_SOLVED = [
    r"niet (op)?gelost",
    r"(nog )?steeds (geen|niet) (op)?los",
    r"geen oplossing",
    r"niet (echt |helemaal |erg )?tevreden",
    r"\bontevreden\b",
    r"niet (mee )?akkoord",
    r"ga (ik )?(hier(mee)?|daar(mee)?|dit|de klacht) (verder|hoger op|hogerop)",
    r"ik ga hiermee verder",
    r"(wil|willen|wens|wensen) (graag )?(verder|hogerop|hoger op|een volgende stap)",
    r"volgende stap",
    r"bemiddeling (aan)?vragen|vraag .{0,20}bemiddeling",
    r"\bhogerop\b",
    r"stap(pen)? verder zetten",
]


def not_solved(text: str) -> str | None:
    """The phrase that says the answer did not solve it, or None."""
    lowered = " ".join(text.lower().split())
    for pattern in _NOT_SOLVED:
        found = re.search(pattern, lowered)
        if found:
            return found.group(0)
    return None

