"""More shapes of the writer's side taking it up with staff (contact.py), in the ways Flemish and Netherlands parents,
non-native and French writers say it, both ways. Our own wordings, none taken from a corpus mail."""
import pytest

from mailbot.extract.flags import informal_step
from mailbot.extract.text import sentences


def done(text: str) -> bool:
    return bool(informal_step(sentences(text)))


@pytest.mark.parametrize("text", [
    # going to staff: a movement verb towards a staff member, perfect or simple past, any word order
    "Ik ben naar de directeur van de school gegaan.",
    "ik ben gisteren nog naar de juf gegaan",
    "We zijn meteen naar de klasleerkracht gestapt.",
    "Ik ben zelf naar de zorgcoördinator toe gegaan.",
    "Daarna zijn we naar de directie geweest.",
    "Vorige week ging ik naar de mentor.",
    "Na school liep ik even binnen bij de juf.",
    "Mijn vrouw is bij de directeur langsgegaan.",
    "We stapten de volgende ochtend naar de directrice.",
    "Ik ben naar de school gestapt.",
    # the family as the one who acted (the writer's partner, in-laws, the child's other parent, grandparents)
    "Mijn schoonzoon heeft dezelfde middag met juf Marloes gesproken.",
    "Zijn vader heeft het bij de mentor aangekaart.",
    "Haar mama heeft de juf opgebeld.",
    "Mijn schoondochter heeft het gemeld bij de leerkracht.",
    "Oma heeft het de juf al verteld.",
    "Mijn ex heeft er met de directeur over gesproken.",
    "Mijn zwager heeft daar maandag met de juf over gepraat.",
    # a chronology entry: a date, then a talk with staff, no verb
    "29 september: telefonisch overleg met mevrouw Deprez.",
    "- 3 oktober: gesprek met de klasleerkracht en de zorgcoördinator.",
    "12/10 - overleg met juf Ann over de planning.",
    "Maandag 5 oktober: gesprek met de directie.",
    # French acts
    "J'ai encore téléphoné à la collaboratrice du CLB mardi dernier.",
    "Nous avons rencontré l'enseignante la semaine passée.",
    "J'ai écrit au directeur il y a deux semaines.",
    "Nous avons appelé le CLB à plusieurs reprises.",
])
def test_contact_in_more_shapes(text):
    assert done(text), informal_step(sentences(text))


@pytest.mark.parametrize("text", [
    # going somewhere else, or only planning to
    "Ik ben naar de huisarts gegaan.",
    "We zijn naar de politie gestapt.",
    "Ik ga morgen naar de directeur.",
    "Ik wil naar de directeur gaan.",
    "Ik ben nog niet naar de juf gegaan.",
    "Mijn zoon is naar de juf gegaan om te vragen of hij naar het toilet mocht.",
    "Ze is naar school gegaan zoals altijd.",
    "Ik ben vanmorgen naar school gegaan om hem op te halen.",
    # the family acting towards others, or staff acting on the family
    "Mijn schoonzoon heeft met een advocaat gesproken.",
    "Zijn vader heeft het met de grootouders besproken.",
    "Oma heeft ons gebeld.",
    "Mijn zus heeft het met haar buurvrouw besproken.",
    "Mijn zoon heeft het zelf aan zijn vriendjes verteld.",
    # a chronology entry still to come
    "20 oktober: gesprek met de directeur gepland.",
    "Volgende week: overleg met de zorgjuf.",
    # French: still to do, or not done
    "Je vais téléphoner au directeur demain.",
    "Je n'ai pas encore écrit à l'enseignante.",
    "L'école m'a appelé pour dire qu'il était malade.",
    # nobody talked to yet: an earlier request with no staff partner is no step
    "Wij hadden gevraagd dat er een extra begeleider meegaat. Wij hebben nog met niemand van de school gesproken.",
    "We hebben gevraagd of ze mocht deelnemen. We hebben er nog met niemand over gepraat.",
])
def test_no_contact_in_those_shapes(text):
    assert not done(text), informal_step(sentences(text))


def test_a_named_staff_act_still_counts_beside_nobody_else():
    text = "Ik heb het aan juf Els gevraagd. Met niemand van de directie heb ik nog gesproken."
    assert done(text)


@pytest.mark.parametrize("text,want", [
    # staff announcing their assessment at the meeting is the decision complained about, not the parents' step
    ("Op het overleg met de school hebben ze ons gezegd dat een eigen begeleider disproportioneel is.", False),
    ("Tijdens het gesprek met het CLB zeiden ze dat die aanpassing niet haalbaar is.", False),
    ("Op het MDO werd ons verteld dat onze vraag afgewezen is.", False),
    ("Op het overleg met de school heb ik gezegd dat die beslissing onredelijk is.", True),
    # French negation around the act
    ("Je n'en ai encore parlé à personne.", False),
    ("Je ne l'ai pas encore signalé à l'enseignante.", False),
    ("Je n'ai jamais téléphoné au directeur.", False),
    ("J'en ai parlé à l'enseignante lundi.", True),
])
def test_announced_assessment_and_french_negation(text, want):
    assert done(text) is want, informal_step(sentences(text))
