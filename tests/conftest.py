"""Fixtures the whole suite shares: real servers on loopback, a frozen clock, a config for both.

`dovecot` and `smtp_sink` are real servers (a private Dovecot, an in-process aiosmtpd), one
per test: a fresh Dovecot starts in about 15 ms, so no test inherits another's mail.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from mailbot.clock import FrozenClock
from mailbot.config import Config, from_dict
from mailbot.sandbox import INSTALL_HINT, PrivateDovecot, SmtpSink, find_dovecot

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
BOT_ADDRESS = "klachten@school.example"
DIRECTOR_ADDRESS = "directeur@school.example"
START = datetime(2026, 11, 2, 9, 0, tzinfo=ZoneInfo("Europe/Brussels"))


@pytest.fixture
def dovecot(tmp_path: Path):
    """A started PrivateDovecot (plain IMAP) with an empty INBOX and Sent."""
    if find_dovecot() is None:
        pytest.skip(f"Dovecot is not installed; {INSTALL_HINT}")
    with PrivateDovecot(tmp_path / "imap") as server:
        yield server


@pytest.fixture
def dovecot_tls(tmp_path: Path):
    """A started PrivateDovecot that also listens for IMAPS (.tls_port) with a self-signed
    certificate (.cert); STARTTLS works on .port too."""
    if find_dovecot() is None:
        pytest.skip(f"Dovecot is not installed; {INSTALL_HINT}")
    server = PrivateDovecot(tmp_path / "imaps", tls=True)
    with server:
        if server.tls_port is None:
            pytest.skip("openssl is not installed, so no certificate for an IMAPS test server")
        yield server


@pytest.fixture
def smtp_sink():
    """A started SmtpSink: plain SMTP, no AUTH, records every message."""
    with SmtpSink() as sink:
        yield sink


@pytest.fixture
def clock() -> FrozenClock:
    """Monday 2 November 2026, 09:00 in Brussels; moves only with .advance() / .set()."""
    return FrozenClock(START)


@pytest.fixture
def shared_dir() -> Path:
    """The team's shared read-only material (../shared beside the repo)."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present beside the repository")
    return SHARED


def make_config(dovecot: PrivateDovecot, smtp_sink: SmtpSink, workdir: Path, **overrides) -> Config:
    """A Config pointing at both servers, SQLite in `workdir`.

    Each override names a config section and holds keys to change, e.g.
    `smtp={"timeout": 1}` or `director={"allow_unauthenticated_commands": False}`;
    `procedure="allure"` is short for `procedure={"name": "allure"}`.
    """
    raw = {
        "imap": {"host": dovecot.host, "port": dovecot.port, "security": "none", "user": dovecot.user,
                 "password": dovecot.password, "folder": "INBOX", "timeout": 10},
        "smtp": {"host": smtp_sink.host, "port": smtp_sink.port, "security": "none",
                 "from_address": BOT_ADDRESS, "timeout": 5},
        "database": {"url": f"sqlite:///{workdir / 'mailbot.db'}"},
        "procedure": {"name": "divergent"},
        "director": {"name": "De directeur", "address": DIRECTOR_ADDRESS,
                     "allow_unauthenticated_commands": True},
        "bot": {"timezone": "Europe/Brussels"},
    }
    for section, values in overrides.items():
        if section == "procedure" and isinstance(values, str):
            values = {"name": values}
        raw.setdefault(section, {}).update(values)
    return from_dict(raw, env={})


@pytest.fixture
def config_factory(tmp_path: Path):
    """config_factory(dovecot, smtp_sink, tmp_path=None, **overrides) -> Config (see make_config)."""
    def factory(dovecot: PrivateDovecot, smtp_sink: SmtpSink, workdir: Path | None = None, **overrides) -> Config:
        return make_config(dovecot, smtp_sink, workdir or tmp_path, **overrides)
    return factory
