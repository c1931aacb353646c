"""Recognise machine mail (bounces, auto-replies, bulk) so the bot never answers it."""
from __future__ import annotations

import re

from .model import ParsedMail

_AUTO_SUBJECT = re.compile(r"(?i)^(automatisch antwoord|afwezig|out of office|automatic reply|auto(matic)? ?reply)")


def machine_kind(mail: ParsedMail) -> str | None:
    """'bounce', 'auto_reply', 'bulk' or None for mail a person wrote."""
    if "message/delivery-status" in mail.part_types or mail.from_addr.startswith("mailer-daemon"):
        return "bounce"
    auto = (mail.header("auto-submitted") or "no").lower()
    if auto != "no" or mail.header("x-autoreply") or _AUTO_SUBJECT.match(mail.subject):
        return "auto_reply"
    if mail.header("list-id") or (mail.header("precedence") or "").lower() in ("bulk", "list", "junk"):
        return "bulk"
    return None
