"""The child found through the writer's family name in text the writer did not write (a forwarded or quoted message)."""
from __future__ import annotations

import re

from ..model import Evidence
from .names import _after_staff, is_first_name
from .notchild import _PARTICLE, _TITLE, _UP, _WORD


def family_member(quoted: str, sender_name: str) -> tuple[str | None, Evidence | None]:
    """In text the sender did not write (a forwarded or quoted message), a known first name carrying the
    sender's surname who is not the sender: the child ("Tuur Vermeiren" in a teacher's mail to Kristof
    Vermeiren). Header lines ("Van: Sanne Dekker") name the writers, not the child."""
    parts = sender_name.split()
    if len(parts) < 2:
        return None, None
    surname, own = parts[-1], parts[0].casefold()
    header = re.compile(r"\s*>?\s*(van|from|aan|to|cc|onderwerp|subject|date|datum|verzonden|sent)\s*:", re.I)
    lines = quoted.split("\n")
    writers = {w.casefold() for ln in lines if header.match(ln) for w in re.findall(_WORD, ln)}
    body = "\n".join(ln for ln in lines if not header.match(ln))
    for m in re.finditer(rf"(?<![\w@.])({_UP}{_WORD})\s+(({_PARTICLE})\s+)*{re.escape(surname)}\b", body):
        first = m.group(1)
        if is_first_name(first) and first.casefold() not in (own, *writers) and not _after_staff(body, m.start()) \
                and not _TITLE.search(body[max(0, m.start() - 30):m.start()]):
            return m.group(0), Evidence("student_name", f"doorgestuurd: {m.group(0)}")
    return None, None
