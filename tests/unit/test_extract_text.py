"""Cutting a mail into the writer's words and the signature."""
from mailbot.extract.text import split_closing


def test_a_closing_at_the_end_of_a_one_line_mail_is_the_signature():
    main, closing = split_closing("Hallo, ik wil een klacht indienen over de juf. Bel me aub terug. Vriendelijke groeten, Karim")
    assert closing == "Vriendelijke groeten, Karim"
    assert main.endswith("terug.")


def test_a_greeting_inside_a_sentence_is_no_closing():
    text = "Ze gaf hem de groeten van de juf mee. Dat was alles."
    assert split_closing(text)[0] == text
