"""Write the examples file (see examples.py) from labelled corpora in the dev corpus's format.

    python -m mailbot.examples_build OUT.jsonl CORPUS_DIR [CORPUS_DIR ...]
    python -m mailbot.examples_build --first-contact CORPUS_DIR

The second form records, in CORPUS_DIR/first_contact.jsonl, the day the rules (dates.py) read for each mail. Run it
once, when a new corpus arrives and before any rule is tuned on it: the date ranker learns from that record how far
to trust the rules on mail they were not written for.

Only the writer's own words are kept (subject, then the sentences triage reads, one per line), so the models learn
from the same text they are later shown; with the mail's date, the labelled incident window and the procedure's
holiday region, the date ranker can rebuild each mail's candidate days. Machine mail (bounces, auto-replies,
newsletters) is left out: the structure of a mail, not its words, sets those aside (loops.py).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from .extract.text import mail_text
from .parse import parse_bytes
from .procedure import load_procedure

_MACHINE = {"auto_reply", "bounce", "bulk"}


def examples_from(corpus: Path) -> list[dict]:
    out = []
    # The principles' date at first contact (see tests/fixtures/CORPORA.md), when the corpus recorded it.
    first = corpus / "first_contact.jsonl"
    lines = first.read_text(encoding="utf-8").splitlines() if first.is_file() else []
    families = {r["file"]: r["latest_incident"] for r in map(json.loads, filter(str.strip, lines))}
    for line in (corpus / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        label = json.loads(line)
        if _MACHINE & set(label.get("reasons") or ()):
            continue
        mail = parse_bytes((corpus / label["file"]).read_bytes())
        text = mail_text(mail)
        row = {"corpus": corpus.name, "procedure": label["procedure"], "category": label["category"],
               "text": text.subject.replace("\n", " ") + "\n" + "\n".join(s.replace("\n", " ") for s in text.sentences)}
        if mail.date is not None:       # the date ranker learns from the labelled window (dayrank.py)
            sent = mail.date.date()
            proc = load_procedure(label["procedure"])
            row.update(sent=sent.isoformat(), incident=label.get("latest_incident"),
                       region=[proc.country, proc.subdivision])
            if label["file"] in families:
                row["families_day"] = families[label["file"]]
            if any(b and b != sent for b in text.bases):
                row["bases"] = [b.isoformat() if b else None for b in text.bases]
        out.append(row)
    return out


def record_first_contact(corpus: Path) -> Path:
    from .extract import extract
    from .rulecheck import load_checked

    out = corpus / "first_contact.jsonl"
    if out.exists():
        raise SystemExit(f"{out} exists: a first contact is recorded once, before any tuning; delete it only if "
                         "no rule has been tuned on this corpus yet")
    rows = []
    for line in filter(str.strip, (corpus / "labels.jsonl").read_text(encoding="utf-8").splitlines()):
        label = json.loads(line)
        day = extract(parse_bytes((corpus / label["file"]).read_bytes()), load_checked(label["procedure"])).latest_incident
        rows.append({"file": label["file"], "latest_incident": day.isoformat() if day else None})
    out.write_text("".join(json.dumps(r) + "\n" for r in sorted(rows, key=lambda r: r["file"])), encoding="utf-8")
    return out


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "--first-contact":
        print(f"{record_first_contact(Path(argv[1]))}: the rules' reading at first contact")
        return 0
    if len(argv) < 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    rows = [row for corpus in argv[1:] for row in examples_from(Path(corpus))]
    with open(argv[0], "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{argv[0]}: {len(rows)} examples from {len(argv) - 1} corpora")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
