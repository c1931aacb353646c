"""`mailbot demo`: the whole story on throwaway local servers, with no accounts and no config edits.

A private Dovecot holds a mailbox seeded with sample complaints of every kind, aiosmtpd catches
what the bot sends, SQLite keeps the cases. The bot polls once, the director answers one case
inside its thread, the bot polls again; then the cases and the replies are printed.
"""
from __future__ import annotations

import shutil
import tempfile
import time
from datetime import datetime, timedelta
from email.utils import format_datetime, make_msgid
from pathlib import Path

from . import report
from .bot import Bot
from .clock import FrozenClock
from .config import from_dict
from .render import one_line
from .sandbox import PrivateDovecot
from .smtpsink import SmtpSink

# A handful from every kind: complaints, referrals, refusals, missing information, urgent, machine mail.
SAMPLES = ("dv-001", "dv-003", "dv-005", "dv-007", "dv-010", "dv-012", "dv-015", "dv-018",
           "al-002", "al-003", "al-006", "al-011", "nc-001", "nc-003", "nc-004", "nc-007")
_ROOT = Path(__file__).resolve().parent.parent


def sample_files() -> list[Path]:
    """A handful of every kind: from the shared dev corpus beside the repository, or else from
    the team's own labelled corpus in tests/fixtures/holdout (so a lone clone demos too)."""
    shared = _ROOT.parent / "shared" / "corpus" / "dev"
    folder = shared if shared.is_dir() else _ROOT / "tests" / "fixtures" / "holdout"
    return [folder / f"{name}.eml" for name in SAMPLES if (folder / f"{name}.eml").exists()]


def demo_config(dovecot: PrivateDovecot, sink: SmtpSink, workdir: Path, procedure: str):
    return from_dict({
        "imap": {"host": dovecot.host, "port": dovecot.port, "security": "none", "user": dovecot.user,
                 "password": dovecot.password, "folder": "INBOX"},
        "smtp": {"host": sink.host, "port": sink.port, "security": "none",
                 "from_address": "klachten@school.example"},
        "database": {"url": f"sqlite:///{workdir / 'mailbot.db'}"},
        "procedure": {"name": procedure},
        "director": {"name": "De directie", "address": "directeur@school.example",
                     "allow_unauthenticated_commands": True},
    }, env={})


def run_demo(keep: Path | None = None, out=print) -> int:
    began = time.monotonic()
    workdir = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="mailbot-demo-"))
    workdir.mkdir(parents=True, exist_ok=True)
    files = sample_files()
    try:
        for procedure in ("divergent", "allure"):
            prefix = "dv-" if procedure == "divergent" else "al-"
            mine = [f for f in files if f.name.startswith((prefix, "nc-"))]
            _one(procedure, mine, workdir / procedure, out)
    finally:
        if not keep:
            shutil.rmtree(workdir, ignore_errors=True)
    out(f"\ndemo finished in {time.monotonic() - began:.1f} s")
    return 0


def _one(procedure: str, files: list[Path], workdir: Path, out) -> None:
    workdir.mkdir(parents=True, exist_ok=True)
    with PrivateDovecot(workdir / "imap") as dovecot, SmtpSink() as sink:
        for f in files:
            dovecot.append("INBOX", f.read_bytes())
        config = demo_config(dovecot, sink, workdir, procedure)
        # A weekday morning, so the send window is open whatever time the demo runs.
        clock = FrozenClock(datetime(2026, 11, 30, 9, 0, tzinfo=config.bot.tz))
        bot = Bot(config, clock)
        try:
            out(f"\n=== procedure {procedure}: {len(files)} sample mails in a private mailbox ===")
            first = bot.poll_once()
            out(f"poll 1: {len(first.outcomes)} mails: {first.count('opened')} cases opened, "
                f"{first.count('ignored')} ignored (auto-replies, bounces, newsletters, not a complaint), "
                f"{first.count('quarantined')} quarantined; {first.dispatch.sent} mails sent")
            answered, approved = _director_answers(bot, dovecot, clock)
            clock.advance(hours=2)
            second = bot.poll_once()
            out(f"poll 2: the director answered case {answered} inside its thread and approved the held "
                f"reply of case {approved} with #akkoord: {second.count('joined')} mails joined their cases, "
                f"{second.dispatch.sent} mails sent")
            out("\nCases:\n" + report.cases_table(bot.store, config.bot.tz))
            rows = [[m.rcpt_tos[0], one_line(m.message["Subject"])[:72], m.message["In-Reply-To"] or "-"]
                    for m in sink.messages]
            out("\nMails the bot sent (caught by the local SMTP sink):\n"
                + report.table(rows, ["to", "subject", "in reply to"]))
            if answered:
                out("\n" + report.show_case(bot.store, answered, config.bot.tz))
        finally:
            bot.close()


def _director_answers(bot: Bot, dovecot: PrivateDovecot, clock: FrozenClock) -> tuple[str | None, str | None]:
    """The director answers the first open case and approves the first held referral, both by
    replying to the bot's notice from their own mail client."""
    answered = approved = None
    for case in bot.store.cases():
        notices = [o.mail for o in bot.store.outbox(case.id) if o.audience == "director" and o.state == "sent"]
        if not notices:
            continue
        if case.state == "open" and answered is None:
            _reply(dovecot, clock, notices[0], "Ik heb de ouder vandaag gebeld; we plannen een gesprek.")
            answered = case.ref
        elif case.state == "waiting_approval" and approved is None:
            _reply(dovecot, clock, notices[0], "#akkoord")
            approved = case.ref
    return answered, approved


def _reply(dovecot: PrivateDovecot, clock: FrozenClock, original, body: str) -> None:
    when = clock.now() + timedelta(hours=1)
    dovecot.append("INBOX", (
        f"From: De directie <directeur@school.example>\r\nTo: klachten@school.example\r\n"
        f"Subject: Re: {original.subject}\r\nDate: {format_datetime(when)}\r\n"
        f"Message-ID: {make_msgid(domain='school.example')}\r\nIn-Reply-To: {original.message_id}\r\n"
        f"References: {original.message_id}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{body}\r\n").encode())
