"""The labelled examples as a second opinion on the latest incident's date: candidates, the ranker, and when its
day wins over the principles' one."""
import json
from dataclasses import replace
from datetime import date

import pytest

from mailbot.dayrank import DayModel, DayOpinion, day_model_for, day_opinion, weigh_day
from mailbot.errors import ProcedureError
from mailbot.examples import Example, read_examples
from mailbot.examples_build import examples_from
from mailbot.extract.candidates import candidates, features
from mailbot.model import Evidence, Facts, Flags
from mailbot.procedure import default_rules_dir, load_procedure

MAIL_DAY = date(2026, 10, 21)       # a Wednesday
FACTS = Facts(student_name="Lotte", latest_incident=date(2026, 10, 13), category="leersteun", formal=False,
              flags=Flags(), urgent=False, has_facts=True,
              evidence=(Evidence("student_name", "Lotte"), Evidence("latest_incident", "13 oktober")))


def test_every_day_a_mail_names_is_a_candidate_with_its_sentence_and_the_mail_date_stands_for_going_on():
    sents = ["Op 13 oktober kwam de leerondersteuner niet opdagen.", "De dag nadien was ze er weer niet.",
             "Begin september begon het al.", "Ze komt nog steeds te laat."]
    got = candidates(sents, [], MAIL_DAY)
    assert [(c.day, c.kind, c.index) for c in got] == [
        (date(2026, 10, 13), "day", 0), (date(2026, 10, 14), "later", 1), (date(2026, 9, 5), "month", 2),
        (MAIL_DAY, "ongoing", -1)]
    assert got[-1].sentence == "Ze komt nog steeds te laat."     # what says it goes on, for the ranker to read
    # "gisteren" in a forwarded message counts from that message's own date
    assert candidates(["Gisteren gebeurde het."], [date(2026, 10, 2)], MAIL_DAY)[0].day == date(2026, 10, 1)


def test_features_mark_the_rules_day_its_rank_and_the_words_around_it():
    cands = candidates(["Op 13 oktober werd Lotte gepest.", "Op 15 oktober had ik een gesprek met de juf."],
                       [], MAIL_DAY)
    rows = features(cands, MAIL_DAY, 2, families_day=date(2026, 10, 13))
    assert rows[0]["families"] == 1.0 and "families" not in rows[1]
    assert rows[1]["rank=0"] == 1.0 and rows[0]["rank=1"] == 1.0          # 15 October is the latest day named
    assert rows[0]["a:gepest"] == 1.0 and rows[1]["a:gesprek"] == 1.0
    assert rows[2]["kind=ongoing"] == 1.0


def _example(incident: str, talk: str, sent: date, families: date | None) -> Example:
    text = f"klacht\nOp {incident} werd mijn zoon uitgelachen door de begeleider.\nOp {talk} had ik een gesprek op school."
    day = date(2026, 10, int(incident.split()[0]))
    return Example("p", "leersteun", text, sent=sent, incident=(day, day), families_known=True, families_day=families)


def test_the_ranker_learns_that_a_talk_about_the_incident_is_not_the_incident():
    # the rules at first contact took the latest day (the talk) in half of these mails: the ranker learns better
    train = tuple(_example(f"{d} oktober", f"{d + 2} oktober", date(2026, 10, 25), date(2026, 10, d + 2 if d % 2 else d))
                  for d in range(1, 20))
    model = DayModel(train)
    sents = ["Op 5 oktober werd mijn dochter uitgelachen door de begeleider.", "Op 8 oktober had ik een gesprek op school."]
    got = day_opinion(model, tuple(sents), (), date(2026, 10, 25), (None, None), families_day=date(2026, 10, 8))
    assert got is not None and got.day == date(2026, 10, 5) and got.margin > 0.4
    # where the rules already read the incident, there is nothing to say
    assert day_opinion(model, tuple(sents), (), date(2026, 10, 25), (None, None), date(2026, 10, 5)) is None


def test_a_clear_margin_replaces_the_rules_day_and_says_why():
    got = weigh_day(FACTS, DayOpinion(date(2026, 10, 16), "vorige vrijdag", 0.55), min_margin=0.4)
    assert got.latest_incident == date(2026, 10, 16)
    why = got.evidence[-1]
    assert why.rule == "latest_incident" and "vorige vrijdag" in why.phrase and "+55%" in why.phrase
    assert [e.rule for e in got.evidence] == ["student_name", "latest_incident"]     # the rules' evidence went
    going_on = weigh_day(FACTS, DayOpinion(MAIL_DAY, "", 0.6), min_margin=0.4)
    assert going_on.latest_incident == MAIL_DAY and "still going on" in going_on.evidence[-1].phrase


def test_a_small_margin_or_a_mail_without_facts_keeps_the_rules_reading():
    assert weigh_day(FACTS, DayOpinion(date(2026, 10, 16), "vorige vrijdag", 0.39), min_margin=0.4) == FACTS
    assert weigh_day(FACTS, None, min_margin=0.4) == FACTS
    no_facts = replace(FACTS, latest_incident=None, has_facts=False)
    assert weigh_day(no_facts, DayOpinion(date(2026, 10, 16), "vorige vrijdag", 0.9), min_margin=0.4) == no_facts


def test_the_examples_file_carries_what_the_ranker_needs(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "m.eml").write_bytes(b"From: a@example.test\r\nSubject: juf\r\nDate: Wed, 21 Oct 2026 10:00:00 +0200\r\n"
                                   b"\r\nOp 13 oktober werd Lotte uitgelachen door de juf.\r\n")
    (corpus / "labels.jsonl").write_text(json.dumps({"file": "m.eml", "procedure": "divergent", "category": "leersteun",
                                                     "latest_incident": ["2026-10-13", "2026-10-13"]}) + "\n")
    (corpus / "first_contact.jsonl").write_text(json.dumps({"file": "m.eml", "latest_incident": "2026-10-21"}) + "\n")
    row, = examples_from(corpus)
    assert (row["corpus"], row["sent"], row["incident"], row["families_day"]) == \
        ("corpus", "2026-10-21", ["2026-10-13", "2026-10-13"], "2026-10-21")
    assert row["region"] == ["BE", "VLG"] and "bases" not in row
    path = tmp_path / "examples.jsonl"
    path.write_text(json.dumps(row) + "\n")
    got, = read_examples(path)
    assert (got.sent, got.incident, got.families_known, got.families_day) == (
        MAIL_DAY, (date(2026, 10, 13), date(2026, 10, 13)), True, MAIL_DAY)
    path.write_text(json.dumps({**row, "sent": "21/10/2026"}) + "\n")
    with pytest.raises(ProcedureError, match=r"examples.jsonl:1: .*ISO dates"):
        read_examples(path)


def test_the_shipped_examples_teach_the_ranker_and_it_is_cached_on_disk(tmp_path, monkeypatch):
    monkeypatch.setenv("MAILBOT_CACHE_DIR", str(tmp_path / "cache"))
    learnt = [e for e in read_examples(default_rules_dir() / "examples.jsonl") if e.families_known and e.incident]
    assert len(learnt) > 500
    path = tmp_path / "examples.jsonl"         # a path of its own: no other test's model in memory answers for it
    path.write_bytes((default_rules_dir() / "examples.jsonl").read_bytes())
    assert day_model_for(path) is day_model_for(path)
    assert len(list((tmp_path / "cache").glob("days-*.joblib"))) == 1


@pytest.mark.parametrize("value,expect", [("0.0", "date_margin = 0.0: use a probability margin above 0"),
                                          ("1.5", "date_margin = 1.5: use a probability margin above 0")])
def test_a_wrong_date_margin_names_the_key_and_the_fix(tmp_path, value, expect):
    text = (default_rules_dir() / "allure.toml").read_text(encoding="utf-8").replace("date_margin = 0.4",
                                                                                     f"date_margin = {value}")
    (tmp_path / "examples.jsonl").symlink_to(default_rules_dir() / "examples.jsonl")
    (tmp_path / "allure.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ProcedureError, match=expect):
        load_procedure(str(tmp_path / "allure.toml"))


def test_without_a_date_margin_the_rules_alone_date_the_incident(tmp_path):
    text = (default_rules_dir() / "allure.toml").read_text(encoding="utf-8")
    text = "\n".join(line for line in text.splitlines() if not line.startswith("date_margin"))
    (tmp_path / "examples.jsonl").symlink_to(default_rules_dir() / "examples.jsonl")
    (tmp_path / "allure.toml").write_text(text, encoding="utf-8")
    proc = load_procedure(str(tmp_path / "allure.toml"))
    assert proc.examples is not None and proc.examples_date_margin is None


def test_a_new_corpus_records_the_rules_reading_once(tmp_path):
    from mailbot.examples_build import record_first_contact
    (tmp_path / "m.eml").write_bytes(b"From: a@example.test\r\nSubject: juf\r\nDate: Wed, 21 Oct 2026 10:00:00 +0200\r\n"
                                     b"\r\nOp 13 oktober werd Lotte uitgelachen door de juf van het centrum. Ze huilde "
                                     b"de hele avond en wil niet meer naar de begeleiding gaan.\r\n")
    (tmp_path / "labels.jsonl").write_text(json.dumps({"file": "m.eml", "procedure": "divergent"}) + "\n")
    out = record_first_contact(tmp_path)
    assert json.loads(out.read_text()) == {"file": "m.eml", "latest_incident": "2026-10-13"}
    with pytest.raises(SystemExit, match="recorded once, before any tuning"):
        record_first_contact(tmp_path)


def test_a_date_margin_without_examples_to_learn_from_is_reported(tmp_path):
    from mailbot.rulecheck import check
    text = (default_rules_dir() / "allure.toml").read_text(encoding="utf-8")
    (tmp_path / "allure.toml").write_text(text, encoding="utf-8")
    rows = [{"procedure": "allure", "category": c, "text": "x"} for c in ("veiligheid", "algemeen")]
    (tmp_path / "examples.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    problems = check(load_procedure(str(tmp_path / "allure.toml")))
    assert any("[examples].date_margin: no example of 'allure' carries a labelled incident" in p for p in problems)
    assert not any("date_margin" in p for p in check(load_procedure("allure")))
