"""parse_bytes on .eml fixtures: each tests/fixtures/mail/X.eml has its expected values in X.json."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from mailbot.errors import MailTooLarge, ParseError
from mailbot.loops import machine_kind
from mailbot.parse import parse_bytes

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "mail"
CASES = sorted(p.stem for p in FIXTURES.glob("*.eml"))


def _load(name: str):
    return parse_bytes((FIXTURES / f"{name}.eml").read_bytes()), json.loads((FIXTURES / f"{name}.json").read_text())


@pytest.mark.parametrize("name", CASES)
def test_fixture_parses_to_expected_values(name):
    mail, want = _load(name)
    for key in ("from_addr", "from_name", "subject", "in_reply_to"):
        if key in want:
            assert getattr(mail, key) == want[key], key
    if "references" in want:
        assert list(mail.references) == want["references"]
    for phrase in want.get("body_contains", []):
        assert phrase in mail.body
    for phrase in want.get("body_not_contains", []):
        assert phrase not in mail.body
    for phrase in want.get("full_text_contains", []):
        assert phrase in mail.full_text
    if "body_equals" in want:
        assert mail.body == want["body_equals"]
    if "attachments" in want:
        assert [[a.filename, a.content_type, a.size] for a in mail.attachments] == want["attachments"]
    if "embedded_message_ids" in want:
        assert list(mail.embedded_message_ids) == want["embedded_message_ids"]
    for ctype in want.get("part_types_include", []):
        assert ctype in mail.part_types
    if "machine_kind" in want:
        assert machine_kind(mail) == want["machine_kind"]


def test_every_fixture_has_expected_values():
    assert CASES and all((FIXTURES / f"{name}.json").exists() for name in CASES)


def test_headers_never_carry_line_breaks():
    raw = b"From: a@example.nl\r\nSubject: =?utf-8?q?Hallo=0D=0ABcc:_x@evil.example?=\r\n\tvervolg\r\n\r\nTekst\r\n"
    mail = parse_bytes(raw)
    assert "\n" not in mail.subject and "\r" not in mail.subject
    assert all("\n" not in v and "\r" not in v for _, v in mail.headers)


def test_a_message_above_the_size_cap_is_refused_with_its_size():
    with pytest.raises(MailTooLarge, match="2000 bytes"):
        parse_bytes(b"From: a@example.nl\n\n" + b"x" * 1980, max_bytes=1000)


@pytest.mark.parametrize("raw, reason", [
    (b"x", "not an e-mail"),
    (b"2024-06-01 12:00:01 INFO worker started\n2024-06-01 12:00:02 INFO done\n", "not an e-mail"),
    (b"Subject:\n\n", "no sender"),
])
def test_nothing_usable_is_a_parse_error_with_a_reason(raw, reason):
    with pytest.raises(ParseError, match=reason):
        parse_bytes(raw)


def test_unknown_charset_falls_back_to_utf8_then_windows_1252():
    raw = "From: a@example.nl\nContent-Type: text/plain; charset=x-bogus\n\nCafé één".encode("utf-8")
    assert parse_bytes(raw).body == "Café één"
    raw = "From: a@example.nl\nContent-Type: text/plain; charset=fakescii\n\nCafé €5".encode("cp1252")
    assert parse_bytes(raw).body == "Café €5"


def test_leading_blank_lines_and_nul_bytes_do_not_hide_the_headers():
    mail = parse_bytes(b"\n\n  \nFrom: Ouder <ouder@example.nl>\nSubject: Kla\x00cht\n\nTekst\n")
    assert (mail.from_addr, mail.subject, mail.body) == ("ouder@example.nl", "Klacht", "Tekst")


def test_multipart_without_its_boundary_still_yields_the_text():
    raw = b"From: a@example.nl\nContent-Type: multipart/mixed; boundary=nope\n\nGewoon tekst zonder delen.\n"
    assert "Gewoon tekst" in parse_bytes(raw).body


def test_deep_nesting_is_cut_off_not_followed():
    depth = 200
    head = "".join(f"Content-Type: multipart/mixed; boundary=b{i}\n\n--b{i}\n" for i in range(depth))
    tail = "".join(f"\n--b{i}--\n" for i in reversed(range(depth)))
    raw = ("From: a@example.nl\nSubject: diep\n" + head + "Content-Type: text/plain\n\ndiep binnenin\n" + tail).encode()
    mail = parse_bytes(raw)
    assert "TooDeeplyNestedDefect" in mail.defects and len(mail.part_types) <= 30


def test_missing_message_id_gets_a_stable_hash():
    raw = b"From: a@example.nl\nSubject: x\n\nTekst\n"
    assert parse_bytes(raw).message_id == parse_bytes(raw).message_id
    assert parse_bytes(raw).message_id.endswith("@mailbot.invalid>")
