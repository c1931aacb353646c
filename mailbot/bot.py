"""Assemble the bot from a Config and a Clock, and run one poll cycle: fetch, process, send."""
from __future__ import annotations

import asyncio
import logging
import os
import socket
from dataclasses import dataclass, field
from datetime import time, timedelta
from pathlib import Path

from .calendar import SendWindow, calendar_for
from .cases import Cases, Policy
from .clock import Clock
from .compose import Sender
from .config import Config
from .digest import Digest
from .dispatch import DispatchResult, Dispatcher
from .errors import MailboxError, StoreError
from .followup import FollowUp, TickResult
from .intake import Intake, Outcome
from .mailbox import Mailbox
from .model import RawMail
from .privacy import purge
from .rulecheck import load_checked
from .render import Renderer
from .store import open_store

log = logging.getLogger("mailbot")
LEASE_TTL = timedelta(minutes=5)


@dataclass
class PollResult:
    outcomes: list[Outcome] = field(default_factory=list)
    dispatch: DispatchResult = DispatchResult()
    skipped: str = ""

    def count(self, prefix: str) -> int:
        return sum(1 for o in self.outcomes if o.disposition.startswith(prefix))


class Bot:
    def __init__(self, config: Config, clock: Clock, *, holder: str | None = None):
        self.config = config
        self.clock = clock
        self.holder = holder or f"{socket.gethostname()}:{os.getpid()}"
        self.procedure = load_checked(config.procedure, _dir(config.bot.rules_dir), _dir(config.bot.templates_dir))
        self.renderer = Renderer(_dir(config.bot.templates_dir))
        self.store = open_store(config.database_url)
        self.sender = Sender(config.smtp.from_address.lower(), config.bot.organisation or self.procedure.title,
                             config.director.name, config.director.address)
        d, b = config.director, config.bot
        policy = Policy(approval_required=b.approval_required, trusted_authserv_ids=d.trusted_authserv_ids,
                        allow_unauthenticated_commands=d.allow_unauthenticated_commands,
                        escalation_addresses=d.escalation_addresses)
        self.calendar = calendar_for(self.procedure, b.tz)
        self.cases = Cases(self.store, self.procedure, self.renderer, self.sender, policy, log, self.calendar)
        self.followup = FollowUp(self.cases, log)
        self.digest = Digest(self.cases, _clock_time(b.digest_time), log)
        self.intake = Intake(self.store, self.cases, own_addresses=(self.sender.address,),
                             director_addresses=config.director.addresses,
                             max_bytes=config.bot.max_message_bytes, log=log, sent_folder=config.imap.sent_folder)
        window = SendWindow.parse(b.send_window, b.send_days, b.tz) if b.send_window else None
        self.dispatcher = Dispatcher(self.store, config.smtp,
                                     daily_cap=config.bot.max_auto_mails_per_recipient_per_day, log=log,
                                     window=window.hold if window else None)

    def close(self) -> None:
        self.store.close()

    def folders(self) -> list[str]:
        return [f for f in (self.config.imap.folder, self.config.imap.sent_folder) if f]

    def poll_once(self) -> PollResult:
        """One full cycle. Only the lease holder works, so two bots never process one mail."""
        try:
            if not self._lease():
                return PollResult(skipped="another mailbot process holds the lease")
        except StoreError as exc:
            log.error("%s; will try again at the next poll", exc)
            return PollResult(skipped="database unavailable")
        result = PollResult()
        try:
            try:
                self.fetch(result)
            except MailboxError as exc:
                log.error("IMAP: %s; will try again at the next poll", exc)
            result.dispatch = self.send_due()
        except StoreError as exc:
            # Nothing is lost: an unrecorded mail is past no checkpoint and is fetched again.
            log.error("%s; will try again at the next poll", exc)
            result.skipped = "database unavailable"
        finally:
            try:
                self.store.release_lease("poll", self.holder)
            except StoreError:
                pass              # it expires by itself
        return result

    def _lease(self) -> bool:
        now = self.clock.now()
        if self.store.acquire_lease("poll", self.holder, now, LEASE_TTL):
            return True
        old = self.store.lease_holder("poll") or ""
        host, _, pid = old.rpartition(":")
        if host == socket.gethostname() and pid.isdigit() and not _alive(int(pid)):
            log.warning("taking over the poll lease from a process that died (pid %s)", pid)
            return self.store.take_lease_from("poll", old, self.holder, now, LEASE_TTL)
        return False

    def fetch(self, result: PollResult) -> None:
        with Mailbox(self.config.imap) as box:
            for folder in self.folders():
                validity, last_uid = self.store.checkpoint(folder)
                batch = box.fetch_new(folder, validity, last_uid)
                if batch.rescan and validity is not None:
                    log.warning("folder %s: UIDVALIDITY changed (%s -> %s); rescanning, deduplicating by "
                                "Message-ID", folder, validity, batch.uidvalidity)
                    last_uid = 0
                for raw in batch.messages:
                    self.store.acquire_lease("poll", self.holder, self.clock.now(), LEASE_TTL)
                    result.outcomes.append(self.intake.process(raw, self.clock.now()))
                    last_uid = max(last_uid, raw.uid or 0)
                    self.store.set_checkpoint(folder, batch.uidvalidity, last_uid)
                if not batch.messages:
                    self.store.set_checkpoint(folder, batch.uidvalidity, last_uid)

    def retry_quarantine(self) -> list[Outcome]:
        """Process quarantined mail again, e.g. after a fix; what works now leaves the quarantine."""
        outcomes = []
        for item in self.store.quarantined():
            now = self.clock.now()
            raw = RawMail(bytes(item.raw), folder=item.folder, uid=item.uid)
            self.store.resolve_quarantine(item.key, now)
            outcome = self.intake.process(raw, now, retry=True)
            outcomes.append(outcome)
        return outcomes

    def send_due(self) -> DispatchResult:
        return asyncio.run(self.dispatcher.run_once(self.clock.now()))

    def tick(self) -> TickResult:
        """The periodic job: act on due deadlines, send the digest when it is time, send what is due."""
        now = self.clock.now()
        if not self.store.acquire_lease("tick", self.holder, now, LEASE_TTL):
            return TickResult()
        try:
            result = self.followup.tick(now)
            self.digest.maybe_send(now)
            self.send_due()
            deadlines = self.procedure.deadlines
            purge(self.store, now, retention_months=deadlines["retention_months"],
                  raw_retention_months=deadlines["raw_retention_months"], log=log)
            return result
        finally:
            self.store.release_lease("tick", self.holder)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _clock_time(value: str) -> time | None:
    """"07:30" → 07:30; config.py has already checked the form."""
    return time(int(value[:2]), int(value[3:])) if value else None


def _dir(value: str) -> Path | None:
    """"" in the config means the directory shipped beside the package."""
    return Path(value) if value else None
