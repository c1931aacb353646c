"""The safety lexicon: what was done to a child, in any inflection and by anyone, and what is only an idiom."""
import pytest

from mailbot.extract.safety import in_danger, safety_evidence
from mailbot.extract.text import sentences


def families(text):
    return {e.rule.split(":")[1] for e in safety_evidence(sentences(text))}


@pytest.mark.parametrize("text,family", [
    ("Een jongen uit groep acht sloeg hem met een stok.", "physical"),
    ("Ze slaat haar bijna elke pauze.", "physical"),
    ("De meester heeft mijn zoon bij zijn arm gegrepen en de gang op gesleurd.", "physical"),
    ("de juf greep hem bij z'n kraag", "physical"),
    ("Hij kneep haar zo hard dat er een blauwe plek op haar bovenarm staat.", "physical"),
    ("Ze hebben haar vastgegrepen en aan haar haren getrokken.", "physical"),
    ("Een klasgenoot heeft hem in zijn hand gebeten.", "physical"),
    ("De invaller heeft onze dochter opgesloten in het lokaal.", "physical"),
    ("Ze schelden hem elke dag uit voor van alles.", "verbal"),
    ("Hij is door de conciërge uitgescholden waar iedereen bij stond.", "verbal"),
    ("Een oudere leerling dreigde dat hij haar na school zou pakken.", "threat"),
    ("Die jongen zei dat ze wel zou zien wat ze zou meemaken.", "threat"),
    ("Een klasgenoot heeft foto's gemaakt en haar gefilmd in de kleedkamer.", "sexual"),
    ("Hij heeft aan haar billen gezeten.", "sexual"),
    ("De stagiair heeft haar ongewenst aangeraakt.", "sexual"),
    ("Ze wordt al maanden buitengesloten en uitgelachen.", "bullying"),
    ("In de groepsapp pesten ze hem.", "bullying"),
    ("Ze maakten opmerkingen over haar huidskleur en noemden haar een aap; dat is racisme.", "discrimination"),
    ("Hij durft niet meer naar school.", "fear"),
    ("Ze is doodsbang voor de gymles.", "fear"),
    ("Hij zegt dat hij niet meer wil leven.", "self_harm"),
    ("Ze heeft zichzelf gesneden.", "self_harm"),
    ("A boy in his class punched him twice.", "physical"),
])
def test_the_lexicon_finds_each_family_in_its_inflections(text, family):
    assert family in families(text)


@pytest.mark.parametrize("text", [
    "Hij is gelukkig niet geslagen, maar het was spannend.",
    "Ze heeft geen blauwe plekken.",
    "Ik ben bang dat de begeleiding te laat komt.",
    "Een duwtje in de rug zou haar goed doen.",
    "Dat argument slaat nergens op.",
    "We wachten al weken op het verslag van het onderzoek.",
    "De begeleidster komt niet opdagen en de sessies vallen weg.",
])
def test_idioms_negations_and_the_parents_worries_are_no_safety(text):
    assert not families(text)


def test_bullying_is_safety_but_only_violence_fear_and_self_harm_are_danger():
    assert not in_danger(safety_evidence(sentences("Hij wordt gepest door twee klasgenoten.")))
    assert in_danger(safety_evidence(sentences("Ze hebben hem tegen de grond gewerkt en geschopt.")))


@pytest.mark.parametrize("text,family", [
    ("De gymleraar stuurde haar berichtjes en wilde een foto van haar in haar ondergoed.", "sexual"),
    ("Hij zei dat het ons geheimpje moest blijven.", "sexual"),
    ("Since the incident our son has refused to go back to school.", "fear"),
    ("She told us she does not want to live anymore.", "self_harm"),
    ("Hij zei gisteren dat hij dood wil.", "self_harm"),
])
def test_grooming_school_refusal_and_self_harm_in_other_words(text, family):
    hits = safety_evidence(sentences(text))
    assert f"safety:{family}" in {e.rule for e in hits}
    assert in_danger(hits)


@pytest.mark.parametrize("text,danger", [
    # fear as a reaction in one past moment is distress, not a child in danger
    ("Tijdens de spreekbeurt raakte hij in paniek en kon hij niet verder.", False),
    ("Bij de toets van vrijdag was ze bang en gaf ze een blanco blad af.", False),
    # panic of one moment, told in any tense, is distress; panic that recurs or keeps the child from school is not
    ("Hij is na tien minuten in paniek de zaal uitgelopen.", False),
    ("Ze heeft nu geen planning meer en raakt in paniek.", False),
    ("Elke maandag is hij in paniek voor de les begint.", True),
    ("Vanochtend weigerde ze in paniek om naar school te gaan.", True),
    # fear that lasts, or keeps the child from school, is
    ("Sindsdien is hij bang om naar de turnles te gaan.", True),
    ("Ze krijgt paniekaanvallen in de klas.", True),
    ("Hij was zo bang dat hij niet meer naar school wilde.", True),
])
def test_a_moment_of_panic_is_distress_but_lasting_fear_is_danger(text, danger):
    assert bool(in_danger(safety_evidence(sentences(text)))) is danger


@pytest.mark.parametrize("text", [
    "Mila raakt compleet in paniek wanneer haar vaste sessie wordt afgezegd.",
    "Hij wordt heel angstig als de planning op het laatste moment verandert.",
])
def test_fear_set_off_by_a_change_of_routine_is_distress_not_danger(text):
    hits = safety_evidence([text])
    assert hits and not in_danger(hits)


@pytest.mark.parametrize("text", [
    "Hij is bang als hij naar school moet.",
    "Ze krijgt paniekaanvallen als de sessie niet doorgaat en wil niet meer naar school.",
])
def test_fear_of_school_stays_danger_whatever_sets_it_off(text):
    assert in_danger(safety_evidence([text]))


@pytest.mark.parametrize("text", [
    # a remark about the child's group (religion, origin) said to or before the child
    'De meester zei in de klas dat "buitenlanders hier niks te zoeken hebben" en keek naar onze zoon.',
    "Tijdens de les maakte de juf een grap over moslims en de hele klas keek naar haar.",
    'De gymleraar riep "jullie soort mensen kan nooit op tijd komen".',
    "Hij krijgt slechtere punten, volgens ons om zijn afkomst.",
    "Ze wordt anders behandeld wegens haar geloof.",
    "Mensen zoals jullie horen hier niet, zei een andere vader op het plein.",
])
def test_a_slight_aimed_at_the_childs_group_is_discrimination(text):
    assert "discrimination" in families(text)


@pytest.mark.parametrize("text", [
    "Ze noemen haar sindsdien 'de stinkerd'.",
    "Hij werd door twee jongens uitgemaakt voor leugenaar.",
    "Een klasgenoot maakte hem uit voor sukkel.",
    'Op het plein wordt hij "dikke" genoemd.',
])
def test_calling_the_child_names_is_verbal_aggression(text):
    assert "verbal" in families(text)


@pytest.mark.parametrize("text", [
    "Ze maken dat soort oefeningen nooit in de klas.",          # "dat soort" is a kind, not people
    "Jouw soort werk is hier welkom, zei de juf tegen de stagiair.",
    "Wij noemen haar thuis gewoon Lotje.",                       # no quotes: a nickname at home
])
def test_a_kind_of_thing_or_a_plain_nickname_is_no_aggression(text):
    assert not families(text) & {"discrimination", "verbal"}


@pytest.mark.parametrize("text", [
    "Ze wil niet meer met de bus naar school.",
    "Sinds vorige week durft hij niet meer alleen naar school.",
    "Hij weigerde vanmorgen met de fiets naar school te gaan.",
])
def test_refusing_school_by_any_means_of_transport_is_danger(text):
    assert in_danger(safety_evidence(sentences(text)))


@pytest.mark.parametrize("text", [
    "Door die fouten dreigt Kato haar leersteun te verliezen.",
    "Hij dreigt te blijven zitten als dit zo doorgaat.",
    "Haar begeleiding dreigt volgend jaar weg te vallen.",
    "Zonder laptop dreigen de examens te mislukken.",
    "She threatens to fail the year without the software.",
])
def test_at_risk_of_a_loss_is_no_threat(text):
    assert "threat" not in families(text)


@pytest.mark.parametrize("text", [
    "Een jongen dreigde hem te slaan na school.",
    "Hij dreigt haar op te wachten bij de poort.",
])
def test_a_person_threatening_harm_stays_a_threat(text):
    assert "threat" in families(text)


@pytest.mark.parametrize("text", [
    "Door de gemiste sessies dreigt Lotte haar achterstand niet meer in te halen.",
    "Mijn zoon dreigt door die fout zijn attest kwijt te raken.",
])
def test_at_risk_of_a_loss_in_longer_word_order_is_no_threat(text):
    assert "threat" not in families(text)


@pytest.mark.parametrize("text", [
    "Die jongen dreigde mijn zoon in elkaar te slaan.",
    "Een oudere leerling dreigt ermee haar foto's te verspreiden.",
])
def test_a_threat_aimed_at_the_child_in_longer_word_order_stays_a_threat(text):
    assert "threat" in families(text)


@pytest.mark.parametrize("text", [
    "Tibo is volledig in paniek geslagen toen hij zonder aankondiging uit de klas werd gehaald.",
    "Ze sloeg in paniek en liep de klas uit.",
    "Hij slaat compleet in paniek als de planning wijzigt.",
    "De juf heeft meteen alarm geslagen bij de zorgcoördinator.",
    "Na de toets is hij aan het huilen geslagen.",
    "De groep is op hol geslagen toen de invaller binnenkwam.",
])
def test_an_idiom_built_on_slaan_hits_nobody(text):
    assert in_danger(safety_evidence(sentences(text))) == []
    assert "physical" not in families(text)


@pytest.mark.parametrize("text", [
    "Hij is door een jongen uit groep acht geslagen.",
    "Een klasgenoot sloeg hem in paniek in zijn gezicht.",
    "Ze werd op de speelplaats geslagen en liep in paniek naar binnen.",
])
def test_a_blow_beside_those_words_stays_violence(text):
    assert "physical" in families(text)
