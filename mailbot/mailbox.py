"""IMAP in: fetch only new mail, read-only, and turn every library failure into MailboxError.

The only module that imports imap_tools. It never deletes, moves or flags anything: folders
are opened with EXAMINE and bodies fetched with BODY.PEEK, so the director's unread marks
stay as they were.
"""
from __future__ import annotations

import imaplib
import re
import socket
import ssl
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator

from imap_tools import MailBox, MailBoxStartTls, MailBoxUnencrypted, MailMessage
from imap_tools.errors import ImapToolsError, MailboxLoginError

from .config import ImapSettings
from .errors import MailboxError
from .model import RawMail

FETCH_CHUNK = 100   # UIDs per UID FETCH: one round trip each, bounded memory per command


@dataclass(frozen=True)
class FetchBatch:
    """What one poll of one folder found, in UID order.

    rescan=True means the server's UIDVALIDITY is not the stored one (or none was stored):
    the UIDs are a new numbering, so `messages` starts again from the first message and the
    caller dedupes by Message-ID.
    """

    folder: str
    uidvalidity: int
    rescan: bool
    messages: tuple[RawMail, ...]

    @property
    def last_uid(self) -> int | None:
        """The checkpoint to store after the batch is processed (None: nothing fetched)."""
        return self.messages[-1].uid if self.messages else None


class _RawMessage(MailMessage):
    """Keeps the exact bytes and skips imap_tools' own parse: parse.py parses once, its way."""

    def __init__(self, fetch_data: list) -> None:   # noqa: no super(): no email.message built
        self.raw, self._raw_uid_data, self._raw_flag_data = self._get_message_data_parts(fetch_data)


class Mailbox:
    """One IMAP account. Use as a context manager; a failed call drops the connection and the
    next call reconnects, so a long-running poller survives a server restart."""

    def __init__(self, settings: ImapSettings):
        self.settings = settings
        self._box: MailBox | MailBoxUnencrypted | MailBoxStartTls | None = None

    def __enter__(self) -> "Mailbox":
        self.open()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def open(self) -> None:
        if self._box is not None:
            return
        s = self.settings
        with self._boundary("connect"):
            if s.security == "ssl":
                box = MailBox(s.host, s.port, timeout=s.timeout, ssl_context=self._tls_context())
            elif s.security == "starttls":
                box = MailBoxStartTls(s.host, s.port, timeout=s.timeout, ssl_context=self._tls_context())
            else:
                box = MailBoxUnencrypted(s.host, s.port, timeout=s.timeout)
        box.email_message_class = _RawMessage
        try:
            with self._boundary(f"login as {s.user}"):
                box.login(s.user, s.password, initial_folder=None)
        except MailboxError:
            _quietly_close(box)
            raise
        self._box = box

    def close(self) -> None:
        box, self._box = self._box, None
        if box is not None:
            _quietly_close(box)

    # -- reading -------------------------------------------------------------------------------
    def fetch_new(self, folder: str, uidvalidity: int | None, last_uid: int, *,
                  limit: int | None = None) -> FetchBatch:
        """Messages with UID > last_uid (all of them on a UIDVALIDITY change), oldest first.

        With `limit`, only the first `limit` new ones; the next poll, from the new checkpoint,
        gets the rest.
        """
        with self._boundary(f"fetch from {folder}"):
            box = self._connected()
            box.folder.set(folder, readonly=True)          # EXAMINE: nothing can change
            current = self._selected_uidvalidity(box, folder)
            rescan = uidvalidity is None or current != uidvalidity
            floor = 0 if rescan else max(last_uid, 0)
            # "UID n:*" always matches the newest message, even when its UID is below n
            # (RFC 3501: "*" is the largest UID in use), so filter again here.
            found = box.uids("ALL" if floor == 0 else f"UID {floor + 1}:*")
            uids = sorted(u for u in map(int, found) if u > floor)
            if limit is not None:
                uids = uids[:max(limit, 0)]
            messages: list[RawMail] = []
            for start in range(0, len(uids), FETCH_CHUNK):
                chunk = [str(u) for u in uids[start:start + FETCH_CHUNK]]
                for msg in box.fetch(uid_list=chunk, mark_seen=False, bulk=True):
                    if msg.uid is not None:
                        messages.append(RawMail(data=msg.raw, folder=folder, uid=int(msg.uid),
                                                uidvalidity=current))
            messages.sort(key=lambda m: m.uid)
            return FetchBatch(folder=folder, uidvalidity=current, rescan=rescan, messages=tuple(messages))

    def folder_status(self, folder: str) -> tuple[int, int, int]:
        """(uidvalidity, uidnext, message count), without opening the folder."""
        with self._boundary(f"status of {folder}"):
            status = self._connected().folder.status(folder, ("UIDVALIDITY", "UIDNEXT", "MESSAGES"))
            return status["UIDVALIDITY"], status["UIDNEXT"], status["MESSAGES"]

    def list_folders(self) -> list[str]:
        with self._boundary("list folders"):
            return [info.name for info in self._connected().folder.list()]

    def append(self, folder: str, data: bytes) -> None:
        """Store a copy (e.g. of a sent reply in the Sent folder). No flags are set."""
        with self._boundary(f"append to {folder}"):
            self._connected().append(data, folder)

    # -- internals -------------------------------------------------------------------------------
    def _connected(self):
        if self._box is None:
            self.open()
        return self._box

    def _selected_uidvalidity(self, box, folder: str) -> int:
        # SELECT/EXAMINE reports UIDVALIDITY; reading it from that reply keeps the value and
        # the UIDs we are about to read from the same moment.
        _, data = box.client.response("UIDVALIDITY")
        if data and data[0]:
            return int(data[0])
        return box.folder.status(folder, ("UIDVALIDITY",))["UIDVALIDITY"]

    def _tls_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context()
        if not self.settings.verify_tls:
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
        return context

    @contextmanager
    def _boundary(self, action: str) -> Iterator[None]:
        try:
            yield
        except (ImapToolsError, imaplib.IMAP4.error, OSError, EOFError, ValueError) as exc:
            self.close()
            raise MailboxError(self._describe(action, exc)) from None

    def _describe(self, action: str, exc: BaseException) -> str:
        s = self.settings
        reason = _reason(exc, s)
        text = f"IMAP {s.host}:{s.port} ({s.security}): {action} failed: {reason}"
        text = re.sub(r"\s+", " ", text).strip()
        if s.password:
            text = text.replace(s.password, "***")
        return text


def _reason(exc: BaseException, s: ImapSettings) -> str:
    if isinstance(exc, MailboxLoginError):
        return (f"the server refused the login ({_server_text(exc)}); check [imap] user and the "
                "password (password_env / password_file)")
    if isinstance(exc, ssl.SSLCertVerificationError):
        return (f"the server's TLS certificate is not trusted ({exc.verify_message}); install a "
                "valid certificate on the server, or set [imap] verify_tls = false for a test server")
    if isinstance(exc, ssl.SSLError):
        return f"TLS failed ({exc.reason or exc}); check [imap] security and port (993 = ssl, 143 = starttls)"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused; is the server running and are [imap] host and port right?"
    if isinstance(exc, socket.gaierror):
        return f"host name not found ({exc.strerror}); check [imap] host"
    if isinstance(exc, (socket.timeout, TimeoutError)):
        return f"no answer within {s.timeout:g} s; check [imap] host, port and the network"
    if isinstance(exc, (imaplib.IMAP4.abort, EOFError, ConnectionError)):
        return f"the connection was dropped ({exc or type(exc).__name__}); it will be retried"
    if isinstance(exc, ImapToolsError):
        return _server_text(exc)
    return f"{type(exc).__name__}: {exc}"


def _server_text(exc: ImapToolsError) -> str:
    result = getattr(exc, "command_result", None)
    if result and len(result) > 1 and result[1]:
        parts = [p.decode(errors="replace") if isinstance(p, bytes) else str(p) for p in result[1] if p]
        return " ".join(parts) or str(exc)
    return str(exc)


def _quietly_close(box) -> None:
    try:
        box.logout()
    except Exception:      # closing a broken connection: nothing more to learn from it
        try:
            box.client.shutdown()
        except Exception:
            pass
