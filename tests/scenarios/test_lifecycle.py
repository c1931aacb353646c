"""One long story per procedure, told the way a director would recount it afterwards:
complaint → acknowledgement → missing info → parent answers → director silent → reminder →
director answers in the thread → parent not satisfied → next step offered → closed.

Real Dovecot, real SMTP server, real SQLite; only the clock is ours, and it jumps.
"""
import pytest

from lifecycle import BOT, DIRECTOR, Life

KATRIEN = "katrien.janssens@example.be"
MARK = "mark.devries@example.nl"


@pytest.fixture
def allure(dovecot, smtp_sink, clock, config_factory):
    s = Life(dovecot, smtp_sink, clock, config_factory(
        dovecot, smtp_sink, procedure="allure", bot={"timezone": "Europe/Amsterdam", "send_window": "07:30-20:00"},
        director={"escalation_addresses": ["bestuurder@allure.example"]}))
    yield s
    s.bot.close()


def test_divergent_a_complaint_runs_its_whole_course(life):
    # Monday 2 November, autumn break in Flanders: the complaint lacks the child's name.
    life.at(11, 2, 9, 0)
    life.arrives("lifecycle/dv-no-name.eml")
    life.poll()
    case = life.case()
    assert (case.state, case.decision) == ("waiting_info", "needs_info")
    ask = life.last_to(KATRIEN)
    assert "naam van de leerling" in ask.get_content() and case.ref in ask["Subject"]
    # Five working days, counted after the autumn break: 9, 10, 12 (11 is Armistice Day), 13, 16 November.
    assert life.deadlines() == {"info_reminder": "2026-11-16 09:00"}

    # Tuesday: the parent answers in the thread; the whole thread is triaged again.
    life.at(11, 3, 10, 0)
    answer = life.parent_replies(f"Katrien Janssens <{KATRIEN}>", ask, "Het gaat over mijn dochter Emma Janssens.")
    life.poll()
    case = life.case()
    assert (case.state, case.decision, case.student_name) == ("open", "admissible", "Emma Janssens")
    assert "dossiernummer" in life.last_to(KATRIEN).get_content()
    assert "Aanvulling ontvangen" in life.last_to(DIRECTOR)["Subject"]
    assert life.deadlines() == {"director_reminder": "2026-11-16 10:00"}

    # The director stays silent. Nothing is due on Friday 13th; the bot restarts over the weekend.
    life.at(11, 13, 17, 0)
    assert life.tick().done == []
    life.restart()
    life.at(11, 16, 10, 5)
    assert life.tick().done == [f"{case.ref} director_reminder"]
    assert life.tick().done == []                                   # never twice
    reminder = life.last_to(DIRECTOR, "Herinnering")
    assert case.ref in reminder["Subject"] and "Emma Janssens" in reminder.get_content()
    assert "director_escalate" in life.deadlines()

    # Tuesday 17th: the director answers the parent directly, with the complaints address in CC.
    life.at(11, 17, 8, 30)
    director_mail = life.writes(f"De directeur <{DIRECTOR}>", "Re: Klacht over de leersteun",
                                "Beste mevrouw Janssens, ik bel u vandaag om een gesprek te plannen.",
                                to=KATRIEN, cc=BOT, reply_to_mail=answer)
    life.poll()
    case = life.case()
    assert case.state == "answered" and case.first_response_at == life.clock.now()
    assert life.deadlines() == {}                                   # no escalation any more

    # Wednesday: the parent answers all: not solved.
    life.at(11, 18, 19, 0)
    life.writes(f"Katrien Janssens <{KATRIEN}>", "Re: Klacht over de leersteun",
                "Het gesprek heeft niets veranderd. Het is niet opgelost en ik ga hiermee verder.",
                to=DIRECTOR, cc=BOT, reply_to_mail={"Message-ID": director_mail, "References": ""})
    life.poll()
    assert life.case().state == "mediation_offered"
    offer = life.last_to(KATRIEN)
    text = offer.get_content()
    assert "onafhankelijke bemiddeling" in text and "CLB" in text
    assert offer["In-Reply-To"] is not None
    notice = life.last_to(DIRECTOR, "Niet opgelost")

    # Thursday: the director closes the case from the notice; the parent learns how to reopen.
    life.at(11, 19, 9, 0)
    life.director_replies(notice, "#sluiten")
    life.poll()
    case = life.case()
    assert case.state == "closed" and case.closed_at is not None
    assert "heropenen" in life.last_to(KATRIEN).get_content()
    assert life.templates_to(KATRIEN) == ["parent/request_info", "parent/ack", "parent/next_step", "parent/closed"]

    story = life.timeline()
    for step in ["waiting_info", "info_received", "new -> open", "director_reminder", "director_answered",
                 "first_response", "not_solved", "next_step", "#sluiten", "-> closed"]:
        assert step in story, step
    print("\n" + story)


def test_allure_silence_is_escalated_to_the_bestuurder_and_the_parent_gets_bestuurder_then_lkc(allure):
    life = allure
    life.at(11, 2, 9, 0)
    life.arrives("lifecycle/al-no-facts.eml")
    life.poll()
    assert life.case().state == "waiting_info"
    ask = life.last_to(MARK)
    assert "wat er precies gebeurde" in ask.get_content()

    life.at(11, 3, 12, 0)
    life.parent_replies(f"Mark de Vries <{MARK}>", ask,
                        "Mijn zoon Daan krijgt al weken geen huiswerkbegeleiding meer, terwijl dat op 10 september "
                        "is afgesproken. Ik heb hier al twee keer met de leerkracht over gesproken, zonder resultaat.")
    life.poll()
    case = life.case()
    assert (case.state, case.decision) == ("open", "admissible")
    assert life.deadlines() == {"director_reminder": "2026-11-10 12:00"}

    life.at(11, 10, 12, 30)
    life.tick()
    assert life.last_to(DIRECTOR, "Herinnering")
    assert life.deadlines() == {"director_escalate": "2026-11-17 12:30"}

    # Still silent: escalated to the bestuurder, and the parent hears they are not forgotten.
    life.at(11, 17, 13, 0)
    life.tick()
    assert life.case().state == "escalated"
    escalation = life.last_to("bestuurder@allure.example")
    assert "de bestuurder van Stichting Allure" in escalation.get_content()
    assert DIRECTOR in escalation["Cc"]
    assert "niet vergeten" in life.last_to(MARK).get_content()

    # The director finally answers, from the complaints mailbox's thread, replying to the notice.
    life.at(11, 18, 9, 0)
    life.director_replies(life.mails_to(DIRECTOR)[0], "Ik heb meneer De Vries gebeld; we zien elkaar vrijdag.")
    life.poll()
    assert life.case().state == "answered"

    # Not satisfied: first the bestuurder (with the LKC named as the step after) ...
    life.at(11, 23, 9, 0)
    director_notice = life.mails_to(DIRECTOR)[0]
    life.writes(f"Mark de Vries <{MARK}>", "Re: Klacht", "Ik ben niet tevreden met het gesprek.",
                reply_to_mail=life.last_to(MARK))
    life.poll()
    first = life.last_to(MARK).get_content()
    assert "bestuurder van Stichting Allure" in first and "0229 - 357230" in first and "LKC" in first
    # ... and when that does not help either, the LKC with its contact details.
    life.at(11, 30, 9, 0)
    life.writes(f"Mark de Vries <{MARK}>", "Re: Klacht", "Ook met de bestuurder is het niet opgelost.",
                reply_to_mail=life.last_to(MARK))
    life.poll()
    second = life.last_to(MARK).get_content()
    assert "Landelijke Klachtencommissie" in second and "030-280 95 90" in second
    assert "0229 - 357230" not in second                            # the bestuurder was the step before

    life.director_replies(director_notice, "#sluiten")
    life.poll()
    assert life.case().state == "closed"
    story = life.timeline()
    assert "open -> escalated" in story and story.count("event    next_step") == 2
