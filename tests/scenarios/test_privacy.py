"""Complaints are about minors: what is stored can be exported and erased on request, and is
forgotten on schedule."""
import json
import subprocess
import sys

import pytest

from mailbot.store import open_store
from story import Story, server_config, toml

PARENT = "hilde.peeters@telenet.be"


def close_case(story, ref):
    case = story.bot.store.case(ref)
    story.bot.cases.transition(case, "close", story.clock.now(), "closed for the test")
    story.bot.store.update_case(case.id, story.clock.now(), closed_at=story.clock.now())


def test_export_holds_everything_about_the_case_and_erase_removes_it(dovecot, smtp_sink, tmp_path):
    config = tmp_path / "mailbot.toml"
    config.write_text(toml(server_config(dovecot, smtp_sink, tmp_path)))
    dovecot.append("INBOX", (Story.fixtures() / "dv-001.eml").read_bytes())
    run = lambda *args, **kw: subprocess.run([sys.executable, "-m", "mailbot", "--config", str(config), *args],  # noqa: E731
                                             capture_output=True, text=True, timeout=60, **kw)
    assert run("poll", "--once").returncode == 0
    ref = open_store(f"sqlite:///{tmp_path / 'mailbot.db'}").cases()[0].ref

    exported = json.loads(run("export", ref).stdout)
    assert exported["case"]["ref"] == ref and exported["case"]["student_name"] == "Lucas Peeters"
    assert exported["messages"][0]["sender"] == PARENT and "derde keer" in exported["messages"][0]["body"]
    assert {o["audience"] for o in exported["outbox"]} == {"parent", "director"}
    assert exported["events"]

    assert run("erase", ref, input="nee\n").stdout.strip().endswith("not erased")
    assert run("erase", ref, input=f"{ref}\n").returncode == 0
    store = open_store(f"sqlite:///{tmp_path / 'mailbot.db'}")
    assert store.cases() == []
    assert "Lucas" not in json.dumps([e.detail for e in store.events(None)])
    assert sum(store.message_counts().values()) == 0


def test_retention_forgets_raw_mail_first_and_closed_cases_later(story):
    story.arrives("dv-001.eml")
    story.poll()
    ref = story.case().ref
    close_case(story, ref)
    story.clock.advance(days=7 * 31)            # past raw_retention_months (6), before retention_months (24)
    story.bot.tick()
    case = story.bot.store.case(ref)
    assert case.student_name == "Lucas Peeters"            # the case summary stays
    assert all(m.raw is None and m.body == "" for m in story.bot.store.messages(case.id))
    story.clock.advance(days=18 * 31)
    story.bot.tick()
    assert story.bot.store.cases() == []
    assert any(e.kind == "purged" and ref in e.detail for e in story.bot.store.events(None))


def test_open_cases_are_never_purged(story):
    story.arrives("dv-001.eml")
    story.poll()
    story.clock.advance(days=3 * 365)
    story.bot.tick()
    assert len(story.bot.store.cases()) == 1
