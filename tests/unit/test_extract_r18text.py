"""Round 18, the writer's own purpose: words inside staff's message a parent passes on, an invitation the writer
received, a request the writer made of someone else and information as data handled by others are not why the
writer writes; step-, plus-, foster parents and grandparents speak as the parent. Both directions."""
import pytest

from mailbot.extract.category import not_complaint
from mailbot.extract.text import AS_PARENT, mail_text
from mailbot.parse import parse_bytes


@pytest.mark.parametrize("text", [
    "Ik ben Joris, de stiefvader van Lisa De Roo.",
    "ik ben de stiefmoeder van noor",
    "Als plusmama van Noor schrijf ik u.",
    "Ik schrijf als bonuspapa van Milan.",
    "Wij zijn de pleegouders; ik ben de pleegmoeder van Sem.",
    "Onze pleegdochter zit in het derde leerjaar.",
    "Mijn stiefzoon wordt gepest.",
    "ons bonuskind komt huilend thuis",
    "Ik ben de oma van Lotte en zij woont bij ons.",
    "Als grootvader van Jonas maak ik me zorgen.",
    "Mijn kleindochter mag niet mee op uitstap.",
    "I am the stepfather of Adam.",
    "As Mia's stepmum I write to you.",
    "our foster son was sent home",
    "Je suis la grand-mère de Léa.",
    "Je suis le beau-père de Lucas.",
    "mama van bo (3de kleuterklas)",
])
def test_step_foster_and_grandparents_speak_as_the_parent(text):
    assert AS_PARENT.search(text)


@pytest.mark.parametrize("text", [
    "Gisteren belde de vader van de jongen die hem sloeg.",
    "De moeder van een klasgenoot vertelde het mij.",
    "the father of the other boy phoned",
    "haar stiefvader was er ook",
    "Ik sprak met de mama van een vriendje.",
    "La mère de la petite fille a appelé.",
    "Zijn vader werkt op school.",
])
def test_another_childs_parent_or_a_bare_relative_is_not_the_writer_as_parent(text):
    assert not AS_PARENT.search(text)


_ABOUT = "Onze dochter Lisa werd door haar leerondersteuner uitgelachen in de klas. Ze wil niet meer naar school. "


@pytest.mark.parametrize("invite", [
    "Gisteren kregen we van de school een uitnodiging voor het oudercontact van 20 mei.",
    "We hebben een uitnodiging gekregen voor het MDO.",
    "ik kreeg vorige week een uitnodiging voor een gesprek",
    "De uitnodiging van de school voor het oudercontact kwam pas gisteren.",
    "Wij ontvingen vanochtend een uitnodiging voor het overleg.",
    "We received an invitation for the parents' evening.",
    "Nous avons reçu une invitation pour la réunion.",
])
def test_an_invitation_the_writer_received_is_no_invitation_they_make(invite):
    # no "mijn/onze" in the writer's words: only the invitation could make this look like an organiser's mail
    body = ("Ik ben Joris, de stiefvader van Lisa. Haar leerondersteuner heeft haar in de klas uitgelachen. "
            + invite + " We willen eerst met iemand van uw centrum praten.")
    assert not_complaint("Lisa - begeleiding", body) is None


@pytest.mark.parametrize("body", [
    "Graag nodig ik iemand van jullie centrum uit voor het MDO over Tuur op 12 maart.",
    "Hierbij een uitnodiging voor het overleg over de ondersteuning van leerling Tuur.",
    "U bent van harte uitgenodigd op onze opendeurdag.",
    "We nodigen jullie graag uit voor het zorgoverleg van 3 juni.",
    "You are invited to our open day on 3 June at the school.",
])
def test_an_invitation_the_writer_makes_stays_no_complaint(body):
    assert not_complaint("Uitnodiging", body) is not None


@pytest.mark.parametrize("body", [
    "Sinds januari vragen wij aan het CLB om een verslag voor onze dochter. Kan iemand dit doorgeven?",
    "We vragen al maanden aan de school om een gesprek voor ons kind. Wie moet ik contacteren?",
    "Al sinds september vragen we aan haar juf om extra hulp voor onze zoon. Wie beslist daarover?",
    "Gisteren heeft de begeleidster tegen een andere mama verteld dat mijn dochter ADHD heeft. Is dat medische info "
    "die zomaar gedeeld mag worden?",
    "De juf heeft persoonlijke informatie over onze zoon in de klasgroep gezet. Mag dat?",
    "They shared personal information about my son with other parents. Who decides on that?",
    "Ils ont partagé des informations médicales sur ma fille. Qui est responsable?",
    "Ik wil dat iemand mij uitlegt hoe dit kan. Heeft u info?",
    "Hoe is dit mogelijk? Ik wil info over de procedure voor mijn zoon.",
    "How could this happen? I would like information about my daughter's file.",
    "Het verslag is er nog steeds niet. Heeft u info over de termijnen?",
    "Wat is dit??? Ik wil meer informatie over mijn dochter haar dossier.",
])
def test_what_others_asked_or_handled_is_no_request_for_information(body):
    assert not_complaint("Bericht", body) is None


@pytest.mark.parametrize("body", [
    "Ik heb een vraag over de inschrijving voor volgend jaar. Wanneer kan dat?",
    "Graag wat info over de uitstap naar Brugge: wat moeten de kinderen meebrengen?",
    "Mag ik vragen wanneer de rapporten meegegeven worden?",
    "Een vraagje: vanaf welk uur is er opvang?",
    "Kunnen jullie mij informatie sturen over de zwemlessen?",
    "Ik heb een vraag aan de directie: wanneer start de nieuwe leerkracht?",
    "Question: when do the swimming lessons start?",
    "Pourriez-vous m'envoyer des renseignements sur la garderie?",
    "ik wou u vragen of de schoolreis doorgaat?",
])
def test_a_plain_request_for_information_stays_no_complaint(body):
    assert not_complaint("Bericht", body) is not None


_FORWARD = """From: {fname} <{faddr}>
To: directeur@school.test
Subject: FW: Gesprek Isa
Date: Wed, 17 Jun 2026 13:25:08 +0200
Content-Type: text/plain; charset=utf-8

Beste mevrouw Kok,

{own}

Met vriendelijke groet,
{fname}

Van: {qname} <{qaddr}>
Verzonden: dinsdag 16 juni 2026 19:48
Aan: {fname} <{faddr}>
Onderwerp: Gesprek Isa

Beste Martijn,

{quoted}

Met vriendelijke groet,
{qname}
{role}
"""

_STAFF_THANKS = ["Dank jullie wel voor het gesprek van vanmiddag. Isa blijft nog een jaar in groep 4.",
                 "Hartelijk dank voor jullie komst. Wij hebben besloten dat Isa blijft zitten.",
                 "Bedankt voor het fijne gesprek. Zoals besproken doet Isa het jaar over.",
                 "Thank you for the meeting this afternoon. Isa will repeat the year."]


@pytest.mark.parametrize("quoted", _STAFF_THANKS)
@pytest.mark.parametrize("qaddr,role", [("a.brink@school.test", ""), ("a.brink@gmail.com", "leerkracht groep 4"),
                                        ("juf.anouk@outlook.com", "Zorgcoördinator"),
                                        ("a.brink@gmail.com", "teacher year 4")])
def test_thanks_in_staffs_message_a_parent_passes_on_is_not_the_parents_purpose(quoted, qaddr, role):
    raw = _FORWARD.format(fname="Martijn Veenstra", faddr="martijn@example.test", own="Hieronder het bericht van de "
                          "juf. Wij zijn het er niet mee eens dat onze dochter Isa moet overdoen.", qname="Anouk Brink",
                          qaddr=qaddr, quoted=quoted, role=role)
    text = mail_text(parse_bytes(raw.encode()))
    assert quoted.split(".")[0] in text.body          # still read for what happened
    assert quoted.split(".")[0] not in text.purpose
    assert not_complaint(text.subject, text.purpose, text.purpose_sentences) is None


@pytest.mark.parametrize("quoted", [
    "Ik wil de juf heel erg bedanken voor de fijne begeleiding van Isa dit jaar.",
    "Dank u wel voor alles wat jullie voor onze dochter gedaan hebben.",
])
def test_a_parents_own_earlier_thanks_forwarded_stays_their_purpose(quoted):
    raw = _FORWARD.format(fname="Martijn Veenstra", faddr="martijn@example.test", own="Hieronder mijn bericht aan de juf, "
                          "ook voor u.", qname="Martijn Veenstra", qaddr="martijn@example.test", quoted=quoted, role="")
    text = mail_text(parse_bytes(raw.encode()))
    assert quoted.split(".")[0] in text.purpose
    assert not_complaint(text.subject, text.purpose, text.purpose_sentences) is not None


def test_a_teacher_passing_on_a_parents_mail_keeps_it_as_the_purpose():
    raw = _FORWARD.format(fname="Ilse Verbeek", faddr="i.verbeek@school.test", own="Hieronder de mail van de vader van "
                          "Sam.", qname="Ronald Hendriks", qaddr="ronald@example.test",
                          quoted="Sam mocht niet mee op uitstap. Ik vind dit echt niet kunnen.", role="")
    text = mail_text(parse_bytes(raw.encode()))
    assert "Ik vind dit echt niet kunnen" in text.purpose
