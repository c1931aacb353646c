"""The lifecycle table: what may happen to a case, and what is refused."""
import pytest

from mailbot.states import STATES, TABLE, TransitionError, allowed, mermaid, next_state


def test_every_state_in_the_table_is_a_known_state():
    for src, event, dst, why in TABLE:
        assert src in STATES or src == "*", src
        assert dst in STATES, dst
        assert why, f"{src} --{event}--> {dst} has no explanation"


def test_every_state_can_be_reached_from_new_and_every_state_can_reach_closed():
    reach, frontier = {"new"}, ["new"]
    while frontier:
        s = frontier.pop()
        for src, _, dst, _ in TABLE:
            if (src == s or (src == "*" and s != "closed")) and dst not in reach:
                reach.add(dst)
                frontier.append(dst)
    assert reach == set(STATES)
    assert all(allowed(s, "close") or s == "closed" for s in STATES)


def test_the_story_of_a_complaint_is_allowed_step_by_step():
    state = "new"
    for event in ["needs_info", "info_received", "admissible", "director_silent", "director_answered",
                  "not_solved", "close", "reopen", "director_answered"]:
        state = next_state(state, event)
    assert state == "answered"


@pytest.mark.parametrize("state,event", [("closed", "close"), ("new", "director_answered"),
                                         ("waiting_info", "approved_referral"), ("referred", "not_solved")])
def test_what_the_table_does_not_allow_is_refused(state, event):
    assert not allowed(state, event)
    with pytest.raises(TransitionError):
        next_state(state, event)


def test_the_diagram_draws_every_transition():
    text = mermaid()
    assert text.startswith("stateDiagram-v2")
    for src, event, dst, _ in TABLE:
        if src != "*":
            assert f"{src} --> {dst}: {event}" in text


def test_the_docs_show_the_diagram_of_this_table():
    from pathlib import Path
    root = Path(__file__).resolve().parents[2]
    for doc in (root / "docs" / "lifecycle.md", root / "README.md"):
        assert mermaid() in doc.read_text(encoding="utf-8"), \
            f"{doc.name} is out of date: paste mailbot.states.mermaid() into it"
