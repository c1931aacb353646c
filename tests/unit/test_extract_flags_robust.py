"""Robustness of formal, in_court and the informal step: the same thing said in the many ways parents write it —
word order, inversion, subordinate clauses, d/t slips, lower case, 'nog niet', conditionals, questions — both ways.
Our own wordings; each line is a family the models must read by structure, not a listed sentence."""
import pytest

from mailbot.extract import flags as F
from mailbot.extract.text import conditional, negated, sentences


def formal(t):
    return bool(F.formal_complaint(sentences(t), negation=negated, conditional=conditional))


def in_court(t):
    return bool(F.find(F.IN_COURT, sentences(t), negation=negated, conditional=conditional))


def step(t):
    return bool(F.informal_step(sentences(t)))


@pytest.mark.parametrize("text,want", [
    ("Hierbij dien ik formeel klacht in tegen de beslissing.", True),
    ("hierbij een officiele klacht over de begeleiding van mijn zoon", True),
    ("Ik wens officieel klacht neer te leggen.", True),
    ("Ik leg hierbij formeel klacht neer over de leersteun.", True),
    ("Beschouw deze mail als een formele klacht.", True),
    ("Deze mail is een officiële klacht.", True),
    ("Ik teken hierbij formeel klacht aan.", True),
    ("Ik maak mijn klacht hierbij officieel.", True),
    ("Dit is een formele klacht.", True),
    ("I hereby file a formal complaint.", True),
    ("Je dépose une plainte officielle.", True),
    ("Ik wil mijn klacht formeel indienen.", True),
    ("Ik dien een klacht in bij u als directeur.", True),
    ("Dit is (nog) geen formele klacht.", False),
    ("Ik wil voorlopig geen officiële klacht indienen.", False),
    ("Ik overweeg een formele klacht.", False),
    ("Als er niets verandert, volgt een formele klacht.", False),
    ("Zo niet, dan dien ik een officiële klacht in.", False),
    ("Ik wil eerst weten hoe ik een formele klacht kan indienen.", False),
    ("Hoe dien ik een formele klacht in?", False),
    ("Ik wil het niet meteen een officiële klacht noemen.", False),
    ("Ik hoop dat een formele klacht niet nodig is.", False),
    ("Is het mogelijk om een formele klacht in te dienen?", False),
    ("Ik vind het schandalig hoe de school met mijn zoon omgaat en dien daarom een formele klacht in.", True),
    ("Waar het vroeger nog goed ging, dien ik nu een formele klacht in.", True),
])
def test_formal_in_other_words(text, want):
    assert formal(text) is want


@pytest.mark.parametrize("text,want", [
    ("We hebben de school gedagvaard.", True),
    ("Er loopt een procedure bij de rechtbank.", True),
    ("Onze advocaat heeft de zaak bij de rechtbank aanhangig gemaakt.", True),
    ("De zaak komt op 12 december voor bij de jeugdrechtbank.", True),
    ("De school werd door ons voor de rechter gedaagd.", True),
    ("Wij hebben een kort geding aangespannen tegen de school.", True),
    ("Er is een rechtszaak gaande tegen de school.", True),
    ("We zitten momenteel in een juridische procedure met de school.", True),
    ("We are in court with the school over this.", True),
    ("De rechter moet nog uitspraak doen in onze zaak tegen de school.", True),
    ("We overwegen naar de rechter te stappen.", False),
    ("Desnoods stappen we naar de rechtbank.", False),
    ("Ik heb advies gevraagd aan een advocaat.", False),
    ("We willen geen rechtszaak.", False),
    ("Een rechtszaak is niet onze bedoeling.", False),
    ("We sluiten juridische stappen niet uit.", False),
    ("Als het zo doorgaat, dagen we de school voor de rechter.", False),
    ("Er is geen procedure bij de rechtbank lopende.", False),
    ("Ik weet niet hoe lang de procedure bij de rechtbank nog loopt.", True),
    ("Hoe lang duurt een procedure bij de rechtbank meestal?", False),
])
def test_in_court_in_other_words(text, want):
    assert in_court(text) is want


@pytest.mark.parametrize("text,want", [
    ("Ik heb de juf er vorige week op aangesproken.", True),
    ("ik heb de juf aangesproken", True),
    ("Ik heb het gisteren met de juf besproken.", True),
    ("We hebben de leerkracht verschillende keren gemaild.", True),
    ("Ik heb er met zijn mentor over gebeld.", True),
    ("We hebben al meerdere gesprekken gehad met de school.", True),
    ("Vorige week sprak ik de juf erover aan.", True),
    ("Hierover heb ik al met de zorgcoördinator gesproken.", True),
    ("De juf heb ik daar al twee keer op aangesproken.", True),
    ("Met de juf heb ik het er al over gehad.", True),
    ("Nadat ik de juf had aangesproken, veranderde er niets.", True),
    ("Toen ik het bij de juf aankaartte, lachte ze het weg.", True),
    ("Ik heb het gemeld aan de leerkracht maar er gebeurde niets.", True),
    ("Ik heb de juf gebelt.", True),
    ("We hebben de mentor gemailt.", True),
    ("Ik heb de zorgjuf een mail gestuurd en ze heeft geantwoord.", True),
    ("Mijn man en ik zijn bij de directeur op gesprek geweest.", True),
    ("We zijn op gesprek geweest bij de directie.", True),
    ("Ik heb het hem persoonlijk gezegd, de meester bedoel ik.", True),
    ("I spoke to his teacher twice.", True),
    ("We have already discussed this with the class teacher.", True),
    ("Ik heb de juf nog niet aangesproken.", False),
    ("Ik heb nog niet met de juf gesproken.", False),
    ("Met de juf heb ik nog niet gesproken.", False),
    ("Ik durf de juf er niet op aan te spreken.", False),
    ("Ik zou graag met de juf spreken.", False),
    ("Kan ik een gesprek krijgen met de leerkracht?", False),
    ("Ik heb geen contact gehad met de school.", False),
    ("Ik heb de juf nooit gesproken.", False),
    ("We hebben er nog met niemand over gepraat.", False),
    ("Ik wil eerst met de juf praten.", False),
    ("Ik had de juf willen aanspreken, maar ze was er niet.", False),
    ("Als ik de juf aanspreek, wordt het alleen maar erger.", False),
    ("I haven't talked to the teacher yet.", False),
    ("We did not speak to anyone at the school.", False),
    ("Ik heb nog geen gesprek gehad met de juf.", False),
])
def test_step_in_other_words(text, want):
    assert step(text) is want


def handled(t):
    return bool(F.find(F.PREVIOUSLY_HANDLED, sentences(t), negation=negated, conditional=conditional))


# Netherlands and Flemish wordings of a talk or message: our talk looked back on, 'k, chat apps, d/t slips, in gesprek
@pytest.mark.parametrize("text,want", [
    ("Na ons gesprek met de juf is er niets veranderd.", True),
    ("Sinds ons gesprek met de mentor is het nog erger geworden.", True),
    ("In ons gesprek van dinsdag beloofde de juf beterschap.", True),
    ("k heb de juf gisteren nog gemaild.", True),
    ("we hebben t met de juf besproken", True),
    ("Ik heb juf Sanne een appje gestuurd.", True),
    ("Ik heb de juf via Smartschool een bericht gestuurd.", True),
    ("Via Parro heb ik de leerkracht op de hoogte gebracht.", True),
    ("Gisteren heb ik de juf nog gesproken.", True),
    ("Ik heb de juf laten weten dat dit niet kan.", True),
    ("We zijn met de mentor in gesprek gegaan.", True),
    ("Ik heb het probleem bij de mentor neergelegd.", True),
    ("We hebben de kwestie met de ib'er besproken.", True),
    ("Ik heb het de juf meermaals gezegd.", True),
    ("Ik heb verschillende keren aan de bel getrokken bij de leerkracht.", True),
    ("Meerdere keren heb ik de leerkracht erop gewezen.", True),
    ("Ik heb dat toen aan meester Koen uitgelegd.", True),
    ("Mijn vrouw en ik hebben de juf vorige week aangesproken.", True),
    ("Ik sprak de leerkracht er na de les op aan.", True),
    ("Ik heb de juf erover aangesproken, zij zei dat ze het zou bekijken.", True),
    ("Ik heb het aangegeven bij de klasleerkracht.", True),
    ("Ik heb het aangekaard bij de juf.", True),
    ("ik heb het er met de juf over gehad", True),
    ("Het gesprek met de juf staat gepland voor volgende week.", False),
    ("We wachten nog op een gesprek met de directie.", False),
    ("De juf heeft ons nog niet teruggebeld.", False),
    ("Ik heb nog geen kans gehad om met de juf te praten.", False),
    ("Ik heb er nog niet met de school over gepraat.", False),
    ("We hebben het nog niet aangekaart bij de leerkracht.", False),
    ("Ik heb het bewust nog niet met de juf besproken.", False),
    ("Ik heb niet met de juf gesproken, omdat ik bang ben voor de gevolgen.", False),
    ("Voordat ik met de juf ga praten, wil ik uw advies.", False),
    ("Moet ik eerst met de juf praten?", False),
    ("De juf heeft met mijn zoon gesproken over zijn gedrag.", False),
    ("De directeur heeft de ouders van de pester gebeld.", False),
    ("Ik heb het met mijn man besproken en we zijn het erover eens dat dit niet kan.", False),
    ("Mijn zoon heeft het de juf gezegd, maar die deed niets.", False),
])
def test_step_in_everyday_wordings(text, want):
    assert step(text) is want


@pytest.mark.parametrize("text,want", [
    ("Mijn klacht werd vorig jaar door de commissie behandeld.", True),
    ("Deze zaak is al eerder formeel behandeld.", True),
    ("Over dit probleem heb ik vorig jaar al een formele klacht ingediend, die werd behandeld.", True),
    ("Ik heb vorig jaar een klacht ingediend over iets anders.", False),
    ("Ik dien een klacht in over hoe de juf mijn zoon behandeld heeft.", False),
    ("Ik heb een klacht over de manier waarop hij behandeld wordt.", False),
    ("De juf heeft de klacht van mijn zoon weggelachen.", False),
    ("Wanneer wordt mijn klacht behandeld?", False),
    ("Mijn klacht moet nog behandeld worden.", False),
])
def test_previously_handled_against_treatment_words(text, want):
    assert handled(text) is want


# English and French writers, and Dutch fronted negations ("Noch de juf noch de directeur hebben we gesproken")
@pytest.mark.parametrize("model,text,want", [
    ("step", "We met with the class teacher last week about this.", True),
    ("step", "I have brought this up with her mentor several times.", True),
    ("step", "I emailed the teacher on Monday and she replied that nothing can be done.", True),
    ("step", "My husband went to see the principal.", True),
    ("step", "We've talked to the teacher already.", True),
    ("step", "The teacher told us she would look into it.", True),
    ("step", "I haven't contacted the school yet.", False),
    ("step", "We would like to meet the teacher.", False),
    ("step", "I am planning to talk to the principal.", False),
    ("step", "Nobody at the school has spoken to us.", False),
    ("step", "Nous avons déjà discuté avec l'institutrice.", True),
    ("step", "J'ai signalé le problème au titulaire.", True),
    ("step", "Je n'ai pas encore contacté l'école.", False),
    ("step", "Ik heb haar juf hier al verschillende keren over aangesproken.", True),
    ("step", "Wij hebben dit meermaals aangekaart, zowel bij de juf als bij de directie.", True),
    ("step", "Zowel de juf als de directeur hebben we hierover gesproken.", True),
    ("step", "Noch de juf noch de directeur hebben we hierover al gesproken.", False),
    ("step", "Ik belde de school twee keer.", True),
    ("step", "We hebben een afspraak gehad met de zorgcoördinator.", True),
    ("step", "We hebben een afspraak met de zorgcoördinator op 12 november.", False),
    ("in_court", "We have filed a lawsuit against the school.", True),
    ("in_court", "We are considering a lawsuit.", False),
    ("in_court", "Une procédure est en cours devant le tribunal.", True),
    ("in_court", "Nous envisageons de saisir le tribunal.", False),
    ("formal", "Please treat this as a formal complaint.", True),
    ("formal", "This is not a formal complaint.", False),
    ("formal", "Ce n'est pas une plainte officielle.", False),
    ("formal", "Veuillez considérer ce courriel comme une plainte formelle.", True),
    ("step", "Niet alleen de juf maar ook de directeur hebben we gesproken.", True),
])
def test_other_languages_and_fronted_negations(model, text, want):
    assert {"step": step, "in_court": in_court, "formal": formal}[model](text) is want
