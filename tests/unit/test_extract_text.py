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
