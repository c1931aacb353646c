"""Round 15's date principles, each in many wordings and both ways: what dates the incident and what does not.

The mail is sent on Tuesday 13 October 2026 unless a test says otherwise.
"""
from datetime import date

import pytest

from mailbot.extract.dates import latest_incident
from mailbot.extract.text import sentences

TUE_13_OCT = date(2026, 10, 13)
WED_30_SEP = date(2026, 9, 30)
WED_7_OCT = date(2026, 10, 7)


def day(text, sent=TUE_13_OCT):
    return latest_incident(sentences(text), sent)[0]


# A weekday in a counted week back is that week's weekday, in either order and with or without "op".
@pytest.mark.parametrize("text,want", [
    ("Twee weken geleden op woensdag heeft de juf hem uitgelachen.", WED_30_SEP),
    ("twee weken geleden op woensdag mevrouw Goris heeft tegen hem gezegd dat hij dom is.", WED_30_SEP),
    ("Op woensdag twee weken geleden heeft de juf hem uitgelachen.", WED_30_SEP),
    ("Woensdag, twee weken terug, lachte de juf hem uit.", WED_30_SEP),
    ("2 weken geleden op woensdag lachte de juf hem uit.", WED_30_SEP),
    ("Drie weken terug op dinsdag kwam de begeleidster niet.", date(2026, 9, 22)),
    ("Vorige week op woensdag kwam de begeleidster niet.", WED_7_OCT),
    ("Woensdag van vorige week kwam de begeleidster niet.", WED_7_OCT),
    ("woensdag vorige week kwam de begeleidster niet opdagen", WED_7_OCT),
    ("Afgelopen week woensdag kwam de begeleidster niet.", WED_7_OCT),
    ("On Wednesday two weeks ago the teacher laughed at him.", WED_30_SEP),
    ("Wednesday of last week the support worker did not come.", WED_7_OCT),
    # a bare weekday still means the last such day
    ("Woensdag kwam de begeleidster niet.", WED_7_OCT),
    ("Twee weken geleden kwam de begeleidster niet.", date(2026, 9, 29)),
])
def test_a_weekday_in_a_counted_week_back(text, want):
    assert day(text) == want


# A day counted from the day told before it; an after-effect in its own clause dates nothing.
@pytest.mark.parametrize("text,want", [
    ("Op donderdag 8 oktober stond er niets klaar. De dag nadien was het opnieuw hetzelfde.", date(2026, 10, 9)),
    ("Op 5 oktober kwam ze niet. De dag erna ook niet.", date(2026, 10, 6)),
    ("Op 5 oktober kwam ze niet, en de volgende dag evenmin.", date(2026, 10, 6)),
    ("Op 5 oktober kwam ze niet. Twee dagen later bleef ze opnieuw weg.", date(2026, 10, 7)),
    ("Op 5 oktober kwam ze niet. Een week later gebeurde precies hetzelfde.", date(2026, 10, 12)),
    ("On 5 October she did not come. The next day she stayed away again.", date(2026, 10, 6)),
    ("Le 5 octobre, elle n'est pas venue. Le lendemain non plus.", date(2026, 10, 6)),
    # the writer's step on the next day is process
    ("Op 5 oktober kwam ze niet. De dag nadien heb ik de coördinator gebeld.", date(2026, 10, 5)),
    ("Le 5 octobre, elle n'est pas venue. J'en ai parlé le lendemain avec la coordinatrice.", date(2026, 10, 5)),
    # what followed as an after-effect in its own clause
    ("Op 5 oktober vertelde de juf zijn diagnose aan de klas, en de volgende dag wist de halve klas het.",
     date(2026, 10, 5)),
    ("Op 5 oktober werd hij geslagen. De dag nadien was hij nog erg bang.", date(2026, 10, 5)),
    # never after the mail
    ("Op 12 oktober kwam ze niet. Drie dagen later is er een overleg.", date(2026, 10, 12)),
    # no day before it: nothing to count from
    ("De dag nadien was het opnieuw hetzelfde.", None),
])
def test_a_day_counted_from_the_day_before(text, want):
    assert day(text) == want


# The record of a meeting comes after the meeting: the meeting is the act.
@pytest.mark.parametrize("text,want", [
    ("Op het overleg van 22 september hebben de school en het CLB beslist dat de aanpassingen disproportioneel zijn. "
     "De notulen van dat overleg kregen wij pas op 1 oktober.", date(2026, 9, 22)),
    ("Op 22 september besliste de school dat een traplift te duur is. Pas op 1 oktober ontvingen we de notulen.",
     date(2026, 9, 22)),
    ("Op 22 september besliste de school dat een traplift te duur is. Het verslag van dat overleg werd ons pas op "
     "1 oktober bezorgd.", date(2026, 9, 22)),
    ("Op 22 september besliste de school dat een traplift te duur is. Op 1 oktober kregen we het verslag van het "
     "gesprek.", date(2026, 9, 22)),
    ("On 22 September the school decided the lift was too expensive. We only received the minutes on 1 October.",
     date(2026, 9, 22)),
    # a report complained about in itself is the act when it is received
    ("Op 1 oktober kregen we van het CLB het IAC-verslag. Wij zijn daar niet mee akkoord.", date(2026, 10, 1)),
    # the decision itself, the writer's request named in passing
    ("Op donderdag 22 januari hebben de school en het CLB beslist dat de aanpassingen die wij gevraagd hadden "
     "disproportioneel zijn. De notulen kregen we op 29 januari.", date(2026, 1, 22)),
])
def test_the_record_of_a_meeting_received_later(text, want):
    assert day(text, date(2026, 10, 13) if want.month > 2 else date(2026, 2, 2)) == want


# Staff sending the file to the wrong people is the act; a letter to the writer is correspondence.
@pytest.mark.parametrize("text,want", [
    ("Op 1 oktober heeft de leerondersteuner het dossier per e-mail verstuurd naar de ouders van een klasgenoot in "
     "plaats van naar ons. Op 6 oktober kregen we een brief van de directie.", date(2026, 10, 1)),
    ("Op 1 oktober werd het verslag per vergissing verstuurd naar andere ouders. Op 6 oktober ontvingen wij een brief.",
     date(2026, 10, 1)),
    ("On 1 October the report was sent to the wrong parents by mistake. On 6 October we received a letter.",
     date(2026, 10, 1)),
])
def test_a_file_sent_to_the_wrong_people_is_the_act(text, want):
    assert day(text) == want


# Finding out, the child's mood since then and the news spreading are after-effects of a dated act.
@pytest.mark.parametrize("text,want", [
    ("Begin september zette de begeleider foto's van haar online. Ik heb dat pas ontdekt op 10 oktober.",
     date(2026, 9, 5)),
    ("Op 2 oktober zette de begeleider foto's van haar online. Op 10 oktober hebben we het toevallig ontdekt.",
     date(2026, 10, 2)),
    ("Op 2 oktober zette de begeleider foto's van haar online. Wij zijn het pas op 10 oktober te weten gekomen.",
     date(2026, 10, 2)),
    ("Op 2 oktober zette de begeleider foto's van haar online. Pas op 10 oktober ontdekte ik het.", date(2026, 10, 2)),
    ("On 2 October the supporter posted photos of her. I only discovered it on 10 October.", date(2026, 10, 2)),
    ("Vorige week dinsdag zei de meester iets kwetsends tegen haar. Amal is sindsdien stil.", date(2026, 10, 6)),
    ("Vorige week dinsdag zei de meester iets kwetsends tegen haar. Ze is sindsdien erg teruggetrokken.",
     date(2026, 10, 6)),
    ("Vorige week dinsdag zei de meester iets kwetsends tegen haar. Sindsdien is ze angstig en onzeker.",
     date(2026, 10, 6)),
    ("Last Tuesday the teacher said something hurtful to her. She has been withdrawn since then.", date(2026, 10, 6)),
    # what is still done to the child since then goes on
    ("Vorige week dinsdag zei de meester iets kwetsends tegen haar. Sindsdien negeert hij haar.", TUE_13_OCT),
    ("Vorige week dinsdag zei de meester iets kwetsends. Sindsdien is het stil van de school: geen antwoord.",
     date(2026, 10, 6)),
])
def test_finding_out_and_the_childs_mood_since_are_after_effects(text, want):
    assert day(text) == want


# Week spans yield to the days written beside them; a plan told in the present names no day gone by.
@pytest.mark.parametrize("text,want", [
    ("Deze week kwam er opnieuw niemand: maandag 12 oktober niet en dinsdag 13 oktober ook niet.", TUE_13_OCT),
    ("Vorige week kwam ze niet opdagen, op 5 en 6 oktober.", date(2026, 10, 6)),
    ("Vorige week, op 6 oktober, kwam ze niet.", date(2026, 10, 6)),
    ("Vorige week kwam ze niet.", date(2026, 10, 6)),
    ("Op 1 oktober sloeg een jongen haar. Haar ouders komen zondag terug.", date(2026, 10, 1)),
    ("Op 1 oktober sloeg een jongen haar. Hij begint maandag in een andere klas.", date(2026, 10, 1)),
    ("Op 1 oktober sloeg een jongen haar. Maandag kwam hij terug in de klas en sloeg haar opnieuw.",
     date(2026, 10, 12)),
])
def test_week_spans_and_present_plans(text, want):
    assert day(text) == want


# The month of a day date is no month-only period, and "vanaf <month>" soon after the mail is still to come.
@pytest.mark.parametrize("text,sent,want", [
    ("In februari weigerde de school een aangepast lesrooster. Op 11 september is er een startgesprek.",
     date(2026, 9, 2), date(2026, 2, 15)),
    ("Op 19 juni kregen we het IAC-verslag. Volgens dat verslag kan hij vanaf september het gewone curriculum niet "
     "meer volgen.", date(2026, 6, 29), date(2026, 6, 19)),
    ("Op 19 juni kregen we het verslag. Vanaf augustus mag hij niet meer mee met de klas.", date(2026, 6, 29),
     date(2026, 6, 19)),
    # a change that began: up to the mail
    ("Op 1 september kregen we het verslag. Vanaf september mag hij niet meer mee met de klas.", date(2026, 10, 13),
     date(2026, 10, 13)),
    ("Vanaf september krijgt hij geen leersteun meer.", date(2026, 11, 20), date(2026, 11, 20)),
])
def test_a_day_dates_month_and_a_coming_change(text, sent, want):
    assert day(text, sent) == want


# "Ook nu nog" goes on; "niet de eerste keer ..., maar deze keer" looks back from the dated event.
@pytest.mark.parametrize("text,want", [
    ("Eergisteren heeft een jongen haar vastgepakt. Ze krijgt ook nu nog berichtjes van hem.", TUE_13_OCT),
    ("Eergisteren heeft een jongen haar vastgepakt. Zelfs nu nog stuurt hij haar berichtjes.", TUE_13_OCT),
    ("Two days ago a boy grabbed her. Even now he keeps sending her messages.", TUE_13_OCT),
    ("Eergisteren heeft een jongen haar vastgepakt. Ik wil nu nog even zeggen dat de juf heel lief was.",
     date(2026, 10, 11)),
    ("Vorige donderdag stopte de begeleidster na tien minuten. Het is niet de eerste keer dat een sessie ingekort "
     "wordt, maar deze keer heeft de juf ons gebeld.", date(2026, 10, 8)),
    ("Vorige donderdag stopte de begeleidster na tien minuten. Het is niet de eerste keer, maar dit keer was het "
     "erg.", date(2026, 10, 8)),
    ("Vorige donderdag stopte de begeleidster na tien minuten. Het is niet de eerste keer dat dit gebeurt.",
     TUE_13_OCT),
])
def test_still_now_and_not_the_first_time(text, want):
    assert day(text) == want


# The writer's own complaint step timed now is the writing; a date told about the facts after it still counts.
@pytest.mark.parametrize("text,sent,want", [
    ("Van 12 tot 23 januari kreeg ze geen apart lokaal. Na de zomervakantie wil ik het nu toch formeel aankaarten.",
     date(2026, 9, 17), date(2026, 1, 23)),
    ("Van 12 tot 23 januari kreeg ze geen apart lokaal. Na de vakantie wil ik dit alsnog formeel melden.",
     date(2026, 9, 17), date(2026, 1, 23)),
    ("Van 12 tot 23 januari kreeg ze geen apart lokaal. Daarom dien ik vandaag een formele klacht in.",
     date(2026, 9, 17), date(2026, 1, 23)),
    ("Van 12 tot 23 januari kreeg ze geen apart lokaal. Ik wil melden dat ze gisteren opnieuw in de sporthal zat.",
     date(2026, 9, 17), date(2026, 9, 16)),
])
def test_the_writers_step_now_is_the_writing(text, sent, want):
    assert day(text, sent) == want


def test_the_day_of_finding_out_still_outranks_the_writers_later_call():
    assert day("Wij hebben het op 5 oktober ontdekt. Op 8 oktober heb ik de juf gebeld.") == date(2026, 10, 5)


# More wordings: Flemish and Netherlands idiom, lower case, typos, and the negative side of each.
@pytest.mark.parametrize("text,want", [
    ("verleden week woensdag kwam de begeleidster niet", WED_7_OCT),
    ("De woensdag van vorige week kwam de begeleidster niet.", WED_7_OCT),
    ("op woensdag, twee weken geleden, lachte de juf hem uit", WED_30_SEP),
    ("Twee weken geleden, op een woensdag, lachte de juf hem uit.", WED_30_SEP),
    ("Drie weken geleden, op dinsdag 22 september, kwam ze niet.", date(2026, 9, 22)),
    ("Volgende week woensdag is er een overleg. Op 1 oktober kwam ze niet.", date(2026, 10, 1)),
    ("Op 5 oktober kwam ze niet. Daags nadien ook niet.", date(2026, 10, 6)),
    ("Op 5 oktober kwam ze niet. Daags erna was het hetzelfde.", date(2026, 10, 6)),
    ("Op 5 oktober kwam ze niet. 's Anderendaags ook niet.", date(2026, 10, 6)),
    ("Op 5 oktober kwam ze niet. De dag daarop ook niet.", date(2026, 10, 6)),
    ("Op 5 oktober kwam ze niet. Een dag later evenmin.", date(2026, 10, 6)),
    ("On 5 October she did not come. The following day she was absent again.", date(2026, 10, 6)),
    ("Op 5 oktober kwam ze niet. Diezelfde dag heb ik de coördinator gemaild.", date(2026, 10, 5)),
    ("Begin september werd hij uitgelachen. Wij kwamen het pas op 8 oktober te weten.", date(2026, 9, 5)),
    ("Begin september werd hij uitgelachen. Het is ons pas op 8 oktober ter ore gekomen.", date(2026, 9, 5)),
    ("Vorige week dinsdag zei de meester iets kwetsends. Sindsdien is hij heel stil geworden.", date(2026, 10, 6)),
    ("Afgelopen week kwam ze niet, op maandag 5 en dinsdag 6 oktober.", date(2026, 10, 6)),
    ("Op 1 oktober sloeg een jongen haar. Hij gaat maandag naar een andere school.", date(2026, 10, 1)),
    ("Eergisteren heeft een jongen haar vastgepakt. Ook vandaag nog kreeg ze berichtjes van hem.", TUE_13_OCT),
])
def test_more_wordings_of_the_round_15_principles(text, want):
    assert day(text) == want


@pytest.mark.parametrize("text,sent,want", [
    ("Op 19 juni kregen we het verslag. Vanaf 1 september mag hij niet meer mee met de klas.", date(2026, 6, 29),
     date(2026, 6, 19)),
    ("Op 2 november kregen we het verslag. Vanaf januari krijgt hij geen leersteun meer.", date(2026, 11, 20),
     date(2026, 11, 2)),
    ("Op 22 september besliste de school dat een traplift te duur is. Het gespreksverslag kregen we pas op "
     "1 oktober.", date(2026, 10, 13), date(2026, 9, 22)),
    ("Op 22 september besliste het MDO dat hij geen extra tijd krijgt. Het PV van het MDO ontvingen we pas op "
     "1 oktober.", date(2026, 10, 13), date(2026, 9, 22)),
    ("van 12 tot 23 januari kreeg ze geen apart lokaal. nu wil ik dit toch officieel melden.", date(2026, 9, 17),
     date(2026, 1, 23)),
])
def test_more_wordings_with_their_own_mail_date(text, sent, want):
    assert day(text, sent) == want
