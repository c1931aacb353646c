"""One pass over a parsed MIME tree: the text parts, the attachments, the content types seen.

Depth- and count-capped, and attachments are measured, never decoded, so a hostile message
costs no more than a normal one. Every accessor of the stdlib Message is guarded: a broken
header of one part becomes a default, not a crash of the whole mail.
"""
from __future__ import annotations

import re
from email.message import Message

from .decode import decode_header_value, decode_text, msgid
from .html import html_to_new_text, html_to_text
from .model import Attachment

MAX_DEPTH = 20        # MIME nesting deeper than this is hostile, not mail
MAX_PARTS = 1000      # parts beyond this are counted as a defect, not walked
BODY_MSGID = re.compile(r"(?im)^\s*>?\s*message-id:\s*(<[^<>\s]+>)")
_EMBEDDED = ("message/rfc822", "message/global")


class Walk:
    """Collects, while visiting, what ParsedMail needs from the tree."""

    def __init__(self) -> None:
        self.plain: list[str] = []
        self.html: list[str] = []
        self.embedded_plain: list[str] = []
        self.attachments: list[Attachment] = []
        self.types: list[str] = []
        self.defects: set[str] = set()
        self.embedded_ids: tuple[str, ...] = ()
        self.count = 0

    def visit(self, part: Message, depth: int, *, embedded: bool) -> None:
        self.count += 1
        if depth > MAX_DEPTH or self.count > MAX_PARTS:
            self.defects.add("TooDeeplyNestedDefect" if depth > MAX_DEPTH else "TooManyPartsDefect")
            return
        self.defects.update(type(d).__name__ for d in getattr(part, "defects", ()))
        ctype = content_type(part)
        self.types.append(ctype)
        payload = part.get_payload()
        if isinstance(payload, list):
            inner_embedded = embedded or ctype in _EMBEDDED
            if inner_embedded and not embedded:
                self._embedded(payload)
            if ctype.startswith("message/") and ctype not in _EMBEDDED:
                return  # delivery-status / feedback-report: header blocks, not content
            if inner_embedded and not embedded:
                self.attachments.append(Attachment(_filename(part) or "", ctype, len(str(part))))
            for child in payload:
                if isinstance(child, Message):
                    self.visit(child, depth + 1, embedded=inner_embedded)
            return
        self._leaf(part, ctype, embedded)

    def _embedded(self, payload: list) -> None:
        for child in payload:
            if isinstance(child, Message):
                found = msgid(decode_header_value(child.get("message-id", "") or ""))
                if found and found not in self.embedded_ids:
                    self.embedded_ids += (found,)

    def _leaf(self, part: Message, ctype: str, embedded: bool) -> None:
        filename = _filename(part)
        disposition = _disposition(part)
        body = _payload_bytes(part)
        if ctype == "text/rfc822-headers":
            found = BODY_MSGID.search(decode_text(body, None))
            if found and found.group(1) not in self.embedded_ids:
                self.embedded_ids += (found.group(1),)
        if disposition == "attachment" or (filename and not ctype.startswith("text/")) \
                or not (ctype.startswith("text/") or ctype.startswith("multipart/")):
            if not embedded:
                self.attachments.append(Attachment(filename or "", ctype, len(body)))
            return
        text = decode_text(body, charset(part))
        if ctype == "text/html":
            self.html.append(text)
        elif ctype in ("text/plain", "text/enriched", "text/rfc822-headers") or ctype.startswith("multipart/"):
            # a multipart whose boundary never appears arrives here as one block of text
            (self.embedded_plain if embedded else self.plain).append(text)

    def texts(self) -> tuple[str, str]:
        """(whole text, text for new-words extraction). Plain text wins over HTML."""
        plain = [t for t in self.plain if t.strip()]
        html = [t for t in self.html if t.strip()]
        if html and sum(len(t.strip()) for t in plain) < 100 and sum(len(h) for h in html) > 2000:
            plain = []  # a stub plain part ("view this mail in a browser") beside the real HTML
        if plain:
            joined = _lines("\n\n".join(plain))
            return joined, joined
        if html:
            return _lines("\n\n".join(html_to_text(h) for h in html)), _lines(
                "\n\n".join(html_to_new_text(h) for h in html))
        joined = _lines("\n\n".join(t for t in self.embedded_plain if t.strip()))
        return joined, joined


def content_type(part: Message) -> str:
    try:
        return part.get_content_type()
    except Exception:
        return "application/octet-stream"


def charset(part: Message) -> str | None:
    try:
        return part.get_content_charset()
    except Exception:
        return None


def _lines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _filename(part: Message) -> str | None:
    try:
        name = part.get_filename()
    except Exception:
        return None
    return decode_header_value(name) if name else None


def _disposition(part: Message) -> str | None:
    try:
        return part.get_content_disposition()
    except Exception:
        return None


def _payload_bytes(part: Message) -> bytes:
    try:
        body = part.get_payload(decode=True)
    except Exception:
        body = None
    if body is None:
        raw = part.get_payload()
        body = raw.encode("utf-8", "surrogateescape") if isinstance(raw, str) else b""
    return body
