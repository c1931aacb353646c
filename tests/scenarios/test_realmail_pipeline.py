"""Hundreds of real third-party mails through the real pipeline: the poller never crashes, machine
mail never gets a reply, and every file ends up handled, ignored with a reason, or quarantined."""
from bench.realmail import run


def test_real_world_mail_through_the_pipeline(shared_dir, tmp_path):
    figures = run(shared_dir / "realmail", tmp_path)
    print("\n" + figures.table() + "\n" + figures.summary())
    assert figures.crashes == 0
    assert figures.mistakes == []
    assert figures.replies_to_machines() == 0
    assert sum(r["not_appended"] for r in figures.rows.values()) == 0
    normal = figures.rows["normal"]
    assert normal["handled"] + normal["ignored"] + normal["duplicate"] + normal["quarantined"] == normal["files"]
    assert normal["as_machine"] <= 4          # a person's mail taken for a machine's: measured 4 of 189
