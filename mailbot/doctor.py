"""`mailbot doctor`: check every outside dependency and say in plain words what to fix."""
from __future__ import annotations

import asyncio
from dataclasses import dataclass

from .config import Config
from .errors import MailbotError


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str


def run_checks(config: Config) -> list[Check]:
    return [_imap(config), _smtp(config), _database(config), _procedure(config)]


def _imap(config: Config) -> Check:
    from .mailbox import Mailbox
    imap = config.imap
    try:
        with Mailbox(imap) as box:
            folders = box.list_folders()
            missing = [f for f in (imap.folder, imap.sent_folder) if f and f not in folders]
            if missing:
                return Check("imap", False, f"logged in as {imap.user}, but folder(s) {', '.join(missing)} do not "
                             f"exist; existing folders: {', '.join(folders)}. Fix [imap] folder / sent_folder.")
            validity, uidnext, count = box.folder_status(imap.folder)
    except MailbotError as exc:
        return Check("imap", False, f"{exc}. Check [imap] host, port, security, user and the password.")
    return Check("imap", True, f"{imap.user}@{imap.host}:{imap.port}, folder {imap.folder}: {count} messages")


def _smtp(config: Config) -> Check:
    from .outbox import probe
    try:
        asyncio.run(probe(config.smtp))
    except MailbotError as exc:
        return Check("smtp", False, f"{exc}. Check [smtp] host, port, security, user and the password.")
    return Check("smtp", True, f"{config.smtp.host}:{config.smtp.port} accepts connections")


def _database(config: Config) -> Check:
    from .store import open_store
    try:
        store = open_store(config.database_url)
        n = len(store.cases())
        store.close()
    except MailbotError as exc:
        return Check("database", False, f"{exc}. Check [database] url and that the folder is writable.")
    return Check("database", True, f"{n} cases")


def _procedure(config: Config) -> Check:
    from pathlib import Path
    from .procedure import load_procedure
    try:
        proc = load_procedure(config.procedure, Path(config.bot.rules_dir) if config.bot.rules_dir else None)
    except MailbotError as exc:
        return Check("procedure", False, str(exc))
    return Check("procedure", True, f"{proc.name}: {proc.title}")
