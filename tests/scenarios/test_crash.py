"""The bot is killed (SIGKILL, a real process) at random points while it works through a few
hundred mails, restarted, killed again… At the end every mail has exactly one record (a message
or a quarantine entry) and every reply was sent exactly once, counted at the SMTP sink."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mailbot.store import open_store
from story import server_config, toml

ROUNDS = int(os.environ.get("MAILBOT_KILL_ROUNDS", "8"))
COPIES = 3


def mails(shared_dir: Path) -> list[bytes]:
    out = []
    files = sorted((shared_dir / "corpus" / "dev").glob("*.eml"))
    for i in range(COPIES):
        for f in files:
            data = f.read_bytes()
            for name in (b"Message-ID: <", b"Message-Id: <"):
                data = data.replace(name, name + f"kill{i}.".encode(), 1)
            out.append(data)
    out.append(b"From: \r\n\x00\x00 not a mail")             # one for the quarantine
    return out


def make_due(db: Path) -> list:
    """Pending mail due now instead of after its backoff: these tests are about crashes, not waiting."""
    store = open_store(f"sqlite:///{db}")
    queued = [o for o in store.outbox() if o.state in ("pending", "sending")]
    for item in queued:
        store.set_outbox(item.id, item.not_before, not_before=item.not_before.replace(year=2000))
    store.close()
    return queued


def poll(config: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "mailbot", "--config", str(config), "poll", "--once"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def test_killed_at_random_points_nothing_is_lost_and_nothing_sent_twice(dovecot, smtp_sink, shared_dir,
                                                                         tmp_path):
    data = mails(shared_dir)
    db = tmp_path / "mailbot.db"
    config = tmp_path / "mailbot.toml"
    config.write_text(toml(server_config(dovecot, smtp_sink, tmp_path,
                                         bot={"max_auto_mails_per_recipient_per_day": 100})))
    rng = random.Random(int(os.environ.get("MAILBOT_KILL_SEED", "7")))
    killed = 0
    chunk = len(data) // ROUNDS + 1
    for i in range(ROUNDS):
        dovecot.append_many("INBOX", data[i * chunk:(i + 1) * chunk])   # new mail keeps arriving
        proc = poll(config)
        time.sleep(rng.uniform(0.4, 1.6))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed += 1
        proc.wait()
    for _ in range(3):                                    # then let it finish in peace
        make_due(db)
        assert poll(config).wait(timeout=120) == 0

    store = open_store(f"sqlite:///{db}")
    messages, quarantined = store.message_counts(), store.quarantined()
    records = sum(messages.values()) + len(quarantined)
    outbox = store.outbox()
    by_id = smtp_sink.by_message_id()
    duplicates = sum(len(copies) - 1 for copies in by_id.values())
    print(f"\nkill test: {len(data)} mails, {ROUNDS} rounds, {killed} SIGKILLs; {records} records "
          f"({len(quarantined)} quarantined), {len(outbox)} mails queued, {len(by_id)} delivered, "
          f"{duplicates} duplicates")
    assert records == len(data)
    assert len(quarantined) == 1
    due = [o for o in outbox if o.state != "held"]        # held drafts wait for the director's #akkoord
    assert due and all(o.state == "sent" for o in due)
    assert set(by_id) == {o.mail.message_id for o in due}
    assert duplicates == 0
    store.close()


def test_killed_while_sending_no_reply_is_lost_or_sent_twice(dovecot, smtp_sink, shared_dir, tmp_path):
    """The same, aimed at the outbox: every kill lands while a few hundred replies go out."""
    dovecot.append_many("INBOX", mails(shared_dir))
    config = tmp_path / "mailbot.toml"
    config.write_text(toml(server_config(dovecot, smtp_sink, tmp_path,
                                         bot={"max_auto_mails_per_recipient_per_day": 100})))
    smtp_sink.stop()
    assert poll(config).wait(timeout=120) == 0           # everything decided and queued, nothing sent
    queued = make_due(tmp_path / "mailbot.db")
    smtp_sink.start()
    rng = random.Random(int(os.environ.get("MAILBOT_KILL_SEED", "7")))
    killed = 0
    for _ in range(ROUNDS):
        proc = poll(config)
        time.sleep(rng.uniform(0.3, 0.9))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed += 1
        proc.wait()
    for _ in range(3):
        make_due(tmp_path / "mailbot.db")
        assert poll(config).wait(timeout=120) == 0
    store = open_store(f"sqlite:///{tmp_path / 'mailbot.db'}")
    by_id = smtp_sink.by_message_id()
    duplicates = sum(len(copies) - 1 for copies in by_id.values())
    print(f"\nkill while sending: {len(queued)} replies, {ROUNDS} rounds, {killed} SIGKILLs; "
          f"{len(by_id)} delivered, {duplicates} duplicates")
    assert set(by_id) == {o.mail.message_id for o in queued}
    assert all(o.state == "sent" for o in store.outbox() if o.state != "held")
    assert duplicates == 0
    store.close()
