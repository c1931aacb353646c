"""Hundreds of real third-party messages (../shared/realmail): the parser never crashes, the bot
never takes a bounce, auto-reply or list mail for a person, and hardly ever takes a person for a machine."""
from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from mailbot.errors import ParseError
from mailbot.loops import machine_kind
from mailbot.parse import parse_bytes

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "realmail"
EXPECTED = {"bounce": "bounce", "autoreply": "auto_reply", "bulk": "bulk"}
# Bounds this code achieves on the shared set (see the printed table). The one bulk item
# taken for a person is spam with no list, bulk or footer marker at all; the one person
# taken for bulk is spam with a newsletter opt-out footer.
MAX_MACHINE_TAKEN_FOR_PERSON = {"bounce": 0, "autoreply": 0, "bulk": 1}
MAX_PERSON_TAKEN_FOR_MACHINE = 1


@pytest.fixture(scope="module")
def outcomes() -> list[tuple[str, str, str, str]]:
    """(path, label, outcome, reason) for every file in the manifest."""
    if not (CORPUS / "MANIFEST.tsv").exists():
        pytest.skip("../shared/realmail/MANIFEST.tsv is not there (the shared corpus sits beside the repository)")
    rows = []
    with open(CORPUS / "MANIFEST.tsv", newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            data = (CORPUS / row["path"]).read_bytes()
            try:
                outcome, reason = machine_kind(parse_bytes(data, max_bytes=10_000_000)) or "person", ""
            except ParseError as exc:
                outcome, reason = "parse error", str(exc)
            except Exception as exc:  # noqa: BLE001 - an uncaught exception is what this test counts
                outcome, reason = "crash", f"{type(exc).__name__}: {exc}"
            rows.append((row["path"], row["category"], outcome, reason))
    return rows


def test_summary_table(outcomes, capsys):
    counts = Counter((label, outcome) for _, label, outcome, _ in outcomes)
    kinds = ("bounce", "auto_reply", "bulk", "person", "parse error", "crash")
    lines = ["", "realmail: label × outcome", "%-10s %6s" % ("label", "files") + "".join("%12s" % k for k in kinds)]
    for label in ("bounce", "autoreply", "bulk", "normal", "broken"):
        total = sum(n for (lab, _), n in counts.items() if lab == label)
        lines.append("%-10s %6d" % (label, total) + "".join("%12d" % counts[(label, k)] for k in kinds))
    with capsys.disabled():
        print("\n".join(lines))
    assert len(outcomes) > 100


def test_no_file_crashes_the_parser(outcomes):
    crashes = [(path, reason) for path, _, outcome, reason in outcomes if outcome == "crash"]
    assert crashes == []


def test_every_unparsable_file_says_why(outcomes):
    failures = [(path, reason) for path, _, outcome, reason in outcomes if outcome == "parse error"]
    assert all(len(reason) > 10 for _, reason in failures), failures


def test_no_ordinary_mail_fails_to_parse(outcomes):
    assert [path for path, label, outcome, _ in outcomes if label == "normal" and outcome == "parse error"] == []


@pytest.mark.parametrize("label", sorted(EXPECTED))
def test_machine_mail_is_never_taken_for_a_person(outcomes, label):
    missed = [path for path, lab, outcome, _ in outcomes if lab == label and outcome == "person"]
    assert len(missed) <= MAX_MACHINE_TAKEN_FOR_PERSON[label], missed


@pytest.mark.parametrize("label", sorted(EXPECTED))
def test_machine_mail_gets_its_own_kind_nearly_always(outcomes, label):
    rows = [outcome for _, lab, outcome, _ in outcomes if lab == label]
    right = sum(outcome == EXPECTED[label] for outcome in rows)
    assert right >= 0.97 * len(rows)


def test_people_are_hardly_ever_taken_for_machines(outcomes):
    wrong = [(path, outcome) for path, label, outcome, _ in outcomes
             if label == "normal" and outcome in ("bounce", "auto_reply", "bulk")]
    print(f"normal mail taken for a machine: {len(wrong)} {wrong}")
    assert len(wrong) <= MAX_PERSON_TAKEN_FOR_MACHINE, wrong
