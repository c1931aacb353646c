"""Round-16 principles outside dates, in wordings of our own, both ways: a word after a first name and a surname
particle is the surname (names.py); a subject line's child word names the child without a possessive (names.py); an
answer received from staff, told with the answer first in a relative clause, proves the matter was put to staff
(replies.py)."""
import pytest

from mailbot.extract.contact import informal_step
from mailbot.extract.names import student_name
from mailbot.extract.text import sentences, split_closing


def name(body, subject="Klacht", sender="Els Peeters"):
    main, closing = split_closing(body)
    return student_name(subject, main, closing, sender)[0]


def done(text: str) -> bool:
    return bool(informal_step(sentences(text)))


BODY = "De begeleider heeft hem voor de hele groep uitgelachen. Hij was erg van slag."


@pytest.mark.parametrize("subject,want", [
    ("leersteun kleinzoon Mattis Van Roy", "Mattis Van Roy"),
    ("klacht - dochter Noor De Smet", "Noor De Smet"),
    ("Betreft: zoon Bavo Van der Linden", "Bavo Van der Linden"),
    ("begeleiding kleindochter Lotte van Roy", "Lotte van Roy"),
    ("Klacht over begeleiding zoon Wout", "Wout"),
    ("Re: leersteun dochter Femke De Wilde", "Femke De Wilde"),
    ("plainte fils Arthur Van Dam", "Arthur Van Dam"),
    ("complaint about my son Tom De Roy", "Tom De Roy"),
])
def test_a_subject_child_word_names_the_child_and_the_word_after_a_particle_is_the_surname(subject, want):
    assert name(BODY + "\n\nGroeten,\nG. Dierckx", subject=subject, sender="G. Dierckx") == want


@pytest.mark.parametrize("body,want", [
    # the child named after a kin word and a particle: the name after 'van' is the child, not a surname
    ("Mama van Roy hier. De begeleider heeft hem uitgelachen.", "Roy"),
    ("Ik ben de mama van Roy en schrijf over de begeleider.", "Roy"),
    # a full name with a capitalised particle in the body keeps the first name as the child
    ("Onze zoon Mattis Van Roy werd uitgelachen door de begeleider.", "Mattis Van Roy"),
    ("mijn dochter Lotte de Roy werd uitgelachen door de begeleider.", "Lotte de Roy"),
])
def test_a_name_after_a_kin_word_and_van_is_still_the_child(body, want):
    assert name(body) == want


@pytest.mark.parametrize("text", [
    "Hieronder het antwoord dat ik vorige week van uw coördinator kreeg. Daar zijn we niet mee geholpen.",
    "Onderaan vindt u de reactie die we van de directeur ontvingen.",
    "Het antwoord dat wij gisteren van de juf gekregen hebben, stelt ons niet gerust.",
    "de reactie die ik van de leerondersteuner kreeg was erg kort",
    "In bijlage het antwoord dat ik van meneer Peeters ontving.",
    "Ik kreeg vorige week van de coördinator een antwoord dat niets oplost.",
    "Wij ontvingen van de directie als antwoord dat het zo blijft.",
    "Below is the answer that I received from the coordinator last week.",
    "Ci-dessous la réponse que j'ai reçue de la coordinatrice.",
])
def test_an_answer_received_from_staff_is_an_informal_step(text):
    assert done(text)


@pytest.mark.parametrize("text", [
    "Het antwoord dat ik van de coördinator nooit kreeg, wacht ik nog steeds af.",
    "Ik wacht nog op het antwoord dat ik van de directeur zou krijgen.",
    "Het antwoord dat mijn zoon van zijn vriend kreeg, was gemeen.",
    "De reactie die hij van de andere kinderen kreeg, deed hem pijn.",
    "Ik heb nog geen antwoord van de coördinator gekregen.",
    "Het antwoord dat we van de juf hoopten te krijgen, kwam er niet.",
])
def test_an_answer_not_received_or_not_from_staff_is_no_step(text):
    assert not done(text)


from mailbot.extract import flags as F  # noqa: E402
from mailbot.extract.text import conditional, negated  # noqa: E402


def handled(text: str) -> bool:
    return bool(F.find(F.PREVIOUSLY_HANDLED, sentences(text), negation=negated, conditional=conditional))


@pytest.mark.parametrize("text", [
    "Mijn formele klacht daarover werd in maart al door uw directie behandeld en afgewezen.",
    "Onze klacht werd vorig jaar in mei door de toenmalige directeur afgehandeld.",
    "die klacht is toen door jullie directie al behandeld geweest",
    "Mijn klacht werd op 3 april door de directie behandeld.",
    "Deze klacht was vorig schooljaar al door de directeur afgehandeld.",
])
def test_a_complaint_handled_before_with_time_agent_and_adverbs_between(text):
    assert handled(text)


@pytest.mark.parametrize("text", [
    "Mijn klacht werd in maart nog altijd niet door uw directie behandeld.",
    "Mijn klacht werd tot nu toe door niemand van uw directie behandeld.",
    "Ik hoop dat mijn klacht deze keer wel door uw directie behandeld wordt.",
    "Mijn klacht is nog nooit door iemand van de directie echt behandeld.",
    "Ik wil graag dat mijn klacht door de directie zelf behandeld wordt.",
])
def test_a_complaint_not_yet_or_only_to_be_handled_is_not_handled_before(text):
    assert not handled(text)


from mailbot.extract.category import categorise  # noqa: E402
from mailbot.procedure import load_procedure  # noqa: E402

DV = load_procedure("divergent")


@pytest.mark.parametrize("text", [
    # a calming place the child may no longer use, in other words and orders
    "Sinds maandag mag Lander op school niet meer naar de rustruimte als het hem te veel wordt.",
    "Hij mag niet meer naar de time-outplek, terwijl dat in zijn plan stond.",
    "Onze dochter kan sinds de herfstvakantie niet meer naar de afkoelruimte van de school.",
    "ze mocht plots niet meer naar het rustlokaal gaan",
    # the school refusing an adjusted timetable, told in a relative clause or plural
    "Hieronder de mail van de school waarin ze weigeren om een aangepast lesrooster toe te staan.",
    "De school van Rune heeft een aangepaste uurregeling voor zijn therapie geweigerd.",
    "de school weigerden een aangepast lesprogramma, zeggen ze",
])
def test_the_schools_measure_withheld_or_refused_is_the_schools_adjustment(text):
    assert categorise(DV, text)[0] == "redelijke_aanpassingen"


@pytest.mark.parametrize("text", [
    # the centre's staff failing the child, a calming place mentioned only in passing
    "De leerondersteuner van jullie centrum komt al drie weken niet opdagen. Lander zit dan in de rustruimte te wachten.",
    "De begeleider van het centrum heeft hem voor de hele groep uitgelachen.",
])
def test_the_centres_own_support_failing_stays_leersteun(text):
    assert categorise(DV, text)[0] == "leersteun"


from mailbot.extract.facts import _is_fact  # noqa: E402


@pytest.mark.parametrize("text", [
    "Het is al lang genoeg geduurd.",
    "Het heeft nu echt lang genoeg geduurd.",
    "Dit duurt al veel te lang.",
    "This has gone on long enough.",
    "Mijn nummer is 0495 61 08 34.",
    "Mijn gsm-nummer is 0470 12 34 56.",
    "gsm: 0470/12.34.56",
    "My phone number is 06 12345678.",
])
def test_exasperation_and_a_phone_number_tell_no_event(text):
    assert not _is_fact(text)


@pytest.mark.parametrize("text", [
    "Het heeft lang genoeg geduurd dat de begeleider niet kwam opdagen.",
    "Dit duurt al te lang: de juf heeft hem weer uitgelachen.",
    "Mijn zoon is 12 jaar en werd door de begeleider uitgelachen.",
    "Op 0495 werd niet opgenomen toen ik belde op 3 maart.",
])
def test_exasperation_or_a_number_beside_an_event_stays_a_fact(text):
    assert _is_fact(text)
