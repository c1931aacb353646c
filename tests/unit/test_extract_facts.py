"""What counts as concrete facts: an event told, not a verdict on how things go or a wish to be called."""
import pytest

from mailbot.extract.facts import _is_fact


@pytest.mark.parametrize("sentence", [
    "Wij zijn helemaal niet blij over hoe het de laatste tijd gaat met de begeleiding van onze zoon.",
    "Ik ben het echt niet eens met hoe alles verloopt in de klas van onze dochter.",
    "Wij zouden hier graag eens over in gesprek gaan met de directeur of de zorgjuf.",
    "Kan ik vandaag of morgen een telefoontje krijgen van iemand van de school?",
])
def test_a_verdict_or_a_wish_is_no_fact(sentence):
    assert not _is_fact(sentence)


@pytest.mark.parametrize("sentence", [
    "Ik ben het er niet mee eens dat de juf hem vorige week voor de hele klas heeft uitgelachen.",
    "Wij zijn boos omdat de begeleiding sinds januari zonder uitleg is stopgezet.",
])
def test_a_verdict_with_the_event_it_is_about_keeps_its_facts(sentence):
    assert _is_fact(sentence)


@pytest.mark.parametrize("sentence", [
    "Bij deze wens ik een formele klacht in te dienen tegen uw centrum in verband met de begeleiding van onze dochter Ines.",
    "Ik wil mijn klacht over de ondersteuning van mijn zoon Arne uit het derde leerjaar hierbij officieel maken.",
])
def test_the_filing_act_itself_is_no_fact_however_long(sentence):
    assert not _is_fact(sentence)


@pytest.mark.parametrize("sentence", [
    # a perfect with a double infinitive tells an event, in every word order and with the usual verbs
    "Zijn begeleider is vandaag alweer niet komen opdagen.",
    "De juf is gisteren niet komen helpen bij de toets.",
    "Onze zoon heeft niet mogen meedoen met de uitstap.",
    "Ze is niet mee gaan zwemmen omdat niemand haar wilde begeleiden.",
    "Hij heeft de toets niet kunnen afmaken zonder zijn laptop.",
])
def test_a_perfect_with_a_double_infinitive_is_a_fact(sentence):
    assert _is_fact(sentence)


def test_a_short_mail_with_one_dated_no_show_and_what_followed_has_facts():
    from mailbot.parse import parse_bytes
    from mailbot.procedure import load_procedure
    from mailbot.triage import triage
    raw = ("From: Kristel <k@example.test>\nTo: c@leersteuncentrum.test\nSubject: Lore Vos 4A\n"
           "Date: Thu, 21 May 2026 12:00:00 +0200\n\nDag,\n\nHaar ondersteuner is vandaag weer niet komen opdagen. "
           "Niemand verwittigt ons of de school. Wat gebeurt hier??\n\nKristel\n").encode()
    t = triage(parse_bytes(raw), load_procedure("divergent"))
    assert t.facts.has_facts and t.decision.decision == "admissible"
    assert t.facts.latest_incident.isoformat() == "2026-05-21"


@pytest.mark.parametrize("sentence", [
    # a wish's "dat" says what the writer wants, not why
    "Mijn vrouw en ik zijn erg ontevreden over de begeleiding en we willen dat er iets verandert.",
    "Wij zijn teleurgesteld in de school en we verwachten dat u dit oplost.",
    "Ik ben boos en ik eis dat er iets gebeurt.",
    # the writer introducing themselves
    "Ik ben de plusmama van een jongen die bij jullie leersteun krijgt.",
    "Ik schrijf u als vader van een leerling uit het derde leerjaar.",
    "Wij zijn de grootouders van een meisje dat bij jullie op school zit.",
    # a bare verdict and asking whom to turn to
    "Dit kan zo niet verder.",
    "Zo kan het echt niet langer.",
    "Met wie moet ik hierover spreken?",
    "Bij wie kan ik daarvoor terecht met mijn vragen?",
    "Waar kan ik hiervoor terecht bij jullie?",
])
def test_a_wish_an_introduction_a_verdict_or_whom_to_ask_is_no_fact(sentence):
    assert not _is_fact(sentence)


@pytest.mark.parametrize("sentence", [
    "Ik ben boos omdat de begeleidster drie keer niet kwam opdagen.",
    "Ik ben de moeder van Lien, die gisteren door de juf werd uitgelachen.",
    "Ik schrijf u als vader van een meisje dat vorige week van de trap werd geduwd.",
    # English events: past tense, perfect, progressive
    "A group of older boys has been waiting for her near the bike shed.",
    "One of them grabbed her phone and only gave it back for money.",
    "The teacher took his laptop away in front of the whole class.",
    "They keep calling her names on the playground after school.",
])
def test_what_happened_stays_a_fact(sentence):
    assert _is_fact(sentence)


# Round 14: the writer keeping the facts for a talk, or asking to be reached in any inflection, tells no event.
@pytest.mark.parametrize("sentence", [
    "Ik leg liever mondeling uit waarover het gaat.",
    "Ik vertel het u liever persoonlijk, want het ligt gevoelig.",
    "Wat er precies gebeurd is, wil ik graag telefonisch toelichten.",
    "Ik zou het liever in een gesprek uitleggen dan in een mail.",
    "Gelieve mij zo snel mogelijk te contacteren op 0476 30 92 11, liefst na 17 uur.",
    "Contacteer mij aub op 0470 12 34 56 na 18 uur.",
    "I would rather explain in person what happened to my son.",
])
def test_keeping_the_facts_for_a_talk_is_no_fact(sentence):
    assert not _is_fact(sentence)


@pytest.mark.parametrize("sentence", [
    "De juf heeft mij persoonlijk uitgelachen waar de andere ouders bij stonden.",
    "Ze heeft hem vorige week niet gecontroleerd tijdens de toets, terwijl dat afgesproken was.",
    "Op 3 juni vertelde hij ons dat de begeleider hem had geduwd.",
])
def test_an_event_with_those_words_in_it_stays_a_fact(sentence):
    assert _is_fact(sentence)


@pytest.mark.parametrize("sentence", [
    "U kan mij bereiken op 0470 12 34 56.",
    "Ik ben te bereiken op 0470 12 34 56 na 17 uur.",
    "You can reach me on 0470 12 34 56 after five.",
    "Ik wil dit liever niet per mail uitleggen.",
    "Details geef ik liever mondeling.",
])
def test_how_to_reach_the_writer_is_no_fact(sentence):
    assert not _is_fact(sentence)


@pytest.mark.parametrize("sentence", [
    "de juf heeft hem gisteren voor de hele klas uitgelachen",
    "De begeleidster is al drie weken niet komen opdagen.",
    "de leerondersteuner komt nooit op tijd en vertrekt te vroeg",
    "She was left alone in the corridor for an hour.",
])
def test_events_in_lower_case_or_english_stay_facts(sentence):
    assert _is_fact(sentence)
