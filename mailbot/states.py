"""The case as an explicit state machine: one table of (state, event) → next state.

Every transition is stored as an event on the case with its cause. Anything not in the table is
refused, so a stray mail can never move a case somewhere the procedure does not allow.
"""
from __future__ import annotations

from .errors import MailbotError

STATES = {
    "new": "ontvangen, nog niet beslist",
    "waiting_info": "wacht op informatie van de ouder",
    "waiting_approval": "antwoord wacht op akkoord van de directie",
    "open": "ligt bij de directie",
    "answered": "directie heeft geantwoord",
    "referred": "doorverwezen",
    "inadmissible": "niet ontvankelijk",
    "escalated": "geëscaleerd",
    "mediation_offered": "volgende stap aangeboden",
    "reopened": "heropend",
    "closed": "afgesloten",
}

# States in which the case lies with the director (a reply is awaited; reminders run).
WITH_DIRECTOR = ("open", "reopened", "escalated")
# "*" below means: any state except closed.
ANY = "*"

# (from, event, to, when) — read top to bottom, this is the whole lifecycle.
TABLE: tuple[tuple[str, str, str, str], ...] = (
    ("new", "admissible", "open", "triage: a complete, admissible complaint"),
    ("new", "needs_info", "waiting_info", "triage: the student's name or the facts are missing"),
    ("new", "referral", "referred", "triage: another body handles this first (sent at once, no approval)"),
    ("new", "inadmissible", "inadmissible", "triage: outside the procedure (sent at once, no approval)"),
    ("new", "held_for_approval", "waiting_approval", "a hard answer waits for the director's #akkoord"),
    ("waiting_approval", "approved_referral", "referred", "#akkoord: the referral is sent"),
    ("waiting_approval", "approved_inadmissible", "inadmissible", "#akkoord: the refusal is sent"),
    ("waiting_info", "info_received", "new", "the parent answered; triage again on the whole thread"),
    ("waiting_info", "question_answered", "open", "the parent answered the director's #info question"),
    ("waiting_info", "info_timeout", "closed", "no answer after the reminder; closed with how to reopen"),
    ("open", "info_requested", "waiting_info", "#info: the director asks the parent a question"),
    ("reopened", "info_requested", "waiting_info", "#info: the director asks the parent a question"),
    ("escalated", "info_requested", "waiting_info", "#info: the director asks the parent a question"),
    ("answered", "info_requested", "waiting_info", "#info: the director asks the parent a question"),
    ("open", "director_answered", "answered", "the director replied in the thread"),
    ("reopened", "director_answered", "answered", "the director replied in the thread"),
    ("escalated", "director_answered", "answered", "the director replied in the thread"),
    ("mediation_offered", "director_answered", "answered", "the director replied in the thread"),
    ("open", "director_silent", "escalated", "no answer after the reminder; escalated per procedure"),
    ("reopened", "director_silent", "escalated", "no answer after the reminder; escalated per procedure"),
    ("answered", "not_solved", "mediation_offered", "the parent is not satisfied; next step offered"),
    ("mediation_offered", "not_solved", "mediation_offered", "still not solved; the step after is offered"),
    ("open", "referred_by_director", "referred", "#doorverwijzen"),
    ("reopened", "referred_by_director", "referred", "#doorverwijzen"),
    ("escalated", "referred_by_director", "referred", "#doorverwijzen"),
    ("answered", "referred_by_director", "referred", "#doorverwijzen"),
    ("closed", "reopen", "reopened", "#heropen, or the parent wrote in the thread of a closed case"),
    ("answered", "reopen", "reopened", "#heropen"),
    ("referred", "reopen", "reopened", "#heropen"),
    ("inadmissible", "reopen", "reopened", "#heropen"),
    ("mediation_offered", "reopen", "reopened", "#heropen"),
    ("reopened", "info_received", "new", "the parent of a case closed for lack of info answered"),
    (ANY, "close", "closed", "#sluiten"),
)

TRANSITIONS: dict[tuple[str, str], str] = {(src, ev): dst for src, ev, dst, _ in TABLE}

# Entering a state sets its deadline (kind, the procedure's [deadlines] key, in working days);
# leaving the state cancels it. Urgent cases use `urgent_reminder_days` for the director.
ENTRY_DEADLINES: dict[str, tuple[str, str]] = {
    "waiting_info": ("info_reminder", "info_reminder_days"),
    "waiting_approval": ("approval_reminder", "approval_reminder_days"),
    "open": ("director_reminder", "director_reminder_days"),
    "reopened": ("director_reminder", "director_reminder_days"),
}
# When a deadline fires, the next one in its chain is set ("after M more working days").
FOLLOWS: dict[str, tuple[str, str]] = {
    "info_reminder": ("info_close", "info_close_days"),
    "director_reminder": ("director_escalate", "director_escalate_days"),
}


class TransitionError(MailbotError):
    """An event that the table does not allow in the case's current state."""


def next_state(state: str, event: str) -> str:
    if (state, event) in TRANSITIONS:
        return TRANSITIONS[(state, event)]
    if (ANY, event) in TRANSITIONS and state != "closed":
        return TRANSITIONS[(ANY, event)]
    raise TransitionError(f"event {event!r} is not allowed in state {state!r}")


def allowed(state: str, event: str) -> bool:
    try:
        next_state(state, event)
    except TransitionError:
        return False
    return True


def events() -> list[str]:
    return list(dict.fromkeys(ev for _, ev, _, _ in TABLE))


def mermaid() -> str:
    """The table as a Mermaid diagram, for docs/lifecycle.md. "*" is drawn once, from a note."""
    lines = ["stateDiagram-v2", "    [*] --> new"]
    for src, event, dst, _ in TABLE:
        if src == ANY:
            lines.append(f"    note right of {dst}: {event} from any state")
            continue
        lines.append(f"    {src} --> {dst}: {event}")
    lines.append("    closed --> [*]")
    return "\n".join(lines)
