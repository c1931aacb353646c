"""Round 15 (everything but dates): each principle said in the many ways parents write it, both ways. Our own
wordings, not the corpus mails': relatives in the signature, a child who is an object not an actor, a child set
aside in a policy mail, the filing act in any tense and language, a feeling whose only number is a class, staff
telling the child, a talk thanked for, a condition without its comma."""
import pytest

from mailbot.extract import flags as F
from mailbot.extract.facts import _is_fact
from mailbot.extract.names import student_name
from mailbot.extract.notchild import set_aside
from mailbot.extract.text import conditional, negated, sentences, split_closing


def name(body, subject="Klacht", sender="Ouder"):
    main, closing = split_closing(body)
    return student_name(subject, main, closing, sender)[0]


def step(t):
    return bool(F.informal_step(sentences(t)))


def formal(t):
    return bool(F.formal_complaint(sentences(t), negation=negated, conditional=conditional))


# -- a relative writing for the family names the child after 'van' in the signature -----------------------------
@pytest.mark.parametrize("signature,want", [
    ("Maria Peeters (bomma van Warre)", "Warre"),
    ("Jos Claes, bompa van Lotte", "Lotte"),
    ("Rita\nmeter van Noor", "Noor"),
    ("Karel Wouters (peter van Senne)", "Senne"),
    ("tante van Fien", "Fien"),
    ("Marc, nonkel van Jules", "Jules"),
    ("Henk de Boer, opa van Sem", "Sem"),
    ("Ans (oom van Daan)", "Daan"),
    ("Greetje, grootmoeder van Lieke", "Lieke"),
    ("Ilse Janssens\nmama van Mila", "Mila"),
    ("Anne Dupont, grand-mère de Chloé", "Chloé"),
    ("Jane Smith (aunt of Lily)", "Lily"),
])
def test_a_relative_in_the_signature_names_the_child(signature, want):
    body = ("Sinds de herfstvakantie komt de begeleider nog maar om de twee weken en de jongen gaat achteruit met "
            f"lezen.\n\nMet vriendelijke groeten,\n{signature}")
    assert name(body, sender=signature.split()[0]) == want


def test_a_name_shaped_like_a_godparent_is_still_the_writer():
    body = ("Onze zoon krijgt sinds oktober geen leersteun meer, niemand laat iets weten.\n\nGroeten,\nPeter van Dijk")
    assert name(body, sender="Peter van Dijk") is None


# -- a child as the object of someone else's act is not staff acting -------------------------------------------
@pytest.mark.parametrize("body,want", [
    ("Mijn dochter Yentl kreeg geen begeleiding. Een klasgenoot liet het aan Yentl zien.", "Yentl"),
    ("mijn dochter Yentl is gekwetst, toen een klasgenoot de foto aan Yentl liet zien.", "Yentl"),
    ("Onze zoon Bavo zat alleen. De juf heeft met Bavo gebeld om te vragen waar hij was.", "Bavo"),
    ("Onze dochter Lien is overstuur. Lien liet haar tekening zien en werd uitgelachen.", "Lien"),
])
def test_a_child_who_is_an_object_or_shows_something_stays_the_child(body, want):
    assert name(body) == want


@pytest.mark.parametrize("body", [
    "Onze zoon werd niet begeleid. Ilse belde ons pas na een week.",
    "Onze zoon werd niet begeleid. Ilse liet ons weten dat er niemand was.",
    "Onze zoon werd niet begeleid. Ilse liet weten dat er niemand was.",
])
def test_staff_named_by_first_name_who_call_or_let_us_know_are_no_child(body):
    assert name(body) != "Ilse"


# -- the writer setting their own child aside -----------------------------------------------------------------
@pytest.mark.parametrize("body,first,want", [
    ("Onze dochter Roos krijgt goede begeleiding, dus daar gaat het mij niet om.", "Roos", True),
    ("Roos doet het prima, daar gaat het dus niet over.", "Roos", True),
    ("Mijn zoon Tim is tevreden; het gaat hier niet om hem maar om de regel.", "Tim", True),
    ("Over haar klaag ik niet: Roos krijgt alles wat ze nodig heeft.", "Roos", True),
    ("My son Jack is doing fine, this is not about my son.", "Jack", True),
    ("Ma fille Lina va bien, il ne s'agit pas de ma fille.", "Lina", True),
    ("Onze dochter Roos wordt niet meer begeleid.", "Roos", False),
    ("Roos is tevreden, daar gaat het niet om. Maar Roos krijgt sinds maart geen sessies.", "Roos", False),
    ("Het gaat om Roos: zij krijgt geen begeleiding.", "Roos", False),
])
def test_a_child_named_only_to_be_set_aside(body, first, want):
    assert set_aside(body, first) is want


# -- the filing act and a call-back in any tense and language tell no event ------------------------------------
@pytest.mark.parametrize("sentence", [
    "Graag had ik een officiële klacht ingediend over de begeleiding van mijn dochter Jinthe door jullie centrum.",
    "Ik had graag een klacht ingediend over de leersteun die onze zoon krijgt van uw centrum.",
    "Bij deze wil ik een formele klacht neerleggen over de begeleiding van mijn zoon.",
    "Hierbij leg ik klacht neer over de manier waarop de leersteun van onze dochter verloopt.",
    "Dien ik hierbij een klacht in over de ondersteuning van mijn zoon Arne bij jullie?",
    "Ik wil graag een klacht formuleren over de begeleiding van onze dochter Mira.",
    "Par la présente, je souhaite introduire une plainte formelle concernant le soutien apporté à ma fille.",
    "Je voudrais déposer une plainte au sujet de l'accompagnement de mon fils Lucas par votre centre.",
    "I would like to file a formal complaint about the support my daughter receives from your centre.",
    "Pourriez-vous me rappeler au plus vite au 0475 12 34 56 ?",
    "Could you please call me back on 0470 12 34 56 tomorrow?",
])
def test_the_filing_act_or_a_call_back_is_no_fact(sentence):
    assert not _is_fact(sentence)


@pytest.mark.parametrize("sentence", [
    "Depuis janvier, sa leerondersteuner a été changée trois fois sans que nous soyons prévenus.",
    "La dernière fois, une personne inconnue est venue le chercher et il a refusé de la suivre.",
    "De juf heeft hem voor de hele klas uitgelachen toen hij zijn beurt miste.",
    "Ik ben niet tevreden omdat mijn zoon in groep 3 al weken geen leesbegeleiding krijgt.",
])
def test_events_in_french_and_a_feeling_with_its_reason_stay_facts(sentence):
    assert _is_fact(sentence)


@pytest.mark.parametrize("sentence", [
    "Ik ben het helemaal niet eens met hoe het gaat met mijn zoon Olivier in groep 3.",
    "Wij zijn echt niet tevreden over hoe het loopt met onze dochter in klas 2b.",
    "ik ben niet content over hoe het gaat met ons manon in het 2de leerjaar",
    "Ik ben ontevreden over hoe alles verloopt met mijn zoon in het 5de leerjaar.",
])
def test_a_feeling_whose_only_number_is_the_class_is_no_fact(sentence):
    assert not _is_fact(sentence)


# -- staff telling the child is the act, not an answer to the writer ------------------------------------------
@pytest.mark.parametrize("text,want", [
    ("Gisteren heeft de begeleidster tegen ons Jelle gezegd dat hij het nooit zal halen.", False),
    ("De juf zei tegen ons kind dat ze dom is.", False),
    ("De leerondersteuner vertelde ons zoontje dat hij te traag is.", False),
    ("de begeleider heeft tegen ons Mila gezegd dat ze moet stoppen met zeuren", False),
    ("De begeleidster heeft ons gezegd dat ze er werk van zal maken.", True),
    ("De juf zei ons dat Jelle te traag is.", True),
    ("De coördinator vertelde mij dat er geen uren meer zijn.", True),
])
def test_staff_telling_the_child_is_no_answer_to_the_writer(text, want):
    assert step(text) is want


# -- a talk thanked for was held -------------------------------------------------------------------------------
@pytest.mark.parametrize("text,want", [
    ("Dank u voor het gesprek van vorige week en voor uw mail.", True),
    ("Bedankt voor ons gesprek van dinsdag, maar ik blijf ongerust.", True),
    ("Dank voor het fijne gesprek, toch ben ik het er niet mee eens.", True),
    ("Bedankt voor het telefoontje van gisteren.", True),
    ("Bedankt om gisteren met ons te praten.", True),
    ("Merci pour notre entretien de lundi.", True),
    ("Thanks for meeting with us last week.", True),
    ("Thank you for the call on Monday.", True),
    ("Alvast bedankt voor een gesprek.", False),
    ("Bij voorbaat dank voor het gesprek dat u mij hopelijk wil geven.", False),
    ("Graag een gesprek, alvast bedankt.", False),
    ("Bedankt voor de nieuwsbrief.", False),
])
def test_a_talk_thanked_for_was_held(text, want):
    assert step(text) is want


# -- a condition without its comma -----------------------------------------------------------------------------
@pytest.mark.parametrize("text,want", [
    ("als dat zo blijft ga ik een formele klacht indienen want zo kan het echt niet verder", False),
    ("Als het zo doorgaat dien ik een officiële klacht in.", False),
    ("als er niets verandert zal ik formeel klacht indienen", False),
    ("Indien het niet beter wordt dienen we een formele klacht in.", False),
    ("if this goes on we will file a formal complaint", False),
    ("Als de situatie niet verbetert ga ik officieel klacht indienen bij de directeur.", False),
    ("Als moeder dien ik hierbij een formele klacht in.", True),
    ("Als de moeder van Tim dien ik hierbij een formele klacht in.", True),
    ("Ik dien hierbij officieel klacht in bij de directeur.", True),
    ("Omdat dat zo blijft dien ik nu een formele klacht in.", True),
])
def test_a_condition_without_its_comma_is_a_threat(text, want):
    assert formal(text) is want


# -- the policy family reads the rule and the policy after any determiner, not the idiom 'in de regel' ----------
from mailbot.extract.category import categorise  # noqa: E402
from mailbot.procedure import load_procedure  # noqa: E402


@pytest.mark.parametrize("text,want", [
    ("Ik klaag over de regel dat jullie in het secundair enkel nog groepjes begeleiden. Die regel geldt voor alle "
     "scholen.", "beleid"),
    ("Hun regel dat er maar vier sessies per jaar zijn, moet herbekeken worden. Dat beleid is niet uitgelegd.", "beleid"),
    ("Onze zoon krijgt goede begeleiding, daar gaat het mij niet om. Ik vind de nieuwe regel voor het secundair "
     "onrechtvaardig.", "beleid"),
    ("In de regel komt de begeleidster van jullie centrum op dinsdag, maar onze zoon krijgt al weken geen sessie "
     "van de leerondersteuner.", "leersteun"),
])
def test_the_policy_family_reads_rule_and_policy_in_other_words(text, want):
    assert categorise(load_procedure("divergent"), text, student_named=False)[0] == want


# -- whose measure: the school's aids, asked of the school, the writer turning from the centre to the school -----
@pytest.mark.parametrize("text,want", [
    ("Al maanden vragen we aan de school dat onze zoon een wiebelkussen mag gebruiken. De leerondersteuner vindt het "
     "ook goed.", "redelijke_aanpassingen"),
    ("We hebben aan de school gevraagd om pictogrammen aan het bord te hangen, de leerondersteuner steunt dat.",
     "redelijke_aanpassingen"),
    ("Mijn klacht gaat niet over uw begeleidster, die goed werk levert, maar over de school die de afspraken niet "
     "nakomt.", "redelijke_aanpassingen"),
    ("Op 3 maart liet de school ons via Smartschool weten dat extra tijd bij toetsen niet meer haalbaar is. De "
     "leerondersteuner was bij die afspraak.", "redelijke_aanpassingen"),
    ("De beslissing van het Atheneum om geen laptop meer toe te laten bij examens treft onze dochter. De "
     "leerondersteuner kan er niets aan doen.", "redelijke_aanpassingen"),
    ("De leerondersteuner komt al weken niet opdagen en de sessies zijn stopgezet zonder uitleg.", "leersteun"),
    ("Ik klaag niet over de school maar over jullie begeleidster, die de sessies telkens afzegt.", "leersteun"),
])
def test_whose_measure_in_other_words(text, want):
    assert categorise(load_procedure("divergent"), "\n".join(sentences(text)))[0] == want


@pytest.mark.parametrize("text,want", [
    ("Ik betwist het gemotiveerd verslag van het CLB. Op basis van dat verslag krijgt hij leersteun. In dat verslag "
     "staat dat hij een verstandelijke beperking heeft, terwijl het onderzoek dat uitsluit.", "verslag"),
    ("Het CLB maakte een GC-verslag op. Op basis van dat verslag wordt de leersteun georganiseerd. Ik vraag dat het "
     "verslag verbeterd wordt.", "verslag"),
    ("Onze dochter beschikt over een gemotiveerd verslag en krijgt leersteun, maar de leerondersteuner komt al "
     "weken niet opdagen.", "leersteun"),
])
def test_a_report_disputed_in_later_sentences_outweighs_the_report_as_background(text, want):
    assert categorise(load_procedure("divergent"), "\n".join(sentences(text)))[0] == want
