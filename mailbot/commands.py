"""The director's commands, read from the first line of a reply to the bot's notice (pure).

    #akkoord                 send the draft that waits for approval
    #akkoord + own text      send that text instead of the draft
    #sluiten                 close the case (the parent is told how to reopen)
    #heropen                 reopen a closed or answered case
    #doorverwijzen [naar]    refer the parent to the procedure's next body (or the one named)
    #info <vraag>            ask the parent a question; the case waits for the answer

Only the first non-empty line counts: a "#" further down is quoted or incidental text.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

COMMANDS = ("akkoord", "sluiten", "heropen", "doorverwijzen", "info")
# Common variants a director types without thinking; each maps to one command.
_ALIASES = {"ok": "akkoord", "oké": "akkoord", "okay": "akkoord", "goedgekeurd": "akkoord",
            "afsluiten": "sluiten", "sluit": "sluiten", "heropenen": "heropen",
            "doorverwijs": "doorverwijzen", "verwijs": "doorverwijzen", "vraag": "info"}
_LINE = re.compile(r"^#\s*([a-zà-ÿ]+)\b[\s:,.-]*(.*)$", re.I)


@dataclass(frozen=True)
class Command:
    name: str                # one of COMMANDS
    argument: str = ""       # the rest of the command line (#info question, #doorverwijzen target)
    text: str = ""           # the lines after the command line (an edited reply for #akkoord)


def parse_command(body: str) -> Command | None:
    lines = body.replace("\r\n", "\n").split("\n")
    for i, line in enumerate(lines):
        stripped = unicodedata.normalize("NFC", line).strip().lstrip(">").strip()
        if not stripped:
            continue
        found = _LINE.match(stripped)
        if not found:
            return None
        word = found.group(1).lower()
        name = word if word in COMMANDS else _ALIASES.get(word)
        if name is None:
            return None
        rest = "\n".join(lines[i + 1:]).strip()
        argument = found.group(2).strip()
        if name == "info" and not argument and rest:
            # "#info" alone on its line, the question below it
            argument, rest = rest, ""
        return Command(name, argument, rest)
    return None


def help_text() -> str:
    """For the director's mails and the docs."""
    return (__doc__ or "").split("\n\n", 1)[1].split("\n\nOnly", 1)[0]
