"""Every template renders, under StrictUndefined, with the context its caller in mailbot passes.

The contexts below mirror the call sites (cases.py, parent.py, director.py, followup.py,
digest.py); a template that asks for a variable its caller does not give fails here, not in a
parent's inbox. A new template without an entry here fails `test_every_template_has_a_context`.
"""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from mailbot.compose import Sender, notice, reply
from mailbot.digest import Waiting
from mailbot.model import Decision, OutgoingMail
from mailbot.procedure import load_procedure
from mailbot.render import Renderer
from mailbot.store.records import CaseRecord, MessageRecord, OutboxRecord, QuarantineRecord

WHEN = datetime(2026, 11, 2, 9, 0, tzinfo=timezone.utc)
SENDER = Sender("klachten@school.example", "Basisschool De Linde", "Mevrouw Peeters", "directeur@school.example")
ALLURE = load_procedure("allure")
CONFIDANT, LKC = ALLURE.bodies["interne_vertrouwenspersoon"], ALLURE.bodies["lkc"]


def a_case(**changes) -> CaseRecord:
    values = dict(id=1, ref="KL-2026-0001", procedure="allure", state="new", parent_address="ouder@example.org",
                  parent_name="Anna de Vries", student_name="Sem", category="begeleiding", decision="admissible",
                  urgent=False, subject="Sem wordt gepest op de speelplaats", root_message_id="<m1@example.org>",
                  triage={"latest_incident": "2026-10-28", "evidence": [{"rule": "begeleiding", "phrase": "gepest"}],
                          "reasons": ["missing_student"]},
                  created_at=WHEN, updated_at=WHEN, first_response_at=None, closed_at=None)
    values.update(changes)
    return CaseRecord(**values)


def a_decision(decision: str, *reasons: str, template: str | None = None, **more) -> Decision:
    return Decision(decision, reasons, ("example_rule",), template, **more)


CASE = a_case()
DRAFT = "Beste Anna de Vries,\n\nDit is het concept.\n"

# template -> the context its caller adds to {"case", "parent_name"} (see the module docstring)
CONTEXTS: dict[str, dict] = {
    "parent/ack": {"decision": a_decision("admissible", template="parent/ack"), "bodies": []},
    "parent/request_info": {"decision": a_decision("needs_info", "missing_student", "missing_facts"), "bodies": []},
    "parent/inadmissible": {"decision": a_decision("inadmissible", "general_policy", "in_court", "previously_handled",
                                                   "too_old"), "bodies": []},
    "parent/referral": {"decision": a_decision("referral", "to_teacher_first", referral_to=("lkc",)), "bodies": [LKC]},
    "parent/safety": {"decision": a_decision("admissible", "safety", urgent=True), "bodies": [CONFIDANT, LKC]},
    "parent/closed": {"reason": "no_info"},
    "parent/question": {"question": "In welke klas zit Sem?"},
    "parent/info_reminder": {"reasons": ["missing_student", "missing_facts"]},
    "parent/next_step": {"body": CONFIDANT, "after": LKC},
    "parent/status": {},
    "parent/reopened": {},
    "director/new_case": {"decision": a_decision("admissible", "safety", urgent=True), "triage": CASE.triage,
                          "facts": ("Sem werd op 28 oktober geduwd op de speelplaats.",), "reply_held": True,
                          "reply_template": "parent/safety", "draft": DRAFT},
    "director/info_received": {"decision": a_decision("admissible"), "triage": CASE.triage, "facts": (),
                               "reply_held": False, "reply_template": "parent/ack", "draft": DRAFT},
    "director/parent_wrote": {"text": "Is er al nieuws?\nGroeten, Anna", "sender": "ouder@example.org"},
    "director/not_solved": {"text": "Het is niet opgelost.", "sender": "ouder@example.org",
                            "phrase": "niet opgelost", "body": CONFIDANT},
    "director/reminder": {"kind": "no_answer"},
    "director/escalation": {"bodies": [LKC]},
    "director/approval_reminder": {"draft": DRAFT},
    "director/bounce": {"address": "ouder@example.org"},
    "director/command_failed": {"command": "akkoord", "why": "er wacht geen conceptantwoord op akkoord"},
    "director/spoofed": {"command": "sluiten", "sender": "directeur@school.example", "why": "dkim=fail",
                         "message_id": "<vals@example.net>"},
}


def render(renderer: Renderer, name: str, context: dict) -> OutgoingMail:
    """As cases.to_parent / cases.to_director do: parents get a threaded reply, the director a notice."""
    context = {"case": CASE, "parent_name": CASE.parent_name, **context}
    if name.startswith("parent/"):
        return reply(renderer, SENDER, template=name, to=CASE.parent_address, thread=None, ref=CASE.ref,
                     subject=CASE.subject, context=context)
    return notice(renderer, SENDER, template=name, ref=CASE.ref, context=context)


def test_every_template_has_a_context():
    names = set(Renderer().names())
    assert names - set(CONTEXTS) - {"director/digest"} == set(), "add the new template to CONTEXTS"
    assert set(CONTEXTS) - names == set(), "CONTEXTS names a template that no longer exists"


@pytest.mark.parametrize("name", sorted(CONTEXTS))
def test_template_renders_with_its_callers_context(name):
    mail = render(Renderer(), name, CONTEXTS[name])
    assert mail.subject and "\n" not in mail.subject
    assert "{{" not in mail.body and "{%" not in mail.body
    assert CASE.ref in mail.subject + mail.body
    if name.startswith("parent/"):
        assert mail.body.startswith("Beste Anna de Vries,")


def test_the_refusal_explains_every_reason_in_dutch():
    mail = render(Renderer(), "parent/inadmissible", CONTEXTS["parent/inadmissible"])
    assert "algemene beleid" in mail.body and "gerechtelijke" in mail.body
    assert "eerder formeel behandeld" in mail.body and "zes maanden" in mail.body


def test_the_digest_lists_new_waiting_held_and_escalated_cases():
    held = OutboxRecord(7, CASE.id, "parent", "parent/referral", "held", 0, WHEN, False,
                        OutgoingMail(("ouder@example.org",), "Re: x", DRAFT, "<o7@school.example>"))
    escalated = a_case(id=2, ref="KL-2026-0002", state="escalated", subject="Geen antwoord")
    urgent = a_case(id=3, ref="KL-2026-0003", urgent=True, state="admissible")
    out = notice(Renderer(), SENDER, template="director/digest", ref="2026-11-02", context={
        "today": "2026-11-02", "new": [CASE], "waiting": [Waiting(urgent, "director_reminder", 2)],
        "drafts": [(CASE, held)], "escalated": [escalated],
        "unanswered": [MessageRecord(9, None, "<q@x>", "in", "other", "ignored:not_complaint", "ouder@example.org",
                                     "Vraag over de inschrijving", WHEN, WHEN, "INBOX", 9, "", None, "[]", "")],
        "quarantined": [QuarantineRecord(1, "<bad@x>", "INBOX", 3, b"", "no usable From address", "", WHEN, 1,
                                         None)]})
    assert out.subject == "Klachten: overzicht van 2026-11-02 [2026-11-02]"
    assert "- ouder@example.org: Vraag over de inschrijving" in out.body
    assert "- <bad@x>: no usable From address" in out.body
    assert "KL-2026-0003 DRINGEND: nog 2 werkdag(en) tot de herinnering" in out.body
    assert "- KL-2026-0001: parent/referral aan ouder@example.org" in out.body
    assert "- KL-2026-0002: Geen antwoord" in out.body


def test_a_missing_variable_fails_loudly():
    from mailbot.errors import TemplateError
    with pytest.raises(TemplateError, match="question"):
        render(Renderer(), "parent/question", {})
