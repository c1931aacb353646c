"""Scenario mails written for each rule (tests/fixtures/triage/*.eml), each with its expected values (.json)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from mailbot.extract import extract
from mailbot.parse import parse_bytes
from mailbot.procedure import load_procedure
from mailbot.triage import contract_json, triage

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "triage"
CASES = sorted(FIXTURES.glob("*.eml"))
# Mails the engine reads wrongly today, each with why; strict, so a mail that starts passing is noticed.
KNOWN_MISSES = {
    "dv-english-official": "the labelled examples read 'his support worker agrees' as the centre's support (0.81 "
                           "confidence, threshold 0.8) and overrule the rules' school adjustment; on 240 unseen mails "
                           "(blind37-42) that threshold mends 7 categories and undoes none, so it stays",
}


def _case(path: Path):
    why = KNOWN_MISSES.get(path.stem)
    return pytest.param(path, id=path.stem, marks=[pytest.mark.xfail(strict=True, reason=why)] if why else [])


@pytest.mark.parametrize("path", [_case(p) for p in CASES])
def test_fixture_mail_is_triaged_as_expected(path: Path):
    want = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    got = contract_json(triage(parse_bytes(path.read_bytes()), load_procedure(want.pop("procedure"))), file=path.name)
    for key, value in want.items():
        if key == "reasons":
            assert sorted(got[key]) == sorted(value), (path.name, key, got)
        elif key == "student_name" and value is not None:
            assert (got[key] or "").casefold() == value.casefold(), (path.name, got[key], got["evidence"])
        else:
            assert got[key] == value, (path.name, key, got[key], got["evidence"])


@pytest.mark.parametrize("stem", sorted(KNOWN_MISSES))
def test_the_rules_alone_read_each_known_miss_right(stem: str):
    path = FIXTURES / f"{stem}.eml"
    want = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    facts = extract(parse_bytes(path.read_bytes()), load_procedure(want["procedure"]))
    assert facts.category == want["category"]


def test_there_is_a_fixture_for_every_decision():
    decisions = {json.loads(p.with_suffix(".json").read_text())["decision"] for p in CASES}
    assert decisions == {"admissible", "needs_info", "inadmissible", "referral", "ignore"}
