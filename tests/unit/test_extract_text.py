"""Cutting a mail into the writer's words and the signature."""
import pytest

from mailbot.extract.text import sentences, split_closing


def test_a_closing_at_the_end_of_a_one_line_mail_is_the_signature():
    main, closing = split_closing("Hallo, ik wil een klacht indienen over de juf. Bel me aub terug. Vriendelijke groeten, Karim")
    assert closing == "Vriendelijke groeten, Karim"
    assert main.endswith("terug.")


def test_a_greeting_inside_a_sentence_is_no_closing():
    text = "Ze gaf hem de groeten van de juf mee. Dat was alles."
    assert split_closing(text)[0] == text


@pytest.mark.parametrize("text,want", [
    ("Ik heb dat al gezegt tegen de juf.", "Ik heb dat al gezegd tegen de juf."),
    ("We hebben het gevraagt en gemeldt.", "We hebben het gevraagd en gemeld."),
    ("Ik heb de school opgebelt.", "Ik heb de school opgebeld."),
    # correct present tenses stay as written
    ("De juf overlegt met de directeur.", "De juf overlegt met de directeur."),
    ("Hij belooft beterschap en zegt dat het goed komt.", "Hij belooft beterschap en zegt dat het goed komt."),
])
def test_a_dt_slip_in_a_participle_is_read_as_meant(text, want):
    assert sentences(text) == [want]


# Round 14: the writer's own earlier mail further down a quoted exchange they point to is theirs, dated by its header;
# the staff answer in between is not read, and without the pointer the quoted thread stays unread.
_THREAD = """From: Sanne Kuipers <sanne@example.test>
To: directeur@school.test
Subject: RE: Gym
Date: Fri, 13 Nov 2026 20:15:00 +0100
Content-Type: text/plain; charset=utf-8

Geachte directeur,

{pointer}Onze zoon Bram moet voortaan op de bank zitten.

Groet,
Sanne Kuipers

Van: Ilse Verhoef <ilse@school.test>
Verzonden: donderdag 12 november 2026 16:02
Aan: Sanne Kuipers <sanne@example.test>
Onderwerp: RE: Gym

Het team houdt vast aan dit besluit.

Van: Sanne Kuipers <sanne@example.test>
Verzonden: dinsdag 10 november 2026 18:40
Aan: Ilse Verhoef <ilse@school.test>
Onderwerp: Gym

Bram moest vandaag de hele gymles op de bank zitten. Waarom?
"""


@pytest.mark.parametrize("pointer", ["Zie de mails hieronder. ", "Hieronder ziet u het mailcontact met de juf. ",
                                     "Onderstaande mailwisseling spreekt voor zich. ", "Please see the emails below. "])
def test_the_writers_own_earlier_mail_below_a_pointer_is_read_with_its_own_date(pointer):
    from datetime import date

    from mailbot.extract.text import mail_text
    from mailbot.parse import parse_bytes
    text = mail_text(parse_bytes(_THREAD.format(pointer=pointer).encode()))
    own = [(s, b) for s, b in zip(text.sentences, text.bases) if "gymles" in s]
    assert own and own[0][1] == date(2026, 11, 10)
    assert not any("houdt vast" in s for s in text.sentences)


def test_without_a_pointer_the_quoted_thread_stays_unread():
    from mailbot.extract.text import mail_text
    from mailbot.parse import parse_bytes
    text = mail_text(parse_bytes(_THREAD.format(pointer="").encode()))
    assert not any("gymles" in s for s in text.sentences)


# A closing formula is a short line with only a signature below it; a line that starts like one but runs on, or a
# short thanks that opens the mail above its paragraphs, is the writer's text.
_PARAGRAPHS = ("Vandaag heeft Jasper de training met de voorleessoftware nog steeds niet gehad, terwijl de examens "
               "over anderhalve week beginnen.\n\nDe leerondersteuner is op woensdag 27 mei niet komen opdagen voor "
               "de afgesproken examenplanning en Jasper heeft een uur zitten wachten.")


@pytest.mark.parametrize("opening", [
    "Dank u voor uw antwoord, maar het stelt mij helemaal niet gerust. U schrijft dat het zo snel mogelijk gebeurt.",
    "Namens mijn vrouw en mezelf wil ik formeel klacht indienen over het IAC-verslag van onze zoon Jasper.",
    "namens mijn man en ikzelf dien ik een klacht in over de begeleiding van onze dochter op school.",
    "Dank u wel voor uw reactie van gisteren, maar ik ben het er helemaal niet mee eens wat u schrijft.",
    "Bedankt voor uw mail. Toch wil ik nog eens duidelijk maken wat er precies is gebeurd met onze zoon.",
    "Groeten aan de juf heeft hij nooit meer willen doen sinds zij hem voor de hele klas heeft uitgelachen.",
    "Dank u voor uw antwoord.",
    "dank u voor de snelle reactie",
    "Alvast bedankt voor het lezen.",
    "Namens mijn vrouw en mezelf:",
    "Hoogachtend begin ik deze brief, want ik ben kwaad.",
    "Thank you for your reply, but it does not reassure me at all because nothing has changed since.",
    "Kind regards to the teacher were never passed on, and that is the least of my worries right now.",
])
def test_a_line_that_opens_the_mail_like_a_closing_keeps_the_mail_below(opening):
    main, closing = split_closing(f"Beste meneer,\n\n{opening}\n\n{_PARAGRAPHS}\n\nKoen Moens")
    assert "Jasper heeft een uur zitten wachten" in main
    assert "examenplanning" not in closing


@pytest.mark.parametrize("closing_line", [
    "Met vriendelijke groeten,", "Vriendelijke groet", "met vriendelijke groet", "Groetjes", "Hartelijke groeten,",
    "Hoogachtend,", "Mvg", "Kind regards,", "Cordialement,", "Alvast bedankt voor uw antwoord,",
    "Dank u wel en een fijne dag.", "Namens de ouderraad van Basisschool De Klaproos",
    "Je vous prie d'agréer, Madame la Directrice, l'expression de mes salutations distinguées.",
    "Alvast bedankt om dit allemaal te lezen,", "Verzonden vanaf mijn iPhone",
])
def test_a_short_closing_above_a_signature_stays_the_closing(closing_line):
    sig = "Koen Moens\nKerkstraat 12, 9000 Gent\n0494 12 34 56\nDit bericht is vertrouwelijk en enkel bestemd voor de geadresseerde van dit bericht."
    main, closing = split_closing(f"Beste meneer,\n\n{_PARAGRAPHS}\n\n{closing_line}\n{sig}")
    assert closing.startswith(closing_line) and "Koen Moens" in closing
    assert main.rstrip().endswith("zitten wachten.")
