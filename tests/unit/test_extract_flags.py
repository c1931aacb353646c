"""Formal, flags and urgency: phrase families with their negation and 'if ...' guards."""
import pytest

from mailbot.extract import flags as F
from mailbot.extract.text import conditional, negated, sentences


def hits(families, text):
    return F.find(families, sentences(text), negation=negated, conditional=conditional)


@pytest.mark.parametrize("text,formal", [
    ("Hierbij dien ik een formele klacht in.", True),
    ("Ik wil officieel klacht indienen over de begeleiding.", True),
    ("Ik wil graag een klacht indienen bij de directeur.", True),
    ("I would like to file a formal complaint.", True),
    ("Ik wil (nog) geen formele klacht indienen.", False),
    ("Dit is nog geen officiële klacht.", False),
    ("Als het niet verandert, dien ik een formele klacht in.", False),
    ("Ik wil een klacht formuleren over jullie werking.", False),
])
def test_formal(text, formal):
    assert bool(hits(F.FORMAL, text)) is formal


@pytest.mark.parametrize("text,in_court", [
    ("Wij hebben via onze advocaat een dagvaarding laten betekenen.", True),
    ("We hebben een procedure opgestart bij de rechtbank (kortgeding).", True),
    ("Nous avons saisi le tribunal ; la procédure est en cours.", True),
    ("We overwegen juridische stappen.", False),
    ("Als er geen oplossing komt, stappen wij naar de rechtbank.", False),
    ("Ik heb contact opgenomen met een advocaat.", False),
    # pending proceedings in the many ways a parent says it
    ("Over de aanpassingen loopt er al een procedure in kort geding tegen de school.", True),
    ("Onze advocaat heeft vorige week een verzoekschrift ingediend bij de vrederechter.", True),
    ("De zaak is aanhangig bij de Raad van State.", True),
    ("We zijn in beroep gegaan tegen die beslissing.", True),
    ("Wij hebben klacht ingediend bij het parket.", True),
    ("De zitting bij de jeugdrechter is gepland voor 3 december.", True),
    # weighed, threatened or announced steps are not pending
    ("We overwegen een kort geding.", False),
    ("We dreigen ermee naar de rechtbank te stappen.", False),
    ("Anders volgt een dagvaarding.", False),
    ("We zullen een kort geding aanspannen.", False),
    ("Onze advocaat heeft gezegd dat we een sterke zaak hebben.", False),
])
def test_in_court_only_when_started(text, in_court):
    assert bool(hits(F.IN_COURT, text)) is in_court


def test_previously_handled_and_its_negation():
    assert hits(F.PREVIOUSLY_HANDLED, "Die klacht werd in maart formeel behandeld en afgesloten.")
    assert not hits(F.PREVIOUSLY_HANDLED, "Deze klacht is nog niet eerder formeel behandeld.")


@pytest.mark.parametrize("text,done", [
    ("Ik heb dit al besproken met de leerondersteuner.", True),
    ("We hebben daar een gesprek over gehad met de juf.", True),
    ("Ik heb de juf er nog niet over gesproken.", False),
    ("Ik heb al 2x gebeld maar nooit iemand kunnen spreken.", False),
    ("Ik wil alleen dat de leerondersteuner erop aangesproken wordt.", False),
    ("Ik weet eerlijk gezegd niet wie dat nu is.", False),
])
def test_informal_step(text, done):
    assert bool(F.informal_step(sentences(text), negated)) is done


@pytest.mark.parametrize("text,urgent", [
    ("Hij zei dat hij liever dood is.", True),
    ("Ze heeft hem tegen de muur geduwd.", True),
    ("Sindsdien weigert hij om naar school te gaan.", True),
    ("Ze wil niet meer dat de begeleidster naar de klas komt.", False),
    ("Hij was erg van slag.", False),
])
def test_urgent(text, urgent):
    assert bool(hits(F.URGENT, text)) is urgent


@pytest.mark.parametrize("text,formal", [
    ("I want to make an official complaint about the school.", True),
    ("Please treat this complaint as official.", True),
    ("This is not an official complaint yet.", False),
])
def test_formal_in_english(text, formal):
    assert bool(hits(F.FORMAL, text)) is formal


@pytest.mark.parametrize("text,handled", [
    ("Mijn klacht van vorig jaar werd door de vorige directeur behandeld en afgesloten.", True),
    ("Ik dien deze klacht daarom nogmaals formeel in.", True),
    ("The complaint was formally closed last spring.", True),
    ("Ik hoop dat mijn klacht snel behandeld wordt.", False),
    ("Ik dien formeel klacht in.", False),
])
def test_previously_handled_phrase_family(text, handled):
    assert bool(hits(F.PREVIOUSLY_HANDLED, text)) is handled


@pytest.mark.parametrize("text,done", [
    ("Ik heb er drie keer met de begeleidster over gepraat.", True),
    ("Ik heb er de dag nadien met de juf over gepraat.", True),
    ("Een gesprek met de klasleerkracht en de zorgcoördinator heeft niets opgeleverd.", True),
    ("Omdat een gesprek met de juf niets opleverde, hebben wij een advocaat genomen.", True),
    ("Ik heb mijn advocaat erover gesproken.", False),
    ("Ik heb de juf gemaild, maar er is nooit op geantwoord.", False),
])
def test_informal_step_phrase_family(text, done):
    assert bool(F.informal_step(sentences(text), negated)) is done


@pytest.mark.parametrize("text", [
    "The older boys kicked him and he came home with bruises.",
    "He is afraid to go outside at break.",
])
def test_urgent_in_english(text):
    assert hits(F.URGENT, text)


@pytest.mark.parametrize("text,done", [
    ("Vorige week kregen we in het overleg met de zorgcoördinator te horen dat het niet kan.", True),
    ("Wij hadden maandag een gesprek met de klasleerkracht.", True),
    ("De juf heeft ons gisteren teruggebeld, maar er verandert niets.", True),
    ("Ik heb een mail aan meester Joost gestuurd op 3 maart.", True),
    ("We willen graag een gesprek met de juf.", False),
])
def test_informal_step_taken_in_a_meeting_or_answered_by_staff(text, done):
    assert bool(F.informal_step(sentences(text), negated)) is done


def test_a_negation_in_an_earlier_clause_joined_by_en_does_not_undo_a_formal_complaint():
    assert hits(F.FORMAL, "Ik ga daar niet mee akkoord en dien mijn klacht hierbij formeel in.")
    assert not hits(F.FORMAL, "Ik dien nog geen formele klacht in.")


@pytest.mark.parametrize("text,done", [
    # the parents spoken of in the third person: their lawyer, or a teacher passing their mail on
    ("Mijn cliënte heeft op 3 mei met de mentor gesproken over het advies.", True),
    ("De ouders hebben het vorige week al met de intern begeleider besproken.", True),
    # nothing said yet, or only a view of how it should have gone
    ("Wij hebben de mentor er nog niets over gezegd.", False),
    ("Ik vind dat zo'n besluit eerst met ons besproken had moeten worden.", False),
    ("Zoiets moet volgens mij vooraf met de ouders overlegd worden.", False),
    # a talk that yielded nothing still took place
    ("We hebben met de juf gepraat, maar het heeft niets uitgehaald.", True),
])
def test_informal_step_by_whom_and_whether_it_took_place(text, done):
    assert bool(F.informal_step(sentences(text), negated)) is done


def formal(text):
    return bool(F.formal_complaint(sentences(text), negation=negated, conditional=conditional))


@pytest.mark.parametrize("text,want", [
    # the act of making it official, with the object far from the adverb, and filing with the director
    ("Graag maak ik hierbij mijn klacht over de sessies van afgelopen maand officieel.", True),
    ("Mijn klacht over het wegvallen van de begeleiding van Lotte wil ik nu formeel maken.", True),
    ("Bij deze dien ik per brief klacht in bij de directeur van jullie centrum.", True),
    # contingent: a time clause before, a condition after, a weighing or threat
    ("Ik bel liever eerst even voordat ik een formele klacht indien.", False),
    ("Ik dien een formele klacht in als er voor de kerstvakantie niets verandert.", False),
    ("We overwegen een formele klacht bij de directeur.", False),
    # a renouncement about the present wins over a mention of an earlier formal complaint
    ("Twee jaar geleden dienden we al eens een formele klacht in. Deze mail is uitdrukkelijk geen formele klacht.", False),
    ("We are not lodging a formal complaint for now, we only want an explanation.", False),
    # a negation about the past renounces nothing
    ("Ik heb nooit eerder een klacht ingediend. Hierbij dien ik een formele klacht in.", True),
])
def test_formal_is_read_for_scope_tense_and_condition(text, want):
    assert formal(text) is want


@pytest.mark.parametrize("text", [
    "Ik wil even iets kwijt, zonder er een formele klacht van te maken.",
    "I am writing without making this a formal complaint.",
])
def test_formal_kept_informal_on_purpose(text):
    assert not F.formal_complaint(sentences(text), negation=negated, conditional=conditional)


@pytest.mark.parametrize("text", [
    "Die klacht heb ik in april al formeel bij jullie ingediend.",
    "Ze werd toen door uw voorganger afgesloten zonder gevolg.",
    "Mijn klacht is vorig jaar geklasseerd zonder verder gevolg.",
])
def test_previously_handled_in_other_words(text):
    assert hits(F.PREVIOUSLY_HANDLED, text)


@pytest.mark.parametrize("text,handled", [
    # a handling told as history, passive or active
    ("De directie heeft mijn klacht toen onderzocht en afgesloten.", True),
    ("Jullie hebben die klacht in februari behandeld en afgerond.", True),
    ("Het centrum had onze klacht al behandeld en ongegrond verklaard.", True),
    # a handling asked for: a wish that opens the clause, or a present or future passive after it
    ("Ik vraag dat deze klacht formeel behandeld wordt.", False),
    ("Ik wens dat dit nu officieel behandeld wordt.", False),
    ("Graag zou ik zien dat die klacht formeel afgehandeld wordt door de directie.", False),
    ("Deze klacht moet formeel behandeld worden, vind ik.", False),
    ("Mijn klacht zal hopelijk officieel behandeld worden.", False),
])
def test_previously_handled_is_history_not_a_request(text, handled):
    assert bool(hits(F.PREVIOUSLY_HANDLED, text)) is handled


@pytest.mark.parametrize("text,in_court", [
    # a case brought before a court, in any court's name
    ("Via onze advocaat hebben we de zaak voor de rechtbank gebracht.", True),
    ("Wij hebben de school voor de kantonrechter gedaagd.", True),
    ("De zaak is intussen voorgelegd aan de voorzieningenrechter.", True),
    ("De kwestie ligt nu bij de bestuursrechter; de zitting is op 4 mei.", True),
    # a hearing already set
    ("De inleidende zitting is op 12 november.", True),
    ("De eerste zitting is vastgesteld op 3 februari.", True),
    ("The hearing is scheduled for next month.", True),
    # still to come or only weighed
    ("We zullen de zaak voor de rechtbank brengen als er niets verandert.", False),
    ("We overwegen de zaak aan de rechter voor te leggen.", False),
    ("Desnoods stappen we naar de kantonrechter.", False),
])
def test_in_court_a_case_brought_or_a_hearing_set(text, in_court):
    assert bool(hits(F.IN_COURT, text)) is in_court


@pytest.mark.parametrize("text,in_court", [
    # the case heard or judged, Flemish and Netherlands usage
    ("De zaak dient op 5 december voor de rechtbank.", True),
    ("We staan op 3 maart voor de rechter.", True),
    ("De rechter doet uitspraak op 12 mei.", True),
    ("We wachten op de uitspraak van de rechtbank.", True),
    ("We hebben een bodemprocedure gestart.", True),
    ("Er loopt een bodemprocedure tegen het bestuur.", True),
    ("De zaak wordt op 14 januari behandeld door de jeugdrechtbank.", True),
    # weighed, conditional or negated
    ("Als het nodig is, wachten we de uitspraak van de rechter af.", False),
    ("We zullen een bodemprocedure starten.", False),
    ("Ik wil niet voor de rechter staan.", False),
])
def test_in_court_a_case_heard_or_judged(text, in_court):
    assert bool(hits(F.IN_COURT, text)) is in_court


@pytest.mark.parametrize("text,handled", [
    ("De klachtencommissie heeft onze klacht vorig jaar al ongegrond verklaard.", True),
    ("Mijn klacht werd toen onontvankelijk verklaard.", True),
    ("Mijn eerdere formele klacht werd in juni afgehandeld.", True),
    ("Ik vraag dat mijn klacht gegrond verklaard wordt.", False),
])
def test_previously_handled_a_verdict_or_an_earlier_complaint(text, handled):
    assert bool(hits(F.PREVIOUSLY_HANDLED, text)) is handled


@pytest.mark.parametrize("text,formal", [
    ("Ik zie voorlopig af van een formele klacht.", False),
    ("Please consider this email my official complaint.", True),
    ("We are considering a formal complaint.", False),
])
def test_formal_renounced_or_declared(text, formal):
    assert bool(F.formal_complaint(sentences(text), negation=negated, conditional=conditional)) is formal


@pytest.mark.parametrize("text,handled", [
    # the handling told in the past passive, with only a time or an agent between
    ("Die klacht werd in maart behandeld: ik kreeg een brief dat alles was bijgestuurd.", True),
    ("Onze klacht is in januari door de klachtencommissie afgehandeld.", True),
    ("Mijn klacht van vorig schooljaar is toen behandeld geweest.", True),
    # the same complaint filed again, in either word order
    ("Ik dien dezelfde klacht dus opnieuw in, formeel.", True),
    ("Daarom dien ik nog eens dezelfde klacht in.", True),
    ("We dienen dezelfde klacht terug in bij de directie.", True),
    # not handled yet, asked for, or another matter
    ("Mijn klacht is nog altijd niet behandeld.", False),
    ("Mijn klacht werd nooit behandeld.", False),
    ("Ik wil dat mijn klacht deze keer echt behandeld wordt.", False),
    ("De klacht van een andere ouder over hetzelfde probleem kreeg geen antwoord.", False),
    ("De leerstof werd in maart behandeld.", False),
])
def test_previously_handled_told_in_the_past_or_filed_again(text, handled):
    assert bool(hits(F.PREVIOUSLY_HANDLED, text)) is handled
