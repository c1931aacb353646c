"""A measure agreed with the school and then not delivered is the school's adjustment, however the parent says it;
the child's report told as background is no report disputed."""
import pytest

from mailbot.extract.agreement import agreement_broken
from mailbot.extract.category import categorise
from mailbot.procedure import load_procedure

DV = load_procedure("divergent")


def _lines(text):
    return [s for s in text.replace("? ", "?\n").replace(". ", ".\n").split("\n") if s.strip()]


@pytest.mark.parametrize("text", [
    # agreement, then the breach with no actor, in many word orders and tenses
    "Met de school was afgesproken dat hij vooraan mag zitten. Dat gebeurt al weken niet meer.",
    "We hadden met de school afgesproken dat ze extra tijd krijgt. Toch kreeg ze gisteren de gewone toets.",
    "Bij de start van het schooljaar werd met de klasleerkracht afgesproken dat Lotte een laptop gebruikt. "
    "Sinds de herfstvakantie gebeurt dat niet.",
    "Er zijn afspraken gemaakt met de school over vergrote bladen. Vorige week kreeg hij weer gewone A4'tjes.",
    "De school had ons beloofd dat hij een rustige plek krijgt. Die is nu afgeschaft.",
    "In zijn handelingsplan staat dat hij een time-outkaart heeft. De nieuwe graadcoördinator heeft die geschrapt.",
    "Volgens de afspraken met de directie mag ze een koptelefoon dragen, maar de juf is dat telkens vergeten.",
    "met de school afgesproken dat ze de toetsen vergroot krijgt maar dat wordt niet toegepast",
    "Het handelingsplan wordt gewoon niet nageleefd.",
    "Met de leerkrachten waren afspraken gemaakt. Ze houden zich er niet aan.",
    "Wij spraken met de zorgcoördinator af dat hij mondeling examen mag doen. Er is niets van in huis gekomen.",
    "The school agreed he could use a laptop in tests. Since January this is not happening.",
    "We agreed with the teachers that she gets extra time. Last week she got the normal test again.",
])
def test_a_breach_after_an_agreement_with_the_school(text):
    assert agreement_broken(_lines(text))


@pytest.mark.parametrize("text", [
    # an agreement alone, or kept
    "Met de school was afgesproken dat hij vooraan mag zitten. Dat loopt heel goed.",
    # the breach before the agreement, or only hoped against
    "Dat gebeurt niet. Later hebben we met de school afgesproken dat ze extra tijd krijgt.",
    "Met de school is afgesproken dat ze extra tijd krijgt. Als dat niet gebeurt, laat ik het weten.",
    # the agreement was with the centre's staff, or the centre's staff are the ones not delivering
    "In het handelingsplan staat dat de leerondersteuner twee keer per week komt. Dat gebeurt niet.",
    "Met de school is afgesproken dat ze hulp krijgt. De leerondersteuner is de sessie vergeten.",
    # no agreement at all
    "Ze kreeg weer gewone bladen en de juf is het vergeten.",
])
def test_no_breach_of_an_agreement_with_the_school(text):
    assert agreement_broken(_lines(text)) is None


@pytest.mark.parametrize("text,want", [
    ("Onze dochter is slechtziend. In september is met de school afgesproken dat ze alle bladen op A3 krijgt. "
     "Deze week kreeg ze opnieuw gewone bladen.", "redelijke_aanpassingen"),
    ("Met de school was afgesproken dat Stan naar een rustlokaal mag. Na de vakantie heeft de graadcoördinator "
     "beslist dat dat wordt afgeschaft. De leerondersteuner van jullie centrum zegt dat zij niets kan afdwingen.",
     "redelijke_aanpassingen"),
    # the centre's staff doing what they can is praise: the complaint is about someone else
    ("Het handelingsplan van Noor wordt op school niet gevolgd. Jullie leerondersteuner, juf An, doet wat ze kan.",
     "redelijke_aanpassingen"),
    # more ways to tell the agreement and the breach
    ("Vorig jaar hebben we met de school afgesproken dat ze voorgelezen toetsen krijgt. Dit schooljaar is daar niks "
     "meer van te merken.", "redelijke_aanpassingen"),
    ("De school had beloofd dat Emma een rustig hoekje krijgt. Het is er nog altijd niet.", "redelijke_aanpassingen"),
    ("We spraken met de school af dat Noah een koptelefoon mag dragen. Sinds de nieuwe juf er is mag dat plots niet "
     "meer.", "redelijke_aanpassingen"),
    ("Er werd afgesproken op het MDO met de school dat hij pictogrammen krijgt. In de klas hangen er geen.",
     "redelijke_aanpassingen"),
    ("Met de school is afgesproken dat Jens bij toetsen een laptop mag gebruiken. Die afspraak wordt door de "
     "leerkrachten niet nagekomen.", "redelijke_aanpassingen"),
    # school staff judging the measure unneeded withhold it
    ("De directeur vindt dat een aangepaste stoel niet nodig is voor Finn.", "redelijke_aanpassingen"),
    ("De leerondersteuner vindt dat een aangepaste stoel niet nodig is voor Finn.", "leersteun"),
    # a plan that promises the centre's sessions: their not taking place is the support
    ("Volgens het ondersteuningsplan zou hij twee lestijden per week begeleiding krijgen. Sinds de herfstvakantie is "
     "er geen enkele sessie meer doorgegaan.", "leersteun"),
    # the centre's own staff not coming stays the support, agreement or not
    ("Met de school is afgesproken dat Noor twee keer per week leersteun krijgt. De leerondersteuner komt al "
     "weken niet opdagen.", "leersteun"),
])
def test_the_category_of_a_broken_agreement(text, want):
    assert categorise(DV, "\n".join(_lines(text)))[0] == want


@pytest.mark.parametrize("text,want", [
    # the child's report as background: the support is disputed
    ("Mattis beschikt over een gemotiveerd verslag en krijgt leersteun van uw centrum. Sinds januari komt de "
     "leerondersteuner niet meer opdagen.", "leersteun"),
    ("Op basis van haar IAC-verslag krijgt Lien begeleiding. De begeleidster is al drie keer niet komen opdagen.",
     "leersteun"),
    ("Onze zoon heeft sinds vorig jaar een gemotiveerd verslag en daarom leersteun. De sessies zijn stopgezet door "
     "jullie centrum.", "leersteun"),
    # the report itself disputed, late or refused stays the report, also when the child has one
    ("Het gemotiveerd verslag van Lien klopt niet: er staat een verkeerde diagnose in.", "verslag"),
    ("Mattis beschikt over een gemotiveerd verslag, maar het CLB weigert het gemotiveerd verslag aan te passen.",
     "verslag"),
    ("We wachten al drie maanden op het OV4-verslag voor onze dochter.", "verslag"),
    ("Le CLB nous a promis un OV4-verslag. Nous ne l'avons toujours pas reçu.", "verslag"),
])
def test_a_report_held_is_background_a_report_disputed_is_the_category(text, want):
    assert categorise(DV, "\n".join(_lines(text)))[0] == want
