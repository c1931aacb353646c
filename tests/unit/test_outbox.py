"""Sending through a real SMTP server (aiosmtpd): threaded headers, no header injection, and
failures sorted into 'retry later' and 'give up'."""
import email
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from email import policy

import pytest

from mailbot.config import SmtpSettings
from mailbot.errors import DeliveryError
from mailbot.model import OutgoingMail
from mailbot.outbox import backoff, build_message, send_sync
from mailbot.sandbox import SmtpSink, self_signed_cert

WHEN = datetime(2026, 11, 2, 8, 0, tzinfo=timezone.utc)
PARENT_MAIL_ID = "<CAE" + "x7Qz" * 20 + "@mail.gmail.com>"     # long, as Gmail writes them


def settings(sink=None, **changes) -> SmtpSettings:
    """Settings for `sink`; without one, for building messages only (nothing listens there)."""
    base = SmtpSettings(host=sink.host if sink else "127.0.0.1", port=sink.port if sink else 9, security="none", from_address="klachten@school.example",
                        from_name="Klachtenmeldpunt Sint-Jozef", timeout=2)
    return replace(base, **changes)


def acknowledgement(**changes) -> OutgoingMail:
    mail = OutgoingMail(
        to=("ouder.peeters@example.org",),
        subject="Re: Klacht over de speelplaats [KL-2026-0001]",
        body="Beste mevrouw Peeters,\n\nWij hebben uw klacht goed ontvangen.\n.\nFrom the desk of … één zin.\n",
        message_id="<kl-2026-0001.ack@school.example>",
        in_reply_to=PARENT_MAIL_ID,
        references=("<eerder@example.org>", PARENT_MAIL_ID),
    )
    return replace(mail, **changes)


def parsed(data: bytes):
    return email.message_from_bytes(data, policy=policy.default)


def test_a_reply_arrives_in_the_parents_thread(smtp_sink):
    send_sync(acknowledgement(), settings(smtp_sink), date=WHEN)
    [got] = smtp_sink.messages
    assert got.rcpt_tos == ("ouder.peeters@example.org",)
    assert got.mail_from == "klachten@school.example"
    msg = got.message
    assert msg["Message-ID"] == "<kl-2026-0001.ack@school.example>"
    assert msg["In-Reply-To"] == PARENT_MAIL_ID
    assert msg["References"].split() == ["<eerder@example.org>", PARENT_MAIL_ID]
    assert msg["Auto-Submitted"] == "auto-replied"
    assert msg["From"].addresses[0].display_name == "Klachtenmeldpunt Sint-Jozef"
    assert msg["Date"].datetime == WHEN
    assert msg.get_content_type() == "text/plain" and msg.get_content_charset() == "utf-8"
    assert msg.get_content().replace("\r\n", "\n") == acknowledgement().body
    assert list(smtp_sink.by_message_id()) == ["<kl-2026-0001.ack@school.example>"]


def test_long_message_ids_are_never_encoded_or_broken_up():
    data = build_message(acknowledgement(), settings(), date=WHEN)
    raw_headers = data.split(b"\r\n\r\n")[0].decode("ascii")
    assert f"In-Reply-To: {PARENT_MAIL_ID}\r\n" in raw_headers
    assert "=?" not in raw_headers.split("Subject:")[0]


def test_a_dutch_subject_and_sender_name_are_encoded_and_read_back():
    mail = acknowledgement(subject="Re: Klacht — één ouder uit Sint-Niklaas")
    data = build_message(mail, settings(from_name="Klachtenmeldpunt Sint-Jozef é"), date=WHEN)
    assert max(map(len, data.split(b"\r\n"))) <= 998 and data.isascii()
    msg = parsed(data)
    assert msg["Subject"] == "Re: Klacht — één ouder uit Sint-Niklaas"
    assert msg["From"].addresses[0].display_name == "Klachtenmeldpunt Sint-Jozef é"


def test_line_breaks_in_headers_never_reach_the_wire():
    mail = acknowledgement(subject="Klacht\r\nBcc: alle-ouders@example.org",
                           extra_headers=(("X-Mailbot-Case", "KL-1\nBcc: nog-iemand@example.org"),))
    data = build_message(mail, settings(from_name="Meldpunt\r\nBcc: x@example.org"), date=WHEN)
    msg = parsed(data)
    assert msg["Bcc"] is None
    assert msg["Subject"] == "Klacht Bcc: alle-ouders@example.org"
    assert msg["X-Mailbot-Case"] == "KL-1 Bcc: nog-iemand@example.org"
    assert [k for k in msg.keys() if k.lower() == "bcc"] == []


def test_an_address_with_a_line_break_is_refused_not_sent():
    with pytest.raises(ValueError):
        build_message(acknowledgement(to=("ouder@example.org\r\nBcc: x@example.org",)),
                      settings(), date=WHEN)


def test_extra_headers_cannot_override_the_ones_that_thread_or_address_the_mail():
    for name in ("Bcc", "Message-ID", "To"):
        with pytest.raises(ValueError):
            build_message(acknowledgement(extra_headers=((name, "x"),)), settings(), date=WHEN)


def test_a_4xx_reply_is_temporary(smtp_sink):
    smtp_sink.fail_next(1, 451, "greylisted, try later")
    with pytest.raises(DeliveryError) as caught:
        send_sync(acknowledgement(), settings(smtp_sink), date=WHEN)
    assert caught.value.temporary and caught.value.code == 451
    send_sync(acknowledgement(), settings(smtp_sink), date=WHEN)     # the retry goes through
    assert len(smtp_sink.messages) == 1


@pytest.mark.parametrize("stage", ["rcpt", "data"])
def test_a_5xx_reply_is_permanent(smtp_sink, stage):
    smtp_sink.fail_next(1, 550, "no such mailbox", at=stage)
    with pytest.raises(DeliveryError, match="550") as caught:
        send_sync(acknowledgement(), settings(smtp_sink), date=WHEN)
    assert not caught.value.temporary and caught.value.code == 550
    assert smtp_sink.messages == []


def test_smtp_down_is_temporary_and_up_again_delivers(smtp_sink):
    smtp_sink.stop()
    with pytest.raises(DeliveryError) as caught:
        send_sync(acknowledgement(), settings(smtp_sink), date=WHEN)
    assert caught.value.temporary and caught.value.code is None
    smtp_sink.start()
    send_sync(acknowledgement(), settings(smtp_sink), date=WHEN)
    assert len(smtp_sink.messages) == 1


def test_a_server_that_stops_answering_is_a_temporary_timeout(smtp_sink):
    smtp_sink.stall_next(1, seconds=3)
    with pytest.raises(DeliveryError, match="no answer within 0.5 s") as caught:
        send_sync(acknowledgement(), settings(smtp_sink, timeout=0.5), date=WHEN)
    assert caught.value.temporary


@pytest.mark.parametrize("security", ["ssl", "starttls"])
def test_an_untrusted_certificate_is_refused_clearly_and_retried_later(tmp_path, security):
    with SmtpSink(security=security, cert=self_signed_cert(tmp_path)) as sink:
        with pytest.raises(DeliveryError, match="certificate is not trusted.*verify_tls") as caught:
            send_sync(acknowledgement(), settings(sink, security=security), date=WHEN)
        assert caught.value.temporary          # a person fixes the server; the same mail then goes out
        send_sync(acknowledgement(), settings(sink, security=security, verify_tls=False), date=WHEN)
        assert len(sink.messages) == 1


def test_a_refused_login_never_shows_the_password():
    secret = "Zeer-Geheim-2026"
    with SmtpSink(auth=("klachten", "juist")) as sink:
        with pytest.raises(DeliveryError) as caught:
            send_sync(acknowledgement(), settings(sink, user="klachten", password=secret), date=WHEN)
        assert secret not in str(caught.value) and "login refused" in str(caught.value)
        send_sync(acknowledgement(), settings(sink, user="klachten", password="juist"), date=WHEN)
        assert len(sink.messages) == 1


def test_backoff_doubles_from_one_minute_up_to_an_hour():
    assert [backoff(n) for n in range(1, 9)] == [timedelta(minutes=m) for m in (1, 2, 4, 8, 16, 32, 60, 60)]
    assert backoff(100) == timedelta(minutes=60)
