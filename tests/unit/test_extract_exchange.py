"""informal_step_done from whole-sentence shapes (exchange.py), read through flags.informal_step as triage does.
Wordings here are our own, not a corpus's."""
import pytest

from mailbot.extract.flags import informal_step
from mailbot.extract.text import sentences


def done(text: str) -> bool:
    return bool(informal_step(sentences(text)))


@pytest.mark.parametrize("text", [
    # a correspondence with staff, named as such
    "In bijlage vindt u mijn mailwisseling met meester Koen over het rapport.",
    "Hieronder ziet u de correspondentie met de zorgcoördinator.",
    "Het e-mailverkeer met de mentor leverde niets op.",
    "Below is my email exchange with the teacher.",
    # a negated act with one person, a contrasted partner from staff
    "Met de klasjuf heb ik nog niet gesproken, wel met de zorgcoördinator.",
    "We hebben nog geen gesprek gehad met de leerkracht, maar wel met de directeur.",
    "Ik heb de titularis niet gebeld; wel met de CLB-medewerker.",
    # the reader answered the writer before
    "Bedankt voor uw antwoord van vorige week, maar het probleem blijft.",
    "Dank u voor uw reactie, maar ik ben het er niet mee eens.",
    "U had ons nochtans verzekerd dat dit niet meer zou gebeuren.",
    "Zoals u mij vorige maand beloofde, zou de begeleiding worden aangepast.",
    # staff telling the writer in inverted order after a fronted adverbial
    "Twee dagen later vertelde de juf ons dat de map kwijt was.",
    "Aan de schoolpoort zei meester Pieter mij dat hij er niets aan kon doen.",
    "Vorige week beloofde de mentor ons een nieuw plan.",
])
def test_an_earlier_exchange_with_staff(text):
    assert done(text), informal_step(sentences(text))


@pytest.mark.parametrize("text", [
    # thanks in advance look forward
    "Alvast bedankt voor uw reactie.",
    "Bij voorbaat dank voor uw antwoord.",
    "Ik hoop op een snelle reactie en dank u voor uw antwoord.",
    # a contrast with no staff, or no contrast at all
    "Met de juf heb ik nog niet gesproken, wel met andere ouders.",
    "Met de juf heb ik nog niet gesproken.",
    # an exchange with others than staff
    "Ik heb een mailwisseling met andere ouders gehad.",
    # the reader telling, or staff telling others
    "Gisteren zei u in de nieuwsbrief dat alles in orde is.",
    "Vorige week vertelde de juf de klas dat de uitstap niet doorgaat.",
])
def test_no_exchange(text):
    assert not done(text), informal_step(sentences(text))


def test_a_plain_not_yet_outweighs_an_answer_read_from_thanks():
    text = "Dank voor uw antwoord op mijn vraag over de uitstap. Over de toets heb ik nog niet met de juf gesproken."
    assert not done(text)


@pytest.mark.parametrize("text,want", [
    # an answer evaluated or dated was received
    ("Ik ben niet tevreden met haar antwoord en leg het daarom aan u voor.", True),
    ("Uw reactie van maandag stelt ons niet gerust.", True),
    ("Jullie antwoord op mijn mail was dat er geen plaats is.", True),
    # one awaited was not
    ("In afwachting van uw reactie op mijn mail.", False),
    ("Ik kijk uit naar uw reactie op mijn vraag.", False),
    ("Ik hoop dat u tevreden bent met mijn antwoord.", False),
    # messages exchanged with staff, told with a verb
    ("Hieronder vindt u de berichten die ik met de juf heb uitgewisseld.", True),
    # another child's parent or the writer's in-laws are no staff
    ("Ik heb de moeder van Emma gebeld.", False),
    ("Ik heb het besproken met mijn schoonmoeder.", False),
    ("We hebben het uitgebreid besproken met de buurvrouw.", False),
])
def test_answers_received_and_partners_who_are_no_staff(text, want):
    assert done(text) is want, informal_step(sentences(text))


@pytest.mark.parametrize("text,want", [
    # the writer's own message to staff, named in a relative clause
    ("Hieronder staat de mail die ik vorige week aan de leerkracht stuurde.", True),
    ("In bijlage het briefje dat we de juf hebben meegegeven.", True),
    ("Onderaan vindt u het bericht dat ik op 3 maart naar de zorgcoördinator heb gestuurd.", True),
    ("Below is the email that I sent to the mentor on Monday.", True),
    # a message to others, or one not sent
    ("Dit is de mail die ik aan mijn advocaat stuurde.", False),
    ("Hier is de brief die ik nooit naar de school gestuurd heb.", False),
])
def test_a_message_the_writer_sent_to_staff_named_in_a_relative_clause(text, want):
    assert done(text) is want, informal_step(sentences(text))


@pytest.mark.parametrize("text,want", [
    # an explanation thanked for was given to the writer: they are answering staff
    ("Bedankt voor de toelichting, maar wij kunnen ons hier niet bij neerleggen.", True),
    ("Dank voor uw uitleg van gisteren.", True),
    ("Thank you for the explanation on Monday.", True),
    ("Merci pour l'explication de mardi.", True),
    ("Alvast bedankt voor de toelichting.", False),
    ("Ik zou graag wat meer toelichting krijgen.", False),
])
def test_an_explanation_thanked_for(text, want):
    assert bool(informal_step(sentences(text))) is want
