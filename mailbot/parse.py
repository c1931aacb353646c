"""Raw bytes → ParsedMail: every charset, HTML turned to text, quoted history removed."""
from __future__ import annotations

import email
import hashlib
from email import policy
from email.message import EmailMessage
from email.utils import getaddresses, parseaddr, parsedate_to_datetime

from bs4 import BeautifulSoup

from .errors import ParseError
from .model import Attachment, ParsedMail
from .quotes import strip_quoted


def parse_bytes(data: bytes) -> ParsedMail:
    try:
        msg = email.message_from_bytes(data, policy=policy.default)
    except Exception as exc:  # the stdlib parser is lenient; this is the last line of defence
        raise ParseError(f"unreadable message: {exc}") from exc
    try:
        return _build(msg, data)
    except ParseError:
        raise
    except Exception as exc:
        raise ParseError(f"{type(exc).__name__}: {exc}") from exc


def _build(msg: EmailMessage, data: bytes) -> ParsedMail:
    headers = tuple((k.lower(), _header_text(msg, k, v)) for k, v in msg.raw_items())
    get = dict(reversed(headers)).get  # first occurrence wins
    from_name, from_addr = parseaddr(get("from", "") or "")
    text, attachments, part_types = _walk(msg)
    message_id = _msgid(get("message-id")) or "<sha256-%s@mailbot.invalid>" % hashlib.sha256(data).hexdigest()[:32]
    return ParsedMail(
        message_id=message_id,
        subject=" ".join((get("subject") or "").split()),
        from_name=from_name.strip(),
        from_addr=from_addr.strip().lower(),
        to=_addresses(msg, "to"),
        cc=_addresses(msg, "cc"),
        reply_to=(parseaddr(get("reply-to") or "")[1].lower() or None),
        date=_date(get("date")),
        in_reply_to=_msgid(get("in-reply-to")),
        references=tuple(_msgids(get("references") or "")),
        headers=headers,
        body=strip_quoted(text),
        full_text=text,
        attachments=tuple(attachments),
        part_types=tuple(part_types),
        defects=tuple(sorted({type(d).__name__ for part in msg.walk() for d in part.defects})),
        size=len(data),
    )


def _header_text(msg, name: str, value) -> str:
    try:
        return " ".join(str(value).split())
    except Exception:
        return ""


def _addresses(msg: EmailMessage, name: str) -> tuple[str, ...]:
    values = [str(v) for v in msg.get_all(name, [])]
    return tuple(a.lower() for _, a in getaddresses(values) if "@" in a)


def _date(value: str | None):
    if not value:
        return None
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return when if when.tzinfo else None


def _msgid(value: str | None) -> str | None:
    ids = _msgids(value or "")
    return ids[0] if ids else None


def _msgids(value: str) -> list[str]:
    out = []
    for token in value.replace(",", " ").split():
        token = token.strip()
        if token.startswith("<") and token.endswith(">") and len(token) > 2:
            out.append(token)
    return out


def _walk(msg: EmailMessage) -> tuple[str, list[Attachment], list[str]]:
    plain: list[str] = []
    html: list[str] = []
    attachments: list[Attachment] = []
    types: list[str] = []
    for part in msg.walk():
        ctype = part.get_content_type()
        types.append(ctype)
        if part.is_multipart():
            continue
        disposition = part.get_content_disposition()
        filename = part.get_filename()
        if disposition == "attachment" or (filename and not ctype.startswith("text/")):
            payload = part.get_payload(decode=True) or b""
            attachments.append(Attachment(filename or "", ctype, len(payload)))
            continue
        if ctype == "text/plain":
            plain.append(_text(part))
        elif ctype == "text/html":
            html.append(html_to_text(_text(part)))
    text = "\n\n".join(t for t in plain if t.strip()) or "\n\n".join(t for t in html if t.strip())
    return text.replace("\r\n", "\n").replace("\r", "\n"), attachments, types


def _text(part) -> str:
    payload = part.get_payload(decode=True) or b""
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset, errors="replace")
    except LookupError:  # unknown charset name
        return payload.decode("utf-8", errors="replace")


def html_to_text(html: str) -> str:
    """HTML is never rendered: scripts and styles are dropped, block elements become lines."""
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "head", "title", "meta"]):
        tag.decompose()
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for block in soup.find_all(["p", "div", "li", "tr", "h1", "h2", "h3", "h4", "blockquote"]):
        block.insert_before("\n")
        block.insert_after("\n")
    lines = [" ".join(line.replace("\xa0", " ").split()) for line in soup.get_text().splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()
