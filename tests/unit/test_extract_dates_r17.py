"""Round 17: a mark out of ten is no date, "vorig jaar" dates only its own clause, and a partner's forwarded mail is
the household's own words. Each principle in several wordings, both ways."""
from datetime import date

import pytest

from mailbot.extract.datephrases import day_dates, month_dates
from mailbot.extract.text import mail_text
from mailbot.parse import parse_bytes

SENT = date(2026, 11, 24)


@pytest.mark.parametrize("text", [
    "Ook deze week had hij twee toetsen op papier en hij heeft 3/10 en 2/10.",
    "Hij haalde amper 4/10 voor zijn toets wiskunde.",
    "Ze kreeg een 5/10 op het dictee, terwijl ze alles geleerd had.",
    "Voor lezen scoorde hij 6/10 en voor spelling 4/10.",
    "Met 3/10 voor de toets moet hij nu bijles volgen.",
    "Hij heeft slechts 2/10 gehaald.",
])
def test_a_mark_out_of_ten_is_no_day_of_october(text):
    assert [d for d, _ in day_dates(text, SENT) if d.month == 10] == []


@pytest.mark.parametrize("text,want", [
    ("Op 3/10 kwam de begeleidster niet opdagen.", date(2026, 10, 3)),
    ("Sinds 3/10 zit hij thuis.", date(2026, 10, 3)),
    ("Op 4/10 voor de speeltijd werd hij geduwd.", date(2026, 10, 4)),
    ("De sessie van 12/10 werd afgezegd.", date(2026, 10, 12)),
    ("Op maandag 5/10 gebeurde het opnieuw.", date(2026, 10, 5)),
])
def test_a_day_written_as_day_slash_ten_stays_a_date(text, want):
    assert [d for d, _ in day_dates(text, SENT)] == [want]


@pytest.mark.parametrize("text,want", [
    # "vorig jaar" in another clause leaves the date in this year
    ("In het verslag van 6 november staat dat hij dyscalculie heeft, terwijl hij vorig jaar dyslexie had.",
     date(2026, 11, 6)),
    ("Op 2 oktober werd ze uitgelachen, maar vorig jaar was dat ook al zo.", date(2026, 10, 2)),
    ("De sessie van 9 november viel weg; vorig schooljaar gebeurde dat nooit.", date(2026, 11, 9)),
    ("On 3 November she was sent out, because last year the teacher had no problem with it.", date(2026, 11, 3)),
    # in the date's own clause it still sends it back a year, also across a comma
    ("Vorig jaar, op 12 mei, werd hij geslagen.", date(2025, 5, 12)),
    ("Op 9 oktober vorig jaar noemde ze haar dom.", date(2025, 10, 9)),
    ("Het verslag van vorig schooljaar, gedateerd 20 juni, klopt niet.", date(2025, 6, 20)),
])
def test_vorig_jaar_dates_only_the_clause_it_stands_in(text, want):
    assert [d for d, _ in day_dates(text, SENT)] == [want]


def test_a_month_named_beside_vorig_jaar_in_another_clause_stays_this_year():
    got = month_dates("In november vorig jaar las ze het verslag, maar in september kwam ze niet.", SENT)
    assert [d for d, _ in got] == [date(2025, 11, 15), date(2026, 9, 15)]


_FORWARD = """From: Karim Haddou <karim@example.test>
To: directie@centrum.test
Subject: Fwd: sessie Ilias
Date: Wed, 30 Sep 2026 20:00:00 +0200
Content-Type: text/plain; charset=utf-8

Geachte directie,

{intro}

---------- Forwarded message ---------
Van: Nadia Haddou <nadia@example.test>
Date: ma 21 sep 2026 om 19:02
Subject: sessie
To: begeleider@centrum.test

Vandaag, maandag 21 september, kwam Ilias thuis met het verhaal dat u hem uit de sessie hebt gestuurd.

Nadia
"""


@pytest.mark.parametrize("intro", [
    "Hieronder vindt u de mail die mijn vrouw vorige week naar de leerondersteuner stuurde.",
    "Ik stuur u de mail door van mijn echtgenote, waarop we nooit antwoord kregen.",
    "Mijn partner schreef onderstaande mail, maar er kwam geen reactie.",
    "Below is the message from my wife to the support worker.",
    "Onze klacht staat in het bericht van mijn man hieronder.",
])
def test_a_partners_forwarded_mail_is_read_as_the_households_own_words(intro):
    text = mail_text(parse_bytes(_FORWARD.format(intro=intro).encode()))
    assert any("uit de sessie hebt gestuurd" in s for s in text.sentences)


@pytest.mark.parametrize("intro", [
    "Hieronder het antwoord van de leerondersteuner, dat ik niet aanvaard.",
    "Ik stuur u de mail door die ik van de school kreeg.",
])
def test_a_forwarded_mail_of_someone_else_stays_unread(intro):
    text = mail_text(parse_bytes(_FORWARD.format(intro=intro).encode()))
    assert not any("uit de sessie hebt gestuurd" in s for s in text.sentences)
