"""The commands a director runs, as real processes against real servers."""
from __future__ import annotations

import signal
import subprocess
import sys
import time

from story import Story, server_config, toml


def mailbot(config, *args, **kw):
    return subprocess.run([sys.executable, "-m", "mailbot", "--config", str(config), *args],
                          capture_output=True, text=True, timeout=120, **kw)


def test_init_writes_a_config_that_doctor_then_checks(dovecot, smtp_sink, tmp_path):
    target = tmp_path / "new.toml"
    made = subprocess.run([sys.executable, "-m", "mailbot", "init", str(target)], capture_output=True, text=True)
    assert made.returncode == 0 and "[imap]" in target.read_text()
    config = tmp_path / "mailbot.toml"
    config.write_text(toml(server_config(dovecot, smtp_sink, tmp_path)))
    doctor = subprocess.run([sys.executable, "-m", "mailbot", "doctor", "--config", str(config)],
                            capture_output=True, text=True, timeout=60)
    assert doctor.returncode == 0, doctor.stdout + doctor.stderr
    assert [line.split()[:2] for line in doctor.stdout.splitlines()] == [
        ["ok", "imap"], ["ok", "smtp"], ["ok", "database"], ["ok", "procedure"]]


def test_doctor_says_which_folder_is_missing(dovecot, smtp_sink, tmp_path):
    raw = server_config(dovecot, smtp_sink, tmp_path)
    raw["imap"]["folder"] = "Klachten"
    config = tmp_path / "mailbot.toml"
    config.write_text(toml(raw))
    doctor = mailbot(config, "doctor")
    assert doctor.returncode == 1 and "Klachten" in doctor.stdout and "folder" in doctor.stdout


def test_a_bad_config_stops_start_up_naming_the_key_and_the_fix(dovecot, smtp_sink, tmp_path):
    raw = server_config(dovecot, smtp_sink, tmp_path)
    raw["imap"]["security"] = "tls"
    config = tmp_path / "mailbot.toml"
    config.write_text(toml(raw))
    run = mailbot(config, "poll", "--once")
    assert run.returncode == 2
    assert "[imap] security = 'tls': use one of ssl, starttls, none" in run.stderr


def test_poll_once_then_cases_and_show_tell_the_director_what_happened(dovecot, smtp_sink, tmp_path):
    config = tmp_path / "mailbot.toml"
    config.write_text(toml(server_config(dovecot, smtp_sink, tmp_path)))
    for name in ("dv-001.eml", "nc-001.eml"):
        dovecot.append("INBOX", (Story.fixtures() / name).read_bytes())
    polled = mailbot(config, "poll", "--once")
    assert polled.returncode == 0 and "2 new, 1 opened" in polled.stdout
    listed = mailbot(config, "cases")
    assert "Lucas Peeters" in listed.stdout and "admissible" in listed.stdout
    ref = listed.stdout.splitlines()[2].split()[0]
    shown = mailbot(config, "show", ref)
    for words in ("Lucas Peeters", "Why (rules that fired", "formal", "Timeline", "sent", "derde keer"):
        assert words in shown.stdout
    assert mailbot(config, "show", "KL-1999-0001").returncode == 2


def test_run_polls_on_its_schedule_until_told_to_stop(dovecot, smtp_sink, tmp_path):
    config = tmp_path / "mailbot.toml"
    config.write_text(toml(server_config(dovecot, smtp_sink, tmp_path, bot={"poll_minutes": 0.01})))
    proc = subprocess.Popen([sys.executable, "-m", "mailbot", "--config", str(config), "run"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        time.sleep(1.5)
        dovecot.append("INBOX", (Story.fixtures() / "dv-001.eml").read_bytes())   # arrives while it runs
        smtp_sink.wait_for(2, timeout=30)
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err[-2000:]
    assert len(smtp_sink.messages) == 2
    assert "mailbot running" in err


def test_the_demo_tells_the_whole_story_and_exits_0():
    run = subprocess.run([sys.executable, "-m", "mailbot", "demo"], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    for words in ("procedure divergent", "procedure allure", "Cases:", "Mails the bot sent", "#akkoord",
                  "answered", "Timeline:", "demo finished"):
        assert words in run.stdout
