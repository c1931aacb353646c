"""previously_handled beyond the corpus: a complaint handled told in the active voice by whoever handled it, in any
tense of the past and in a subordinate clause, in Dutch, English and French; and the same matter brought again as a
complaint, whichever word the writer uses for 'the same matter'. Both ways; our own wordings."""
import pytest

from mailbot.extract import flags as F
from mailbot.extract.text import conditional, negated, sentences


def handled(text: str) -> bool:
    return bool(F.find(F.PREVIOUSLY_HANDLED, sentences(text), negation=negated, conditional=conditional))


@pytest.mark.parametrize("text", [
    # the handling told in the active voice, whatever follows it
    "Uw centrum heeft die klacht toen behandeld en mij in april geantwoord dat het zou veranderen.",
    "De klachtencommissie heeft mijn klacht in mei onderzocht.",
    "Jullie hebben onze klacht vorig jaar afgehandeld, maar er is niets veranderd.",
    "de directeur had mijn klacht in januari al behandeld",
    "In maart heeft u die klacht behandeld.",
    "Die klacht heeft uw centrum toen afgehandeld.",
    # in a subordinate clause, verb last
    "Het gaat over de klacht die u in maart behandeld hebt.",
    "Het is dezelfde klacht die jullie vorig schooljaar afgehandeld hebben.",
    # the same matter brought again as a complaint
    "Ik dien dus opnieuw een formele klacht in over hetzelfde probleem.",
    "Over hetzelfde probleem dien ik nogmaals een klacht in.",
    "Ik dien terug klacht in voor dezelfde feiten.",
    "Hierbij dien ik andermaal een klacht in over dezelfde kwestie.",
    "Voor dezelfde zaak dien ik nog eens klacht in.",
    # English and French
    "The centre handled my complaint in April.",
    "You dealt with this complaint last year.",
    "Vous avez déjà traité ma plainte en mars.",
    "Ma plainte a été traitée en avril.",
])
def test_handled_before(text):
    assert handled(text)


@pytest.mark.parametrize("text", [
    # asked, not yet, or never handled
    "Hebben jullie mijn klacht al behandeld?",
    "Niemand heeft mijn klacht ooit behandeld.",
    "Uw centrum heeft mijn klacht nog niet behandeld.",
    "Ik vraag dat u mijn klacht behandelt.",
    "Ik hoop dat de commissie mijn klacht snel behandeld.",
    "U heeft mijn klacht nooit afgehandeld.",
    # a first complaint, or the word 'again' about something else
    "Het probleem is opnieuw opgedoken; ik dien een klacht in.",
    "Ik dien een klacht in. Het gaat opnieuw over hetzelfde kind.",
    "Als het weer gebeurt, dien ik opnieuw een klacht in over hetzelfde probleem.",
    "Ik heb mijn klacht over hetzelfde probleem nog niet ingediend.",
    "Ma plainte n'a pas encore été traitée.",
    "Nobody has handled my complaint yet.",
])
def test_not_handled_before(text):
    assert not handled(text)
