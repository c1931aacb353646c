"""Logs carry case references and message ids, never names, addresses or text.

The bot's own log lines are written that way; this filter is the second line of defence for
text that comes from outside (an SMTP server's refusal quoting the recipient, say).
"""
from __future__ import annotations

import logging
import re

_TOKEN = re.compile(r"<?([^\s<>@,;:\"']+)@([\w-]+(?:\.[\w-]+)+)>?")


def _looks_like_message_id(local: str) -> bool:
    # Message-IDs are machine-made: long, digit-rich or with $ = % in them; a person's address is not.
    return local.startswith(("mailbot.", "sha256-")) or any(c in local for c in "$=%") or (
        len(local) >= 8 and sum(c.isdigit() for c in local) >= 3 and not local.replace(".", "").isalpha())


def scrub(text: str) -> str:
    """Mask mail addresses, but keep Message-IDs so a line can still be traced."""
    def mask(match: re.Match) -> str:
        return match.group(0) if _looks_like_message_id(match.group(1)) else "<address>"
    return _TOKEN.sub(mask, text)


class ScrubFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = scrub(message)
        if clean != message:
            record.msg, record.args = clean, None
        return True


def install(handler: logging.Handler) -> None:
    handler.addFilter(ScrubFilter())
