"""Fuzzing the parser (and triage on what it parses): only ParseError may ever come out.

Examples per test come from MAILBOT_FUZZ_EXAMPLES (`make fuzz` sets 20000); the default keeps
`make test` quick. Seeds are real .eml fixtures, mutated.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mailbot.errors import ParseError
from mailbot.loops import is_noreply, machine_kind
from mailbot.model import ParsedMail
from mailbot.parse import parse_bytes

EXAMPLES = int(os.environ.get("MAILBOT_FUZZ_EXAMPLES", "1000"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
SEEDS = [p.read_bytes() for p in sorted((Path(__file__).resolve().parents[1] / "fixtures" / "mail").glob("*.eml"))]
INJECTIONS = ["\r\nBcc: victim@example.org", "\nX-Injected: 1", "=?utf-8?q?a=0D=0ABcc:_x@y.z?=", "=?utf-8?b?DQpCY2M6IHg=?=",
              "\x00", "\u2028", "\x85", "=?bogus-charset?q?=FF=FE?=", "=?utf-8?q?", "\"\\\r\n\"", "<script>x</script>"]

try:  # triage is another stage; fuzz it too once it is there
    from mailbot.procedure import load_procedure
    from mailbot.triage import triage
    PROCEDURE = load_procedure("divergent")
except ImportError as exc:
    triage = None
    TRIAGE_MISSING = f"mailbot.triage / mailbot.procedure not importable yet ({exc})"
else:
    TRIAGE_MISSING = ""


def check(data: bytes) -> ParsedMail | None:
    """parse_bytes either returns a clean ParsedMail or raises ParseError; nothing else."""
    try:
        mail = parse_bytes(data, max_bytes=2_000_000)
    except ParseError as exc:
        assert str(exc)
        return None
    for _, value in mail.headers:
        assert "\r" not in value and "\n" not in value
    for value in (mail.subject, mail.from_name, mail.from_addr, mail.message_id):
        assert "\r" not in value and "\n" not in value
    assert machine_kind(mail) in ("bounce", "auto_reply", "bulk", None)
    is_noreply(mail.from_addr)
    return mail


def mutate(seed: bytes, edits: list[tuple[int, int, bytes]]) -> bytes:
    data = bytearray(seed)
    for position, delete, insert in edits:
        at = position % (len(data) + 1)
        data[at:at + delete] = insert
    return bytes(data)


edits = st.lists(st.tuples(st.integers(0, 1 << 16), st.integers(0, 64),
                           st.binary(max_size=40) | st.sampled_from([b"\n", b"\r\n\r\n", b"--", b":", b"=?", b"?=",
                                                                     b"boundary=", b"Content-Type: multipart/mixed",
                                                                     b"charset=x-junk", b"\x00", b"\xff\xfe"])),
                 max_size=12)


@FUZZ
@given(st.sampled_from([b"", b"From: a@example.nl\nSubject: ", b"From: a@example.nl\nContent-Type: multipart/mixed;"
                        b" boundary=x\n\n--x\n", b"Content-Type: text/html; charset=utf-7\n\n"]),
       st.binary(max_size=4000))
def test_random_bytes(prefix, data):
    check(prefix + data)


@FUZZ
@given(st.sampled_from(SEEDS), edits)
def test_mutated_real_mail(seed, changes):
    check(mutate(seed, changes))


@FUZZ
@given(st.sampled_from(INJECTIONS), st.sampled_from(["Subject", "From", "To", "Reply-To", "Message-ID", "References"]),
       st.text(max_size=60))
def test_header_injection_never_leaves_a_line_break(injection, header, text):
    raw = (f"From: Ouder <ouder@example.nl>\n{header}: {text}{injection}tail\nSubject: x{injection}\n\nTekst\n")
    check(raw.encode("utf-8", "surrogatepass"))


@settings(FUZZ, max_examples=max(EXAMPLES // 5, 20))  # each example is a big parse
@given(st.integers(1, 400), st.sampled_from(["multipart/mixed", "message/rfc822", "multipart/alternative"]))
def test_deep_nesting(depth, kind):
    if kind == "message/rfc822":
        body = "Content-Type: message/rfc822\n\nFrom: a@b.c\n" * depth + "\ntekst\n"
    else:
        body = "".join(f"Content-Type: {kind}; boundary=b{i}\n\n--b{i}\n" for i in range(depth))
        body += "Content-Type: text/plain\n\ntekst\n"
    check(("From: a@example.nl\nSubject: diep\n" + body).encode())


@pytest.mark.skipif(triage is None, reason=TRIAGE_MISSING or "triage present")
@FUZZ
@given(st.sampled_from(SEEDS), edits)
def test_triage_survives_whatever_the_parser_lets_through(seed, changes):
    mail = check(mutate(seed, changes))
    if mail is not None:
        result = triage(mail, PROCEDURE)
        assert result.decision.decision in ("admissible", "needs_info", "inadmissible", "referral", "ignore")
