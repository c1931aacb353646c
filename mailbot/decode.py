"""Bytes and header values → text: declared charsets (and the wrong ones seen in the wild),
RFC 2047 encoded words, raw 8-bit headers, and the address, date and Message-ID fields.

Nothing here raises on bad input: a value that cannot be read becomes "", None or its best
guess, because one unreadable header must not cost the parent's whole mail.
"""
from __future__ import annotations

import base64
import codecs
import quopri
import re
from datetime import datetime
from email.utils import getaddresses, parsedate_to_datetime

MSGID = re.compile(r"<[^<>\s]+@[^<>\s]+>|<[^<>\s]{3,}>")
# Charset labels seen in the wild that Python does not know, mapped to what they mean.
_CHARSET_ALIASES = {
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "iso-8859-8-i": "iso-8859-8",
    "unicode-1-1-utf-7": "utf-7", "x-user-defined": "cp1252", "windows-874": "cp874",
    "x-sjis": "shift_jis", "shift-jis": "shift_jis", "x-euc-jp": "euc_jp", "ks_c_5601-1987": "cp949",
    "ansi_x3.4-1968": "ascii", "us-ascii": "utf-8", "ascii": "utf-8", "x-mac-cyrillic": "mac_cyrillic",
    "x-mac-roman": "mac_roman", "macintosh": "mac_roman",
}
_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=")
_ADJACENT_WORDS = re.compile(r"(=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=)\s+(?==\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=)")


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


def decode_header_value(value, charset_hint: str | None = None) -> str:
    """A header as one clean line of text: 8-bit guessed, RFC 2047 words decoded, CR/LF gone."""
    raw = value if isinstance(value, str) else str(value)
    if _has_raw_bytes(raw):  # raw 8-bit bytes kept by the parser
        raw = decode_text(raw.encode("ascii", "surrogateescape"), charset_hint)
    raw = _ADJACENT_WORDS.sub(r"\1", raw)  # whitespace between two encoded words is not text
    return " ".join(_ENCODED_WORD.sub(_decode_word, raw).split())


def eight_bit(value: str, hint: str | None) -> str:
    """Raw 8-bit header bytes (RFC 6532 UTF-8 addresses) as text; encoded words stay encoded."""
    if not _has_raw_bytes(value):
        return value
    return decode_text(value.encode("ascii", "surrogateescape"), hint or "utf-8")


def first_address(value: str) -> tuple[str, str]:
    """(display name, lower-cased address) of the first address in a header; ("", "") if none."""
    pairs = _pairs([value])
    for name, addr in pairs:
        if "@" in addr:
            return name.strip().strip('"'), addr.strip().lower()
    for name, addr in pairs:  # "MAILER-DAEMON" without a domain is still a sender
        if addr:
            return name.strip().strip('"'), addr.strip().lower()
    return value.strip() if value and "@" not in value else "", ""


def addresses(headers, name: str) -> tuple[str, ...]:
    """Every distinct address in all headers called `name`, lower-cased, in order."""
    values = [v for k, v in headers if k == name]
    return tuple(dict.fromkeys(a.strip().lower() for _, a in _pairs(values) if "@" in a))


def header_date(value: str | None) -> datetime | None:
    """An aware datetime, or None: a date without a zone cannot be placed in time."""
    if not value:
        return None
    try:
        when = parsedate_to_datetime(value)
    except Exception:
        return None
    return when if when.tzinfo else None


def msgid(value: str | None) -> str | None:
    found = MSGID.findall(value or "")
    return found[0] if found else None


def _has_raw_bytes(value: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in value)


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


def _codec(charset: str | None) -> str | None:
    if not charset:
        return None
    name = str(charset).strip().strip("\"'").lower()
    name = _CHARSET_ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except (LookupError, ValueError, TypeError):
        return None


def _pairs(values: list[str]) -> list[tuple[str, str]]:
    try:
        return getaddresses(values)
    except Exception:
        return []
