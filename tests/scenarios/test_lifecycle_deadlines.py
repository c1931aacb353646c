"""Time-driven follow-ups: silence closes a case (never an urgent one), parent mail waits for the
send window, the director's digest comes only when there is news, and a restart loses nothing."""
from lifecycle import DIRECTOR

KATRIEN = "katrien.janssens@example.be"
JO = "jo.maes@example.be"
HILDE = "hilde.peeters@telenet.be"


def test_no_answer_one_friendly_reminder_then_closed_with_how_to_reopen_and_reopened_by_a_reply(life):
    life.at(11, 9, 9, 0)
    life.arrives("lifecycle/dv-no-name.eml")
    life.poll()
    assert life.deadlines() == {"info_reminder": "2026-11-17 09:00"}   # the 11th is Armistice Day
    life.at(11, 17, 9, 30)
    life.tick()
    reminder = life.last_to(KATRIEN)
    assert "herinneren" in reminder.get_content() and "naam van de leerling" in reminder.get_content()
    assert life.deadlines() == {"info_close": "2026-12-01 09:30"}      # ten more working days
    life.at(11, 30, 9, 30)
    life.tick()
    assert len(life.mails_to(KATRIEN)) == 2                             # one reminder only
    life.at(12, 1, 9, 30)
    life.tick()
    case = life.case()
    assert case.state == "closed"
    closing = life.last_to(KATRIEN).get_content()
    assert "heropenen" in closing and "antwoord" in closing.lower()

    life.at(12, 2, 10, 0)
    life.parent_replies(f"Katrien Janssens <{KATRIEN}>", life.last_to(KATRIEN), "Sorry, het gaat over mijn dochter Emma Janssens.")
    life.poll()
    case = life.case()
    assert (case.state, case.student_name) == ("open", "Emma Janssens")
    assert "reopen" in life.timeline() and len(life.bot.store.cases()) == 1


def test_an_urgent_case_alerts_the_director_at_once_even_on_sunday_night_and_is_never_closed(life):
    life.at(11, 15, 3, 0)                                               # Sunday, 03:00
    life.arrives("lifecycle/dv-urgent-no-name.eml")
    life.poll()
    alert = life.last_to(DIRECTOR)
    assert alert["Subject"].startswith("DRINGEND")
    assert life.mails_to(JO) == []                                      # the parent's mail waits for Monday 07:30
    life.at(11, 16, 7, 31)
    life.poll()
    assert len(life.mails_to(JO)) == 1
    life.at(11, 23, 7, 31)
    life.tick()                                                         # the friendly reminder
    life.at(12, 10, 9, 0)
    life.tick()                                                         # where a normal case would close
    case = life.case()
    assert case.state == "waiting_info"
    assert any(e.kind == "not_closed" for e in life.bot.store.events(case.id))
    assert "nooit zelf af" in life.last_to(DIRECTOR, "Herinnering").get_content()


def test_parent_mail_waits_for_the_send_window(life):
    life.at(11, 9, 21, 30)                                              # Monday evening
    life.arrives("dv-001.eml")
    result = life.poll()
    assert result.dispatch.sent == 1 and result.dispatch.deferred == 1  # the director's notice only
    assert life.mails_to(HILDE) == []
    life.at(11, 10, 7, 0)
    life.poll()
    assert life.mails_to(HILDE) == []
    life.at(11, 10, 7, 30)
    life.poll()
    assert len(life.mails_to(HILDE)) == 1


def test_the_digest_comes_once_a_day_and_only_with_news(life):
    life.at(11, 9, 7, 0)
    life.tick()
    life.at(11, 9, 8, 0)
    life.tick()
    assert life.mails_to(DIRECTOR) == []                                # nothing to say: no digest
    life.at(11, 9, 8, 30)
    life.arrives("dv-001.eml")
    life.arrives("dv-003.eml")
    life.poll()
    life.at(11, 10, 7, 45)
    life.tick()
    life.restart()
    life.tick()                                                         # a restart sends no second digest
    digests = [m for m in life.mails_to(DIRECTOR) if "overzicht" in m["Subject"]]
    assert len(digests) == 1
    text = digests[0].get_content()
    assert "Nieuwe dossiers" in text and "Wachten op uw antwoord" in text and "#akkoord" in text
    assert "nog 4 werkdag(en) tot de herinnering" in text


def test_a_deadline_due_while_the_bot_was_down_is_sent_once_after_the_restart(life):
    life.at(11, 9, 9, 0)
    life.arrives("dv-001.eml")
    life.poll()
    life.bot.close()                                                    # down for a week
    life.at(11, 20, 9, 0)
    life.restart()
    life.tick()
    life.restart()
    life.tick()
    reminders = [m for m in life.mails_to(DIRECTOR) if "Herinnering" in m["Subject"]]
    assert len(reminders) == 1
