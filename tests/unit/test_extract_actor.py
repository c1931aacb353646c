"""Who did what the parent complains about: the centre's staff, the school, or a weighing of the measure."""
import pytest

from mailbot.extract.actor import CENTRE, SCHOOL, acts, assessment, complained_about, praised
from mailbot.extract.category import categorise
from mailbot.procedure import load_procedure
from mailbot.extract.text import sentences

DV = load_procedure("divergent")


def actors(text: str) -> list[str]:
    return [a.actor for a in acts(text.split("\n"))]


@pytest.mark.parametrize("text,want", [
    # the subject of the withholding act, even after a time phrase ("Gisteren heeft de ... ")
    ("Gisteren heeft de leerondersteuner Lotte haar toets laten maken zonder extra tijd.", [CENTRE]),
    # the agent of a modal: 'mag niet meer van de directeur'
    ("Sinds maandag mag hij niet meer naar de rustruimte van de directeur.", [SCHOOL]),
    # a compound teacher word is the school's staff, also as the agent with its article ('van de vakleerkracht')
    ("Sinds de herfstvakantie mag ze haar tablet van de vakleerkracht niet meer gebruiken.", [SCHOOL]),
    ("De klasleerkracht geeft haar geen extra tijd meer.", [SCHOOL]),
    # a pronoun in a main clause continues the actor of the act before; staff after 'bij' are only the place
    ("De begeleidster gaf Jan geen laptop.\nDaarna heeft ze zijn boek bij de klasleerkracht laten weghalen.",
     [CENTRE, CENTRE]),
    # a subordinate clause's pronoun is the child, not the staff member
    ("De zorgjuf weigerde de koptelefoon.\nHij zegt dat hij niet meer naar school wil.", [SCHOOL]),
    # proposals, bystanders and the writer are no actors of a complained-about act
    ("De leerondersteuner had voorgesteld dat Stan mondeling toelicht wat hij niet kan opschrijven.", []),
    ("De school werd niet verwittigd en wij ook niet.", []),
    ("Jullie begeleider wist van niets.", []),
    ("Wij waren niet op die klassenraad.", []),
    # a talk with staff that yielded nothing is the writer's step, not the staff's act
    ("Een gesprek met de leerondersteuner en de zorgcoördinator van de school leverde niets op.", []),
    # staff after a preposition and an adjective are the receiver, not the actor; a bracketed aside does not end the
    # clause whose subject is before it
    ("Op 2 oktober heeft de begeleidster het verslag (met de afspraken voor toetsen) niet aan de nieuwe titularis "
     "bezorgd.", [CENTRE]),
    ("De leerondersteuner gaf de info niet door aan haar vorige klasleerkracht.", [CENTRE]),
    ("The support teacher did not pass the plan on to her new teacher.", [CENTRE]),
    ("De zorgjuf (die nieuw is) gaf hem geen extra tijd.", [SCHOOL]),
])
def test_the_actor_is_the_subject_of_the_withholding_act(text, want):
    assert actors(text) == want


def test_a_weighing_of_the_measure_is_an_assessment_not_a_refusal():
    text = "Het CLB en de school beslisten dat een tolk niet in verhouding staat tot de kosten."
    assert assessment([text])
    assert actors(text) == []
    assert assessment(["Die inschatting van de school klopt niet."])
    assert not assessment(["De school weigert de laptop."])


def test_praise_of_the_centre_is_not_a_complaint_about_it():
    assert praised(["De begeleiding van jullie is wel goed."], CENTRE)
    assert not praised(["De begeleiding van jullie is niet goed."], CENTRE)


@pytest.mark.parametrize("text,want", [
    ("Vorige week liet de leerondersteuner Ayoub zijn taaltoets maken zonder voorleessoftware, "
     "terwijl dat in zijn plan staat.", "leersteun"),
    ("Met de school was afgesproken dat Noor een time-out mag nemen. Sinds de vakantie mag dat niet meer van de "
     "directeur. Jullie begeleiding is wel goed.", "redelijke_aanpassingen"),
    ("De school heeft beslist dat een aangepaste opdracht onredelijk is voor de leerkrachten. "
     "Die afweging klopt niet.", "proportionaliteit"),
])
def test_the_category_follows_the_actor_and_what_is_disputed(text, want):
    assert categorise(DV, text.replace(". ", ".\n"))[0] == want


def test_staff_who_do_not_know_are_bystanders():
    assert actors("De school weet ook niet waarom.") == []
    assert actors("The headteacher didn't know either.") == []


@pytest.mark.parametrize("text,want", [
    # the party the writer names as the one complained about outweighs a teacher in the same story
    ("Ik ben ontevreden over de leerondersteuner. Ze komt vaak te laat en de leerkracht kan haar lessen niet "
     "geven zoals gepland.", "leersteun"),
    ("I want to complain about the school. They do not give him the extra time that was agreed.",
     "redelijke_aanpassingen"),
    # 'ontevreden over' is no praise of the centre
    ("Wij zijn ontevreden over de begeleiding. De sessies gaan niet door.", "leersteun"),
])
def test_the_party_the_writer_complains_about(text, want):
    assert categorise(DV, text.replace(". ", ".\n"))[0] == want


@pytest.mark.parametrize("text,want", [
    # a burden on the child is no weighing of the school's burden
    ("De begeleidster zegt dat de oefeningen te zwaar zijn voor hem. Ze komt ook vaak niet.", "leersteun"),
    ("De school vindt een aparte toetsruimte te zwaar voor de leerkrachten. Dat klopt niet.", "proportionaliteit"),
    ("The school says a personal assistant would be too costly for the school.", "proportionaliteit"),
])
def test_the_burden_weighed_is_the_schools(text, want):
    assert categorise(DV, text.replace(". ", ".\n"))[0] == want


@pytest.mark.parametrize("text,want", [
    # a name in apposition between commas does not end the clause of the subject before it
    ("Op dinsdag heeft haar klasleerkracht, meester Wim, haar de rekenmachine afgenomen.", [SCHOOL]),
    ("De zorgjuf, mevrouw Van den Broeck, heeft zijn koptelefoon in de kast gelegd en hij mag hem niet meer gebruiken.",
     [SCHOOL]),
    ("Zijn begeleidster, juf Saar, heeft de toets zonder voorleessoftware laten maken.", [CENTRE]),
    # taking an aid away is withholding it ('afgenomen', 'afgepakt', 'ingenomen', 'in de kast gezet')
    ("De titularis heeft haar tablet afgepakt.", [SCHOOL]),
    ("De school heeft die laptop na de vakantie in de kast gezet.", [SCHOOL]),
    # after a copula 'van' says whom someone belongs to: here the school does nothing
    ("De juf zegt dat ze niets kan doen, omdat meneer Dries niet van de school is.", []),
    ("Ik moest u schrijven omdat meneer Dries is niet van de school.", []),
    ("Hij zegt dat de begeleider geen medewerker van de school is.", []),
])
def test_apposition_taking_away_and_belonging(text, want):
    assert actors(text) == want


@pytest.mark.parametrize("sentence", [
    # a clause that opens with its verb continues the subject before the apposition
    "De begeleidster van uw centrum, juffrouw Saar, doet echt haar best en daar klaag ik niet over.",
    "Onze leerondersteuner, mevrouw Claes, is heel behulpzaam.",
    # praise aimed at the centre's staff, in any word order
    "Ik heb niets dan lof voor de leerondersteuner van uw centrum.",
    "Over de begeleidster zijn we heel tevreden, en we zijn ook dankbaar voor jullie centrum.",
    "Alle waardering voor jullie medewerkers.",
])
def test_praise_of_the_centres_staff_in_more_word_orders(sentence):
    assert praised([sentence], CENTRE)


@pytest.mark.parametrize("sentence", [
    "Ik heb geen lof voor de leerondersteuner.",
    "We zijn niet tevreden over de begeleidster.",
    "De begeleidster, juf Saar, doet niet haar best.",
])
def test_praise_denied_is_no_praise(sentence):
    assert not praised([sentence], CENTRE)


@pytest.mark.parametrize("text,want", [
    # the support itself stands for the centre: a complaint about how it goes is about the centre
    ("Ik dien een klacht in over de manier waarop de leersteun voor onze zoon verloopt. De klasleerkracht wist "
     "van niets. Hij moest de toets in de gang maken, zonder rekenmachine.", "leersteun"),
    ("Wij zijn ontevreden over hoe de begeleiding van Noor loopt. Haar klasleerkracht zegt dat er nooit een plan was. "
     "Ze werkte zonder laptop.", "leersteun"),
    # ... unless it is the school's support
    ("Ik klaag over de ondersteuning van de school: de klasleerkracht geeft hem geen extra tijd meer.",
     "redelijke_aanpassingen"),
    # the centre's worker praised with her name in apposition, the school took the aid away
    ("Onze leerondersteuner, mevrouw Claes, is heel behulpzaam. Maar de klastitularis, meester Koen, heeft haar "
     "koptelefoon afgepakt.", "redelijke_aanpassingen"),
    # a support worker who does not belong to the school is no act of the school
    ("Hij krijgt hulp van jullie centrum. Hij roept tegen hem en de juf zegt dat meneer Dries niet van de school is.",
     "leersteun"),
])
def test_the_category_with_apposition_praise_and_the_support_itself(text, want):
    assert categorise(DV, text.replace(". ", ".\n").replace(": ", ":\n"))[0] == want


@pytest.mark.parametrize("text,party", [
    # the writer naming what the mail is about without a complaint word, Flemish and Netherlands usage
    ("Het gaat over de school, die de afspraken niet nakomt.", SCHOOL),
    ("Mijn mail gaat hier over de directie van de school.", SCHOOL),
    ("Het probleem ligt echt bij de klasleerkracht.", SCHOOL),
    ("Dit gaat om de leerondersteuner en hoe hij met haar omgaat.", CENTRE),
    ("It's about the school and its teachers.", SCHOOL),
    # negated: names nobody
    ("Het gaat niet over de school.", None),
    ("De leerkracht is lief, daar gaat het niet over.", None),
])
def test_the_writer_naming_what_it_is_about(text, party):
    got = {p for p in (CENTRE, SCHOOL) if complained_about(sentences(text), p)}
    assert got == ({party} if party else set())


@pytest.mark.parametrize("text", [
    "Ik wil zeggen dat de begeleidster van jullie centrum het heel goed doet.",
    "We vinden dat de leerondersteuner het prima aanpakt.",
    "Ik weet dat jullie begeleider het uitstekend doet met hem.",
])
def test_praise_with_the_verb_last_in_a_subordinate_clause(text):
    assert praised(sentences(text), CENTRE)


def test_praise_negated_with_the_verb_last_is_no_praise():
    assert not praised(sentences("Ik vind dat de begeleidster het niet goed doet."), CENTRE)


@pytest.mark.parametrize("sentence,actor", [
    # staff as the object of what someone else failed to do are not the actor
    ("Ze nam hem mee naar de gang zonder de juf te verwittigen.", None),
    ("She took him out of the test without asking the teacher.", None),
    ("The support worker gave the test in the corridor without telling his teacher or us.", "centre"),
    # a secondary school's own staff
    ("De graadcoördinator heeft de time-outkaart afgeschaft.", "school"),
    ("De leerlingenbegeleider weigert hem nog een rustmoment te geven.", "school"),
    ("De adjunct-directeur zegt dat hij geen laptop meer mag gebruiken.", "school"),
])
def test_who_acts_beside_staff_as_object(sentence, actor):
    found = acts([sentence])
    assert (found[0].actor if found else None) == actor


@pytest.mark.parametrize("sentence", [
    "Jullie leerondersteuner, juf Hilde, doet wat ze kan.",
    "De begeleidster doet echt alles wat ze kan en vergroot zelf de bladen.",
    "Jullie leerondersteuner zet zich volledig in voor Noor.",
    "The support worker does what she can.",
])
def test_doing_what_one_can_praises_the_centre(sentence):
    assert praised([sentence], "centre")


@pytest.mark.parametrize("sentence", [
    "Jullie leerondersteuner doet niet wat ze kan.",
    "De leerondersteuner zegt dat ze niets kan doen.",
])
def test_no_praise(sentence):
    assert praised([sentence], "centre") is None


@pytest.mark.parametrize("sentence,actor", [
    ("I am filing a formal complaint about the learning support my son received from your centre.", "centre"),
    ("Je voudrais me plaindre: une plainte sur le soutien de votre centre.", "centre"),
    ("Ik heb een klacht over de begeleiding van jullie centrum.", "centre"),
    ("I have a complaint about the support given by the school.", None),
])
def test_a_complaint_about_the_support_names_the_centre(sentence, actor):
    assert bool(complained_about([sentence], "centre")) == (actor == "centre")


@pytest.mark.parametrize("sentence", [
    "Ik wil een formele klacht indienen bij de directeur.",
    "Ik wil hier een klacht maken bij de directeur van jullie centrum.",
    "Je veux déposer une plainte auprès de la direction.",
])
def test_where_a_complaint_is_filed_is_not_whom_it_is_about(sentence):
    assert complained_about([sentence], "school") is None
