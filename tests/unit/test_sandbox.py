"""The throwaway servers themselves: fast, private, and able to fail on demand."""
import asyncio
import socket

import aiosmtplib
import pytest

from mailbot.sandbox import PrivateDovecot, SmtpSink, find_dovecot

MAIL = b"From: ouder@example.org\r\nSubject: Klacht\r\nMessage-ID: <een@example.org>\r\n\r\nTekst.\r\n"


def refuses(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return False
    except OSError:
        return True


def smtp_send(sink: SmtpSink, data: bytes = MAIL):
    return asyncio.run(aiosmtplib.send(data, sender="klachten@school.example", recipients=["ouder@example.org"],
                                       hostname=sink.host, port=sink.port, start_tls=False, timeout=5))


def test_a_private_dovecot_starts_in_well_under_a_second(tmp_path):
    if find_dovecot() is None:
        pytest.skip("Dovecot is not installed; make servers")
    times = []
    for n in range(3):
        with PrivateDovecot(tmp_path / f"d{n}") as server:
            times.append(server.start_seconds)
            assert server.append("INBOX", MAIL) == 1
    print(f"\ndovecot start: {', '.join(f'{t * 1000:.0f} ms' for t in times)}")
    assert max(times) < 1.0


def test_two_instances_share_nothing(tmp_path):
    if find_dovecot() is None:
        pytest.skip("Dovecot is not installed; make servers")
    with PrivateDovecot(tmp_path / "a") as a, PrivateDovecot(tmp_path / "b") as b:
        a.append("INBOX", MAIL)
        assert a.port != b.port and a.password != b.password
        assert (len(a.uids()), len(b.uids())) == (1, 0)


def test_stop_closes_the_port_and_restart_keeps_port_and_mail(dovecot):
    dovecot.append("INBOX", MAIL, flags=("\\Seen",))
    port, validity = dovecot.port, dovecot.uidvalidity()
    dovecot.stop()
    assert refuses(port) and not dovecot.running
    dovecot.start()
    assert dovecot.port == port and dovecot.uidvalidity() == validity
    assert dovecot.flags("INBOX") == {1: ("\\Seen",)}


def test_uidvalidity_can_be_changed_without_losing_mail(dovecot):
    dovecot.append_many("Sent", [MAIL, MAIL])
    before = dovecot.uidvalidity("Sent")
    assert dovecot.change_uidvalidity("Sent") != before
    assert len(dovecot.uids("Sent")) == 2


def test_the_sink_records_what_it_receives(smtp_sink):
    smtp_send(smtp_sink)
    smtp_send(smtp_sink)
    [copies] = smtp_sink.by_message_id().values()
    assert len(copies) == 2                          # a duplicate send is visible
    assert copies[0].rcpt_tos == ("ouder@example.org",) and copies[0].message["Subject"] == "Klacht"
    smtp_sink.clear()
    assert smtp_sink.messages == []


def test_the_sink_fails_exactly_as_often_as_told(smtp_sink):
    smtp_sink.fail_next(2, 452, "mailbox full")
    for _ in range(2):
        with pytest.raises(aiosmtplib.SMTPDataError) as caught:
            smtp_send(smtp_sink)
        assert caught.value.code == 452
    smtp_send(smtp_sink)
    assert len(smtp_sink.messages) == 1


def test_the_sink_goes_down_and_comes_back_on_the_same_port(smtp_sink):
    port = smtp_sink.port
    smtp_sink.stop()
    assert refuses(port)
    smtp_sink.start()
    assert smtp_sink.port == port
    smtp_send(smtp_sink)
    assert len(smtp_sink.messages) == 1
