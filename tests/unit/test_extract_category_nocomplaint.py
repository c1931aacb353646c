"""Whether a mail is a complaint at all: a denial of complaining that only renounces the formality, thanks in the
closing formula (end to end in tests/fixtures/triage/r14cat-*), and the absence a leave request is about."""
import pytest

from mailbot.extract.category import not_complaint


def _sents(body):
    return [s for s in body.replace("? ", "?\n").replace(". ", ".\n").split("\n") if s.strip()]


@pytest.mark.parametrize("body", [
    # 'not an official complaint' renounces the formality: the worry is still a complaint
    "Ce n'est pas une plainte officielle. Le CLB n'a toujours pas envoyé le verslag. Nous sommes très inquiets.",
    "Dit is geen officiële klacht, maar de juf negeert mijn zoon al weken.",
    "Het is geen klacht hoor, maar we maken ons echt zorgen over hoe Jonas behandeld wordt.",
    "Geen klacht dus, maar ik ben wel ongerust: hij wil niet meer naar school.",
    "This is not a complaint, but I am worried that nobody helps my daughter.",
    "Geen klacht hoor, maar Daan komt elke dag huilend thuis.",
    "Ce n'est pas une plainte formelle mais notre fille est harcelée chaque jour.",
    "Ik wil nog geen formele klacht indienen, maar de juf roept Tibo steeds uit voor lui.",
    # denying a complaint about one person names another as its target
    "Ik heb geen klacht over de juf, maar over de directeur die Tom niet laat meedoen.",
    "Dit is geen klacht over jullie leerondersteuner.\nDe school geeft Noor nog altijd geen extra tijd.",
    # a request refused, or a request with discontent, is a complaint
    "Ons verlof voor de bruiloft werd geweigerd. Moet ik een formulier invullen?",
    "Moet ik een formulier invullen? De juf laat Sven niet meedoen met de turnles.",
])
def test_still_a_complaint(body):
    assert not_complaint("Bericht", body, _sents(body)) is None


@pytest.mark.parametrize("body", [
    # a practical request whose only negation is the planned absence
    "Mijn zus trouwt op 13 maart. Onze kinderen Sven en Isa zouden die dag niet op school zijn. Moet ik een "
    "formulier invullen?",
    "Wij gaan op 2 mei naar een begrafenis in Marokko, dus Amina zal die dag niet aanwezig zijn. Moet ik verlof "
    "aanvragen via een formulier?",
    "Our son will not be at school on Friday because of a family wedding. Is there a leave of absence form?",
    "Mag Jules op 3 juni vrij voor de communie van zijn neef? Hij zou dan niet naar school komen.",
    # a plain denial with nothing worrying
    "Het is zeker geen klacht, we willen alleen weten wanneer de rapporten komen. Is dat vrijdag?",
    "Het is zeker geen klacht hoor, het gaat goed met Saar. Kunnen we een afspraak maken?",
    "Ce n'est pas une plainte, je voulais seulement savoir l'horaire. Merci.",
    "This is not a complaint: could you send me the date of the parents' evening?",
    # distress told of a time that is over is no worry now
    "Hij was een jongen die elke ochtend huilde aan de poort en gaat nu met plezier naar school. Geen klacht dus, "
    "alleen maar dank!",
    # thanks as the mail's purpose, not its closing
    "Ik wil jullie hartelijk bedanken voor de fijne begeleiding van Tim dit jaar.",
])
def test_no_complaint(body):
    assert not_complaint("Bericht", body, _sents(body)) is not None
