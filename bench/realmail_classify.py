"""Run the real-world corpus through parse_bytes + machine_kind and print what happened per category.

    python -m bench.realmail_classify ../shared/realmail [more manifests' folders…]

Rows are the corpus labels, columns what mailbot did: the three machine kinds,
'person' (goes on to triage), 'parse error' (quarantined with a reason) and
'crash' (an uncaught exception: must always be 0).
"""
from __future__ import annotations

import csv
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from mailbot.errors import ParseError
from mailbot.loops import machine_kind
from mailbot.parse import parse_bytes

CATEGORIES = ("bounce", "autoreply", "bulk", "normal", "broken")
OUTCOMES = ("bounce", "auto_reply", "bulk", "person", "parse error", "crash")
EXPECTED_KIND = {"bounce": "bounce", "autoreply": "auto_reply", "bulk": "bulk"}


@dataclass
class Run:
    counts: Counter = field(default_factory=Counter)          # (label, outcome) -> files
    errors: list[tuple[str, str, str]] = field(default_factory=list)  # (path, outcome, reason)
    files: int = 0
    seconds: float = 0.0

    def per_label(self, label: str) -> int:
        return sum(n for (lab, _), n in self.counts.items() if lab == label)

    def table(self) -> str:
        rows = ["%-10s %6s" % ("label", "files") + "".join("%12s" % o for o in OUTCOMES)]
        for label in CATEGORIES:
            rows.append("%-10s %6d" % (label, self.per_label(label))
                        + "".join("%12d" % self.counts[(label, o)] for o in OUTCOMES))
        missed = sum(self.counts[(lab, "person")] for lab in EXPECTED_KIND)
        wrong = sum(self.counts[("normal", o)] for o in ("bounce", "auto_reply", "bulk"))
        rows.append(f"{self.files} files in {self.seconds:.2f} s ({self.files / max(self.seconds, 1e-9):.0f} mails/s); "
                    f"crashes {self.counts_of('crash')}; machine mail taken for a person {missed}; "
                    f"normal mail taken for a machine {wrong}; parse errors {self.counts_of('parse error')}")
        return "\n".join(rows)

    def counts_of(self, outcome: str) -> int:
        return sum(n for (_, o), n in self.counts.items() if o == outcome)


def manifest_rows(folder: Path):
    with open(folder / "MANIFEST.tsv", newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            yield folder / row["path"], row["category"]


def classify_one(data: bytes) -> tuple[str, str]:
    """(outcome, reason) for one message; never raises."""
    try:
        return machine_kind(parse_bytes(data)) or "person", ""
    except ParseError as exc:
        return "parse error", str(exc) or type(exc).__name__
    except Exception as exc:  # noqa: BLE001 - counting crashes is the point
        return "crash", f"{type(exc).__name__}: {exc}"


def run(folders: list[Path]) -> Run:
    result = Run()
    started = time.perf_counter()
    for folder in folders:
        for path, label in manifest_rows(folder):
            outcome, reason = classify_one(path.read_bytes())
            result.counts[(label, outcome)] += 1
            result.files += 1
            wrong = (label in EXPECTED_KIND and outcome != EXPECTED_KIND[label]) or (
                label == "normal" and outcome != "person")
            if wrong or outcome in ("crash", "parse error"):
                result.errors.append((str(path.relative_to(folder)), outcome, reason))
    result.seconds = time.perf_counter() - started
    return result


def main(argv: list[str]) -> int:
    folders = [Path(a) for a in argv if not a.startswith("-")] or [Path("../shared/realmail")]
    result = run(folders)
    print(result.table())
    if "-v" in argv:
        for path, outcome, reason in sorted(result.errors):
            print(f"  {outcome:12s} {path}  {reason}")
    return 1 if result.counts_of("crash") else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
