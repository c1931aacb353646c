"""The director works by mail alone: answers in the thread, and commands that only the director can give."""
import pytest

from lifecycle import BOT, DIRECTOR, Life

HILDE = "hilde.peeters@telenet.be"          # dv-001: admissible
MX = "mx.school.example"
PASS = {"Authentication-Results": f"{MX}; dkim=pass header.d=school.example header.s=s1; spf=pass "
                                  "smtp.mailfrom=directeur@school.example"}


@pytest.fixture
def strict(dovecot, smtp_sink, clock, config_factory):
    """Commands need DKIM/SPF from our own border server, as in production."""
    s = Life(dovecot, smtp_sink, clock, config_factory(
        dovecot, smtp_sink, director={"allow_unauthenticated_commands": False, "trusted_authserv_ids": [MX]},
        imap={"sent_folder": "Sent"}))
    yield s
    s.bot.close()


def held_referral(life):
    life.at(11, 9, 9, 0)
    life.arrives("dv-003.eml")
    life.poll()
    case = life.case()
    assert case.state == "waiting_approval"
    assert [o.state for o in life.bot.store.outbox(case.id) if o.audience == "parent"] == ["held"]
    notice = life.last_to(DIRECTOR)
    assert "wacht op uw akkoord" in notice.get_content() and "CLB" in notice.get_content()   # the draft is shown
    return case, notice


def test_akkoord_sends_the_held_referral(strict):
    case, notice = held_referral(strict)
    strict.director_replies(notice, "#akkoord", headers=PASS)
    strict.poll()
    assert strict.case().state == "referred"
    [reply] = strict.mails_to(case.parent_address)
    assert "CLB" in reply.get_content() and reply["In-Reply-To"] == case.root_message_id


def test_akkoord_with_an_edited_text_sends_that_text_instead(strict):
    case, notice = held_referral(strict)
    strict.director_replies(notice, "#akkoord\n\nBeste ouder,\n\nIk stel voor dat we eerst samen met de school "
                                    "en het CLB rond de tafel gaan zitten.\n\nDe directeur", headers=PASS)
    strict.poll()
    [reply] = strict.mails_to(case.parent_address)
    assert "rond de tafel" in reply.get_content()
    assert "Volgens onze klachtenprocedure" not in reply.get_content()


def test_a_spoofed_command_is_ignored_logged_and_the_director_told(strict):
    case, notice = held_referral(strict)
    forged = {"Authentication-Results": f"{MX}; dkim=fail header.d=school.example; spf=fail "
                                        "smtp.mailfrom=directeur@school.example"}
    strict.director_replies(notice, "#akkoord", headers=forged)
    strict.poll()
    assert strict.case().state == "waiting_approval"
    assert strict.mails_to(case.parent_address) == []
    assert any(e.kind == "command_refused" for e in strict.bot.store.events(case.id))
    warning = strict.last_to(DIRECTOR, "genegeerd")
    assert "NIET uitgevoerd" in warning.get_content()


def test_unapproved_drafts_trigger_a_reminder(strict):
    case, _ = held_referral(strict)
    strict.at(11, 11, 9, 5)                      # two working days later (the 11th is a holiday) : not yet
    strict.tick()
    assert not [m for m in strict.mails_to(DIRECTOR) if "akkoord" in m["Subject"]]
    strict.at(11, 12, 9, 5)
    strict.tick()
    assert "CLB" in strict.last_to(DIRECTOR, "wacht op uw akkoord").get_content()


def test_the_director_answers_from_the_complaints_mailbox_itself(strict):
    strict.at(11, 9, 9, 0)
    strict.arrives("dv-001.eml")
    strict.poll()
    [ack] = strict.mails_to(HILDE)
    strict.dovecot.append("Sent", ack.as_bytes())            # the server keeps a copy of what the bot sent
    strict.at(11, 9, 14, 0)
    strict.writes(f"Klachten <{BOT}>", "Re: Formele klacht leersteun Lucas Peeters",
                  "Beste mevrouw Peeters, ik kom graag langs om dit te bespreken.", to=HILDE,
                  reply_to_mail={"Message-ID": "<002b01dc982d$b1d9a1fb$57c180b7$@telenet.be>", "References": ""},
                  folder="Sent")
    result = strict.poll()
    assert sorted(o.disposition for o in result.outcomes) == ["ignored:self", "joined"]
    case = strict.case()
    assert case.state == "answered" and case.first_response_at == strict.clock.now()


def test_info_asks_the_parent_and_the_answer_goes_back_to_the_director(strict):
    strict.at(11, 9, 9, 0)
    strict.arrives("dv-001.eml")
    strict.poll()
    notice = strict.last_to(DIRECTOR)
    strict.director_replies(notice, "#info Op welke dagen komt de leerondersteuner normaal?", headers=PASS)
    strict.poll()
    assert strict.case().state == "waiting_info"
    question = strict.last_to(HILDE)
    assert "Op welke dagen komt de leerondersteuner normaal?" in question.get_content()
    strict.parent_replies(f"Hilde Peeters <{HILDE}>", question, "Op dinsdag en donderdag.")
    strict.poll()
    assert strict.case().state == "open"
    assert "dinsdag en donderdag" in strict.last_to(DIRECTOR, "Nieuw bericht").get_content()


def test_doorverwijzen_and_heropen(strict):
    strict.at(11, 9, 9, 0)
    strict.arrives("dv-001.eml")
    strict.poll()
    notice = strict.last_to(DIRECTOR)
    strict.director_replies(notice, "#doorverwijzen", headers=PASS)
    strict.poll()
    assert strict.case().state == "referred"
    assert "onafhankelijke bemiddeling" in strict.last_to(HILDE).get_content()
    strict.director_replies(notice, "#heropen", headers=PASS)
    strict.poll()
    assert strict.case().state == "reopened"
    assert "director_reminder" in strict.deadlines()
    assert "heropend" in strict.last_to(HILDE).get_content()


def test_a_command_the_state_does_not_allow_is_explained_to_the_director(strict):
    strict.at(11, 9, 9, 0)
    strict.arrives("dv-001.eml")
    strict.poll()
    strict.director_replies(strict.last_to(DIRECTOR), "#akkoord", headers=PASS)
    strict.poll()
    assert strict.case().state == "open"
    assert "geen conceptantwoord" in strict.last_to(DIRECTOR, "niet uitgevoerd").get_content()


def test_without_the_approval_switch_a_referral_goes_out_at_once(dovecot, smtp_sink, clock, config_factory):
    life = Life(dovecot, smtp_sink, clock, config_factory(dovecot, smtp_sink, bot={"approval_required": False}))
    try:
        life.at(11, 9, 9, 0)
        life.arrives("dv-003.eml")
        life.poll()
        case = life.case()
        assert case.state == "referred"
        assert "CLB" in life.last_to(case.parent_address).get_content()
        assert "wacht op uw akkoord" not in life.last_to(DIRECTOR).get_content()
    finally:
        life.bot.close()
