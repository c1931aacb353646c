"""A wrong config stops start-up with a message that names the key and the fix."""
import copy
import tomllib
from pathlib import Path

import pytest

from mailbot.config import from_dict, load
from mailbot.errors import ConfigError

EXAMPLE = Path(__file__).resolve().parents[2] / "config.example.toml"


def example() -> dict:
    return tomllib.loads(EXAMPLE.read_text())


def test_the_example_config_is_valid_with_its_secrets_in_the_environment():
    cfg = from_dict(example(), env={"MAILBOT_IMAP_PASSWORD": "s3cret", "MAILBOT_SMTP_PASSWORD": ""})
    assert cfg.imap.password == "s3cret"
    assert cfg.procedure == "divergent"
    assert "s3cret" not in repr(cfg)


@pytest.mark.parametrize("section,key,value,words", [
    ("imap", "security", "tls", ["[imap] security", "ssl, starttls, none"]),
    ("imap", "port", 70000, ["[imap] port", "between 1 and 65535"]),
    ("imap", "prot", 993, ["[imap] unknown key 'prot'"]),
    ("smtp", "from_address", "klachten", ["[smtp] from_address", "not a mail address"]),
    ("database", "url", "mysql://x", ["[database] url", "sqlite:///"]),
    ("bot", "timezone", "Europe/Gent", ["[bot] timezone", "Europe/Brussels"]),
    ("imap", "port", "993", ["[imap] port", "must be a whole number, without quotes"]),
    ("bot", "approval_required", "yes", ["[bot] approval_required", "true or false"]),
    ("director", "address", "", ["[director] address is missing"]),
])
def test_a_bad_value_names_the_key_and_the_fix(section, key, value, words):
    raw = example()
    raw[section][key] = value
    with pytest.raises(ConfigError) as err:
        from_dict(raw, env={"MAILBOT_IMAP_PASSWORD": "x"})
    for w in words:
        assert w in str(err.value)


def test_an_unknown_section_is_an_error_not_ignored():
    raw = example()
    raw["imapp"] = {"host": "x"}
    with pytest.raises(ConfigError, match=r"unknown section \[imapp\]"):
        from_dict(raw, env={"MAILBOT_IMAP_PASSWORD": "x"})


def test_a_missing_password_variable_says_which_to_export():
    with pytest.raises(ConfigError, match="export MAILBOT_IMAP_PASSWORD"):
        from_dict(example(), env={})


def test_a_password_file_is_read_and_never_shown(tmp_path):
    secret = tmp_path / "pw"
    secret.write_text("hunter2\n")
    raw = copy.deepcopy(example())
    del raw["imap"]["password_env"]
    raw["imap"]["password_file"] = str(secret)
    cfg = from_dict(raw, env={})
    assert cfg.imap.password == "hunter2" and "hunter2" not in repr(cfg.imap)


def test_a_config_file_that_is_not_toml_points_at_the_syntax(tmp_path):
    bad = tmp_path / "m.toml"
    bad.write_text("[imap\nhost=1")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load(bad)
