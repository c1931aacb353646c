"""A parent's reply after the director's answer: does it ask for the next step?"""
import pytest

from mailbot.intent import not_solved


@pytest.mark.parametrize("text", ["Het probleem is nog altijd niet opgelost.", "Ik ben niet tevreden met dit antwoord.",
                                  "Ik ga hiermee verder.", "Wij zijn ontevreden over het gesprek.",
                                  "Ik wil graag een volgende stap zetten.", "Ik ben het er niet mee akkoord."])
def test_not_solved_is_recognised(text):
    assert not_solved(text)


@pytest.mark.parametrize("text", ["Dank u, het is opgelost.", "Prima, ik ben tevreden. Niet nodig om te bellen.",
                                  "Bedankt voor het gesprek van gisteren."])
def test_thanks_is_not_a_request_for_the_next_step(text):
    assert not_solved(text) is None
