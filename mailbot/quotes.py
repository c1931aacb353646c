"""Remove quoted history and signatures so only the sender's new words remain.

Only what follows a clear marker goes: a reply header ("Op … schreef …:",
"On … wrote:", a "Van:/Verzonden:/Aan:" block), a separator line, the "-- "
signature separator or a mobile footer. The parent's own sign-off ("Met
vriendelijke groeten, Anna") stays: triage uses it to tell parent from child.
"""
from __future__ import annotations

import re

_REPLY_HEADER = re.compile(
    r"(?is)^\s*>?\s*("
    r"op\s.{0,200}?(schreef|heeft\s.{0,120}?geschreven|wrote)"
    r"|on\s.{0,200}?(wrote|writes|schreef)"
    r"|am\s.{0,200}?schrieb"
    r"|le\s.{0,200}?a\s+[ée]crit"
    r"|.{0,120}\b(schreef|wrote|schrieb|a écrit|napisał\(a\)|napisał)"
    r")[^:\n]{0,160}:\s*$")
# "Op maandag schreef de juf:" is the parent's own sentence; a client's attribution
# always carries a date, a time or an address.
_DATE_OR_ADDRESS = re.compile(r"\d{4}|\d{1,2}:\d{2}|@|\d{1,2}[-/.]\d{1,2}[-/.]\d{2}")
_SEPARATOR = re.compile(
    r"(?i)^\s*[-_=*]{2,}\s*(oorspronkelijk bericht|original message|originele bericht|doorgestuurd bericht|"
    r"forwarded message|ursprüngliche nachricht|weitergeleitete nachricht|message d'origine|"
    r"message transféré|wiadomość oryginalna)\s*[-_=*]{2,}\s*$"
    r"|^\s*(begin (forwarded|doorgestuurd) (message|bericht)|begin doorgestuurd bericht)\s*:\s*$")
_UNDERSCORES = re.compile(r"^\s*_{10,}\s*$")
_HEADER_NAMES = {"van", "from", "verzonden", "sent", "aan", "to", "onderwerp", "subject", "datum", "date", "cc",
                 "von", "gesendet", "an", "betreff", "de", "envoyé", "à", "objet", "od", "wysłano", "do", "temat"}
_FIRST_HEADER = re.compile(r"(?i)^\s*>?\s*\**\s*(van|from|von|de|od)\s*:?\**\s*:\s*\S")
_SIGNATURE = re.compile(r"^--\s*$")
_MOBILE_FOOTER = re.compile(
    r"(?i)^\s*(verzonden|verstuurd|gestuurd|sent|envoyé|gesendet|wysłane)\s+(vanaf|vanuit|met|via|from|with|"
    r"de|von|mit|z)\s+(mijn|my|mon|meinem|mein|mojego)?\s*\S.{0,60}$"
    r"|^\s*(get|download|haal|downloaden)\s+outlook\s+(for|voor)\s+(ios|android).{0,20}$"
    r"|^\s*outlook\s+voor\s+(ios|android)\s+downloaden\s*$")


def strip_quoted(text: str) -> str:
    """The new text of a mail body: history and signature cut, interleaved "> " lines dropped."""
    new = own_words(text)
    if new:
        return new
    # Nothing written above the history (a bare forward): the history is the message.
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.lstrip("> ").rstrip() for line in lines if not _SIGNATURE.match(line)).strip()


def own_words(text: str) -> str:
    """What the sender wrote above the history; "" for a bare forward (unlike strip_quoted)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line for line in lines[:_cut_index(lines)] if not line.lstrip().startswith(">")).strip()


def _cut_index(lines: list[str]) -> int:
    for i, line in enumerate(lines):
        if _SIGNATURE.match(line) or _MOBILE_FOOTER.match(line) or _SEPARATOR.match(line):
            return i
        if _is_reply_header(lines, i):
            return i
        if (_UNDERSCORES.match(line) and _header_block(lines, i + 1)) or _header_block(lines, i):
            return i
    return len(lines)


def _is_reply_header(lines: list[str], i: int) -> bool:
    line = lines[i]
    if len(line) > 300 or not line.strip():
        return False
    if _REPLY_HEADER.match(line):
        return _DATE_OR_ADDRESS.search(line) is not None
    # clients wrap long attributions: "Op 3 mei 2024 om 10:12 schreef Jan Jansen <" / "jan@example.nl>:"
    nxt = lines[i + 1] if i + 1 < len(lines) else ""
    if nxt.strip() and len(nxt) < 120 and re.match(r"(?i)^\s*>?\s*(op|on|am|le)\s", line):
        joined = line.rstrip() + " " + nxt.strip()
        return _REPLY_HEADER.match(joined) is not None and _DATE_OR_ADDRESS.search(joined) is not None
    return False


def _header_block(lines: list[str], i: int) -> bool:
    """A "Van: … / Verzonden: … / Aan: …" block as Outlook writes above a quoted mail."""
    if i >= len(lines) or not _FIRST_HEADER.match(lines[i]):
        return False
    hits = 0
    for line in lines[i + 1:i + 8]:
        name = line.lstrip("> *").split(":", 1)[0].strip(" *").lower()
        if ":" in line and name in _HEADER_NAMES:
            hits += 1
    return hits >= 2
