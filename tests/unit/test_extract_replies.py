"""Staff taking a position on the matter proves it was put to them (replies.py), told with or without 'dat', in the
present or the past: what they cannot do, an excuse of means, what they will do about it. Our own wordings."""
import pytest

from mailbot.extract.contact import informal_step
from mailbot.extract.replies import staff_reply
from mailbot.extract.text import sentences


def done(text: str) -> bool:
    return bool(informal_step(sentences(text)))


@pytest.mark.parametrize("text", [
    # cannot help, 'dat' dropped, present and past, inversion
    "De directeur zei hij kan niets doen.",
    "De directeur zegt dat hij er niets aan kan doen.",
    "de directrice zei dat ze daar niets aan kon doen",
    "De juf zei ons dat ze niets kon doen.",
    "De zorgcoördinator antwoordde dat dat niet mogelijk is.",
    "De leerkracht liet weten dat dit een beslissing van de directie is.",
    # an excuse of means
    "De juf zegt dat de kopieermachine altijd kapot is.",
    "De leerondersteuner zei dat ze te weinig uren heeft.",
    "De coördinator zegt dat er geen budget is voor een extra begeleider.",
    "De directeur zei dat ze onderbezet zijn.",
    "De mentor zegt dat hij het te druk heeft.",
    # what they will do about it
    "De directeur zegt dat ze er werk van zal maken.",
    "De juf zei dat ze het zou uitzoeken.",
    "De zorgjuf zegt dat ze het gaat regelen.",
    "De titularis zei dat hij het zou oplossen tegen maandag.",
    "De meester zegt dat hij het met de directie zal bekijken.",
    # French
    "La titulaire m'a répondu qu'elle n'avait pas le temps.",
    "Le directeur nous a promis une solution.",
])
def test_staff_position_shows_it_was_raised(text):
    assert done(text), informal_step(sentences(text))


@pytest.mark.parametrize("text", [
    # the words are there, but no staff member speaks, or nothing was said about it
    "Mijn zoon zegt dat hij er niets aan kan doen.",
    "Ik denk dat de kopieermachine kapot is.",
    "De printer is al weken kapot.",
    "Ik hoop dat de juf er werk van zal maken.",
    "Ik wil dat de directeur het oplost.",
    "De juf zegt niets.",
    "De directeur heeft nog niet gezegd of hij het zal bekijken.",
    # staff speaking to the class or the child is the event, not an answer to the writer
    "De juf zei tegen de klas dat hij een leugenaar is.",
    "De juf heeft tegen Yasmina gezegd dat de laptop niet meer mag.",
    "Mijn dochter zegt dat de juf te druk is.",
])
def test_no_staff_position(text):
    assert not done(text), informal_step(sentences(text))


def test_a_routine_meeting_keeps_only_replies_proper():
    assert staff_reply("Op het oudercontact zei de juf ons dat hij goed meedoet", routine=True) is None
