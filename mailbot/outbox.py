"""SMTP out: turn an OutgoingMail into wire bytes and hand it to the server.

The only module that imports aiosmtplib. Every failure becomes a DeliveryError whose
`temporary` flag tells the outbox loop whether to retry:

* permanent (temporary=False): the server refused *this message* with a 5xx reply to
  MAIL FROM, RCPT TO or DATA (unknown recipient, rejected content). Retrying the same mail
  cannot help; the outbox records it as an event for a person to look at.
* temporary (temporary=True): everything else, including 4xx replies, refused or dropped
  connections, timeouts, TLS errors, and also an untrusted TLS certificate or rejected
  SMTP login. Those last two need a person to fix the server or the config, but they are
  about the server, not this message: once fixed, the very same mail goes through, so the
  outbox keeps retrying with capped backoff (at most hourly) and no reply is ever dropped
  because a certificate expired over a weekend. The message says what to fix.
"""
from __future__ import annotations

import asyncio
from contextlib import contextmanager
import logging
import re
import ssl
from datetime import datetime, timedelta
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr

import aiosmtplib

from .config import SmtpSettings
from .errors import DeliveryError
from .model import OutgoingMail

log = logging.getLogger(__name__)

_LINE_BREAKS = re.compile(r"[\r\n\x0b\x0c\x00\x85\u2028\u2029]+")
_ADDRESS = re.compile(r'^[^@\s<>(),;:"\[\]]+@[^@\s<>(),;:"\[\]]+$')
_HEADER_NAME = re.compile(r"^[!-9;-~]+$")
_MSG_ID = re.compile(r"^<[!-;=?-~]+>$")     # printable ASCII, no spaces, no '<' or '>' inside
# Headers build_message writes itself; extra_headers may not repeat or override them.
_RESERVED = {"from", "to", "cc", "bcc", "subject", "date", "message-id", "in-reply-to", "references",
             "mime-version", "content-type", "content-transfer-encoding", "auto-submitted", "sender"}


def clean_header(value: str) -> str:
    """One line: any CR, LF or other line break becomes a space, so no header can be injected."""
    return _LINE_BREAKS.sub(" ", value).strip()


def build_message(mail: OutgoingMail, settings: SmtpSettings, *, date: datetime) -> bytes:
    """The exact bytes to send (CRLF line ends, text/plain; charset=utf-8, quoted-printable)."""
    if date.tzinfo is None:
        raise ValueError("build_message needs an aware date")
    message_id = _msg_id(mail.message_id)
    if message_id is None:
        raise ValueError(f"not a valid Message-ID: {mail.message_id!r}")
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = Address(clean_header(settings.from_name), addr_spec=_addr(settings.from_address))
    msg["To"] = ", ".join(_addr(a) for a in mail.to)
    if mail.cc:
        msg["Cc"] = ", ".join(_addr(a) for a in mail.cc)
    msg["Subject"] = clean_header(mail.subject)
    msg["Date"] = format_datetime(date)
    msg["Auto-Submitted"] = clean_header(mail.auto_submitted) or "auto-replied"
    for name, value in mail.extra_headers:
        name = clean_header(name)
        if not _HEADER_NAME.match(name) or name.lower() in _RESERVED:
            raise ValueError(f"extra header name {name!r} is not allowed")
        msg[name] = clean_header(value)
    msg.set_content(mail.body.replace("\r\n", "\n").replace("\r", "\n"), charset="utf-8",
                    cte="quoted-printable")
    head, _, body = msg.as_bytes().partition(b"\r\n\r\n")
    # Message ids are written by hand: the email package folds a long id into RFC 2047
    # encoded words, which no mail client can match against, and threading breaks.
    ids = [f"Message-ID: {message_id}"]
    in_reply_to = _msg_id(mail.in_reply_to or "")
    if in_reply_to:
        ids.append(f"In-Reply-To: {in_reply_to}")
    references = [r for r in (_msg_id(ref) for ref in mail.references) if r]
    if in_reply_to and in_reply_to not in references:
        references.append(in_reply_to)
    if references:
        ids.append("References: " + "\r\n ".join(references))
    return head + b"\r\n" + "\r\n".join(ids).encode("ascii") + b"\r\n\r\n" + body


def recipients(mail: OutgoingMail) -> list[str]:
    """The envelope recipients: To then Cc, bare addresses, no duplicates."""
    seen: list[str] = []
    for raw in (*mail.to, *mail.cc):
        addr = _addr(raw)
        if addr.lower() not in (s.lower() for s in seen):
            seen.append(addr)
    return seen


class Session:
    """One SMTP connection for a run of mails (no QUIT between them), reopened after a failure.

    Keeping the connection also keeps the gap between "the server accepted it" and "the outbox
    row says sent" as short as it can be: a crash inside that gap is the only way to send twice.
    """

    def __init__(self, settings: SmtpSettings):
        self.settings = settings
        self.where = f"SMTP {settings.host}:{settings.port} ({settings.security})"
        self._client: aiosmtplib.SMTP | None = None

    async def __aenter__(self) -> "Session":
        return self

    async def __aexit__(self, *exc) -> None:
        await self.close()

    async def _connect(self) -> aiosmtplib.SMTP:
        s = self.settings
        client = aiosmtplib.SMTP(hostname=s.host, port=s.port, timeout=s.timeout, use_tls=s.security == "ssl",
                                 start_tls=s.security == "starttls", validate_certs=s.verify_tls)
        await client.connect()
        if s.user:
            await client.login(s.user, s.password)
        return client

    async def send(self, mail: OutgoingMail, *, date: datetime, committing=None) -> None:
        """Deliver one mail, or raise DeliveryError (see the module text for temporary vs permanent).

        `committing()` is called after the whole message is on the wire and just before the
        final "." that makes the server take it: the caller records the mail as sent there,
        so a crash after that point can no longer make it send the mail a second time.
        """
        data = build_message(mail, self.settings, date=date)
        to = recipients(mail)
        try:
            if self._client is None or not self._client.is_connected:
                self._client = await self._connect()
            with _before_final_dot(self._client, committing):
                refused, _ = await self._client.sendmail(_addr(self.settings.from_address), to, data)
        except (aiosmtplib.SMTPException, OSError, asyncio.TimeoutError) as exc:
            await self._reset()
            raise _delivery_error(exc, self.settings, self.where) from None
        if refused:
            # Some recipients were taken, so the mail is out; a retry would duplicate it.
            log.warning("%s: %d of %d recipients refused for %s", self.where, len(refused), len(to),
                        mail.message_id)

    async def _reset(self) -> None:
        """After a refusal the transaction is reset (RSET); after a broken connection it is dropped."""
        client, self._client = self._client, None
        if client is not None and client.is_connected:
            try:
                await client.rset()
                self._client = client
            except (aiosmtplib.SMTPException, OSError, asyncio.TimeoutError):
                client.close()

    async def close(self) -> None:
        client, self._client = self._client, None
        if client is not None and client.is_connected:
            try:
                await client.quit()
            except (aiosmtplib.SMTPException, OSError, asyncio.TimeoutError):
                client.close()


@contextmanager
def _before_final_dot(client: aiosmtplib.SMTP, hook):
    """Split aiosmtplib's one write of "message + .CRLF" to run `hook` between the two parts.

    aiosmtplib offers no hook there, so its protocol's write is wrapped for one call. The only
    write ending in CRLF.CRLF is the end of DATA: dots at line starts are doubled before it.
    """
    protocol = client.protocol
    if hook is None or protocol is None:
        yield
        return
    write = protocol.write

    def split(data: bytes) -> None:
        if len(data) > 5 and data.endswith(b"\r\n.\r\n"):
            write(data[:-3])
            hook()
            write(b".\r\n")
        else:
            write(data)

    protocol.write = split
    try:
        yield
    finally:
        del protocol.write


async def send(mail: OutgoingMail, settings: SmtpSettings, *, date: datetime) -> None:
    """Deliver one mail on a connection of its own."""
    async with Session(settings) as session:
        await session.send(mail, date=date)


def send_sync(mail: OutgoingMail, settings: SmtpSettings, *, date: datetime) -> None:
    """send() for callers without an event loop (the CLI, the scheduler's worker threads)."""
    asyncio.run(send(mail, settings, date=date))


def backoff(attempt: int) -> timedelta:
    """Wait before retry number `attempt` (1 = after the first failure): 1, 2, 4 … minutes, at most 60."""
    return timedelta(minutes=min(60, 2 ** min(max(attempt, 1) - 1, 6)))


def _classify(exc: BaseException, settings: SmtpSettings) -> DeliveryError:
    cause = exc.__cause__ or exc.__context__
    if isinstance(exc, ssl.SSLCertVerificationError) or isinstance(cause, ssl.SSLCertVerificationError):
        verify = exc if isinstance(exc, ssl.SSLCertVerificationError) else cause
        return DeliveryError(f"the server's TLS certificate is not trusted ({verify.verify_message}); install a "
                             "valid certificate on the server, or set [smtp] verify_tls = false for a test "
                             "server; retrying", temporary=True)
    if isinstance(exc, aiosmtplib.SMTPRecipientsRefused):
        codes = [r.code for r in exc.recipients]
        temporary = all(400 <= c < 500 for c in codes)
        detail = "; ".join(f"{r.code} {r.message}" for r in exc.recipients[:3])
        return DeliveryError(f"all recipients refused: {detail}", temporary=temporary, code=max(codes))
    if isinstance(exc, aiosmtplib.SMTPAuthenticationError):
        return DeliveryError(f"login refused ({exc.code} {exc.message}); check [smtp] user and the password; "
                             "retrying", temporary=True, code=exc.code)
    if isinstance(exc, (aiosmtplib.SMTPConnectResponseError, aiosmtplib.SMTPHeloError)):
        return DeliveryError(f"the server turned the connection away ({exc.code} {exc.message}); retrying",
                             temporary=True, code=exc.code)
    if isinstance(exc, aiosmtplib.SMTPResponseException):
        return DeliveryError(f"refused: {exc.code} {exc.message}", temporary=not 500 <= exc.code < 600,
                             code=exc.code)
    if isinstance(exc, (aiosmtplib.SMTPTimeoutError, asyncio.TimeoutError, TimeoutError)):
        return DeliveryError(f"no answer within {settings.timeout:g} s; retrying", temporary=True)
    if isinstance(exc, (ssl.SSLError,)) or isinstance(cause, ssl.SSLError):
        return DeliveryError(f"TLS failed ({exc}); check [smtp] security and port (465 = ssl, 587 = starttls); "
                             "retrying", temporary=True)
    if isinstance(exc, aiosmtplib.SMTPNotSupported):
        return DeliveryError(f"{exc}; check [smtp] security and user; retrying", temporary=True)
    return DeliveryError(f"cannot deliver now ({exc or type(exc).__name__}); retrying", temporary=True)


def _addr(raw: str) -> str:
    """A bare address (name@domain) from 'addr' or 'Name <addr>', refusing anything that is not one.

    A line break inside an address is never legitimate (only an injection attempt), so it is
    refused rather than cleaned into some other, wrong address."""
    _, addr = parseaddr(raw)
    if _LINE_BREAKS.search(raw) or not _ADDRESS.match(addr):
        raise ValueError(f"not a mail address: {raw!r}")
    return addr


def _msg_id(raw: str) -> str | None:
    value = clean_header(raw)
    if value and not value.startswith("<"):
        value = f"<{value}>"
    return value if _MSG_ID.match(value) else None


async def probe(settings: SmtpSettings) -> None:
    """Connect, say EHLO, log in when configured, and quit: what `mailbot doctor` checks."""
    session = Session(settings)
    try:
        session._client = await session._connect()
    except (aiosmtplib.SMTPException, OSError, asyncio.TimeoutError) as exc:
        raise _delivery_error(exc, settings, session.where) from None
    await session.close()


def _delivery_error(exc: BaseException, settings: SmtpSettings, where: str) -> DeliveryError:
    error = _classify(exc, settings)
    text = re.sub(r"\s+", " ", f"{where}: {error.args[0]}").strip()
    if settings.password:
        text = text.replace(settings.password, "***")
    return DeliveryError(text, temporary=error.temporary, code=error.code)
