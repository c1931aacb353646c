"""An in-process SMTP sink (aiosmtpd) that records what it receives and can be told to fail.

Part of the sandbox (`mailbot.sandbox.SmtpSink`): the tests count replies at the sink by
Message-ID, and `mailbot demo` sends its replies here instead of to real parents.
"""
from __future__ import annotations

import asyncio
import email
import email.policy
import socket
import ssl
import threading
import time
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


@dataclass(frozen=True)
class SinkMessage:
    mail_from: str
    rcpt_tos: tuple[str, ...]
    data: bytes                      # exactly as received (CRLF line ends, dots unstuffed)
    message: EmailMessage            # parsed with email.policy.default

    @property
    def message_id(self) -> str:
        return (self.message["Message-ID"] or "").strip()


@dataclass
class _Fault:
    stage: str                       # "mail" | "rcpt" | "data"
    reply: str | None                # "451 try later"; None = stall instead
    stall: float = 0.0


class _Handler:
    def __init__(self, sink: "SmtpSink"):
        self.sink = sink

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if (reply := await self.sink._fault("mail")) is not None:
            return reply
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if (reply := await self.sink._fault("rcpt")) is not None:
            return reply
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if (reply := await self.sink._fault("data")) is not None:
            return reply
        data = envelope.content if isinstance(envelope.content, bytes) else envelope.content.encode()
        parsed = email.message_from_bytes(data, policy=email.policy.default)
        self.sink._record(SinkMessage(envelope.mail_from, tuple(envelope.rcpt_tos), data, parsed))
        return "250 Message accepted for delivery"


class SmtpSink:
    """aiosmtpd on a free 127.0.0.1 port, recording every message.

    `security`: "none" (default), "starttls" or "ssl" (both with a self-signed cert from
    `cert=(certfile, keyfile)`, e.g. `sandbox.self_signed_cert(dir)`). `auth=(user, password)`
    turns on AUTH (allowed without TLS, it is loopback). stop()/start() keep the port, so a
    test can take SMTP down and bring it back.
    """

    def __init__(self, *, port: int = 0, security: str = "none", cert: tuple[Path, Path] | None = None,
                 auth: tuple[str, str] | None = None):
        self.host = "127.0.0.1"
        self.port = port or _free_port()
        self.security = security
        self._cert = cert
        self._auth = auth
        self._lock = threading.Lock()
        self._messages: list[SinkMessage] = []
        self._faults: list[_Fault] = []
        self._controller: Controller | None = None
        if security != "none" and cert is None:
            raise ValueError("a TLS sink needs cert=(certfile, keyfile)")

    # -- lifecycle -------------------------------------------------------------------------
    def start(self) -> "SmtpSink":
        if self._controller is not None:
            return self
        kwargs: dict = {"hostname": self.host, "port": self.port, "ready_timeout": 5.0}
        context = None
        if self._cert:
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(str(self._cert[0]), str(self._cert[1]))
        if self.security == "ssl":
            kwargs["ssl_context"] = context
        elif self.security == "starttls":
            kwargs["tls_context"] = context
        if self._auth:
            kwargs.update(authenticator=self._authenticate, auth_require_tls=False)
        controller = Controller(_Handler(self), **kwargs)
        for attempt in range(50):     # right after stop() the port can linger for a moment
            try:
                controller.start()
                break
            except (OSError, RuntimeError):
                if attempt == 49:
                    raise
                time.sleep(0.02)
        self._controller = controller
        return self

    def stop(self) -> None:
        controller, self._controller = self._controller, None
        if controller is not None:
            controller.stop()

    @property
    def running(self) -> bool:
        return self._controller is not None

    def __enter__(self) -> "SmtpSink":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- faults ------------------------------------------------------------------------------
    def fail_next(self, n: int = 1, code: int = 451, message: str = "try later", *, at: str = "data") -> None:
        """The next n transactions get `code message` at MAIL, RCPT or (default) end of DATA."""
        if at not in ("mail", "rcpt", "data"):
            raise ValueError("at must be 'mail', 'rcpt' or 'data'")
        with self._lock:
            self._faults.extend(_Fault(at, f"{code} {message}") for _ in range(n))

    def stall_next(self, n: int = 1, seconds: float = 5.0) -> None:
        """The next n transactions hang for `seconds` after DATA (a client timeout test)."""
        with self._lock:
            self._faults.extend(_Fault("data", None, seconds) for _ in range(n))

    async def _fault(self, stage: str) -> str | None:
        with self._lock:
            if not self._faults or self._faults[0].stage != stage:
                return None
            fault = self._faults.pop(0)
        if fault.reply is None:
            await asyncio.sleep(fault.stall)
            return "451 stalled"
        return fault.reply

    # -- what arrived --------------------------------------------------------------------------
    def _record(self, message: SinkMessage) -> None:
        with self._lock:
            self._messages.append(message)

    @property
    def messages(self) -> list[SinkMessage]:
        with self._lock:
            return list(self._messages)

    def clear(self) -> None:
        with self._lock:
            self._messages.clear()
            self._faults.clear()

    def by_message_id(self) -> dict[str, list[SinkMessage]]:
        """Message-ID -> every copy received (more than one = a duplicate send)."""
        result: dict[str, list[SinkMessage]] = {}
        for msg in self.messages:
            result.setdefault(msg.message_id, []).append(msg)
        return result

    def wait_for(self, count: int, timeout: float = 5.0) -> list[SinkMessage]:
        deadline = time.monotonic() + timeout
        while len(self.messages) < count and time.monotonic() < deadline:
            time.sleep(0.01)
        return self.messages

    def _authenticate(self, server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword) and self._auth is not None
              and auth_data.login.decode() == self._auth[0] and auth_data.password.decode() == self._auth[1])
        return AuthResult(success=ok, handled=False)   # handled=False: aiosmtpd sends the 235/535


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
