"""Fetching from a real (private) Dovecot: only new mail, read-only, failures as MailboxError."""
import re
import time
from dataclasses import replace
from email import policy
from email.message import EmailMessage

import pytest

from mailbot.config import ImapSettings
from mailbot.errors import MailboxError
from mailbot.mailbox import Mailbox


def settings(server, **changes) -> ImapSettings:
    base = ImapSettings(host=server.host, port=server.port, security="none", user=server.user,
                        password=server.password, timeout=5)
    return replace(base, **changes)


def complaint(n: int) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Ouder {n} <ouder{n}@example.org>"
    msg["To"] = "klachten@school.example"
    msg["Subject"] = f"Klacht nummer {n}"
    msg["Message-ID"] = f"<klacht-{n}@example.org>"
    msg.set_content(f"Beste directeur,\n\nDit is klacht {n} over de speelplaats.\n")
    return msg.as_bytes(policy=policy.SMTP)      # IMAP stores and returns CRLF line ends


def crlf(data: bytes) -> bytes:
    return re.sub(rb"\r?\n", b"\r\n", data)


def test_each_poll_fetches_only_the_mail_that_arrived_since_the_last_one(dovecot):
    first = [complaint(n) for n in range(3)]
    dovecot.append_many("INBOX", first)
    with Mailbox(settings(dovecot)) as box:
        batch = box.fetch_new("INBOX", None, 0)
        assert [m.data for m in batch.messages] == first          # exact bytes, oldest first
        assert batch.rescan and batch.uidvalidity == dovecot.uidvalidity()

        later = [complaint(n) for n in range(3, 5)]
        dovecot.append_many("INBOX", later)
        second = box.fetch_new("INBOX", batch.uidvalidity, batch.last_uid)
        assert [m.data for m in second.messages] == later
        assert not second.rescan
        assert [m.uid for m in second.messages] == dovecot.uids()[3:]
        assert all(m.folder == "INBOX" and m.uidvalidity == batch.uidvalidity for m in second.messages)


def test_a_poll_with_nothing_new_returns_an_empty_batch(dovecot):
    # "UID n:*" matches the newest message even when n is past it: the batch must still be empty.
    dovecot.append_many("INBOX", [complaint(1), complaint(2)])
    with Mailbox(settings(dovecot)) as box:
        batch = box.fetch_new("INBOX", None, 0)
        again = box.fetch_new("INBOX", batch.uidvalidity, batch.last_uid)
        assert again.messages == () and again.last_uid is None and not again.rescan


def test_an_empty_folder_gives_an_empty_batch(dovecot):
    with Mailbox(settings(dovecot)) as box:
        batch = box.fetch_new("INBOX", None, 0)
    assert batch.messages == () and batch.rescan and batch.uidvalidity > 0


def test_fetching_leaves_the_directors_unread_marks_as_they_were(dovecot):
    unread = dovecot.append("INBOX", complaint(1))
    read = dovecot.append("INBOX", complaint(2), flags=("\\Seen",))
    with Mailbox(settings(dovecot)) as box:
        assert len(box.fetch_new("INBOX", None, 0).messages) == 2
    flags = dovecot.flags("INBOX")
    assert "\\Seen" not in flags[unread]
    assert "\\Seen" in flags[read]


def test_a_new_uidvalidity_means_the_whole_folder_is_read_again(dovecot):
    dovecot.append_many("INBOX", [complaint(1), complaint(2)])
    with Mailbox(settings(dovecot)) as box:
        before = box.fetch_new("INBOX", None, 0)
    new_validity = dovecot.change_uidvalidity("INBOX")
    with Mailbox(settings(dovecot)) as box:
        after = box.fetch_new("INBOX", before.uidvalidity, before.last_uid)
    assert after.rescan and after.uidvalidity == new_validity != before.uidvalidity
    assert sorted(m.data for m in after.messages) == sorted(m.data for m in before.messages)


def test_a_limit_takes_the_oldest_first_and_the_next_poll_the_rest(dovecot):
    mails = [complaint(n) for n in range(5)]
    dovecot.append_many("INBOX", mails)
    with Mailbox(settings(dovecot)) as box:
        first = box.fetch_new("INBOX", None, 0, limit=2)
        rest = box.fetch_new("INBOX", first.uidvalidity, first.last_uid)
    assert [m.data for m in first.messages + rest.messages] == mails


def test_status_folders_and_a_copy_in_sent(dovecot):
    dovecot.append("INBOX", complaint(1))
    with Mailbox(settings(dovecot)) as box:
        assert set(box.list_folders()) >= {"INBOX", "Sent"}
        validity, uidnext, count = box.folder_status("INBOX")
        assert (validity, count) == (dovecot.uidvalidity(), 1) and uidnext == 2
        box.append("Sent", complaint(9))
        assert box.folder_status("Sent")[2] == 1


def test_a_missing_folder_is_a_mailbox_error_naming_it(dovecot):
    with Mailbox(settings(dovecot)) as box, pytest.raises(MailboxError, match="Archief"):
        box.fetch_new("Archief", None, 0)


def test_a_stopped_server_is_a_mailbox_error(dovecot):
    dovecot.stop()
    with pytest.raises(MailboxError, match="connection refused"):
        Mailbox(settings(dovecot)).open()


def test_a_wrong_password_is_a_mailbox_error_that_does_not_repeat_it(dovecot):
    secret = "Zeer-Geheim-2026"
    with pytest.raises(MailboxError) as caught:
        Mailbox(settings(dovecot, password=secret)).open()
    text = str(caught.value)
    assert "login" in text and "password" in text
    assert secret not in text and "\n" not in text


def test_after_a_server_restart_the_next_call_reconnects(dovecot):
    dovecot.append("INBOX", complaint(1))
    with Mailbox(settings(dovecot)) as box:
        batch = box.fetch_new("INBOX", None, 0)
        dovecot.restart()                      # the open connection dies with the old server
        with pytest.raises(MailboxError, match="dropped|EOF|reset|closed"):
            box.fetch_new("INBOX", batch.uidvalidity, batch.last_uid)
        dovecot.append("INBOX", complaint(2))
        again = box.fetch_new("INBOX", batch.uidvalidity, batch.last_uid)
    assert [m.data for m in again.messages] == [complaint(2)]


@pytest.mark.parametrize("security", ["ssl", "starttls"])
def test_a_self_signed_certificate_is_refused_unless_verification_is_off(dovecot_tls, security):
    port = dovecot_tls.tls_port if security == "ssl" else dovecot_tls.port
    strict = settings(dovecot_tls, security=security, port=port)
    with pytest.raises(MailboxError, match="certificate is not trusted.*verify_tls"):
        Mailbox(strict).open()
    dovecot_tls.append("INBOX", complaint(1))
    with Mailbox(replace(strict, verify_tls=False)) as box:
        assert len(box.fetch_new("INBOX", None, 0).messages) == 1


def test_fetch_throughput_of_two_hundred_real_sized_mails(dovecot, shared_dir):
    corpus = sorted((shared_dir / "corpus" / "dev").glob("*.eml"))
    mails = [crlf(corpus[n % len(corpus)].read_bytes()) for n in range(200)]
    dovecot.append_many("INBOX", mails)
    with Mailbox(settings(dovecot)) as box:
        began = time.perf_counter()
        batch = box.fetch_new("INBOX", None, 0)
        seconds = time.perf_counter() - began
    assert [m.data for m in batch.messages] == mails
    size = sum(map(len, mails)) / 1024
    print(f"\nfetch: {len(mails)} mails ({size:.0f} KiB) in {seconds * 1000:.0f} ms = "
          f"{len(mails) / seconds:.0f} mails/s")
