"""machine_kind / is_noreply: machines are never answered, people are never ignored."""
import pytest

from mailbot.loops import is_noreply, machine_kind
from mailbot.parse import parse_bytes

PARENT = b"From: Anna de Vries <anna@example.nl>\nTo: klachten@school.example\n"
BODY = b"\nMijn zoon wordt gepest.\n\nMet vriendelijke groeten,\nAnna\n"


def kind(headers: bytes, body: bytes = BODY) -> str | None:
    return machine_kind(parse_bytes(PARENT + headers + body))


@pytest.mark.parametrize("headers, expected", [
    (b"Subject: Klacht\nAuto-Submitted: auto-replied\n", "auto_reply"),
    (b"Subject: Klacht\nAuto-Submitted: auto-generated\n", "auto_reply"),
    (b"Subject: Klacht\nAuto-Submitted: no\n", None),
    (b"Subject: Klacht\nX-Autoreply: yes\n", "auto_reply"),
    (b"Subject: Klacht\nPrecedence: auto_reply\n", "auto_reply"),
    (b"Subject: Automatic reply: Klacht\n", "auto_reply"),
    (b"Subject: Abwesenheitsnotiz: Klacht\n", "auto_reply"),
    (b"Subject: R\xc3\xa9ponse automatique : Klacht\nContent-Type: text/plain; charset=utf-8\n", "auto_reply"),
    (b"Subject: =?utf-8?q?Automatyczna_odpowied=C5=BA?=\n", "auto_reply"),
    (b"Subject: Klacht\nList-Id: <ouders.school.example>\n", "bulk"),
    (b"Subject: Klacht\nList-Unsubscribe: <mailto:u@example.nl>\n", "bulk"),
    (b"Subject: Klacht\nPrecedence: bulk\n", "bulk"),
    (b"Subject: Klacht\nX-Failed-Recipients: x@example.nl\n", "bounce"),
    (b"Subject: Klacht\nX-Auto-Response-Suppress: All\n", None),
    (b"Subject: Klacht\nX-Auto-Response-Suppress: DR, RN, NRN, OOF, AutoReply\n", None),
    (b"Subject: [Ouderraad] Klacht\n", None),
    (b"Subject: Re: Automatisch antwoord over het schoolreisje\n", None),
])
def test_headers_decide_the_kind(headers, expected):
    assert kind(headers) == expected


def test_bounce_wins_over_auto_reply_and_bulk():
    raw = (b"From: MAILER-DAEMON@mx.example.net\nSubject: Undelivered Mail Returned to Sender\n"
           b"Auto-Submitted: auto-replied\nPrecedence: bulk\n\nThis is the mail system at host mx.\n")
    assert machine_kind(parse_bytes(raw)) == "bounce"


def test_ses_json_notification_is_a_bounce():
    raw = (b"From: no-reply@sns.example.com\nSubject: Notification\n\n"
           b'{"notificationType":"Bounce","bounce":{"bounceType":"Permanent"}}\n')
    assert machine_kind(parse_bytes(raw)) == "bounce"


def test_a_parent_forwarding_a_newsletter_with_a_question_is_a_person():
    raw = (PARENT + b"Subject: Fwd: Nieuwsbrief juni\n\nKlopt dit wel?\n\n"
           b"---------- Forwarded message ---------\nVan: school\n\nTo unsubscribe click here: https://x.example\n")
    assert machine_kind(parse_bytes(raw)) is None


def test_an_opt_out_footer_in_the_mail_itself_is_bulk():
    raw = b"From: info@shop.example\nSubject: Zomeractie\n\nAlles 20% korting.\n\nUnsubscribe: https://shop.example/u\n"
    assert machine_kind(parse_bytes(raw)) == "bulk"


def test_a_parent_who_wants_to_deregister_a_child_is_a_person():
    assert kind(b"Subject: Uitschrijven\n", b"\nIk wil mijn zoon uitschrijven, klik hier is geen optie.\n") is None


@pytest.mark.parametrize("address", ["noreply@example.nl", "no-reply@x.example", "do_not_reply@x.example",
                                     "DoNotReply@x.example", "MAILER-DAEMON@mx.example", "postmaster@x.example",
                                     "bounces+123@x.example", "notifications@github.example", "niet-beantwoorden@x.nl"])
def test_noreply_addresses(address):
    assert is_noreply(address)


@pytest.mark.parametrize("address", ["anna@example.nl", "noreen@example.nl", "replyteam@x.example", "", "jan.post@x.nl"])
def test_person_addresses(address):
    assert not is_noreply(address)
