"""Throwaway mail servers on loopback: a private Dovecot (IMAP) and an in-process SMTP sink.

Used by the test fixtures and by `mailbot demo`. Nothing here touches the system's own
Dovecot service or its config: each instance has its own config, sockets, log and mail
under one work directory, and listens on a free 127.0.0.1 port.
"""
from __future__ import annotations

import imaplib
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

from .dovecot_conf import SandboxError, maildir, write_config
from .smtpsink import SinkMessage, SmtpSink  # noqa: F401  (the SMTP half of the sandbox)

INSTALL_HINT = "install dovecot-imapd (Debian package): make servers"


def find_dovecot() -> str | None:
    """The dovecot binary, or None (callers say INSTALL_HINT)."""
    found = shutil.which("dovecot")
    if found:
        return found
    return "/usr/sbin/dovecot" if os.access("/usr/sbin/dovecot", os.X_OK) else None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def self_signed_cert(directory: Path, name: str = "localhost") -> tuple[Path, Path] | None:
    """(cert, key) made with the openssl CLI, or None when openssl is missing (TLS tests skip)."""
    openssl = shutil.which("openssl")
    if not openssl:
        return None
    directory.mkdir(parents=True, exist_ok=True)
    cert, key = directory / f"{name}.crt", directory / f"{name}.key"
    if not cert.exists():
        subprocess.run([openssl, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2",
                        "-subj", f"/CN={name}", "-addext", f"subjectAltName=DNS:{name},IP:127.0.0.1",
                        "-keyout", str(key), "-out", str(cert)],
                       check=True, capture_output=True, timeout=30)
    return cert, key


def _wait_for_port(host: str, port: int, proc: subprocess.Popen, log: Path, deadline: float) -> None:
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SandboxError(f"dovecot exited with code {proc.returncode}: {_tail(log)}")
        try:
            with socket.create_connection((host, port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.005)
    raise SandboxError(f"dovecot did not listen on {host}:{port} in time: {_tail(log)}")


def _wait_closed(host: str, port: int, limit: float = 2.0) -> None:
    """Children die just after the master; wait until the port really refuses."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        try:
            with socket.create_connection((host, port), timeout=0.1):
                pass
        except OSError:
            return
        time.sleep(0.005)


def _tail(log: Path, lines: int = 5) -> str:
    try:
        return " | ".join(log.read_text(errors="replace").strip().splitlines()[-lines:])
    except OSError:
        return "(no log)"


class PrivateDovecot:
    """A private Dovecot with one user, INBOX and Sent, on a free loopback port.

    Runs as an ordinary user, and as root too (see dovecot_conf.py for how).
    """

    user = "klachten@school.example"

    def __init__(self, workdir: Path, *, tls: bool = False, password: str | None = None):
        self.workdir = Path(workdir)
        self.host = "127.0.0.1"
        self.port = 0
        self.tls_port: int | None = None      # IMAPS port when tls=True and openssl exists
        self.cert: Path | None = None         # the self-signed certificate (a test can trust it)
        self._key: Path | None = None
        self.password = password or secrets.token_hex(8)
        self._want_tls = tls
        self._proc: subprocess.Popen | None = None
        self.start_seconds = 0.0

    # -- lifecycle -------------------------------------------------------------------------
    def start(self) -> "PrivateDovecot":
        binary = find_dovecot()
        if binary is None:
            raise SandboxError(f"Dovecot is not installed; {INSTALL_HINT}")
        if self._proc is not None:
            return self
        began = time.monotonic()
        if not self.port:
            self.port = free_port()
            if self._want_tls:
                pair = self_signed_cert(self.workdir / "tls", "localhost")
                if pair:
                    self.cert, self._key = pair
                    self.tls_port = free_port()
        conf = write_config(self.workdir, user=self.user, password=self.password, host=self.host, port=self.port,
                            tls=(self.cert, self._key, self.tls_port) if self.cert and self.tls_port else None,
                            hint=INSTALL_HINT)
        log = self.workdir / "dovecot.log"
        with open(log, "ab") as out:
            self._proc = subprocess.Popen([binary, "-F", "-c", str(conf)], stdout=out, stderr=out,
                                          stdin=subprocess.DEVNULL, start_new_session=True)
        _wait_for_port(self.host, self.port, self._proc, log, time.monotonic() + 15)
        self.start_seconds = time.monotonic() - began
        return self

    def stop(self, *, graceful: bool = False) -> None:
        """Stop the instance. Default: SIGKILL its process group at once (a graceful Dovecot
        shutdown waits about a second for children, too slow for one instance per test)."""
        proc, self._proc = self._proc, None
        if proc is None or proc.poll() is not None:
            return
        if graceful:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=5)
                return
            except subprocess.TimeoutExpired:
                pass
        os.killpg(proc.pid, signal.SIGKILL)   # its own session: only this instance's processes
        proc.wait(timeout=5)
        _wait_closed(self.host, self.port)

    def restart(self) -> None:
        """Stop and start on the same port(s), keeping the mail."""
        self.stop()
        self.start()

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def __enter__(self) -> "PrivateDovecot":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- mail helpers for tests and the demo (plain IMAP, never through mailbot.mailbox) ----
    def connect(self) -> imaplib.IMAP4:
        client = imaplib.IMAP4(self.host, self.port, timeout=10)
        client.login(self.user, self.password)
        return client

    def append(self, folder: str, data: bytes, flags: tuple[str, ...] = ()) -> int:
        """APPEND one message; returns its UID."""
        return self.append_many(folder, [data], flags)[0]

    def append_many(self, folder: str, messages, flags: tuple[str, ...] = ()) -> list[int]:
        """APPEND several messages over one connection (fast seeding); returns their UIDs."""
        client = self.connect()
        try:
            uids = []
            for data in messages:
                typ, resp = client.append(_quote(folder), f"({' '.join(flags)})" if flags else None,
                                          None, data)
                if typ != "OK":
                    raise SandboxError(f"APPEND to {folder} failed: {resp!r}")
                found = re.search(rb"APPENDUID \d+ (\d+)", resp[0] or b"")
                uids.append(int(found.group(1)) if found else 0)
            return uids
        finally:
            client.logout()

    def uids(self, folder: str = "INBOX") -> list[int]:
        return sorted(self.flags(folder))

    def flags(self, folder: str = "INBOX") -> dict[int, tuple[str, ...]]:
        """UID -> stored flags (e.g. \\Seen), read with EXAMINE so looking never changes anything."""
        client = self.connect()
        try:
            typ, _ = client.select(_quote(folder), readonly=True)
            if typ != "OK":
                raise SandboxError(f"cannot open folder {folder}")
            typ, data = client.uid("FETCH", "1:*", "(FLAGS)")
            result = {}
            for line in data or ():
                if isinstance(line, bytes):
                    m = re.search(rb"UID (\d+)", line)
                    f = re.search(rb"FLAGS \(([^)]*)\)", line)
                    if m:
                        # \Recent belongs to the session, not the message: left out
                        result[int(m.group(1))] = tuple(x for x in (f.group(1).decode().split() if f else ())
                                                        if x != "\\Recent")
            return result
        finally:
            client.logout()

    def uidvalidity(self, folder: str = "INBOX") -> int:
        client = self.connect()
        try:
            typ, data = client.status(_quote(folder), "(UIDVALIDITY)")
            return int(re.search(rb"UIDVALIDITY (\d+)", data[0]).group(1))
        finally:
            client.logout()

    def change_uidvalidity(self, folder: str = "INBOX") -> int:
        """Make the server renumber `folder` under a new UIDVALIDITY (as after a server migration).

        Dovecot cannot rename INBOX, so this stops the server, drops the folder's UID list and
        indexes (the mail files stay), and starts again; Dovecot then assigns a fresh
        UIDVALIDITY from its counter. Returns the new value.
        """
        before = self.uidvalidity(folder)
        self.stop()
        root = maildir(self.workdir, self.user)
        box = root if folder.upper() == "INBOX" else root / ("." + folder.replace("/", "."))
        for path in [box / "dovecot-uidlist", *box.glob("dovecot.index*"), *root.glob("dovecot.list.index*")]:
            path.unlink(missing_ok=True)
        self.start()
        after = self.uidvalidity(folder)
        if after == before:
            raise SandboxError(f"UIDVALIDITY of {folder} did not change ({after})")
        return after


def _quote(folder: str) -> str:
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'
