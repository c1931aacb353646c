"""What is no complaint at all: thanks, questions for information, invitations, login lures; and what still is."""
import pytest

from mailbot.extract.category import not_complaint
from mailbot.extract.text import sentences


@pytest.mark.parametrize("subject,body", [
    ("Vraag", "Goedemiddag,\n\nOnze dochter start in september. Hoe vragen we leersteun aan?\n\nAlvast bedankt voor de info."),
    ("Inschrijving", "Ik heb een paar praktische vragen: hoe laat gaat de poort open? Is er opvang?"),
    ("Bedankt", "Ik wil jullie alleen bedanken voor de fijne begeleiding."),
])
def test_questions_and_thanks_are_no_complaint(subject, body):
    assert not_complaint(subject, body) is not None


@pytest.mark.parametrize("subject,body", [
    ("Vraag", "Ik heb een vraag: waarom kwam de begeleidster gisteren niet?"),
    ("Sessies", "Ik heb een vraag. De sessie ging niet door en er kwam geen bericht. Wat kunnen wij doen?"),
    ("Groep 5", "Onze zoon krijgt te weinig instructie. We willen graag een gesprek aanvragen."),
    ("Playground", "My son came home with bruises again. Can we talk?"),
])
def test_complaints_phrased_as_questions_or_requests_stay_complaints(subject, body):
    assert not_complaint(subject, body) is None


def _mail(sender, body, parts=("text/plain",), headers=()):
    from datetime import datetime, timezone
    from mailbot.model import ParsedMail
    return ParsedMail(message_id="<t@x>", subject="Dossier", from_name="", from_addr=sender, to=(), cc=(),
                      reply_to=None, date=datetime(2026, 11, 3, tzinfo=timezone.utc), in_reply_to=None,
                      references=(), headers=tuple(headers), body=body, full_text=body, part_types=parts)


def test_a_login_lure_and_a_calendar_invitation_are_no_complaint():
    from mailbot.extract.category import not_complaint_mail
    lure = "Er is een klacht tegen uw organisatie. Bekijk het dossier en log in met uw Microsoft-account."
    assert not_complaint_mail(_mail("no-reply@meldpunt.example.test", lure))
    assert not_complaint_mail(_mail("ouder@example.test", "Zie agenda.", parts=("text/plain", "text/calendar")))
    story = "Onze zoon kon gisteren niet inloggen op zijn account en kreeg daarom een nul."
    assert not_complaint_mail(_mail("ouder@example.test", story)) is None


@pytest.mark.parametrize("subject,body", [
    ("Schoolreis", "Gisteren moest onze zoon als enige in de bus blijven zitten terwijl de rest de dierentuin in ging."),
    ("pauze", "de overblijfmoeder heeft mijn dochter vanmiddag hardhandig aan haar arm meegetrokken. ze is 6."),
    ("Rapport", "Our son was told on Friday that he will not move up to the next class."),
    ("Bedankt", "Ik wil jullie bedanken voor het gesprek, maar de juf schreeuwt nog steeds tegen hem."),
])
def test_a_story_about_a_child_without_words_of_discontent_is_still_a_complaint(subject, body):
    assert not_complaint(subject, body) is None


@pytest.mark.parametrize("subject,body", [
    ("Dank jullie wel", "Ik wil de juf van harte bedanken. Na alle ellende met het pesten vorig jaar gaat "
                        "Jelle weer met plezier naar school."),
    ("Factuur 2026-118", "Hierbij ontvangt u de factuur voor het onderhoud van de kopieerapparaten. "
                         "Vervaldatum: 30 dagen na factuurdatum."),
    ("Uitnodiging open dag", "Graag nodigen wij u uit voor de open dag van ons centrum op 12 maart."),
])
def test_thanks_invoices_and_invitations_are_no_complaint(subject, body):
    assert not_complaint(subject, body) is not None


@pytest.mark.parametrize("subject,body", [
    ("促销 优惠", "尊敬的客户您好，本公司提供各类发票，价格优惠，欢迎来电咨询。"),
    ("Re: quarterly figures", "Hi Tom,\n\nThe figures look fine, but the first class tickets were too expensive. "
                              "Some kind of budget cap would help.\n\nKind regards,\nAnna"),
    ("Flight simulator", "Used by professional flight schools. Click here to order today."),
])
def test_a_mail_about_no_child_school_or_support_is_off_topic(subject, body):
    from mailbot.extract.category import off_topic
    assert off_topic(subject, body) is not None


@pytest.mark.parametrize("subject,body", [
    ("vanmiddag", "Vanmiddag moest Daan tijdens de zwemles aan de kant blijven staan."),
    ("Bus", "Our daughter was left behind at the stop by the driver this morning."),
    ("Klacht", "Ik wil een klacht indienen. Bel me terug aub."),
    ("Sessie", "La séance de soutien scolaire de mon fils n'a pas eu lieu."),
    ("Stage", "Het kind van de buren zegt dat de stagiair foto's maakte."),
])
def test_a_child_a_lesson_or_an_explicit_complaint_keeps_a_mail_on_topic(subject, body):
    from mailbot.extract.category import off_topic
    assert off_topic(subject, body) is None


def test_a_thank_you_that_recalls_a_complaint_never_made_is_no_complaint():
    body = ("Ik wil de mentor en de intern begeleider hartelijk bedanken. Toen Mila in het voorjaar niet meer naar "
            "school durfde, hebben zij haar geweldig opgevangen. We hadden bijna een klacht ingediend, maar achteraf "
            "was dat niet nodig.")
    assert not_complaint("Een dankjewel", body, sentences(body)) is not None


def test_a_thank_you_with_trouble_still_going_on_stays_a_complaint():
    body = ("Ik wil jullie bedanken voor het gesprek. Toen we daar waren, beloofde de juf beterschap, maar Mila "
            "wordt nog steeds buitengesloten in de pauze.")
    assert not_complaint("Bedankt", body, sentences(body)) is None


@pytest.mark.parametrize("lure", [
    "Uw account wordt morgen geblokkeerd. Klik hieronder om uw inloggegevens te bevestigen.",
    "Het wachtwoord van je mailbox vervalt binnen 12 uur; verifieer het via de knop.",
    "Om uw berichten te behouden moet u uw huidige wachtwoord opnieuw valideren.",
])
def test_the_readers_account_and_a_demand_on_it_make_a_login_lure_in_any_order(lure):
    from mailbot.extract.category import not_complaint_mail
    assert not_complaint_mail(_mail("beveiliging@mail-support.example.test", lure))


def test_a_parent_telling_that_their_childs_account_was_blocked_is_no_lure():
    from mailbot.extract.category import not_complaint_mail
    story = "Het account van onze dochter werd geblokkeerd en de juf gaf haar toch een nul voor de taak."
    assert not_complaint_mail(_mail("ouder@example.test", story)) is None


def test_a_professional_inviting_the_centre_to_a_meeting_about_a_pupil_is_no_complaint():
    body = ("Dag collega's,\n\nWe nodigen graag de begeleider van jullie centrum uit op het zorgoverleg over Mats "
            "(2de leerjaar) van 9 maart. We maken ons wat zorgen over zijn rekenen, maar de samenwerking loopt goed.")
    assert not_complaint("Zorgoverleg Mats", body, sentences(body)) is not None


def test_a_parent_inviting_the_centre_to_talk_about_their_child_still_complains():
    body = ("Ik nodig jullie graag uit voor een gesprek, want mijn zoon Mats krijgt al weken geen begeleiding meer "
            "en niemand laat iets weten.")
    assert not_complaint("Gesprek", body, sentences(body)) is None


def test_a_practical_request_about_a_named_child_is_no_complaint():
    body = "Wij willen graag verlof aanvragen voor onze dochter Fenna op 19 juni. Moet ik een formulier invullen?"
    assert not_complaint("Verlofaanvraag", body, sentences(body))


def test_a_request_turned_down_is_a_complaint():
    body = "Het verlof voor onze dochter Fenna op 19 juni is afgewezen. Kan dat zomaar?"
    assert not_complaint("Verlof", body, sentences(body)) is None
