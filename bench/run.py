"""`make bench`: throughput of the bot, as ratios against baselines measured in the same run.

- triage: ms per mail over the dev corpus, against parsing alone (ratio = triage cost / parse cost)
- poll:   mails per second for one full poll (fetch, parse, triage, case, outbox, send),
          against a bare imap_tools fetch of the same mails from the same server.
No thresholds here: the numbers are for people; regressions show up as a changed ratio.
"""
from __future__ import annotations

import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

from mailbot.bot import Bot
from mailbot.clock import FrozenClock
from mailbot.demo import demo_config
from mailbot.mailbox import Mailbox
from mailbot.parse import parse_bytes
from mailbot.procedure import load_procedure
from mailbot.sandbox import PrivateDovecot
from mailbot.smtpsink import SmtpSink
from mailbot.triage import triage

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"


def _best(fn, rounds: int = 5) -> float:
    times = []
    for _ in range(rounds):
        began = time.perf_counter()
        fn()
        times.append(time.perf_counter() - began)
    return min(times)


def bench_triage(files: list[Path]) -> None:
    raws = [f.read_bytes() for f in files]
    proc = load_procedure("divergent")
    parsed = [parse_bytes(r) for r in raws]
    for m in parsed:                                  # warm caches (dateparser, regexes)
        triage(m, proc)
    parse_s = _best(lambda: [parse_bytes(r) for r in raws])
    triage_s = _best(lambda: [triage(m, proc) for m in parsed])
    n = len(raws)
    print(f"triage: {1000 * triage_s / n:.2f} ms/mail warm; parse {1000 * parse_s / n:.2f} ms/mail; "
          f"ratio triage/parse = {triage_s / parse_s:.2f}")


def bench_poll(files: list[Path], copies: int) -> None:
    raws = []
    for i in range(copies):
        for f in files:
            data = f.read_bytes().replace(b"Message-ID: <", f"Message-ID: <b{i}.".encode(), 1)
            data = data.replace(b"Message-Id: <", f"Message-Id: <b{i}.".encode(), 1)
            raws.append(data)
    with tempfile.TemporaryDirectory() as tmp, PrivateDovecot(Path(tmp) / "imap") as dovecot, SmtpSink() as sink:
        dovecot.append_many("INBOX", raws)
        config = demo_config(dovecot, sink, Path(tmp), "divergent")
        began = time.perf_counter()
        with Mailbox(config.imap) as box:
            batch = box.fetch_new("INBOX", None, 0)
        fetch_s = time.perf_counter() - began
        bot = Bot(config, FrozenClock(datetime(2026, 11, 30, 9, tzinfo=timezone.utc)))
        began = time.perf_counter()
        result = bot.poll_once()
        poll_s = time.perf_counter() - began
        bot.close()
    n = len(batch.messages)
    print(f"poll: {n} mails in {poll_s:.2f} s = {n / poll_s:.0f} mails/s ({result.count('opened')} cases, "
          f"{result.dispatch.sent} mails sent); bare fetch {n / fetch_s:.0f} mails/s; "
          f"ratio poll/fetch time = {poll_s / fetch_s:.1f}")


def main() -> int:
    if not CORPUS.is_dir():
        print("bench needs ../shared/corpus/dev beside the repository", file=sys.stderr)
        return 2
    files = sorted(CORPUS.glob("*.eml"))
    bench_triage(files)
    bench_poll(files, copies=int(sys.argv[1]) if len(sys.argv) > 1 else 4)
    return 0


if __name__ == "__main__":
    sys.exit(main())
