"""A parent who first forgot the child's name sends it in a second mail: the thread moves the case on."""
from pathlib import Path

from mailbot.parse import parse_bytes
from mailbot.procedure import load_procedure
from mailbot.triage import triage

FIRST = (Path(__file__).resolve().parent.parent / "fixtures" / "triage" / "dv-no-student.eml").read_bytes()
SECOND = b"""From: An Claes <an.claes@example.test>
To: klachten@leersteuncentrum.test
Subject: Re: klacht leersteun
Date: Fri, 06 Feb 2026 09:00:00 +0100
Message-ID: <second@example.test>
Content-Type: text/plain; charset=utf-8

Dag,

Sorry, ik vergat het: hij heet Jonas Claes.

An
"""


def test_the_missing_name_in_a_later_mail_turns_needs_info_into_admissible():
    dv = load_procedure("divergent")
    first, second = parse_bytes(FIRST), parse_bytes(SECOND)
    alone = triage(first, dv)
    assert (alone.decision.decision, alone.decision.reasons) == ("needs_info", ("missing_student",))
    later = triage(second, dv, thread=[first])
    assert later.facts.student_name == "Jonas Claes"
    assert later.decision.decision == "admissible", later.facts


def test_previously_handled_from_the_database_counts_for_a_formal_complaint():
    t = triage(parse_bytes(FIRST), load_procedure("divergent"), previously_handled=True)
    assert t.decision.decision == "inadmissible" and t.decision.reasons == ("previously_handled",)
