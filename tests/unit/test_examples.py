"""The labelled examples as a second opinion on the category: when they overrule the phrase families, and when not."""
import json
from dataclasses import replace
from pathlib import Path

import pytest

from mailbot.errors import ProcedureError
from mailbot.examples import CategoryModel, Example, Opinion, model_for, read_examples, weigh
from mailbot.model import Evidence, Facts, Flags
from mailbot.procedure import default_rules_dir, load_procedure
from mailbot.rulecheck import check

SUPPORT = Facts(student_name="Lotte", latest_incident=None, category="leersteun", formal=False,
                flags=Flags(informal_step_done=True), urgent=False, has_facts=True,
                evidence=(Evidence("category:leersteun", "leerondersteuner"), Evidence("student_name", "Lotte")))


def _weigh(facts: Facts, category: str, confidence: float) -> Facts:
    return weigh(facts, Opinion(category, confidence, ("school", "aanpassing")), min_confidence=0.8,
                 ignore_category="geen_klacht")


def test_confident_examples_overrule_the_families_and_say_why():
    got = _weigh(SUPPORT, "redelijke_aanpassingen", 0.91)
    assert got.category == "redelijke_aanpassingen"
    assert got.evidence[0].rule == "category:redelijke_aanpassingen"
    assert "91%" in got.evidence[0].phrase and "aanpassing" in got.evidence[0].phrase
    # the families' own category evidence goes, everything else read from the mail stays
    assert [e.rule for e in got.evidence[1:]] == ["student_name"]
    assert (got.student_name, got.flags) == (SUPPORT.student_name, SUPPORT.flags)


def test_unsure_or_agreeing_examples_leave_the_families_reading():
    assert _weigh(SUPPORT, "redelijke_aanpassingen", 0.79) == SUPPORT
    assert _weigh(SUPPORT, "leersteun", 0.99) == SUPPORT
    assert weigh(SUPPORT, None, min_confidence=0.8, ignore_category="geen_klacht") == SUPPORT


def test_a_child_in_danger_is_never_reread_on_resemblance():
    danger = replace(SUPPORT, urgent=True)
    assert _weigh(danger, "redelijke_aanpassingen", 0.99) == danger
    assert _weigh(danger, "geen_klacht", 0.99) == danger


def test_mail_already_set_aside_stays_aside():
    bounce = replace(SUPPORT, category="geen_klacht", ignore_reason="bounce")
    assert _weigh(bounce, "leersteun", 0.99) == bounce


def test_a_practical_question_the_examples_recognise_is_set_aside_with_nothing_read_from_it():
    got = _weigh(SUPPORT, "geen_klacht", 0.93)
    assert (got.category, got.ignore_reason, got.student_name, got.has_facts) == ("geen_klacht", "not_complaint",
                                                                                    None, False)
    assert got.evidence[0].rule == "category:geen_klacht"


def test_a_small_example_set_gives_an_opinion_with_the_words_that_weighed():
    support = ["De leerondersteuner komt niet opdagen voor de sessie", "De begeleidster van het centrum zegt de "
               "sessies af", "Onze leerondersteuner heeft de begeleiding zonder overleg gestopt"]
    school = ["De school weigert de extra tijd bij toetsen", "De directie van de school schrapt de laptop bij "
              "toetsen", "De school past de afspraken voor extra tijd niet toe"]
    model = CategoryModel(tuple(Example("p", "steun", t) for t in support * 3) +
                          tuple(Example("p", "school", t) for t in school * 3))
    got = model.opinion("p", "De school wil geen extra tijd meer geven bij de toetsen")
    assert got.category == "school" and got.confidence > 0.5
    assert "school" in got.terms or "toetsen" in got.terms or "extra" in got.terms
    assert model.opinion("other", "De school weigert") is None      # a procedure the examples never saw


def test_the_shipped_examples_speak_each_procedures_categories():
    for name in ("divergent", "allure"):
        proc = load_procedure(name)
        assert proc.examples is not None and check(proc) == []
        mine = [e for e in read_examples(proc.examples) if e.procedure == name]
        assert {e.category for e in mine} <= set(proc.categories)
        assert len(mine) > 100


def test_the_model_is_fitted_once_and_cached_on_disk(tmp_path, monkeypatch):
    monkeypatch.setenv("MAILBOT_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "examples.jsonl"
    lines = [{"procedure": "p", "category": c, "text": t} for c, t in
             [("a", "de juf lacht hem uit"), ("b", "de bus is te laat")] * 4]
    path.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    first = model_for(path)
    assert first is model_for(path)
    assert len(list((tmp_path / "cache").glob("examples-*.joblib"))) == 1


@pytest.mark.parametrize("table,expect", [
    ('file = "nope.jsonl"', "nope.jsonl not found; build it with"),
    ('file = "examples.jsonl"\nmin_confidence = 0.3', "min_confidence = 0.3: use a probability between 0.5 and 1.0"),
    ('file = "examples.jsonl"\nthreshold = 0.8', "unknown key 'threshold'"),
    ('min_confidence = 0.8', "key 'file' missing"),
])
def test_a_wrong_examples_table_names_the_key_and_the_fix(tmp_path, table, expect):
    text = (default_rules_dir() / "allure.toml").read_text(encoding="utf-8")
    text = text[:text.index("\n[examples]")] + "\n[examples]\n" + table + "\n"
    (tmp_path / "examples.jsonl").symlink_to(default_rules_dir() / "examples.jsonl")
    (tmp_path / "allure.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ProcedureError, match=expect.replace("(", r"\(").replace(")", r"\)").replace(".", r"\.")):
        load_procedure(str(tmp_path / "allure.toml"))


def test_examples_labelled_with_a_category_the_procedure_lacks_are_reported(tmp_path):
    text = (default_rules_dir() / "allure.toml").read_text(encoding="utf-8")
    (tmp_path / "allure.toml").write_text(text, encoding="utf-8")
    (tmp_path / "examples.jsonl").write_text(json.dumps({"procedure": "allure", "category": "veiligheidd",
                                                         "text": "x"}) + "\n", encoding="utf-8")
    problems = check(load_procedure(str(tmp_path / "allure.toml")))
    assert any("labels a mail 'veiligheidd', not a category of this procedure" in p for p in problems)


def test_a_broken_examples_line_is_named_by_file_and_line(tmp_path):
    path = tmp_path / "examples.jsonl"
    path.write_text('{"procedure": "p", "category": "a", "text": "x"}\nnot json\n', encoding="utf-8")
    with pytest.raises(ProcedureError, match=r"examples.jsonl:2: expected a JSON object"):
        read_examples(path)
