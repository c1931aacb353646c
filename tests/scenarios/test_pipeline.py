"""The pipeline end to end against a real Dovecot and a real SMTP server (aiosmtpd)."""
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from story import Story

PARENT = "hilde.peeters@telenet.be"
DIRECTOR = "directeur@school.example"


def test_a_complaint_gets_a_threaded_acknowledgement_and_the_director_a_notice(story):
    story.arrives("dv-001.eml")
    result = story.poll()
    assert result.count("opened") == 1
    case = story.case()
    assert case.decision == "admissible" and case.state == "open"
    assert case.student_name == "Lucas Peeters"

    [ack] = story.mails_to(PARENT)
    assert ack["In-Reply-To"] == "<002b01dc982d$b1d9a1fb$57c180b7$@telenet.be>"
    assert "<002b01dc982d$b1d9a1fb$57c180b7$@telenet.be>" in ack["References"]
    assert ack["Auto-Submitted"] == "auto-replied"
    assert case.ref in ack["Subject"] and case.ref in ack.get_content()
    assert ack["Message-ID"] in {o.mail.message_id for o in story.bot.store.outbox(case.id)}

    [notice] = story.mails_to(DIRECTOR)
    assert case.ref in notice["Subject"]
    assert "Lucas Peeters" in notice.get_content() and "derde keer" in notice.get_content()


def test_a_second_poll_processes_nothing_twice(story):
    story.arrives("dv-001.eml")
    story.poll()
    again = story.poll()
    assert again.outcomes == []
    assert len(story.bot.store.cases()) == 1
    assert len(story.mails_to(PARENT)) == 1


def test_the_directors_unread_flags_stay_as_they_were(story):
    story.arrives("dv-001.eml")
    story.poll()
    assert all("\\Seen" not in flags for flags in story.dovecot.flags("INBOX").values())


def test_a_reply_in_the_thread_joins_its_case(story):
    story.arrives("dv-001.eml")
    story.poll()
    [ack] = story.mails_to(PARENT)
    story.clock.advance(days=1)
    story.writes(f"Hilde Peeters <{PARENT}>", "Re: " + ack["Subject"], "Nog een vraag over de planning.",
                 reply_to_mail=ack)
    result = story.poll()
    assert result.count("joined") == 1 and result.count("opened") == 0
    assert len(story.bot.store.cases()) == 1
    assert [m.role for m in story.bot.store.messages(story.case().id)] == ["parent", "parent"]


def test_a_stranger_quoting_the_thread_does_not_join_the_case(story):
    story.arrives("dv-001.eml")
    story.poll()
    [ack] = story.mails_to(PARENT)
    story.writes("Iemand Anders <iemand@example.net>", "Re: " + ack["Subject"], "Ik lees mee.", reply_to_mail=ack)
    story.poll()
    case = story.bot.store.cases()[0]
    assert [m.sender for m in story.bot.store.messages(case.id)] == [PARENT]


def test_a_case_number_that_does_not_exist_is_new_mail_not_a_crash(story):
    story.writes(f"Hilde Peeters <{PARENT}>", "Vraag over dossier [KL-2026-9999]",
                 "Mijn zoon Lucas Peeters wordt al weken gepest in de klas. Gisteren werd hij geschopt.")
    result = story.poll()
    assert result.count("quarantined") == 0 and result.count("joined") == 0
    assert [o.disposition for o in result.outcomes] == ["opened"]


def test_the_directors_reply_in_the_thread_answers_the_case(story):
    story.arrives("dv-001.eml")
    story.poll()
    [notice] = story.mails_to(DIRECTOR)
    story.clock.advance(hours=3)
    story.writes(f"De directie <{DIRECTOR}>", "Re: " + notice["Subject"], "Ik bel de ouder vandaag nog.",
                 reply_to_mail=notice)
    story.poll()
    case = story.case()
    assert case.state == "answered"
    assert case.first_response_at is not None


@pytest.mark.parametrize("fixture,reason", [("nc-003.eml", "bounce"), ("nc-001.eml", "auto_reply"),
                                            ("nc-004.eml", "bulk")])
def test_machine_mail_gets_no_reply(story, fixture, reason):
    story.arrives(fixture)
    result = story.poll()
    assert [o.disposition for o in result.outcomes] == [f"ignored:{reason}"]
    assert story.sink.messages == []
    assert story.bot.store.cases() == []


def test_a_broken_mail_is_quarantined_and_the_next_one_still_handled(story):
    story.arrives("broken-nul.eml")
    story.arrives("dv-001.eml")
    result = story.poll()
    assert [o.disposition for o in result.outcomes] == ["quarantined", "opened"]
    [item] = story.bot.store.quarantined()
    assert item.reason and item.raw
    # After a fix, `mailbot retry` runs it again; still broken, it stays quarantined with its reason.
    assert [o.disposition for o in story.bot.retry_quarantine()] == ["quarantined"]
    assert len(story.bot.store.quarantined()) == 1


def test_a_restart_between_decided_and_sent_sends_exactly_once(story):
    story.arrives("dv-001.eml")
    story.sink.stop()                       # decided and queued, but nothing could be sent
    result = story.poll()
    assert result.count("opened") == 1 and result.dispatch.sent == 0
    story.restart()                         # the process dies and comes back
    story.sink.start()
    story.clock.advance(minutes=10)
    story.poll()
    story.clock.advance(hours=1)
    story.poll()
    by_id = story.sink.by_message_id()
    assert len(by_id) == 2 and all(len(copies) == 1 for copies in by_id.values())


def test_smtp_down_then_up_delivers(story):
    story.arrives("dv-001.eml")
    story.sink.fail_next(2, code=451, message="greylisted")
    first = story.poll()
    assert first.dispatch.sent == 0 and first.dispatch.retried == 2
    story.clock.advance(seconds=30)
    assert story.poll().dispatch.sent == 0     # backoff: not yet due
    story.clock.advance(minutes=5)
    assert story.poll().dispatch.sent == 2
    assert len(story.mails_to(PARENT)) == 1


def test_a_permanent_smtp_refusal_is_recorded_on_the_case(story):
    story.arrives("dv-001.eml")
    story.sink.fail_next(1, code=550, message="no such user")
    story.poll()
    case = story.case()
    assert any(e.kind == "delivery_failed" for e in story.bot.store.events(case.id))


def test_automatic_mail_to_one_parent_is_capped_per_day(dovecot, smtp_sink, clock, config_factory):
    s = Story(dovecot, smtp_sink, clock, config_factory(dovecot, smtp_sink,
                                                        bot={"max_auto_mails_per_recipient_per_day": 2}))
    for n in range(4):
        s.writes(f"Hilde Peeters <{PARENT}>", f"Klacht {n}", "Mijn zoon Lucas Peeters kreeg op 28 oktober geen "
                 "leersteun: de leerondersteuner kwam niet opdagen en niemand verwittigde ons.")
    s.poll()
    assert len(s.mails_to(PARENT)) == 2            # the rest waits: no flood, nothing lost
    s.clock.advance(days=1, hours=1)
    s.poll()
    assert len(s.mails_to(PARENT)) == 4
    s.bot.close()


def test_a_mail_that_is_no_complaint_gets_no_reply_but_the_director_sees_it_in_the_digest(story):
    story.writes("Sofie Claes <sofie.claes@example.org>", "Dank u wel",
                 "Beste directie,\n\nHartelijk dank aan het hele team voor het fijne schoolfeest van zaterdag. "
                 "Onze kinderen hebben genoten!\n\nVriendelijke groeten,\nSofie Claes")
    result = story.poll()
    assert [o.disposition for o in result.outcomes] == ["ignored:not_complaint"]
    assert story.sink.messages == []
    story.clock.set(datetime(2026, 11, 10, 8, 0, tzinfo=ZoneInfo("Europe/Brussels")))   # after the autumn break
    story.bot.tick()
    [digest] = [m for m in story.mails_to(DIRECTOR) if "overzicht" in m["Subject"]]
    assert "sofie.claes@example.org: Dank u wel" in digest.get_content()
