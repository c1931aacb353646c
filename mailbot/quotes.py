"""Remove quoted history and signatures so only the sender's new words remain."""
from __future__ import annotations

import re

# Lines that start the quoted original in Dutch and English clients.
_QUOTE_HEADERS = [
    re.compile(r"^\s*Op .{0,120}(schreef|heeft .{0,40}geschreven)\b.*:?\s*$", re.I),
    re.compile(r"^\s*On .{0,120}wrote:?\s*$", re.I),
    re.compile(r"^\s*-{2,}\s*(Oorspronkelijk bericht|Original Message|Doorgestuurd bericht|Forwarded message)\s*-{2,}", re.I),
    re.compile(r"^\s*_{10,}\s*$"),
    re.compile(r"^\s*(Van|From)\s*:\s*.+$", re.I),
]
_SIG = re.compile(r"^-- ?$")


def strip_quoted(text: str) -> str:
    lines = text.split("\n")
    out: list[str] = []
    for i, line in enumerate(lines):
        if _SIG.match(line):
            break
        if any(p.match(line) for p in _QUOTE_HEADERS[:4]):
            break
        if _QUOTE_HEADERS[4].match(line) and _looks_like_header_block(lines[i:i + 6]):
            break
        if line.lstrip().startswith(">"):
            continue
        out.append(line)
    return "\n".join(out).strip()


def _looks_like_header_block(block: list[str]) -> bool:
    names = ("verzonden", "sent", "aan", "to", "onderwerp", "subject", "datum", "date")
    hits = sum(1 for line in block[1:] if line.split(":", 1)[0].strip().lower() in names)
    return hits >= 2
