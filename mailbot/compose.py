"""Build the bot's outgoing mails (threaded replies and director notices) from templates."""
from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from .model import OutgoingMail, ParsedMail
from .render import Renderer, one_line

_RE_PREFIX = re.compile(r"^\s*((re|aw|antw|fw|fwd|doorst)\s*:\s*)+", re.I)


@dataclass(frozen=True)
class Sender:
    """Who the bot writes as, and for whom."""

    address: str
    organisation: str
    director_name: str
    director_address: str

    @property
    def domain(self) -> str:
        return self.address.rsplit("@", 1)[-1]

    def new_message_id(self, ref: str = "") -> str:
        tag = f"{ref.lower()}." if ref else ""
        return f"<mailbot.{tag}{uuid.uuid4().hex}@{self.domain}>"


def thread_subject(subject: str, ref: str) -> str:
    base = _RE_PREFIX.sub("", one_line(subject)) or "Uw bericht"
    tag = f"[{ref}]"
    return f"Re: {base}" + ("" if tag in base else f" {tag}")


def reply(renderer: Renderer, sender: Sender, *, template: str, to: str, thread: ParsedMail | None,
          ref: str, context: dict, subject: str = "") -> OutgoingMail:
    """A mail in the parent's thread: In-Reply-To and References point at the mail answered."""
    subj, body = renderer.render(template, thread_subject=thread_subject(
        thread.subject if thread else subject, ref), org=sender.organisation,
        director_name=sender.director_name, **context)
    refs: tuple[str, ...] = ()
    if thread is not None:
        refs = tuple(dict.fromkeys((*thread.references[-10:], thread.message_id)))
    return OutgoingMail(to=(to,), subject=subj, body=body, message_id=sender.new_message_id(ref),
                        in_reply_to=thread.message_id if thread else None, references=refs)


def notice(renderer: Renderer, sender: Sender, *, template: str, ref: str, context: dict,
           to: str | None = None, in_reply_to: str | None = None) -> OutgoingMail:
    """A mail to the director. Its Message-ID is stored, so the director's reply finds the case."""
    subj, body = renderer.render(template, org=sender.organisation, director_name=sender.director_name,
                                 **context)
    if f"[{ref}]" not in subj:
        subj = f"{subj} [{ref}]"
    return OutgoingMail(to=(to or sender.director_address,), subject=subj, body=body,
                        message_id=sender.new_message_id(ref), in_reply_to=in_reply_to,
                        references=(in_reply_to,) if in_reply_to else ())
