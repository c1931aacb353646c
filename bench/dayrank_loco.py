"""How the date ranker would have done on corpora it never learnt from: leave one corpus out.

    python -m bench.dayrank_loco [rules/examples.jsonl] [--margins 0.2,0.3,0.4,0.5]

For every corpus whose first-contact reading is recorded, fit the ranker (dayrank.py) on all the other corpora and
compare, on this one, the principles' first-contact day with the day the ranker would give at each margin: how
many dated mails it mends (principles wrong, ranker right) and undoes (principles right, ranker wrong). This is the
measure the procedure's `date_margin` was chosen by; it costs one fit per corpus (about a minute in all).
"""
from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from mailbot.dayrank import DayModel, day_opinion
from mailbot.examples import read_examples

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    margins = [0.2, 0.3, 0.4, 0.5]
    if "--margins" in argv:
        at = argv.index("--margins")
        margins = [float(m) for m in argv[at + 1].split(",")]
        argv = argv[:at] + argv[at + 2:]
    path = Path(argv[0]) if argv else ROOT / "rules" / "examples.jsonl"
    examples = [e for e in read_examples(path) if e.families_known and e.sent and e.incident]
    corpora = sorted({e.corpus for e in examples})
    mended, undone, dated = defaultdict(int), defaultdict(int), 0
    for corpus in corpora:
        model = DayModel(tuple(e for e in examples if e.corpus != corpus))
        for e in (e for e in examples if e.corpus == corpus):
            dated += 1
            opinion = day_opinion(model, tuple(e.text.split("\n")[1:]), e.bases, e.sent, e.region, e.families_day)
            if opinion is None or e.families_day is None:
                continue
            right = e.incident[0] <= opinion.day <= e.incident[1]
            was_right = e.incident[0] <= e.families_day <= e.incident[1]
            for m in margins:
                if opinion.margin >= m:
                    mended[m] += right and not was_right
                    undone[m] += was_right and not right
    print(f"{dated} dated mails in {len(corpora)} corpora, each scored by a ranker fitted on the others")
    for m in margins:
        print(f"margin {m:.2f}: mends {mended[m]:3d}  undoes {undone[m]:3d}  net {mended[m] - undone[m]:+d}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
