"""The director's commands, as a director would type them in a reply."""
import pytest

from mailbot.commands import Command, help_text, parse_command


@pytest.mark.parametrize("body,name", [("#akkoord", "akkoord"), ("#Akkoord\n", "akkoord"), ("  #sluiten.", "sluiten"),
                                       ("#heropen\n\nGroeten", "heropen"), ("# akkoord", "akkoord"),
                                       ("#doorverwijzen", "doorverwijzen"), ("#OK", "akkoord")])
def test_a_command_on_the_first_line_is_read(body, name):
    assert parse_command(body).name == name


def test_akkoord_followed_by_an_edited_text_keeps_that_text():
    cmd = parse_command("#akkoord\n\nBeste mevrouw,\n\nWij verwijzen u naar het CLB.\n")
    assert cmd == Command("akkoord", "", "Beste mevrouw,\n\nWij verwijzen u naar het CLB.")


def test_info_carries_its_question_on_the_same_line_or_below():
    assert parse_command("#info Welke dag was dat precies?").argument == "Welke dag was dat precies?"
    assert parse_command("#info\nIn welke klas zit hij?").argument == "In welke klas zit hij?"


@pytest.mark.parametrize("body", ["Ik bel de ouder morgen. #akkoord", "akkoord", "", "#vakantie tot maandag",
                                  "Dank u.\n#sluiten"])
def test_text_that_is_not_a_command_on_the_first_line_is_no_command(body):
    assert parse_command(body) is None


def test_the_help_lists_every_command():
    text = help_text()
    for word in ("#akkoord", "#sluiten", "#heropen", "#doorverwijzen", "#info"):
        assert word in text
