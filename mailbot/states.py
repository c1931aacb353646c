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

# (from state, event) -> to state. "*" matches any state not listed explicitly for that event.
TRANSITIONS: dict[tuple[str, str], str] = {
    ("new", "admissible"): "open",
    ("new", "needs_info"): "waiting_info",
    ("new", "referral"): "referred",
    ("new", "inadmissible"): "inadmissible",
    ("new", "held_for_approval"): "waiting_approval",
    ("waiting_approval", "approved"): "referred",
    ("waiting_info", "info_received"): "new",
    ("waiting_info", "info_timeout"): "closed",
    ("open", "director_answered"): "answered",
    ("escalated", "director_answered"): "answered",
    ("reopened", "director_answered"): "answered",
    ("mediation_offered", "director_answered"): "answered",
    ("open", "director_silent"): "escalated",
    ("reopened", "director_silent"): "escalated",
    ("answered", "not_solved"): "mediation_offered",
    ("mediation_offered", "not_solved"): "mediation_offered",
    ("closed", "reopen"): "reopened",
    ("answered", "reopen"): "reopened",
    ("referred", "reopen"): "reopened",
    ("inadmissible", "reopen"): "reopened",
    ("*", "close"): "closed",
}


class TransitionError(MailbotError):
    """An event that the table does not allow in the case's current state."""


def next_state(state: str, event: str) -> str:
    if (state, event) in TRANSITIONS:
        return TRANSITIONS[(state, event)]
    if ("*", event) in TRANSITIONS and state != "closed":
        return TRANSITIONS[("*", event)]
    raise TransitionError(f"event {event!r} is not allowed in state {state!r}")


def allowed(state: str, event: str) -> bool:
    try:
        next_state(state, event)
    except TransitionError:
        return False
    return True


def mermaid() -> str:
    """The table as a Mermaid diagram, for the README."""
    lines = ["stateDiagram-v2", "    [*] --> new"]
    for (src, event), dst in TRANSITIONS.items():
        for s in ([src] if src != "*" else [k for k in STATES if k != "closed"]):
            if src == "*" and s not in ("open", "answered", "referred", "inadmissible", "escalated",
                                        "mediation_offered", "reopened"):
                continue
            lines.append(f"    {s} --> {dst}: {event}")
    lines.append("    closed --> [*]")
    return "\n".join(lines)
