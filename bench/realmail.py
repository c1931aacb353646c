"""`make realmail`: every file of ../shared/realmail through the real pipeline (APPEND to a private
Dovecot, one poll), then a table per category: handled / ignored / quarantined / replied.

handled = opened a case (a complaint) or joined one; ignored = recognised as not for a reply
(bounce, auto-reply, bulk, noreply, not a complaint); quarantined = kept aside with a reason;
replied = the bot queued a mail to the sender; as_machine = ignored as bounce, auto-reply, bulk
or noreply (for a `normal` file that would be a person nobody answers). Machine mail must never be replied to, and no
`normal` file may vanish: each one is handled, ignored with a reason, or quarantined.
"""
from __future__ import annotations

import csv
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from mailbot.bot import Bot
from mailbot.clock import FrozenClock
from mailbot.demo import demo_config
from mailbot.sandbox import PrivateDovecot
from mailbot.smtpsink import SmtpSink

COLUMNS = ("files", "handled", "ignored", "as_machine", "duplicate", "quarantined", "replied", "not_appended")
MACHINE = ("bounce", "auto_reply", "bulk", "noreply", "self")


@dataclass
class Figures:
    rows: dict = field(default_factory=lambda: defaultdict(Counter))
    crashes: int = 0
    seconds: float = 0.0
    mistakes: list = field(default_factory=list)

    def table(self) -> str:
        lines = [f"{'category':<11}" + "".join(f"{c:>13}" for c in COLUMNS)]
        for cat in sorted(self.rows):
            lines.append(f"{cat:<11}" + "".join(f"{self.rows[cat][c]:>13}" for c in COLUMNS))
        return "\n".join(lines)

    def replies_to_machines(self) -> int:
        return sum(self.rows[c]["replied"] for c in ("bounce", "autoreply", "bulk"))

    def summary(self) -> str:
        total = sum(r["files"] for r in self.rows.values())
        q = sum(r["quarantined"] for r in self.rows.values())
        return (f"realmail n={total} crashes={self.crashes} quarantined={q} "
                f"replies_to_machines={self.replies_to_machines()} seconds={self.seconds:.1f}")


def manifest(root: Path) -> list[tuple[Path, str]]:
    with open(root / "MANIFEST.tsv", newline="") as fh:
        return [(root / row["path"], row["category"]) for row in csv.DictReader(fh, delimiter="\t")]


def run(root: Path, workdir: Path) -> Figures:
    figures = Figures()
    files = manifest(root)
    began = time.monotonic()
    with PrivateDovecot(workdir / "imap") as dovecot, SmtpSink() as sink:
        appended: list[tuple[Path, str, bytes]] = []
        for path, category in files:
            data = path.read_bytes()
            figures.rows[category]["files"] += 1
            try:
                dovecot.append("INBOX", data)
                appended.append((path, category, data))
            except Exception:  # noqa: BLE001 - the server refused it; nothing the bot could see
                figures.rows[category]["not_appended"] += 1
        config = demo_config(dovecot, sink, workdir, "divergent")
        bot = Bot(config, FrozenClock(datetime(2026, 11, 30, 9, tzinfo=timezone.utc)))
        try:
            result = bot.poll_once()
        except Exception as exc:  # noqa: BLE001 - counted: the poller must never die
            figures.crashes += 1
            figures.mistakes.append(f"poll crashed: {exc!r}")
            return figures
        if len(result.outcomes) != len(appended):   # outcomes come in UID order, one per appended file
            figures.mistakes.append(f"{len(appended)} files appended but {len(result.outcomes)} processed")
        for (path, category, data), outcome in zip(appended, result.outcomes):
            row = figures.rows[category]
            kind = outcome.disposition.split(":")[0] if outcome else "missing"
            if kind in ("opened", "joined"):
                row["handled"] += 1
            elif kind == "ignored":
                row["ignored"] += 1
                row["as_machine"] += outcome.disposition.split(":")[1] in MACHINE
            elif kind == "quarantined":
                row["quarantined"] += 1
            elif kind == "duplicate":          # the corpus holds copies of one message (same Message-ID)
                row["duplicate"] += 1
            else:
                figures.mistakes.append(f"{path.name}: no record ({kind})")
            if kind == "opened" and category in ("bounce", "autoreply", "bulk"):
                row["replied"] += 1
                figures.mistakes.append(f"{path.name}: {category} got a reply")
            elif kind == "opened":
                row["replied"] += 1
        bot.close()
    figures.seconds = time.monotonic() - began
    return figures


def main(argv: list[str]) -> int:
    import logging
    logging.basicConfig(level=logging.ERROR)
    root = Path(argv[0]) if argv else Path(__file__).resolve().parents[2] / "shared" / "realmail"
    with tempfile.TemporaryDirectory() as tmp:
        figures = run(root, Path(tmp))
    print(figures.table())
    for line in figures.mistakes[:40]:
        print("  " + line)
    print(figures.summary())
    return 1 if figures.crashes or figures.replies_to_machines() else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
