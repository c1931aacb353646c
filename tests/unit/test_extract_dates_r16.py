"""Round 16's date principles, each in many wordings and both ways: what dates the incident and what does not.

The mail is sent on Tuesday 13 October 2026 unless a test says otherwise.
"""
from datetime import date

import pytest

from mailbot.extract.dates import latest_incident
from mailbot.extract.text import sentences

TUE_13_OCT = date(2026, 10, 13)
FACT = date(2026, 10, 5)          # "maandag 5 oktober": the act in every text below
FACT_TEXT = "Op maandag 5 oktober kwam de leerondersteuner niet opdagen en moest hij alleen werken. "


def day(text, sent=TUE_13_OCT):
    return latest_incident(sentences(text), sent)[0]


# The writer, or someone of the household, raising it with the staff later is process, not the incident.
@pytest.mark.parametrize("step", [
    "Zijn mama heeft meneer Dhaene daar donderdag aan de schoolpoort over aangesproken.",
    "Mijn man heeft de juf daar op 8 oktober over aangesproken.",
    "Haar papa heeft donderdag met de coördinator gebeld.",
    "Mijn vrouw heeft er op 8 oktober met de directeur over gesproken.",
    "Zijn vader heeft de begeleider donderdag nog gemaild.",
    "Ik heb de juf gevraagt op 8 oktober waarom.",
    "ik heb haar gebelt op 8/10 maar ze nam niet op",
    "Mijn partner heeft het op 8 oktober aangekaart bij de zorgcoördinator.",
    "Wij hebben het op 8 oktober besproken met de klastitularis.",
    "Mevrouw Smolders heeft me op 8 oktober teruggebeld.",
    "De coördinator belde ons donderdag terug.",
    "De directeur heeft mij op 8 oktober gebeld, maar zij zag geen probleem.",
    "Meneer Peeters heeft ons donderdag geantwoord dat alles in orde was.",
    "Op 8 oktober heeft de zorgjuf me gecontacteerd.",
    "Hieronder vindt u de mail die ik op 8 oktober naar de coördinator heb gestuurd.",
    "Onderaan staat het bericht dat we op 8 oktober hebben verstuurd.",
])
def test_a_later_step_about_it_is_no_incident(step):
    assert day(FACT_TEXT + step) == FACT


@pytest.mark.parametrize("text,want", [
    # the act itself, by the same people, stays the incident
    ("Op 8 oktober heeft de juf hem voor de hele klas uitgelachen.", date(2026, 10, 8)),
    ("Zijn mama zag op 8 oktober dat de juf hem uitlachte.", date(2026, 10, 8)),
    ("De directeur heeft hem op 8 oktober naar huis gestuurd.", date(2026, 10, 8)),
    ("Op 8 oktober belde de juf hem uit in de klas.", date(2026, 10, 8)),
])
def test_acts_by_staff_stay_the_incident(text, want):
    assert day(text) == want


# The time gone by, measured on the day of writing, dates the writing, not the incident.
@pytest.mark.parametrize("aside", [
    "Ik besef dat het vandaag precies zes maanden geleden is.",
    "Vandaag is het bijna zes maanden geleden.",
    "Het is intussen al vier maanden geleden.",
    "Het is nu een half jaar geleden, dat weet ik.",
    "Inmiddels is het vijf maanden geleden.",
    "ik weet dat het vandaag net 6 maanden geleden is",
    "It has been six months today.",
    "I know it is six months ago today.",
])
def test_the_time_gone_by_dates_no_incident(aside):
    assert day(FACT_TEXT + aside) == FACT


# Who supports the child from now on is the way out, not the fact complained about ...
@pytest.mark.parametrize("remedy", [
    "In een brief van 8 oktober bevestigde de coördinator dat Robin voortaan begeleid wordt door meneer Hermans.",
    "Op 8 oktober liet de coördinator weten dat hij vanaf nu geholpen wordt door een andere juf.",
    "Sinds 8 oktober wordt hij begeleid door een nieuwe leerondersteuner.",
    "Op 8 oktober kreeg hij een andere begeleider.",
    "Vanaf 8 oktober wordt ze voortaan ondersteund door mevrouw Claes.",
    "Sinds 8 oktober heeft ze een nieuwe juf.",
])
def test_the_remedy_is_no_incident(remedy):
    assert day(FACT_TEXT + remedy) == FACT


# ... unless the new one fails too.
@pytest.mark.parametrize("text", [
    "Op 8 oktober kreeg hij een andere begeleider, maar ook die kwam niet.",
    "Sinds 8 oktober wordt hij begeleid door een nieuwe leerondersteuner die hem uitlacht.",
])
def test_a_remedy_that_fails_is_the_incident(text):
    assert day(FACT_TEXT + text) in (date(2026, 10, 8), TUE_13_OCT)


# "Dit is niet de eerste keer" points back at the dated event; "het is niet de eerste keer dat ..." tells a pattern.
@pytest.mark.parametrize("aside", [
    "Maar dit is niet de eerste keer.",
    "Dat is niet de eerste keer.",
    "dit is ook niet de eerste keer",
    "Dit was zeker niet de eerste keer.",
    "This is not the first time.",
])
def test_this_is_not_the_first_time_looks_back(aside):
    assert day(FACT_TEXT + aside) == FACT


@pytest.mark.parametrize("pattern", [
    "Het is niet de eerste keer dat hij alleen moet werken.",
    "Dit is niet de eerste keer dat de begeleider niet komt.",
    "Hij komt nog steeds niet.",
    "Het duurt al weken.",
])
def test_a_pattern_still_runs_up_to_the_mail(pattern):
    assert day(FACT_TEXT + pattern) == TUE_13_OCT


# "Al lang genoeg" is the writer's verdict, not the facts going on.
@pytest.mark.parametrize("verdict", [
    "Het is al lang genoeg geduurd.",
    "Het heeft al lang genoeg geduurd.",
    "Dit duurt nu al lang genoeg.",
])
def test_long_enough_is_a_verdict(verdict):
    assert day(FACT_TEXT + verdict) == FACT


# A weekday with the present verb right after it is a plan; with a past verb or a perfect it is the day just gone.
@pytest.mark.parametrize("plan", [
    "Maandag begint de toetsenweek.",
    "Donderdag komt de CLB-medewerker langs.",
    "Vrijdag start de nieuwe begeleiding.",
    "woensdag gaat hij voor het eerst naar de nieuwe school",
    "Zaterdag vertrekt de klas op schoolreis.",
    "Maandag volgt er een gesprek met de directie.",
    "Ik verwacht dat u mij nog deze week belt.",
    "Ik verwacht vandaag nog een antwoord.",
    "Gelieve mij vandaag nog te bellen.",
    "Graag deze week een reactie.",
])
def test_a_plan_dates_no_incident(plan):
    assert day(FACT_TEXT + plan) == FACT


@pytest.mark.parametrize("text,want", [
    ("Donderdag kwam de begeleider weer niet.", date(2026, 10, 8)),
    ("Donderdag is de begeleider weer niet gekomen.", date(2026, 10, 8)),
    ("Donderdag begon de les pas om tien uur.", date(2026, 10, 8)),
    ("Vrijdag is de nieuwe begeleiding begonnen, en de juf liet hem alleen.", date(2026, 10, 9)),
    ("Vandaag kwam de begeleider weer niet.", TUE_13_OCT),
])
def test_a_past_weekday_stays_the_incident(text, want):
    assert day(text) == want


# A habit going on outranks the day the writer raised it; one a letter prescribes does not.
@pytest.mark.parametrize("text,want", [
    ("Juf Tine maakt elke week de les korter. Ik heb haar gevraagd op 5 oktober waarom.", TUE_13_OCT),
    ("Het probleem is dat ze elke week later komt. Ik heb het op 5 oktober aan de schoolpoort gevraagd.", TUE_13_OCT),
    ("Elke dag zit hij alleen in de gang. Wij hebben de juf op 5 oktober aangesproken.", TUE_13_OCT),
    ("Vorige maandag kregen we een brief. In de brief staat dat de juf in elke les het systeem moet gebruiken.",
     date(2026, 10, 12)),
])
def test_a_habit_going_on_outranks_the_writers_step(text, want):
    assert day(text) == want


# More wordings of the same principles: Netherlands and Flemish usage, inversion, lower case, English and French.
@pytest.mark.parametrize("step", [
    "Mijn vrouw heeft de mentor op 8 oktober aangesproken.",
    "Onze moeder heeft op 8 oktober gebeld.",
    "Zijn moeder sprak de juf donderdag aan bij de poort.",
    "Mijn echtgenoot heeft op 8 oktober de intern begeleider gemaild.",
    "Op 8 oktober heeft mijn man de juf erover aangesproken.",
    "De intern begeleider heeft me pas op 8 oktober teruggebeld.",
    "De directie belde mij op 8 oktober terug.",
    "Op 8 oktober werd ik teruggebeld door de coördinator.",
    "Op 8 oktober mailde de coördinator ons terug.",
    "The coordinator called me back on 8 October.",
    "La coordinatrice m'a rappelé le 8 octobre.",
    "De mail die wij op 8 oktober gestuurd hebben, is nog altijd niet beantwoord.",
    "Hieronder mijn e-mail die ik op 8 oktober aan de mentor had gestuurd.",
    "Sent: Thursday, October 8, 2026 8:41 PM",
    "Datum: 8 oktober 2026",
    "Ik heb juf Tine op 8 oktober gevraagd waarom.",
    "ik heb de juf op 8 oktober gevraagd of het klopte",
])
def test_more_later_steps_by_household_staff_and_forwarded_headers(step):
    assert day(FACT_TEXT + step) == FACT

@pytest.mark.parametrize("aside", [
    "Vandaag is het precies een half jaar geleden.",
    "Ik weet dat het nu al bijna zes maanden geleden is.",
    "Het is ondertussen 5 maanden geleden, ik weet het.",
    "het is vandaag bijna 6 maanden geleden",
    "Intussen zijn we vijf maanden verder.",
    "It's been almost six months now.",
    "Cela fait six mois aujourd'hui.",
])
def test_more_ways_to_measure_the_time_gone_by(aside):
    assert day(FACT_TEXT + aside) == FACT

@pytest.mark.parametrize("plan", [
    "Volgende week begint de toetsenweek.",
    "maandag begint zijn stage",
    "Dinsdag komen de rapporten mee.",
    "Morgen begint de toetsenweek.",
    "Vrijdag is er een oudercontact.",
    "Donderdag hebben we een gesprek met de directeur.",
    "Maandag heb ik een afspraak met de zorgcoördinator.",
    "Ik reken erop dat u mij deze week nog belt.",
    "Ik zou graag vandaag nog iets horen.",
    "Ik wil graag deze week nog een gesprek.",
    "Kunt u mij vandaag nog bellen?",
    "I expect a call from you this week.",
])
def test_more_plans_and_requests_of_the_reader(plan):
    assert day(FACT_TEXT + plan) == FACT

@pytest.mark.parametrize("aside", [
    "Dit is helaas niet de eerste keer.",
    "En dat is echt niet de eerste keer.",
    "Het was niet de eerste keer.",
    "dat was al niet de eerste keer",
    "That was not the first time.",
    "Ce n'est pas la première fois.",
])
def test_more_looking_back_from_the_dated_event(aside):
    assert day(FACT_TEXT + aside) == FACT

@pytest.mark.parametrize("v", ["Het is nu lang genoeg geweest.", "Het heeft lang genoeg geduurd.", "Nu is het genoeg geweest.", "Het is al te lang aan de gang, vind ik.", "Genoeg is genoeg."])
def test_more_verdicts_of_the_writer(v):
    assert day(FACT_TEXT + v) == FACT

@pytest.mark.parametrize("t", [
    "Juf Tine komt iedere week twintig minuten te laat. Ik heb haar op 5 oktober aangesproken.",
    "Elke les stuurt hij haar de gang op. Wij hebben op 5 oktober gebeld.",
    "Hij moet elke dag alleen in de gang werken. Ik heb het op 5 oktober gevraagd.",
    "Every week she leaves early. I asked her on 5 October.",
    "Iedere week wordt de les ingekort. Ik heb op 5 oktober met de juf gesproken.",
    "Telkens weer komt ze te laat. Ik heb op 5 oktober met haar gesproken.",
])
def test_more_habits_going_on_outrank_the_writers_step(t):
    assert day(t) == TUE_13_OCT


# The other direction: acts, past weekdays, failing remedies and real patterns stay what they were.
THU_8_OCT = date(2026, 10, 8)
@pytest.mark.parametrize("t,want", [
    ("Donderdag kwam meneer Dhaene de klas binnen en nam hij de koptelefoon af.", THU_8_OCT),
    ("donderdag nam de begeleider zijn koptelefoon af", THU_8_OCT),
    ("Donderdag ging de juf weer weg na tien minuten.", THU_8_OCT),
    ("Vandaag kwam de juf weer niet.", TUE_13_OCT),
    ("U heeft mij vandaag nog altijd niet teruggebeld.", TUE_13_OCT),
    ("Zijn mama zag donderdag hoe de juf hem uitlachte.", THU_8_OCT),
    ("Op 8 oktober heeft de juf hem de koptelefoon afgenomen.", THU_8_OCT),
    ("Op 8 oktober heeft de juf hem uitgescholden voor de hele klas.", THU_8_OCT),
    ("Op 8 oktober heeft de begeleidster ons kind alleen gelaten.", THU_8_OCT),
    ("Op 8 oktober kreeg hij een andere juf, die hem meteen uitlachte.", THU_8_OCT),
    ("Op 8 oktober lachte de nieuwe begeleider hem uit.", THU_8_OCT),
    ("Sinds 8 oktober wordt hij niet meer begeleid.", TUE_13_OCT),
    ("Hij wordt sinds 8 oktober door niemand meer begeleid.", TUE_13_OCT),
    ("Het is al weken zo.", TUE_13_OCT),
    ("Het duurt al maanden.", TUE_13_OCT),
    ("Twee maanden geleden begon het, en het is nog steeds zo.", TUE_13_OCT),
    ("De juf komt elke week te laat, ook vandaag nog.", TUE_13_OCT),
    ("Op 8 oktober kwam de juf te laat. Dat was de derde keer.", THU_8_OCT),
    ("Op 8 oktober schreef de juf in zijn agenda dat hij lui is.", THU_8_OCT),
    ("Op 8 oktober mailde de juf de hele klas zijn resultaten.", THU_8_OCT),
])
def test_the_same_guards_leave_the_act_itself_alone(t, want):
    assert day(t) == want
