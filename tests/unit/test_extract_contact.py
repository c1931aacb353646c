"""informal_step_done as a model: a staff role x a communication act x tense and negation,
with staff answering the writer as proof of contact. Wordings here are our own, not a corpus's."""
import pytest

from mailbot.extract.contact import clauses, informal_step
from mailbot.extract.text import sentences


def done(text: str) -> bool:
    return bool(informal_step(sentences(text)))


@pytest.mark.parametrize("text", [
    # the writer's side acted, by any channel
    "Op het oudercontact van januari heb ik dit al aangekaart.",
    "Ik heb het probleem voorgelegd aan de intern begeleider.",
    "We hebben vorige maand contact opgenomen met het CLB.",
    "Mijn man heeft het na schooltijd gemeld bij meester Bram.",
    "Ik heb de zorgcoördinator vorige week aan de lijn gehad.",
    "Ik heb het er met de mentor al twee keer over gehad.",
    "Tijdens het oudercontact hebben we onze bezorgdheid geuit bij de titularis.",
    "I raised this with his mentor in March.",
    # a talk that took place, singular or plural, with the writer in it
    "Wij hadden vorige maand al drie gesprekken met de mentor over zijn cijfers.",
    "We hebben inmiddels twee afspraken gehad met de zorgjuf.",
    "In het rapportgesprek hebben de juf en de IB'er ons beloofd dat er een plan kwam.",
    # staff answering the writer
    "Juf Lotte antwoordde dat ze er niets aan kon doen.",
    "De mentor beloofde ons dat hij het zou opvolgen.",
    "Ik kreeg van de coördinator als antwoord dat de planning vol zit.",
    "Meester Hugo heeft ons gisteren teruggebeld.",
])
def test_a_contact_that_took_place(text):
    assert done(text), informal_step(sentences(text))


@pytest.mark.parametrize("text", [
    # only a plan or a wish
    "Ik ga volgende week met de juf praten.",
    "We willen hierover graag een gesprek met de mentor.",
    "Wij hebben om een gesprek gevraagd met de leerkracht.",
    # not (yet) done, or it failed
    "Ik heb de mentor nog niet kunnen spreken.",
    "Ik heb twee keer gemaild naar de coördinator en nog steeds geen antwoord.",
    "De juf weigerde een gesprek met ons.",
    "Het gesprek met de intern begeleider werd op het laatste moment afgezegd.",
    # talked, but not with the people involved
    "Ik heb het er met andere ouders over gehad.",
    "Ik heb het gisteren uitgebreid met mijn zoon besproken.",
    "Wij hebben ons advies gevraagd bij een advocaat.",
    # staff speaking, but not to the writer
    "De juf zei tegen de klas dat hij een leugenaar is.",
    "Meester Tom heeft de resultaten besproken met de directeur.",
])
def test_no_contact(text):
    assert not done(text), informal_step(sentences(text))


def test_an_unanswered_mail_and_a_later_phone_call_count_as_contact():
    text = ("Ik heb de leerondersteuner drie keer gemaild en nooit antwoord gekregen. "
            "Daarna heb ik de coördinator aan de telefoon gehad; die zou het navragen.")
    assert [e.phrase for e in informal_step(sentences(text))] == ["ik de coördinator aan de telefoon gehad"]


def test_a_contrast_clause_is_judged_on_its_own():
    assert clauses("Ik heb het met de juf besproken, maar zij wil niets veranderen.")[0].strip() == \
        "Ik heb het met de juf besproken"


@pytest.mark.parametrize("text,want", [
    # 'niemand' as the talk's outcome does not undo the talk; 'niemand' as who did not answer does
    ("We hebben het met meester Tom besproken, maar niemand weet waarom Sem van groep moest wisselen.", True),
    ("Ik heb drie keer naar school gebeld, maar niemand nam op.", False),
    # English simple past and French 'j'en ai parlé'
    ("I reported it to the class teacher on Monday, but nothing happened.", True),
    ("J'en ai parlé avec la coordinatrice du centre la semaine passée.", True),
])
def test_a_contact_is_undone_only_by_a_failure_of_that_contact(text, want):
    assert done(text) is want


@pytest.mark.parametrize("text", [
    "De leerondersteuner heeft dat gisteren aan de telefoon ook niet ontkend.",
    "The teacher admitted it on the phone last week.",
    "De klasjuf bevestigde in het gesprek van maandag dat de toets zonder hulpmiddelen was.",
])
def test_staff_responding_in_a_call_or_talk_shows_the_matter_was_raised(text):
    assert informal_step(sentences(text))


def test_a_denial_without_a_call_or_talk_is_no_contact():
    assert not informal_step(sentences("De school ontkent dat er iets gebeurd is."))


@pytest.mark.parametrize("text,want", [
    # staff stating their position on the matter, even in the present tense: it was put to them
    ("De klasleerkracht zegt dat zij er niets aan kan doen omdat het zo beslist is.", True),
    ("Zijn begeleider zegt dat het een beslissing van de coördinator is.", True),
    # staff saying something about the child is no position on the complaint
    ("De juf zegt dat hij goed meedoet in de klas.", False),
    ("Volgens mij zegt niemand dat het een beslissing van de directie is.", False),
])
def test_staff_stating_their_position_shows_the_matter_was_put_to_them(text, want):
    assert bool(informal_step(sentences(text))) is want


@pytest.mark.parametrize("text", [
    # the writer's words in a call with staff, told in passing
    "Zoals ik de coördinator vorige week telefonisch vertelde, is Noor nog steeds zonder begeleiding.",
    # 'daar ... over gehad', with a time phrase in between
    "Wij hebben het daar gisteren nog met de zorgjuf over gehad, maar er verandert niets.",
])
def test_a_contact_told_in_passing(text):
    assert done(text), informal_step(sentences(text))


def test_saying_so_in_a_mail_is_no_call():
    assert not done("Zoals ik al zei in mijn vorige mail, krijgt Noor geen begeleiding.")


def test_not_yet_raised_outweighs_a_staff_message_that_is_the_event_itself():
    text = ("Vrijdag kreeg ik een mail van juf Elif dat onze zoon zijn huiswerk niet had gemaakt, wat niet klopt. "
            "Ik heb juf Elif daar nog niet over gesproken.")
    assert not done(text), informal_step(sentences(text))
    # a talk the writer did have still counts beside what they did not do yet
    assert done(text + " Wel heb ik het gisteren besproken met de directeur.")


@pytest.mark.parametrize("text", [
    "Op het zorgoverleg hebben wij daar meteen bezwaar tegen gemaakt.",
    "Vorige maandag zaten we samen met de zorgcoördinator en het CLB.",
])
def test_an_objection_made_or_a_sitting_with_staff_is_contact(text):
    assert done(text)


@pytest.mark.parametrize("text", [
    # staff stating a position, but the writer says outright nobody has been asked yet
    "De leerkrachten zeggen dat het niet haalbaar is. We hebben er nog met niemand van de school over gesproken.",
    # the writer is the object of an act nobody did
    "Niemand heeft ons gevraagd wat wij ervan vinden.",
])
def test_nobody_spoken_to_and_nobody_asking_us_is_no_contact(text):
    assert not done(text)


@pytest.mark.parametrize("text", [
    # at a routine meeting every parent goes to, staff telling the parents something is no sign they raised it
    "Op het oudercontact van 9 oktober zei de juf dat Fien het nooit zal halen. Ik heb daar nooit iets over gezegd.",
    "Tijdens het rapportgesprek vertelde de meester ons dat Daan achterloopt. Daar schrok ik van.",
    "Op de ouderavond gaf de titularis aan dat Wout te traag werkt.",
    "At the parents' evening the teacher told us that Sam is lazy.",
])
def test_staff_telling_the_parents_at_a_routine_meeting_is_no_informal_step(text):
    assert not done(text)


@pytest.mark.parametrize("text", [
    # ... but what the parents themselves did there still counts
    "Op het rapportgesprek hebben we het over de pesterijen gehad.",
    "Op het oudercontact heb ik de juf gezegd dat Fien zich gekwetst voelt.",
    # idioms of going to staff with it
    "Vorige week heb ik bij de juf aan de bel getrokken.",
    "Ik ben meteen naar de klastitularis gestapt.",
    "We stapten de dag erna naar de directeur.",
    "Wij zijn gaan praten met de zorgcoördinator.",
])
def test_the_parents_own_act_at_a_meeting_or_going_to_staff_is_an_informal_step(text):
    assert done(text)


@pytest.mark.parametrize("text", [
    # a meeting where staff announced the decision complained about: the parents have not yet taken it up
    "Op het MDO van 5 oktober werd ons meegedeeld dat Lina geen extra tijd meer krijgt. Wij zijn het daar niet mee eens.",
    "In een gesprek op 4 maart kregen we te horen dat de begeleiding stopt.",
    "Op het zorgoverleg van 12 maart hebben ze ons verteld dat het aantal uren gehalveerd wordt.",
    "We werden uitgenodigd voor een gesprek waarin de directeur meedeelde dat Sem niet meer naar de rustruimte mag.",
])
def test_a_meeting_that_announced_the_contested_decision_is_no_informal_step(text):
    assert not done(text)


def test_the_parents_objection_at_that_meeting_still_counts():
    assert done("In het gesprek met de zorgcoördinator heb ik gezegd dat ik niet akkoord ga met de beslissing.")
    assert done("Op het overleg van maandag hebben ze ons meegedeeld wie de nieuwe begeleidster wordt.")


@pytest.mark.parametrize("text", [
    # Flemish and Dutch ways of taking it up with staff
    "Ik heb de klastitularis vorige week gecontacteerd.",
    "Ik heb het met de juf uitgepraat, maar dat hielp niet.",
    "Wij hebben onze zorgen bij de mentor neergelegd.",
    "Ik heb een briefje meegegeven voor de juf.",
    "Ik heb het de meester gisteren nog verteld.",
])
def test_flemish_and_dutch_wordings_of_taking_it_up(text):
    assert done(text)


@pytest.mark.parametrize("text", [
    "Ik heb de titularis nog niet gecontacteerd.",
    "Ik heb het aan mijn moeder verteld.",
])
def test_not_yet_or_only_to_family_is_no_informal_step(text):
    assert not done(text)


@pytest.mark.parametrize("text", [
    # a third party's parent is not the writer's side
    "De moeder van een meisje uit zijn klas heeft hem gisteren uitgescholden en gezegd dat hij moet oppassen.",
    "Vanmorgen heeft de papa van een klasgenoot hem bij de arm genomen en gezegd dat hij zijn zoon met rust moet laten.",
    # the partner stands in the act's own clause; a staff word in a clause joined after it is no partner
    "Ik heb het met mijn man besproken en we vinden dat de juf dit moet weten.",
    "We hebben het er thuis met zijn grootouders over gehad en die vinden ook dat de school moet ingrijpen.",
    # family as the object right before the act
    "Ik heb haar ouders meteen gebeld, want de school moet dit weten.",
    "Als opa heb ik zijn moeder gemaild; de leerkracht weet nog van niets.",
    "Ik heb mijn dochter gebeld en we maken ons zorgen over wat de juf zei.",
])
def test_a_talk_with_family_or_a_third_partys_parent_is_no_step(text):
    assert not done(text), informal_step(sentences(text))


@pytest.mark.parametrize("text", [
    # the same shapes with staff as the partner still count
    "De vader van Lotte en ik hebben het met de juf besproken.",
    "Ik heb het met de mentor besproken en we vinden dat er iets moet gebeuren.",
    "Ik heb de juf meteen gebeld, want dit kan zo niet verder.",
    "Mijn man heeft meester Tom gisteren gemaild.",
])
def test_staff_as_the_partner_still_counts(text):
    assert done(text), informal_step(sentences(text))


@pytest.mark.parametrize("text,want", [
    # a meeting the writer says did not touch the matter
    ("Op het oudercontact van 8 januari waren we bij de titularis, maar dat ging over haar rapport; de begeleiding "
     "kwam daar niet ter sprake.", False),
    ("We hadden wel een rapportgesprek met de juf, maar het pesten is niet aan bod gekomen.", False),
    ("In het gesprek met de mentor is dat onderwerp nooit aan de orde gekomen.", False),
    ("We had a parents' evening with the teacher, but the bullying did not come up.", False),
    # a meeting about the matter still counts
    ("Op het oudercontact hebben we het pesten bij de titularis ter sprake gebracht.", True),
    # the writer's own talks whose outcome is told
    ("Mijn gesprekken met de coördinator hebben niets opgelost.", True),
    ("Onze twee gesprekken met de juf hebben niets veranderd.", True),
    ("Het overleg met de zorgleerkracht heeft niets uitgehaald.", True),
    # separable 'langs' with its auxiliary inside, in a relative clause too
    ("De zorgcoördinator, bij wie ik vorige week langs ben geweest, zegt dat het zo blijft.", True),
    ("We zijn vrijdag bij de directeur langs geweest.", True),
    ("Ik ga morgen bij de juf langs.", False),
    # staff holding to a view against the writer
    ("De juf houdt vol dat er niets gebeurd is.", True),
    ("De leerkracht blijft erbij dat ze correct heeft gehandeld.", True),
])
def test_meeting_topic_outcome_visit_and_position(text, want):
    assert done(text) is want, informal_step(sentences(text))


@pytest.mark.parametrize("text,want", [
    # a visit to staff, with or without a separable particle
    ("We zijn al bij de juf geweest.", True),
    ("Ik ben vorige week bij de directeur binnengestapt.", True),
    ("Ik ben nog niet bij de juf geweest.", False),
    ("Ik wil bij de directeur binnenstappen.", False),
    ("We zijn bij de huisarts geweest.", False),
    ("Mijn zoon is bij de zorgjuf geweest.", False),
    # more acts of raising it, Flemish and Netherlands usage
    ("De juf en ik hebben er al over gebabbeld.", True),
    ("Ik heb de mentor daarover aangeschreven.", True),
    ("Ik heb de juf na schooltijd even aangeklampt.", True),
    ("Ik heb mijn beklag gedaan bij de directeur.", True),
    ("Ik heb een briefje meegegeven voor de juf.", True),
    # a talk with staff whose outcome is told in the simple past
    ("Na het gesprek met de juf veranderde er niets.", True),
])
def test_visits_and_more_acts_of_raising_it(text, want):
    assert done(text) is want, informal_step(sentences(text))


@pytest.mark.parametrize("text,want", [
    # sat in on the meeting, said nothing there: no step
    ("Vorige week hadden we een gesprek met de zorgcoördinator over de nieuwe aanpak. We hebben daar niets gezegd, "
     "we waren te overdonderd.", False),
    ("Op het MDO van dinsdag zaten wij ook aan tafel. Ik heb er geen woord durven zeggen.", False),
    ("Wij hadden maandag een overleg met de school. We hebben gezwegen omdat we het niet verwachtten.", False),
    # but the writer's own act told elsewhere still counts
    ("We hadden een gesprek met de juf; we hebben toen niets gezegd. Achteraf heb ik de directeur gemaild.", True),
    ("Op het overleg hebben we ons ongenoegen geuit bij de coördinator.", True),
])
def test_a_meeting_where_the_writer_said_nothing_is_no_step(text, want):
    assert done(text) is want, informal_step(sentences(text))


@pytest.mark.parametrize("text,want", [
    # the writer is the object of someone else's act
    ("Ik zit in de ouderraad en verschillende ouders hebben mij hierover aangesproken.", False),
    ("Wij zijn grootouders en een buurvrouw heeft ons daarover opgebeld.", False),
    ("Een andere mama had me daarover gemaild.", False),
    # the writer's own act stays
    ("We hebben ons beklag gedaan bij de klasjuf.", True),
    ("Ik heb de titularis daarover aangesproken.", True),
])
def test_the_writer_as_object_of_another_s_act_is_no_step(text, want):
    assert done(text) is want, informal_step(sentences(text))


@pytest.mark.parametrize("text,want", [
    # staff telling the writer what they did or will do about the matter
    ("De zorgcoördinator zegt dat ze het met de leerkrachten besproken heeft, maar er verandert niets.", True),
    ("De titularis laat weten dat hij het heeft doorgegeven aan de directie.", True),
    ("De zorgjuf zegt dat ze het zal bekijken.", True),
    # a plan of the writer or a denial stays out
    ("Ik wil dat de juf zegt dat ze het met de klas besproken heeft.", False),
])
def test_staff_telling_what_they_did_about_it_shows_it_was_raised(text, want):
    assert done(text) is want, informal_step(sentences(text))
