"""Write the examples file (see examples.py) from labelled corpora in the dev corpus's format.

    python -m mailbot.examples_build OUT.jsonl CORPUS_DIR [CORPUS_DIR ...]

Only the writer's own words are kept (subject, then the sentences triage reads), so the model learns from the
same text it is later shown. Machine mail (bounces, auto-replies, newsletters) is left out: the structure of a
mail, not its words, sets those aside (loops.py).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from .extract.text import mail_text
from .parse import parse_bytes

_MACHINE = {"auto_reply", "bounce", "bulk"}


def examples_from(corpus: Path) -> list[dict]:
    out = []
    for line in (corpus / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        label = json.loads(line)
        if _MACHINE & set(label.get("reasons") or ()):
            continue
        text = mail_text(parse_bytes((corpus / label["file"]).read_bytes()))
        out.append({"procedure": label["procedure"], "category": label["category"],
                    "text": text.subject + "\n" + "\n".join(text.sentences)})
    return out


def main(argv: list[str]) -> int:
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
