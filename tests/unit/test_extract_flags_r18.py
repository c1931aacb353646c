"""Round-18 principles of the informal step and formal, both ways, in the ways Flemish and Netherlands parents,
English and French writers say them. Our own wordings, none taken from a corpus mail."""
import pytest

from mailbot.extract.flags import formal_complaint, informal_step
from mailbot.extract.text import conditional, negated, sentences


def done(text: str) -> bool:
    return bool(informal_step(sentences(text)))


def formal(text: str) -> bool:
    return bool(formal_complaint(sentences(text), negation=negated, conditional=conditional))


@pytest.mark.parametrize("text", [
    # the writer's own message to staff, named with a possessive
    "Hieronder vindt u mijn mail aan de juf van vorige week.",
    "hieronder mijn mailtje naar meester Tom",
    "In bijlage onze brief van 3 maart aan de directie.",
    "Zie mijn bericht van maandag aan de zorgcoördinator.",
    "Below is my email to the teacher from last week.",
    "Vous trouverez ci-dessous mon courriel à la coordinatrice.",
    # staff named before, then as a pronoun calling or answering the writer
    "Ik mailde de coördinator. Zij heeft me de dag erna gebeld.",
    "Ik schreef de leerondersteuner een briefje. De volgende ochtend belde hij me.",
    "Het ging over de juf van het derde leerjaar. Ze heeft mij gisteren teruggebeld.",
    "I wrote to the mentor. She called me back the next day.",
    "J'ai écrit à l'enseignante. Elle m'a rappelée le lendemain.",
    # objections voiced, adverbs between
    "Tijdens het overleg heb ik mijn bezwaren al uitgebreid gegeven.",
    "we hebben onze zorgen meermaals geuit bij de juf",
    "Ik heb mijn bezwaren daar toen ook gegeven.",
    # saying it to someone of staff, or to someone named
    "Ik heb het de juf gisteren gezegd.",
    "Ik heb dit al twee keer aan Kris zelf gezegd.",
    "ik heb het tegen meester Jan gezegd",
    "I told the teacher on Monday.",
    # a hard-wrapped line cut before a name
    "Op 3 mei heb ik uw coördinator, mevrouw Anja\nVermeulen, aan de telefoon gehad.",
])
def test_step_done(text):
    assert done(text)


@pytest.mark.parametrize("text", [
    # a message still to come, or one never answered
    "Ik zal mijn mail aan de juf morgen versturen.",
    "In mijn volgende mail aan de juf zal ik het vragen.",
    "Hieronder mijn mail aan de leerondersteuner. Er is nooit op geantwoord.",
    "mijn mail aan de directie bleef onbeantwoord",
    # the pronoun is the child, or the call never came
    "Mijn dochter was ziek. Ze belde me vanuit de klas.",
    "Het gaat over de coördinator van het centrum. Ze heeft me nog niet teruggebeld.",
    "Het gaat over de coördinator van het centrum. Zij zou me bellen.",
    "She called me back.",
    # saying with no listener of staff
    "Ik heb gezegd dat ik u zou schrijven.",
    "Ik heb tegen mijn dochter gezegd dat ik de school zou mailen.",
    "ik heb het aan de buurvrouw gezegd",
    "We hebben gezegd dat we het zouden laten weten.",
    # other parents are not the writer's side
    "Een van die mama's vertelde me dat de juf had gezegd dat hij lastig is.",
    "Andere papa's hebben het al met de juf besproken.",
    # a formal complaint's handling is not the informal step
    "U hebt die klacht behandeld en mij per brief geantwoord dat er een gesprek met de medewerker heeft plaatsgevonden.",
    "In uw antwoord op mijn klacht schreef u dat er een gesprek met de leerkracht was geweest.",
    "Mijn klacht werd onderzocht; er was een overleg met de begeleider, zei u ons.",
    "My complaint was investigated and you told us the teacher had a meeting about it.",
])
def test_no_step(text):
    assert not done(text)


@pytest.mark.parametrize("text", [
    "Ik wens bij u, als directeur, een klacht in te dienen over de leerondersteuner.",
    "Ik wil bij de directie een klacht indienen.",
    "Hierbij wil ik bij de directeur klacht indienen over de begeleiding.",
    "Je souhaite que cette plainte soit enregistrée officiellement.",
    "Ik vraag dat mijn klacht officieel geregistreerd wordt.",
    "I want this complaint to be officially registered.",
    "Please make sure my complaint is formally recorded.",
])
def test_formal(text):
    assert formal(text)


@pytest.mark.parametrize("text", [
    "Als er niets verandert, zal ik bij de directeur een klacht indienen.",
    "Ik wil nog geen klacht bij de directie indienen.",
    "Je ne veux pas que cette plainte soit enregistrée officiellement.",
    "Ik wil niet dat mijn klacht officieel geregistreerd wordt.",
    "Misschien dien ik later bij de directeur een klacht in.",
])
def test_not_formal(text):
    assert not formal(text)
