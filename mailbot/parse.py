"""Raw bytes → ParsedMail: every charset, HTML turned to text, quoted history removed.

Real mail is often broken (missing boundaries, bogus charsets, raw 8-bit headers,
NUL bytes). The rule here: take whatever is readable, record what was wrong in
`defects`, and raise ParseError only when nothing usable is left.
"""
from __future__ import annotations

import base64
import codecs
import email
import hashlib
import quopri
import re
from email import policy
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime

from .errors import MailTooLarge, ParseError
from .html import html_to_new_text, html_to_text
from .model import Attachment, ParsedMail
from .quotes import strip_quoted

MAX_DEPTH = 20        # MIME nesting deeper than this is hostile, not mail
MAX_PARTS = 1000      # parts beyond this are counted as a defect, not walked
MAX_CONTAINERS = 250  # multipart/message parts in one mail; real mail has a handful
_CONTAINER = re.compile(rb"(?im)^content-type:[ \t]*(multipart|message)/")
_MAIL_HEADERS = {"from", "to", "cc", "subject", "date", "message-id", "received", "return-path",
                 "mime-version", "content-type", "sender", "reply-to", "delivered-to", "x-mailer"}
_HEADER_LINE = re.compile(rb"^[!-9;-~]+:")  # an RFC 5322 field name followed by a colon
_OBSOLETE_NAME = re.compile(rb"(?m)^([!-9;-~]+)[ \t]+:")
_MSGID = re.compile(r"<[^<>\s]+@[^<>\s]+>|<[^<>\s]{3,}>")
_BODY_MSGID = re.compile(r"(?im)^\s*>?\s*message-id:\s*(<[^<>\s]+>)")
# Charset labels seen in the wild that Python does not know, mapped to what they mean.
_CHARSET_ALIASES = {
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "iso-8859-8-i": "iso-8859-8",
    "unicode-1-1-utf-7": "utf-7", "x-user-defined": "cp1252", "windows-874": "cp874",
    "x-sjis": "shift_jis", "shift-jis": "shift_jis", "x-euc-jp": "euc_jp", "ks_c_5601-1987": "cp949",
    "ansi_x3.4-1968": "ascii", "us-ascii": "utf-8", "ascii": "utf-8", "x-mac-cyrillic": "mac_cyrillic",
    "x-mac-roman": "mac_roman", "macintosh": "mac_roman",
}


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
    hint = _charset(msg)  # raw 8-bit headers are usually in the body's charset
    headers = tuple((str(k).lower().strip(), decode_header_value(v, hint)) for k, v in msg.raw_items())
    first: dict[str, str] = {}
    for key, value in headers:
        first.setdefault(key, value)
    get = first.get
    walk = _Walk()
    walk.visit(msg, 0, embedded=False)
    text, new_text = walk.texts()
    # Addresses come from the undecoded header: an encoded display name must never turn into an address.
    raw_headers = tuple((str(k).lower().strip(), _eight_bit(" ".join(str(v).split()), hint))
                        for k, v in msg.raw_items())
    raw_from = next((v for k, v in raw_headers if k == "from"), "")
    from_name, from_addr = _first_address(" ".join(raw_from.split()))
    from_name = decode_header_value(from_name, hint)
    if not (_MAIL_HEADERS & first.keys()):
        raise ParseError("no mail headers found: this is not an e-mail message")
    machine_report = any(t.startswith("message/") for t in walk.types)
    if not (from_addr or text.strip() or walk.attachments or get("subject") or machine_report):
        raise ParseError("no sender, no subject and no readable body")
    embedded = walk.embedded_ids or tuple(dict.fromkeys(_BODY_MSGID.findall(text)))
    return ParsedMail(
        message_id=_msgid(get("message-id")) or "<sha256-%s@mailbot.invalid>" % hashlib.sha256(data).hexdigest()[:32],
        subject=get("subject", ""),
        from_name=from_name,
        from_addr=from_addr,
        to=_addresses(raw_headers, "to"),
        cc=_addresses(raw_headers, "cc"),
        reply_to=_first_address(next((v for k, v in raw_headers if k == "reply-to"), ""))[1] or None,
        date=_date(get("date")),
        in_reply_to=_msgid(get("in-reply-to")),
        references=tuple(_MSGID.findall(get("references", ""))),
        headers=headers,
        body=strip_quoted(new_text),
        full_text=text,
        attachments=tuple(walk.attachments),
        part_types=tuple(walk.types),
        embedded_message_ids=tuple(i for i in embedded if i != _msgid(get("message-id"))),
        defects=tuple(sorted(walk.defects)),
        size=len(data),
    )


def decode_header_value(value, charset_hint: str | None = None) -> str:
    """A header as one clean line of text: 8-bit guessed, RFC 2047 words decoded, CR/LF gone."""
    raw = value if isinstance(value, str) else str(value)
    if any("\udc80" <= ch <= "\udcff" for ch in raw):  # raw 8-bit bytes kept by the parser
        raw = decode_text(raw.encode("ascii", "surrogateescape"), charset_hint)
    raw = _ADJACENT_WORDS.sub(r"\1", raw)  # whitespace between two encoded words is not text
    return " ".join(_ENCODED_WORD.sub(_decode_word, raw).split())


_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=")
_ADJACENT_WORDS = re.compile(r"(=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=)\s+(?==\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=)")


def _decode_word(match: re.Match) -> str:
    charset, encoding, text = match.group(1).split("*")[0], match.group(2).upper(), match.group(3)
    try:
        if encoding == "B":
            data = base64.b64decode(text + "=" * (-len(text) % 4))
        else:
            data = quopri.decodestring(text.replace("_", " ").encode("ascii", "replace"), header=True)
    except Exception:
        return match.group(0)
    return decode_text(data, charset)


def decode_text(payload: bytes, charset: str | None) -> str:
    """Declared charset first, then UTF-8, then Windows-1252; never fails."""
    for name in (_codec(charset), "utf-8", "cp1252"):
        if not name:
            continue
        try:
            return payload.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        except Exception:  # some codecs (utf-7) raise odd errors on junk
            continue
    return payload.decode("latin-1")


def _codec(charset: str | None) -> str | None:
    if not charset:
        return None
    name = str(charset).strip().strip("\"'").lower()
    name = _CHARSET_ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except (LookupError, ValueError, TypeError):
        return None


def _eight_bit(value: str, hint: str | None) -> str:
    """Raw 8-bit header bytes (RFC 6532 UTF-8 addresses) as text; encoded words stay encoded."""
    if not any("\udc80" <= ch <= "\udcff" for ch in value):
        return value
    return decode_text(value.encode("ascii", "surrogateescape"), hint or "utf-8")


def _first_address(value: str) -> tuple[str, str]:
    pairs = _pairs([value])
    for name, addr in pairs:
        if "@" in addr:
            return name.strip().strip('"'), addr.strip().lower()
    for name, addr in pairs:  # "MAILER-DAEMON" without a domain is still a sender
        if addr:
            return name.strip().strip('"'), addr.strip().lower()
    return value.strip() if value and "@" not in value else "", ""


def _addresses(headers, name: str) -> tuple[str, ...]:
    values = [v for k, v in headers if k == name]
    return tuple(dict.fromkeys(a.strip().lower() for _, a in _pairs(values) if "@" in a))


def _pairs(values: list[str]) -> list[tuple[str, str]]:
    try:
        return getaddresses(values)
    except Exception:
        return []


def _date(value: str | None):
    if not value:
        return None
    try:
        when = parsedate_to_datetime(value)
    except Exception:
        return None
    return when if when.tzinfo else None


def _msgid(value: str | None) -> str | None:
    found = _MSGID.findall(value or "")
    return found[0] if found else None


class _Walk:
    """One pass over the MIME tree, depth- and count-capped, never decoding attachments' content."""

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
        ctype = _content_type(part)
        self.types.append(ctype)
        payload = part.get_payload()
        if isinstance(payload, list):
            inner_embedded = embedded or ctype in ("message/rfc822", "message/global")
            if inner_embedded and not embedded:
                self._embedded(payload)
            if ctype.startswith("message/") and ctype not in ("message/rfc822", "message/global"):
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
                found = _msgid(decode_header_value(child.get("message-id", "") or ""))
                if found and found not in self.embedded_ids:
                    self.embedded_ids += (found,)

    def _leaf(self, part: Message, ctype: str, embedded: bool) -> None:
        filename = _filename(part)
        disposition = _disposition(part)
        body = _payload_bytes(part)
        if ctype == "text/rfc822-headers":
            found = _BODY_MSGID.search(decode_text(body, None))
            if found and found.group(1) not in self.embedded_ids:
                self.embedded_ids += (found.group(1),)
        if disposition == "attachment" or (filename and not ctype.startswith("text/")) \
                or not (ctype.startswith("text/") or ctype.startswith("multipart/")):
            if not embedded:
                self.attachments.append(Attachment(filename or "", ctype, len(body)))
            return
        text = decode_text(body, _charset(part))
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


def _lines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _content_type(part: Message) -> str:
    try:
        return part.get_content_type()
    except Exception:
        return "application/octet-stream"


def _charset(part: Message) -> str | None:
    try:
        return part.get_content_charset()
    except Exception:
        return None


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
