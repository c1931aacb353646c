"""mailbot's one exception tree; library errors are re-raised as these at each boundary."""


class MailbotError(Exception):
    """Base of every error mailbot raises on purpose."""


class ConfigError(MailbotError):
    """A config value is missing or wrong; the message names the key and the fix."""


class ProcedureError(MailbotError):
    """A procedure file in rules/ is invalid; the message names file, key and fix."""


class ParseError(MailbotError):
    """Raw bytes could not be turned into a ParsedMail."""


class MailTooLarge(ParseError):
    """A message exceeds the configured size cap."""


class TemplateError(MailbotError):
    """A template is missing or failed to render."""


class MailboxError(MailbotError):
    """IMAP failed (connect, login, select, fetch)."""


class DeliveryError(MailbotError):
    """SMTP failed. `temporary` tells whether a retry can help."""

    def __init__(self, message: str, *, temporary: bool, code: int | None = None):
        super().__init__(message)
        self.temporary = temporary
        self.code = code


class StoreError(MailbotError):
    """The database failed or holds something unexpected."""


class CaseNotFound(StoreError):
    """No case has the given reference."""
