"""Round-17 shapes of the informal step (contact.py, writer.py), both ways, in the ways Flemish and Netherlands
parents, grandparents, English and French writers say them. Our own wordings, none taken from a corpus mail."""
import pytest

from mailbot.extract.flags import informal_step
from mailbot.extract.text import sentences


def done(text: str) -> bool:
    return bool(informal_step(sentences(text)))


@pytest.mark.parametrize("text", [
    # telling or passing it on to staff, a name set off by commas between
    "Ik heb het bij het ophalen meteen aan de juf, juf Sien, verteld.",
    "ik heb het diezelfde dag aan zijn mentor, meneer Claes, verteld",
    "We hebben het aan de leerkracht van Tuur, mevrouw Peeters, doorgegeven.",
    # talking it over with several partners, commas and names between
    "Diezelfde avond heb ik het er met haar en met de coördinator, mevrouw Baert, over gehad.",
    "We hebben het daar vorige week uitgebreid met de juf en de directeur over gehad.",
    "k heb het er gisteren nog met meester Jan over gehad",
    # sitting down with staff
    "Ik heb vorige week nog met de klasjuf en de zorgcoördinator gezeten.",
    "We hebben met de directie samengezeten, zonder resultaat.",
    # protesting where it was decided
    "Wij hebben op dat overleg meteen tegen geprotesteerd.",
    "Op het MDO protesteerden we meteen.",
    "We objected at the meeting straight away.",
    # asking staff about it, either word order
    "Toen ik er vrijdag naar vroeg, zei de juf dat het een grapje was.",
    "Ik vroeg de leerondersteuner waarom de sessie niet doorging.",
    "Maandag vroegen we de directeur of dat klopte.",
    # looking back on a talk with staff
    "Na een gesprek met jullie coördinator kreeg hij een andere begeleider.",
    "Sinds het overleg met de zorgcoördinator is er niets veranderd.",
    # a grandparent writes: their own son or daughter is the child's parent
    "Ik ben de oma van Fien. Mijn dochter heeft het aan de nieuwe begeleidster gevraagd.",
    "Ik ben de grootvader van Lowie. Mijn zoon heeft op 3 maart met de coördinator gebeld.",
    "Mijn dochter heeft met de juf gesproken.\n\nGroeten,\nAnnie (oma van Mats)",
    "I am Tom's grandmother. My daughter has spoken to the teacher twice.",
])
def test_step_taken(text):
    assert done(text)


@pytest.mark.parametrize("text", [
    # a parent's 'mijn dochter' is the child, not the family acting
    "Mijn dochter heeft het aan de juf gevraagd.",
    "Mijn zoon heeft met de juf gesproken over zijn toets.",
    # a wish told as an unreal past
    "Graag had ik hierover zo snel mogelijk een gesprek gehad.",
    "Ik had liever eerst met de juf gesproken.",
    "We hadden graag met de directeur gepraat.",
    # the contact reached nobody there
    "Ik heb vandaag naar het CLB gebeld om het te bespreken, maar de mevrouw van het dossier was er niet.",
    "Ik heb de coördinator gebeld, maar ze was niet bereikbaar.",
    "Ik heb naar school gebeld maar kreeg alleen de voicemail.",
    # reached staff for another matter, kept this one back
    "Ik heb de juf vanochtend gebeld om hem ziek te melden, maar ik heb haar niet verteld waarom.",
    "Ik heb de mentor gemaild dat ze thuisblijft, zonder te zeggen waarom.",
    # silent at the meeting, nothing since
    "Op het oudercontact zei de juf dat we beter niet te veel verwachten. Ik was te boos om iets te zeggen.",
    "Op het overleg zei de CLB-medewerker dat het niet in verhouding staat. Ik heb niet gereageerd.",
    # not asking: wondering, or the adverb
    "Ik vroeg me af of dat wel mag.",
    "Julia ontbijt soms in de auto omdat we vroeg weg moeten.",
    "We vroegen ons echt af wat er aan de hand was.",
])
def test_no_step(text):
    assert not done(text)
