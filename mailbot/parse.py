"""Raw bytes → ParsedMail: every charset, HTML turned to text, quoted history removed.

Real mail is often broken (missing boundaries, bogus charsets, raw 8-bit headers,
NUL bytes). The rule here: take whatever is readable, record what was wrong in
`defects`, and raise ParseError only when nothing usable is left.

The work is split by job: decode.py reads charsets and header values, mime.py walks the
MIME tree, html.py turns HTML into text, quotes.py cuts the quoted history. This module
puts them together; their public helpers stay importable from here.
"""
from __future__ import annotations

import codecs
import email
import hashlib
import re
from email import policy
from email.message import Message

from .decode import (MSGID, addresses, decode_header_value, decode_text, eight_bit,  # noqa: F401 (re-exported)
                     first_address, header_date, msgid)
from .errors import MailTooLarge, ParseError
from .html import html_to_new_text, html_to_text  # noqa: F401 (re-exported)
from .mime import BODY_MSGID, MAX_DEPTH, MAX_PARTS, Walk, charset  # noqa: F401 (re-exported)
from .model import ParsedMail
from .quotes import strip_quoted

MAX_CONTAINERS = 250  # multipart/message parts in one mail; real mail has a handful
_CONTAINER = re.compile(rb"(?im)^content-type:[ \t]*(multipart|message)/")
_MAIL_HEADERS = {"from", "to", "cc", "subject", "date", "message-id", "received", "return-path",
                 "mime-version", "content-type", "sender", "reply-to", "delivered-to", "x-mailer"}
_HEADER_LINE = re.compile(rb"^[!-9;-~]+:")  # an RFC 5322 field name followed by a colon
_OBSOLETE_NAME = re.compile(rb"(?m)^([!-9;-~]+)[ \t]+:")


def parse_bytes(data: bytes, *, max_bytes: int | None = None) -> ParsedMail:
    if max_bytes is not None and len(data) > max_bytes:
        raise MailTooLarge(f"message is {len(data)} bytes, the limit is {max_bytes}")
    containers = len(_CONTAINER.findall(data))
    if containers > MAX_CONTAINERS:  # the stdlib parser recurses per level; refuse before it does
        raise ParseError(f"{containers} nested MIME containers (limit {MAX_CONTAINERS}): refused as hostile")
    try:
        msg = email.message_from_bytes(_clean(data), policy=policy.default)
        return _build(msg, data)
    except ParseError:
        raise
    except RecursionError as exc:
        raise ParseError("MIME structure nested too deeply to read") from exc
    except Exception as exc:  # the last line of defence: report, never crash the poller
        raise ParseError(f"unreadable message ({type(exc).__name__}: {exc})") from exc


def _clean(data: bytes) -> bytes:
    """Undo damage that would hide the headers from the stdlib parser."""
    data = data.replace(b"\x00", b"")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    if b"\n" not in data[:4096] and b"\r" in data[:4096]:  # old Mac: bare CR line ends
        data = data.replace(b"\r", b"\n")
    stripped = data.lstrip(b" \t\r\n")
    if stripped is not data and _HEADER_LINE.match(stripped):
        data = stripped  # blank lines before the headers would make them body text
    end = re.search(rb"\r?\n\r?\n", data)
    head, rest = (data[:end.start()], data[end.start():]) if end else (data, b"")
    if _OBSOLETE_NAME.search(head):  # RFC 822 allowed "Subject : x"; the stdlib does not
        data = _OBSOLETE_NAME.sub(rb"\1:", head) + rest
    return data


def _build(msg: Message, data: bytes) -> ParsedMail:
    hint = charset(msg)  # raw 8-bit headers are usually in the body's charset
    headers = tuple((str(k).lower().strip(), decode_header_value(v, hint)) for k, v in msg.raw_items())
    first: dict[str, str] = {}
    for key, value in headers:
        first.setdefault(key, value)
    get = first.get
    walk = Walk()
    walk.visit(msg, 0, embedded=False)
    text, new_text = walk.texts()
    # Addresses come from the undecoded header: an encoded display name must never turn into an address.
    raw_headers = tuple((str(k).lower().strip(), eight_bit(" ".join(str(v).split()), hint))
                        for k, v in msg.raw_items())
    raw_from = next((v for k, v in raw_headers if k == "from"), "")
    from_name, from_addr = first_address(" ".join(raw_from.split()))
    if not (_MAIL_HEADERS & first.keys()):
        raise ParseError("no mail headers found: this is not an e-mail message")
    machine_report = any(t.startswith("message/") for t in walk.types)
    if not (from_addr or text.strip() or walk.attachments or get("subject") or machine_report):
        raise ParseError("no sender, no subject and no readable body")
    own_id = msgid(get("message-id"))
    embedded = walk.embedded_ids or tuple(dict.fromkeys(BODY_MSGID.findall(text)))
    return ParsedMail(
        message_id=own_id or "<sha256-%s@mailbot.invalid>" % hashlib.sha256(data).hexdigest()[:32],
        subject=get("subject", ""),
        from_name=decode_header_value(from_name, hint),
        from_addr=from_addr,
        to=addresses(raw_headers, "to"),
        cc=addresses(raw_headers, "cc"),
        reply_to=first_address(next((v for k, v in raw_headers if k == "reply-to"), ""))[1] or None,
        date=header_date(get("date")),
        in_reply_to=msgid(get("in-reply-to")),
        references=tuple(MSGID.findall(get("references", ""))),
        headers=headers,
        body=strip_quoted(new_text),
        full_text=text,
        attachments=tuple(walk.attachments),
        part_types=tuple(walk.types),
        embedded_message_ids=tuple(i for i in embedded if i != own_id),
        defects=tuple(sorted(walk.defects)),
        size=len(data),
    )
