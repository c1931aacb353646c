"""Load and validate the TOML config. A bad value stops start-up naming the key and the fix."""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import ConfigError

SECURITY = ("ssl", "starttls", "none")


@dataclass(frozen=True)
class ImapSettings:
    host: str
    port: int = 993
    security: str = "ssl"
    user: str = ""
    password: str = field(default="", repr=False)
    folder: str = "INBOX"
    sent_folder: str = ""            # "" = the director does not answer from this mailbox
    verify_tls: bool = True
    timeout: float = 30.0


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int = 465
    security: str = "ssl"
    user: str = ""
    password: str = field(default="", repr=False)
    from_address: str = ""
    from_name: str = "Klachtenmeldpunt"
    verify_tls: bool = True
    timeout: float = 30.0


@dataclass(frozen=True)
class DirectorSettings:
    name: str
    address: str
    addresses: tuple[str, ...] = ()     # every address the director may write from (address included)
    trusted_authserv_ids: tuple[str, ...] = ()
    allow_unauthenticated_commands: bool = False
    escalation_addresses: tuple[str, ...] = ()   # who hears of a case the director left unanswered


@dataclass(frozen=True)
class BotSettings:
    timezone: str = "Europe/Brussels"
    poll_minutes: float = 5.0
    max_auto_mails_per_recipient_per_day: int = 5
    max_message_bytes: int = 25 * 1024 * 1024
    rules_dir: str = ""                 # "" = the rules/ shipped beside the package
    templates_dir: str = ""             # "" = the templates/ shipped beside the package
    organisation: str = ""
    approval_required: bool = True      # inadmissible and referral replies wait for the director's #akkoord
    send_window: str = ""               # e.g. "07:30-20:00": local hours in which parent mail may leave; "" = any time
    send_days: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat")
    digest_time: str = "07:30"          # the director's daily digest; "" = none

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


@dataclass(frozen=True)
class Config:
    imap: ImapSettings
    smtp: SmtpSettings
    database_url: str
    procedure: str
    director: DirectorSettings
    bot: BotSettings
    path: Path | None = None


_SCHEMA: dict[str, dict[str, type | tuple[type, ...]]] = {
    "imap": {"host": str, "port": int, "security": str, "user": str, "password": str, "password_env": str,
             "password_file": str, "folder": str, "sent_folder": str, "verify_tls": bool, "timeout": (int, float)},
    "smtp": {"host": str, "port": int, "security": str, "user": str, "password": str, "password_env": str,
             "password_file": str, "from_address": str, "from_name": str, "verify_tls": bool,
             "timeout": (int, float)},
    "database": {"url": str},
    "procedure": {"name": str},
    "director": {"name": str, "address": str, "addresses": list, "trusted_authserv_ids": list,
                 "allow_unauthenticated_commands": bool, "escalation_addresses": list},
    "bot": {"timezone": str, "poll_minutes": (int, float), "max_auto_mails_per_recipient_per_day": int,
            "max_message_bytes": int, "rules_dir": str, "templates_dir": str, "organisation": str,
            "approval_required": bool, "send_window": str, "send_days": list, "digest_time": str},
}
_KINDS = {int: "a whole number, without quotes", (int, float): "a number, without quotes",
          str: "text in double quotes", bool: "true or false, without quotes", list: "a list, e.g. [\"a\", \"b\"]"}
_REQUIRED = {"imap": ("host", "user", "folder"), "smtp": ("host", "from_address"), "database": ("url",),
             "procedure": ("name",), "director": ("name", "address")}


def load(path: str | Path, env: dict[str, str] | None = None) -> Config:
    path = Path(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: file not found; create one with 'mailbot init {path}'") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc}); fix the syntax at that line") from None
    return from_dict(raw, env=os.environ if env is None else env, path=path)


def from_dict(raw: dict, *, env: dict[str, str] | os._Environ, path: Path | None = None) -> Config:
    where = f"{path}: " if path else ""
    _check_keys(raw, where)
    imap, smtp = raw["imap"], raw["smtp"]
    for sect in ("imap", "smtp"):
        sec = raw[sect]
        if sec.get("security", "ssl") not in SECURITY:
            raise ConfigError(f"{where}[{sect}] security = {sec['security']!r}: use one of {', '.join(SECURITY)}")
        port = sec.get("port", 993 if sect == "imap" else 465)
        if not 0 < port < 65536:
            raise ConfigError(f"{where}[{sect}] port = {port}: use a TCP port between 1 and 65535")
    director = raw["director"]
    addresses = tuple(a.lower() for a in [director["address"], *director.get("addresses", [])])
    for addr in addresses:
        if "@" not in addr:
            raise ConfigError(f"{where}[director] address {addr!r} is not a mail address; write it as name@domain")
    if "@" not in smtp["from_address"]:
        raise ConfigError(f"{where}[smtp] from_address {smtp['from_address']!r} is not a mail address; "
                          "write the complaints mailbox's address as name@domain")
    bot = raw.get("bot", {})
    try:
        ZoneInfo(bot.get("timezone", "Europe/Brussels"))
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"{where}[bot] timezone = {bot['timezone']!r}: use an IANA name such as "
                          "'Europe/Brussels' or 'Europe/Amsterdam'") from None
    _lifecycle(bot, where)
    url = raw["database"]["url"]
    if not url.startswith(("sqlite:///", "sqlite:///:memory:", "postgresql://", "postgres://")):
        raise ConfigError(f"{where}[database] url = {url!r}: use 'sqlite:///path/to/mailbot.db' "
                          "or 'postgresql://user@host/dbname'")
    return Config(
        imap=ImapSettings(**_plain(imap), password=_secret(imap, "imap", env, where)),
        smtp=SmtpSettings(**_plain(smtp), password=_secret(smtp, "smtp", env, where)),
        database_url=url,
        procedure=raw["procedure"]["name"],
        director=DirectorSettings(
            name=director["name"], address=director["address"].lower(), addresses=addresses,
            trusted_authserv_ids=tuple(director.get("trusted_authserv_ids", [])),
            allow_unauthenticated_commands=director.get("allow_unauthenticated_commands", False),
            escalation_addresses=tuple(a.lower() for a in director.get("escalation_addresses", []))),
        bot=BotSettings(**{**bot, **({"send_days": tuple(bot["send_days"])} if "send_days" in bot else {})}),
        path=path,
    )


def _lifecycle(bot: dict, where: str) -> None:
    from .calendar import SendWindow   # the one parser of the window, so config and sender agree
    try:
        SendWindow.parse(bot.get("send_window") or "00:00-24:00",
                         bot.get("send_days", ["mon", "tue", "wed", "thu", "fri", "sat"]), ZoneInfo("UTC"))
    except ConfigError as exc:
        raise ConfigError(f"{where}{exc}") from None
    digest = bot.get("digest_time", "07:30")
    if digest and not (len(digest) == 5 and digest[2] == ":" and digest.replace(":", "").isdigit()
                       and int(digest[:2]) < 24 and int(digest[3:]) < 60):
        raise ConfigError(f"{where}[bot] digest_time = {digest!r}: write it as \"07:30\", or \"\" for no digest")


def _check_keys(raw: dict, where: str) -> None:
    for section in raw:
        if section not in _SCHEMA:
            raise ConfigError(f"{where}unknown section [{section}]; known sections: {', '.join(_SCHEMA)}")
    for section, keys in _SCHEMA.items():
        values = raw.get(section)
        if values is None:
            if section in _REQUIRED:
                raise ConfigError(f"{where}section [{section}] is missing; copy it from config.example.toml")
            continue
        if not isinstance(values, dict):
            raise ConfigError(f"{where}[{section}] must be a table")
        for key, value in values.items():
            if key not in keys:
                raise ConfigError(f"{where}[{section}] unknown key {key!r}; known keys: {', '.join(keys)}")
            want = keys[key]
            if isinstance(value, bool) and want in (int, (int, float)) or not isinstance(value, want):
                raise ConfigError(f"{where}[{section}] {key} = {value!r}: must be {_KINDS[want]}")
        for key in _REQUIRED.get(section, ()):
            if not values.get(key):
                raise ConfigError(f"{where}[{section}] {key} is missing or empty; set it (see config.example.toml)")


def _plain(section: dict) -> dict:
    return {k: v for k, v in section.items() if k not in ("password", "password_env", "password_file")}


def _secret(section: dict, name: str, env, where: str) -> str:
    if "password_env" in section:
        var = section["password_env"]
        if var in env:
            return env[var]
        if section.get("user"):
            raise ConfigError(f"{where}[{name}] password_env: environment variable {var} is not set; "
                              f"export {var}=... before starting mailbot")
        return ""
    if "password_file" in section:
        try:
            return Path(section["password_file"]).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ConfigError(f"{where}[{name}] password_file: cannot read it ({exc.strerror}); "
                              "point it at a readable file holding only the password") from None
    return section.get("password", "")
