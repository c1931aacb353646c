"""A complaint about a rule that applies to every pupil is general policy, whoever writes it and in what language."""
import pytest

from mailbot.extract.category import categorise
from mailbot.procedure import load_procedure

DV = load_procedure("divergent")


def category(text: str) -> str:
    return categorise(DV, text.replace(". ", ".\n"))[0]


@pytest.mark.parametrize("text", [
    # a parents' council objecting to the centre's way of working, saying outright it is about no single pupil
    "Als schoolraad dienen wij een klacht in. Volgens jullie centrum kunnen ouders niet meer zelf een aanvraag doen. "
    "Dit gaat niet over een specifieke leerling.",
    # a parent in English about the rules of the centre, not about their own child
    "Your centre only sends letters in Dutch. This complaint is not about my son, it is about your policy for all "
    "parents.",
    # French: the general rule of the centre
    "Toutes les réunions se font en néerlandais. Ma plainte ne concerne pas mon fils mais la règle générale du centre.",
])
def test_a_rule_for_all_pupils_is_policy(text):
    assert category(text) == "beleid"


@pytest.mark.parametrize("text", [
    # staff not talking about the child is a fact about the child's support, not a policy complaint
    "De begeleidster heeft op het oudercontact niet over mijn zoon gesproken. Ze kwam ook twee keer niet opdagen.",
    # a named child whose support stopped is that child's case
    "Jullie leerondersteuner komt sinds oktober niet meer naar de klas van mijn dochter Lien. Ze krijgt geen "
    "begeleiding meer.",
])
def test_one_childs_support_stays_leersteun(text):
    assert category(text) == "leersteun"


def test_with_no_student_named_a_rule_mentioned_in_passing_makes_it_policy():
    proc = load_procedure("divergent")
    text = ("Klacht over de intake\nUw centrum laat ouders voortaan niet meer toe bij het eerste gesprek. "
            "Dat is een slechte regel voor alle gezinnen die hulp zoeken.")
    assert categorise(proc, text, student_named=False)[0] == "beleid"


def test_a_parent_about_their_own_unnamed_child_is_not_policy():
    proc = load_procedure("divergent")
    text = ("Klacht over de begeleiding\nOnze oudste krijgt sinds oktober leersteun van uw centrum. "
            "De leerondersteuner besliste zonder overleg dat hij voortaan alleen nog in de gang werkt.")
    assert categorise(proc, text, student_named=False)[0] == "leersteun"


@pytest.mark.parametrize("text", [
    # no child named, a group as the ones affected
    "Ik wil iets aankaarten dat alle ouders aangaat. Sinds dit schooljaar krijgen kinderen met dyslexie bij jullie pas "
    "begeleiding na een wachttijd van drie maanden. Dat vind ik onaanvaardbaar.",
    "Uw centrum heeft beslist dat leerlingen uit het secundair nog maar één uur per week begeleiding krijgen. Dat treft "
    "tientallen kinderen.",
    # the centre's distribution or procedure itself
    "Ik klaag de manier aan waarop jullie de uren verdelen over de scholen: kleine scholen krijgen bijna niets.",
    "Waarom moeten alle gezinnen een aanvraagformulier van tien pagina's invullen? Die aanvraagprocedure schrikt ouders af.",
])
def test_a_group_affected_or_the_centres_procedure_is_policy_when_no_child_is_named(text):
    assert categorise(DV, text.replace(". ", ".\n"), student_named=False)[0] == "beleid"


def test_one_named_child_kept_waiting_is_still_the_support():
    text = "De begeleidster van mijn zoon Arne komt al drie weken niet opdagen, hij staat op een wachtlijst."
    assert categorise(DV, text, student_named=True)[0] == "leersteun"


@pytest.mark.parametrize("text", [
    # the writer has no child concerned, or says it is the principle: a gemotiveerd verslag in passing is no report
    "Ik wil klacht indienen over hoe uw centrum de wachtlijst beheert. Kinderen met een gemotiveerd verslag wachten "
    "maanden. Ik heb zelf geen kind op die lijst, het gaat mij om het principe.",
    "Als grootouder heb ik zelf geen kinderen meer op school. Het is een principekwestie: uw centrum moet zijn "
    "criteria publiceren.",
    "We do not have a child who is waiting ourselves. It is a matter of principle that your centre publishes its "
    "criteria.",
])
def test_a_complaint_of_principle_with_no_child_concerned_is_policy(text):
    assert category(text) == "beleid"


def test_a_parent_on_their_own_childs_waiting_time_is_not_policy():
    text = ("Onze zoon Mats heeft een gemotiveerd verslag en wacht al vier maanden op leersteun van uw centrum. "
            "Niemand zegt ons wanneer het start.")
    assert category(text) != "beleid"
