"""Procedures are data: both shipped ones pass `rules check`; broken ones fail naming file, key and fix."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from mailbot.errors import ProcedureError
from mailbot.procedure import default_rules_dir, load_procedure
from mailbot.rulecheck import check, check_cli, load_checked

SHIPPED = default_rules_dir()


def test_shipped_procedures_pass_rules_check():
    out = io.StringIO()
    assert check_cli([], out=out) == 0, out.getvalue()
    assert "divergent.toml: OK" in out.getvalue() and "allure.toml: OK" in out.getvalue()


def test_divergent_values_come_from_the_seeds():
    p = load_procedure("divergent")
    assert (p.country, p.subdivision, p.deadlines["too_old_months"]) == ("BE", "VLG", 6)
    assert p.escalation == ("coordinator", "clb") and p.next_steps == ("bemiddeling",)
    assert set(p.categories) == {"leersteun", "redelijke_aanpassingen", "proportionaliteit", "verslag", "beleid",
                                 "geen_klacht"}


def test_allure_bodies_carry_the_seed_contact_lines_exactly():
    p = load_procedure("allure")
    assert "Telefonisch: 0229 - 357230" in p.bodies["bestuurder"].contact
    assert "Telefonisch: 030-280 95 90 (tussen 09.00-12.00 en 13.00-16.30 uur)" in p.bodies["lkc"].contact
    assert "Whatsapp (24/7): idem 023-2010219" in p.bodies["externe_vertrouwenspersoon"].contact
    assert p.next_steps == ("bestuurder", "lkc") and p.escalation == ("bestuurder",)
    assert p.templates["safety"] == "parent/safety"


def _write(path: Path, text: str) -> Path:
    """A procedure copied to a temp folder, with the labelled examples its [examples] table names."""
    path.write_text(text, encoding="utf-8")
    if not (path.parent / "examples.jsonl").exists():
        (path.parent / "examples.jsonl").symlink_to(SHIPPED / "examples.jsonl")
    return path


def _broken(tmp_path: Path, old: str, new: str) -> Path:
    text = (SHIPPED / "divergent.toml").read_text(encoding="utf-8")
    assert old in text
    path = _write(tmp_path / "broken.toml", text.replace(old, new, 1))
    return path


def test_an_unknown_key_names_file_key_and_the_allowed_keys(tmp_path):
    path = _broken(tmp_path, 'min_score = 3', 'min_score = 3\nminimum = 4')
    with pytest.raises(ProcedureError) as err:
        load_procedure(str(path))
    assert "broken.toml" in str(err.value) and "'minimum'" in str(err.value) and "allowed keys" in str(err.value)


@pytest.mark.parametrize("old,new,expect", [
    ('template = "parent/safety"', 'template = "parent/nope"', None),
    ('referral_to = ["clb"]', 'referral_to = ["clbx"]', "unknown body 'clbx'"),
    ('category = ["beleid"]', 'category = ["belied"]', "unknown category 'belied'"),
    ('[[rules]]\nname = "admissible"', '[[rules]]\nname = "everything"\ndecision = "admissible"\n\n'
                                        '[[rules]]\nname = "admissible"', "unreachable"),
    ('referral = "parent/referral"', 'referral = "parent/missing"', "parent/missing.txt.j2 does not exist"),
])
def test_rules_check_fails_clearly_on_a_broken_procedure(tmp_path, old, new, expect):
    if expect is None:          # allure-only key: break allure instead
        text = (SHIPPED / "allure.toml").read_text(encoding="utf-8").replace(old, new)
        path = _write(tmp_path / "broken.toml", text)
        expect = "parent/nope.txt.j2 does not exist"
    else:
        path = _broken(tmp_path, old, new)
    out = io.StringIO()
    assert check_cli([str(path)], out=out) == 1
    assert expect in out.getvalue() and "broken.toml" in out.getvalue(), out.getvalue()
    with pytest.raises(ProcedureError):
        load_checked(str(path))          # the bot refuses to start on it


def test_a_category_no_rule_handles_is_reported(tmp_path):
    text = (SHIPPED / "allure.toml").read_text(encoding="utf-8")
    text = text.replace('[[rules]]\nname = "admissible"\ndecision = "admissible"\n', "")
    text = text.replace("[categories.geen_klacht]", '[categories.vervoer]\ndescription = "bus"\n\n[categories.geen_klacht]')
    path = _write(tmp_path / "nocatch.toml", text)
    problems = check(load_procedure(str(path)))
    assert any("[categories.vervoer]: no rule handles" in p for p in problems), problems


def test_a_bad_regex_and_a_wrong_type_are_errors(tmp_path):
    with pytest.raises(ProcedureError, match=r"patterns\[0\].*bad regular expression"):
        load_procedure(str(_broken(tmp_path, '["leerondersteuner|', '["(leerondersteuner|')))
    with pytest.raises(ProcedureError, match=r"too_old_months: expected a whole number"):
        load_procedure(str(_broken(tmp_path, "too_old_months = 6", 'too_old_months = "zes"')))


def test_a_category_may_use_a_builtin_lexicon_and_an_unknown_one_is_named(tmp_path):
    ok = load_procedure(str(_broken(tmp_path, '["leerondersteuner|', '["@safety", 4],\n  ["leerondersteuner|')))
    lexicon, weight = ok.categories["leersteun"].patterns[0]
    assert weight == 4 and lexicon.search("Hij werd door een klasgenoot geschopt.")
    assert lexicon.search("Hij werd niet geschopt.") is None
    with pytest.raises(ProcedureError, match=r"leersteun\].patterns\[0\] '@veiligheid': unknown lexicon"):
        load_procedure(str(_broken(tmp_path, '["leerondersteuner|', '["@veiligheid", 4],\n  ["leerondersteuner|')))
