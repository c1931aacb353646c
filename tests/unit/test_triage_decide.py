"""The decision chain as data: pure decide() over Facts, first rule that applies wins."""
from dataclasses import replace
from datetime import date

import pytest

from mailbot.decide import decide, months_before
from mailbot.model import Facts, Flags
from mailbot.procedure import load_procedure

DV = load_procedure("divergent")
AL = load_procedure("allure")
MAIL = date(2026, 6, 11)
BASE = Facts(student_name="Amber", latest_incident=date(2026, 6, 1), category="leersteun", formal=True,
             flags=Flags(), urgent=False, has_facts=True)


def d(facts, proc=DV):
    got = decide(facts, proc, mail_date=MAIL)
    return got.decision, sorted(got.reasons)


def test_six_calendar_months_is_still_in_time_one_day_more_is_too_old():
    assert d(replace(BASE, latest_incident=date(2025, 12, 11))) == ("admissible", [])
    assert d(replace(BASE, latest_incident=date(2025, 12, 10))) == ("inadmissible", ["too_old"])
    assert months_before(date(2026, 8, 31), 6) == date(2026, 2, 28)


def test_the_formal_checks_apply_only_to_formal_complaints():
    old = replace(BASE, latest_incident=date(2025, 1, 1))
    assert d(replace(old, formal=False)) == ("admissible", [])
    court = replace(old, flags=Flags(in_court=True, previously_handled=True))
    assert d(court) == ("inadmissible", ["in_court", "previously_handled", "too_old"])


def test_rule_order_referral_beats_too_old_and_policy_beats_missing_student():
    old = replace(BASE, latest_incident=date(2025, 1, 1), student_name=None)
    assert d(replace(old, category="redelijke_aanpassingen")) == ("referral", ["to_school_with_clb"])
    assert d(replace(old, category="beleid")) == ("inadmissible", ["general_policy"])
    assert d(old) == ("inadmissible", ["too_old"])          # rule 4 before rule 5


def test_needs_info_lists_every_missing_piece_and_urgency_survives():
    got = decide(replace(BASE, student_name=None, has_facts=False, urgent=True), DV, mail_date=MAIL)
    assert (got.decision, sorted(got.reasons), got.urgent) == ("needs_info", ["missing_facts", "missing_student"], True)
    assert got.template == "parent/request_info" and got.rules_fired[0] == "incomplete"


@pytest.mark.parametrize("category,informal,has_facts,want", [
    ("veiligheid", False, False, ("admissible", ["safety"])),
    ("algemeen", False, False, ("needs_info", ["missing_facts"])),
    ("algemeen", False, True, ("referral", ["to_teacher_first"])),
    ("algemeen", True, True, ("admissible", [])),
])
def test_allure_chain(category, informal, has_facts, want):
    facts = replace(BASE, category=category, formal=None, flags=Flags(informal_step_done=informal),
                    has_facts=has_facts, student_name=None, latest_incident=date(2020, 1, 1))
    assert d(facts, AL) == want


def test_safety_is_urgent_with_its_own_template_and_bodies():
    got = decide(replace(BASE, category="veiligheid", formal=None), AL, mail_date=MAIL)
    assert got.urgent and got.template == "parent/safety"
    assert got.referral_to == ("interne_vertrouwenspersoon", "externe_vertrouwenspersoon", "lkc")


def test_ignore_carries_the_machine_reason_and_no_template():
    got = decide(replace(BASE, category="geen_klacht", ignore_reason="bounce", urgent=True), DV, mail_date=MAIL)
    assert (got.decision, got.reasons, got.template, got.urgent) == ("ignore", ("bounce",), None, False)
