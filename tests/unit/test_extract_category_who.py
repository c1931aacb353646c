"""Which divergent category: who fails or decides (the school and its teachers, or the centre's staff), and
whether the complaint weighs the school's burden (proportionality)."""
import pytest

from mailbot.extract.category import categorise
from mailbot.procedure import load_procedure

DV = load_procedure("divergent")


@pytest.mark.parametrize("text,want", [
    # the school withdraws or decides: the school's adjustments, even when the centre's staff are named
    ("De school heeft het rustige werkplekje van Yara geschrapt. De leerondersteuner kon er niets aan doen.",
     "redelijke_aanpassingen"),
    ("Volgens de klasjuf is het een beslissing van de directie dat Bram geen koptelefoon meer mag dragen.",
     "redelijke_aanpassingen"),
    # the school's teachers do not deliver what was agreed, the centre's staff are praised
    ("Er is afgesproken dat Lien een vergroot toetsblad krijgt, maar de leerkrachten van het 4de geven het haar niet. "
     "De begeleidster is erg behulpzaam.", "redelijke_aanpassingen"),
    # the burden on the school weighed, without the word 'proportioneel'
    ("De school en het CLB vinden het onredelijk zwaar voor de school om nog een tolk in de klas toe te laten.",
     "proportionaliteit"),
    ("The school says a note-taker is disproportionate and an undue burden for the school.", "proportionaliteit"),
    # the parent's own rhetorical 'te veel gevraagd' is no burden on the school; the centre's staff failing is leersteun
    ("De leerondersteuner komt al weken niet opdagen. Is dat nu te veel gevraagd?", "leersteun"),
])
def test_the_category_follows_who_acts_and_whose_burden(text, want):
    assert categorise(DV, text)[0] == want


@pytest.mark.parametrize("text,want", [
    # school staff telling that the child no longer gets an aid: the school withholds it
    ("De zorgcoördinator van de school van mijn dochter Lien zegt dat ze geen vergrote kopieën meer krijgt.",
     "redelijke_aanpassingen"),
    # the agreed adjustment not applied at school, said without a refusal word
    ("Mijn zoon Arne heeft volgens zijn handelingsplan recht op een aangepaste toets. De leerkracht Frans geeft hem "
     "gewoon dezelfde toets als de rest.", "redelijke_aanpassingen"),
    ("Op school wordt er geen rekening gehouden met de afspraken die we maakten voor Lien: ze moet nog altijd "
     "overschrijven van het bord.", "redelijke_aanpassingen"),
    # ... while the centre's staff telling what the child does, or failing to pass on, stays the support
    ("De leerondersteuner zegt dat Arne niet meewerkt, maar ze komt zelf telkens te laat.", "leersteun"),
    ("De leerondersteuner van mijn zoon Arne heeft de afspraak over extra tijd nooit doorgegeven aan de school.",
     "leersteun"),
])
def test_an_aid_withheld_at_school_in_other_words(text, want):
    assert categorise(DV, text.replace(". ", ".\n"))[0] == want


@pytest.mark.parametrize("text", [
    # a measure agreed with the school and later withheld is the school's adjustment
    "Begin dit schooljaar werd met de school afgesproken dat Ilias mondeling mag antwoorden.\nSinds de krokus mag "
    "dat niet meer.\nDe directeur van de school zegt dat er geen tijd voor is.",
    "Met de school is in oktober afgesproken dat Nora in de gang mag werken.\nNu moet ze in de klas blijven.\n"
    "De directeur van de school reageert niet.",
    # the school holding to its refusal after the parents objected, in any of its voices
    "Wij hebben bezwaar gemaakt tegen het schrappen van de extra tijd.\nDe directie houdt vast aan haar besluit.",
    "Na ons gesprek blijft de school bij haar standpunt: geen laptop bij de examens.",
    "We objected, but the school stuck to its decision about the laptop.",
    # an aid no longer allowed, in the past tense
    "In een brief van de directie stond dat hij zijn laptop niet meer mocht gebruiken bij toetsen.",
    "Sinds november kon ze haar koptelefoon niet meer gebruiken tijdens het werken.",
])
def test_the_schools_agreement_and_the_schools_refusal_held(text):
    assert categorise(DV, text)[0] == "redelijke_aanpassingen"


def test_a_plan_made_together_with_the_school_by_the_centre_stays_leersteun():
    text = ("De leerondersteuner heeft het dagschema dat we samen met de school hadden afgesproken niet gevolgd.\n"
            "Ze komt ook vaak te laat.")
    assert categorise(DV, text)[0] == "leersteun"
