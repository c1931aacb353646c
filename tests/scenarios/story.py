"""A small vocabulary for scenario tests: parents write, the director answers, the bot polls."""
from __future__ import annotations

from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from mailbot.bot import Bot

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "scenarios"


class Story:
    def __init__(self, dovecot, sink, clock, config):
        self.dovecot, self.sink, self.clock, self.config = dovecot, sink, clock, config
        self.bot = Bot(config, clock)

    @staticmethod
    def fixtures() -> Path:
        return FIXTURES

    # -- people ----------------------------------------------------------------------------
    def arrives(self, fixture: str, folder: str = "INBOX") -> bytes:
        data = (FIXTURES / fixture).read_bytes()
        self.dovecot.append(folder, data)
        return data

    def writes(self, sender: str, subject: str, body: str, *, reply_to_mail=None, to: str = "klachten@school.example",
               cc: str = "", headers: dict | None = None, folder: str = "INBOX") -> str:
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"] = sender, to, subject
        if cc:
            msg["Cc"] = cc
        msg["Date"] = format_datetime(self.clock.now())
        msg["Message-ID"] = make_msgid(domain="example.org")
        if reply_to_mail is not None:
            msg["In-Reply-To"] = reply_to_mail["Message-ID"]
            refs = (reply_to_mail["References"] or "").split()
            msg["References"] = " ".join([*refs, reply_to_mail["Message-ID"]])
        for k, v in (headers or {}).items():
            msg[k] = v
        msg.set_content(body)
        self.dovecot.append(folder, bytes(msg))
        return msg["Message-ID"]

    # -- the bot ---------------------------------------------------------------------------
    def poll(self):
        return self.bot.poll_once()

    def restart(self):
        self.bot.close()
        self.bot = Bot(self.config, self.clock)

    # -- what happened -----------------------------------------------------------------------
    def mails_to(self, address: str) -> list[EmailMessage]:
        return [m.message for m in self.sink.messages if address in m.rcpt_tos]

    def case(self, ref: str | None = None):
        cases = self.bot.store.cases()
        return cases[-1] if ref is None else self.bot.store.case(ref)


def toml(raw: dict) -> str:
    lines = []
    for section, values in raw.items():
        lines.append(f"[{section}]")
        for key, value in values.items():
            if isinstance(value, bool):
                lines.append(f"{key} = {'true' if value else 'false'}")
            elif isinstance(value, (int, float)):
                lines.append(f"{key} = {value}")
            else:
                lines.append(f'{key} = "{value}"')
    return "\n".join(lines) + "\n"


def server_config(dovecot, sink, workdir: Path, **sections) -> dict:
    """The raw config (as TOML would give it) for a bot process started on its own."""
    raw = {
        "imap": {"host": dovecot.host, "port": dovecot.port, "security": "none", "user": dovecot.user,
                 "password": dovecot.password, "folder": "INBOX"},
        "smtp": {"host": sink.host, "port": sink.port, "security": "none",
                 "from_address": "klachten@school.example"},
        "database": {"url": f"sqlite:///{workdir / 'mailbot.db'}"},
        "procedure": {"name": "divergent"},
        "director": {"name": "De directeur", "address": "directeur@school.example"},
    }
    for name, values in sections.items():
        raw.setdefault(name, {}).update(values)
    return raw
