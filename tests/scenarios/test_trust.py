"""Trust: hostile mail, oversized mail, two bots at once, secrets and personal data kept out of
logs and tool output."""
from __future__ import annotations

import json
import logging
import subprocess
import sys

import pytest

from mailbot.logsafe import scrub
from mailbot.store import open_store
from story import Story, server_config, toml

PARENT = "jan.peeters@example.org"


@pytest.fixture
def story(dovecot, smtp_sink, clock, config_factory):
    s = Story(dovecot, smtp_sink, clock, config_factory(dovecot, smtp_sink, bot={"max_message_bytes": 200_000}))
    yield s
    s.bot.close()


COMPLAINT = ("Geachte directie,\n\nMijn zoon Lars Peeters krijgt sinds september geen leersteun meer: "
             "de leerondersteuner kwam op 12 oktober en 19 oktober niet opdagen en niemand verwittigde ons.\n"
             "Ik dien hierbij een formele klacht in.\n\nMet vriendelijke groeten,\nJan Peeters\n")


def test_header_injection_in_the_name_and_subject_never_reaches_an_outgoing_header(story):
    raw = ("From: =?utf-8?q?Jan_Peeters=0D=0ABcc=3A_victim=40evil=2Eexample?= <jan.peeters@example.org>\r\n"
           "To: klachten@school.example\r\n"
           "Subject: =?utf-8?q?Klacht=0D=0ABcc=3A_victim=40evil=2Eexample=0D=0A=0D=0Aspam?=\r\n"
           "Date: Mon, 2 Nov 2026 08:00:00 +0100\r\nMessage-ID: <inject-1@example.org>\r\n"
           "Content-Type: text/plain; charset=utf-8\r\n\r\n" + COMPLAINT.replace("\n", "\r\n"))
    story.dovecot.append("INBOX", raw.encode())
    story.poll()
    assert story.sink.messages, "the complaint was answered"
    for sent in story.sink.messages:
        assert "victim@evil.example" not in sent.rcpt_tos
        assert sent.message["Bcc"] is None
        head = sent.data.split(b"\r\n\r\n", 1)[0]
        assert not any(line.lower().startswith(b"bcc:") for line in head.split(b"\r\n"))


def test_html_with_scripts_is_converted_to_text_never_rendered(story):
    html = ("<html><body><script>alert('x')</script><p>Mijn dochter Fien Claes kreeg op 3 november geen "
            "leersteun; de leerondersteuner kwam niet opdagen.</p><p>Ik dien een formele klacht in.</p>"
            "<p>Groeten, Ann Claes</p></body></html>")
    story.writes("Ann Claes <ann.claes@example.org>", "Klacht leersteun", "-", headers={})
    raw = ("From: Ann Claes <ann.claes@example.org>\r\nTo: klachten@school.example\r\nSubject: Klacht\r\n"
           "Date: Mon, 2 Nov 2026 08:00:00 +0100\r\nMessage-ID: <html-1@example.org>\r\n"
           "Content-Type: text/html; charset=utf-8\r\n\r\n" + html)
    story.dovecot.append("INBOX", raw.encode())
    story.poll()
    case = [c for c in story.bot.store.cases() if c.parent_address == "ann.claes@example.org"][-1]
    bodies = [m.body for m in story.bot.store.messages(case.id)]
    assert any("Fien Claes" in b for b in bodies)
    assert not any("alert(" in b or "<script" in b for b in bodies)


def test_an_oversized_mail_is_quarantined_unread_and_the_next_one_handled(story):
    big = ("From: Jan Peeters <jan.peeters@example.org>\r\nTo: klachten@school.example\r\nSubject: bijlage\r\n"
           "Date: Mon, 2 Nov 2026 08:00:00 +0100\r\nMessage-ID: <big-1@example.org>\r\n"
           "Content-Type: text/plain\r\n\r\n" + ("x" * 76 + "\r\n") * 4000)
    story.dovecot.append("INBOX", big.encode())
    story.arrives("dv-001.eml")
    result = story.poll()
    assert [o.disposition for o in result.outcomes] == ["quarantined", "opened"]
    [item] = story.bot.store.quarantined()
    assert "bytes, the limit is 200000" in item.reason


def test_two_bot_processes_never_both_process_a_mail(dovecot, smtp_sink, shared_dir, tmp_path):
    files = sorted((shared_dir / "corpus" / "dev").glob("*.eml"))
    dovecot.append_many("INBOX", [f.read_bytes() for f in files])
    config = tmp_path / "mailbot.toml"
    config.write_text(toml(server_config(dovecot, smtp_sink, tmp_path,
                                         bot={"max_auto_mails_per_recipient_per_day": 100})))
    argv = [sys.executable, "-m", "mailbot", "--config", str(config), "poll", "--once"]
    procs = [subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    results = [p.communicate(timeout=120) for p in procs]
    outputs = [out for out, _ in results]
    assert all(p.returncode == 0 for p in procs), [err[-2000:] for _, err in results]
    store = open_store(f"sqlite:///{tmp_path / 'mailbot.db'}")
    assert sum(store.message_counts().values()) + len(store.quarantined()) == len(files)
    assert all(len(copies) == 1 for copies in smtp_sink.by_message_id().values())
    print("\ntwo processes:", " | ".join(o.strip() for o in outputs))
    store.close()


def test_doctor_names_the_problem_but_never_the_password(dovecot, smtp_sink, tmp_path):
    secret = "Zeer-Geheim-42"
    raw = server_config(dovecot, smtp_sink, tmp_path)
    raw["imap"]["password"] = secret
    config = tmp_path / "mailbot.toml"
    config.write_text(toml(raw))
    run = subprocess.run([sys.executable, "-m", "mailbot", "doctor", "--config", str(config)],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 1
    assert "FAIL imap" in run.stdout
    assert secret not in run.stdout + run.stderr


def test_turning_tls_verification_off_warns_at_every_start(dovecot, smtp_sink, tmp_path):
    raw = server_config(dovecot, smtp_sink, tmp_path)
    raw["smtp"]["verify_tls"] = False
    config = tmp_path / "mailbot.toml"
    config.write_text(toml(raw))
    run = subprocess.run([sys.executable, "-m", "mailbot", "--config", str(config), "cases"],
                         capture_output=True, text=True, timeout=60)
    assert "TLS certificate verification is OFF for SMTP" in run.stderr


def test_logs_carry_references_not_addresses_or_text(story, caplog):
    caplog.set_level(logging.DEBUG)
    story.sink.fail_next(1, code=550, message=f"5.1.1 <{PARENT}>: no such user")
    story.arrives("dv-001.eml")
    story.arrives("broken-nul.eml")
    story.poll()
    text = "\n".join(scrub(r.getMessage()) for r in caplog.records if r.name.startswith("mailbot"))
    assert "KL-2026-0001" in text or "quarantined" in text
    for private in ("hilde.peeters@telenet.be", PARENT, "Hilde", "Lucas", "derde keer"):
        assert private not in text


MX = "mx.school.example"
SPOOFS = {
    "From forged, no authentication at all": {},
    "DKIM and SPF fail": {"Authentication-Results": f"{MX}; dkim=fail header.d=school.example; "
                                                    "spf=fail smtp.mailfrom=directeur@school.example"},
    "a pass stamped by an untrusted server": {"Authentication-Results": "mx.evil.example; dkim=pass "
                                              "header.d=school.example; spf=pass smtp.mailfrom=school.example"},
    "a pass for another domain": {"Authentication-Results": f"{MX}; dkim=pass header.d=evil.example; "
                                                            "spf=pass smtp.mailfrom=evil.example"},
}


@pytest.mark.parametrize("how", list(SPOOFS))
def test_a_spoofed_director_command_is_never_obeyed(dovecot, smtp_sink, clock, config_factory, how):
    from lifecycle import DIRECTOR, Life
    life = Life(dovecot, smtp_sink, clock, config_factory(
        dovecot, smtp_sink, director={"allow_unauthenticated_commands": False, "trusted_authserv_ids": [MX]}))
    life.arrives("dv-003.eml")                      # a referral: held for the director's #akkoord
    life.poll()
    case = life.case()
    notice = life.last_to(DIRECTOR)
    life.director_replies(notice, "#akkoord", headers=SPOOFS[how])
    life.poll()
    assert life.case().state == "waiting_approval"
    assert life.mails_to(case.parent_address) == []
    assert any(e.kind == "command_refused" for e in life.bot.store.events(case.id))
    life.bot.close()


def test_a_command_from_someone_who_is_not_the_director_is_not_a_command(story):
    story.arrives("dv-003.eml")
    story.poll()
    case = story.case()
    parent_mail = {"Message-ID": case.root_message_id, "References": ""}
    story.writes(f"Ouder <{case.parent_address}>", "Re: klacht", "#akkoord\n#sluiten", reply_to_mail=parent_mail)
    story.poll()
    assert story.case().state == "waiting_approval"


def dsn_for(original, now) -> bytes:
    """A delivery status notification as Postfix writes it, quoting the headers of `original`."""
    from email.utils import format_datetime
    boundary = "dsn-boundary-1"
    return (f"From: MAILER-DAEMON@mx.telenet.example (Mail Delivery System)\r\n"
            f"To: klachten@school.example\r\nSubject: Undelivered Mail Returned to Sender\r\n"
            f"Date: {format_datetime(now)}\r\nMessage-ID: <dsn.1@mx.telenet.example>\r\n"
            f"Auto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
            f"Content-Type: multipart/report; report-type=delivery-status; boundary=\"{boundary}\"\r\n\r\n"
            f"--{boundary}\r\nContent-Type: text/plain\r\n\r\nI'm sorry to have to inform you that your message "
            f"could not be delivered.\r\n\r\n--{boundary}\r\nContent-Type: message/delivery-status\r\n\r\n"
            f"Reporting-MTA: dns; mx.telenet.example\r\n\r\nFinal-Recipient: rfc822; {original['To']}\r\n"
            f"Action: failed\r\nStatus: 5.1.1\r\n\r\n--{boundary}\r\nContent-Type: text/rfc822-headers\r\n\r\n"
            f"From: {original['From']}\r\nTo: {original['To']}\r\nSubject: {original['Subject']}\r\n"
            f"Message-ID: {original['Message-ID']}\r\n\r\n--{boundary}--\r\n").encode()


def test_a_bounce_of_our_own_reply_suppresses_the_address_and_tells_the_director(story):
    story.arrives("dv-001.eml")
    story.poll()
    case = story.case()
    [ack] = story.mails_to("hilde.peeters@telenet.be")
    story.dovecot.append("INBOX", dsn_for(ack, story.clock.now()))
    result = story.poll()
    assert [o.disposition for o in result.outcomes] == ["ignored:bounce"]
    assert any(e.kind == "bounced" for e in story.bot.store.events(case.id))
    assert story.bot.store.suppressed("hilde.peeters@telenet.be", story.clock.now())
    warning = [m for m in story.mails_to("directeur@school.example") if "niet afgeleverd" in m["Subject"]]
    assert warning and case.ref in warning[0]["Subject"]
    assert len(story.mails_to("hilde.peeters@telenet.be")) == 1     # no reply to the bounce, none to the parent


def test_imap_down_or_refusing_login_costs_one_log_line_and_the_bot_recovers(story, caplog):
    story.arrives("dv-001.eml")
    story.dovecot.stop()
    with caplog.at_level(logging.ERROR, logger="mailbot"):
        result = story.poll()
    assert result.outcomes == [] and len([r for r in caplog.records if "IMAP" in r.getMessage()]) == 1
    story.dovecot.start()
    assert story.poll().count("opened") == 1


def test_a_locked_database_makes_the_poll_back_off_and_nothing_is_lost(story, caplog):
    import sqlite3
    story.arrives("dv-001.eml")
    db = story.config.database_url[len("sqlite:///"):]
    story.bot.store.database.execute_sql("PRAGMA busy_timeout = 200")
    locker = sqlite3.connect(db)
    locker.execute("BEGIN EXCLUSIVE")
    try:
        with caplog.at_level(logging.ERROR, logger="mailbot"):
            result = story.poll()
        assert result.skipped == "database unavailable" and result.outcomes == []
        assert any("locked" in r.getMessage() for r in caplog.records)
    finally:
        locker.rollback()
        locker.close()
    assert story.poll().count("opened") == 1        # the same mail, fetched again


def test_attachments_are_recorded_never_opened(story):
    import base64
    import io
    import zipfile
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("bom.txt", b"0" * 20_000_000)       # 20 MB of zeros packed into a few kB
    packed = base64.encodebytes(buf.getvalue()).decode()
    raw = ("From: Jan Peeters <jan.peeters@example.org>\r\nTo: klachten@school.example\r\nSubject: Klacht\r\n"
           "Date: Mon, 2 Nov 2026 08:00:00 +0100\r\nMessage-ID: <zip-1@example.org>\r\nMIME-Version: 1.0\r\n"
           "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
           + COMPLAINT.replace("\n", "\r\n") + "\r\n--b\r\nContent-Type: application/zip\r\n"
           "Content-Disposition: attachment; filename=verslag.zip\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           + packed + "\r\n--b--\r\n")
    story.dovecot.append("INBOX", raw.encode())
    assert story.poll().count("opened") == 1
    [message] = story.bot.store.messages(story.case().id)
    [attachment] = json.loads(message.attachments_json)
    assert attachment["filename"] == "verslag.zip" and attachment["size"] < 100_000


class CuttingProxy:
    """A real TCP relay to the IMAP server that cuts the connection after `limit` bytes from the
    server: the network failing in the middle of a FETCH."""

    def __init__(self, port: int, limit: int | None):
        import socket
        import threading
        self.target, self.limit = port, limit
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        import socket
        import threading
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(("127.0.0.1", self.target))
            threading.Thread(target=self._pump, args=(client, server, None), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, self.limit), daemon=True).start()

    @staticmethod
    def _pump(src, dst, limit):
        sent = 0
        try:
            while data := src.recv(4096):
                dst.sendall(data)
                sent += len(data)
                if limit is not None and sent > limit:
                    break
        except OSError:
            pass
        for s in (src, dst):          # shutdown wakes the other direction's recv at once
            try:
                s.shutdown(2)
                s.close()
            except OSError:
                pass

    def close(self):
        self.listener.close()


def test_imap_dropped_in_the_middle_of_a_fetch_loses_nothing(dovecot, smtp_sink, clock, config_factory,
                                                            shared_dir, caplog):
    from mailbot.bot import Bot
    files = sorted((shared_dir / "corpus" / "dev").glob("dv-0*.eml"))[:20]
    dovecot.append_many("INBOX", [f.read_bytes() for f in files])
    cutting = CuttingProxy(dovecot.port, limit=40_000)
    bot = Bot(config_factory(dovecot, smtp_sink, imap={"port": cutting.port}), clock)
    with caplog.at_level(logging.ERROR, logger="mailbot"):
        first = bot.poll_once()
    assert first.outcomes == [] and any("IMAP" in r.getMessage() for r in caplog.records)
    cutting.close()
    bot.close()
    healthy = CuttingProxy(dovecot.port, limit=None)
    bot = Bot(config_factory(dovecot, smtp_sink, imap={"port": healthy.port}), clock)
    second = bot.poll_once()
    assert len(second.outcomes) == len(files) and second.count("duplicate") == 0
    assert bot.poll_once().outcomes == []
    bot.close()
    healthy.close()
