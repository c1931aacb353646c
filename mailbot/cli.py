"""The thin command-line entry: parse arguments, call one module, print, exit."""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from .errors import MailbotError


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="mailbot", description="Email intake bot for school complaint procedures.")
    p.add_argument("--config", type=Path, help="the TOML config file (see config.example.toml)")
    p.add_argument("-v", "--verbose", action="store_true")
    sub = p.add_subparsers(dest="command", required=True)

    t = sub.add_parser("triage", help="decide single .eml files, without network or database")
    t.add_argument("--procedure", required=True, help="a procedure name (rules/NAME.toml) or a path to one")
    t.add_argument("--rules-dir", type=Path, default=None)
    t.add_argument("--json", action="store_true", help="one JSON object per file (the scorer's contract)")
    t.add_argument("--explain", action="store_true", help="print which rules fired and why, for people")
    t.add_argument("files", nargs="+")

    r = sub.add_parser("rules", help="procedure files")
    rs = r.add_subparsers(dest="rules_command", required=True)
    rc = rs.add_parser("check", help="validate procedure files (default: every file in rules/)")
    rc.add_argument("files", nargs="*")

    i = sub.add_parser("init", help="write a commented config file")
    i.add_argument("path", nargs="?", type=Path, default=Path("mailbot.toml"))
    d = sub.add_parser("doctor", help="check IMAP, SMTP, the database and the procedure")
    d.add_argument("--config", dest="sub_config", type=Path)
    sub.add_parser("run", help="run forever under the scheduler")
    po = sub.add_parser("poll", help="one cycle: fetch new mail, process it, send the outbox")
    po.add_argument("--once", action="store_true", required=True)
    sub.add_parser("cases", help="list cases")
    s = sub.add_parser("show", help="one case: messages, facts, decision, replies, events")
    s.add_argument("ref")
    sub.add_parser("retry", help="process quarantined mail again (after a fix)")
    sub.add_parser("quarantine", help="list quarantined mail with its reason")
    sub.add_parser("outbox", help="list the outbox")
    ex = sub.add_parser("export", help="everything stored about a case, as JSON (a parent's access request)")
    ex.add_argument("ref")
    er = sub.add_parser("erase", help="erase a case and everything stored about it")
    er.add_argument("ref")
    er.add_argument("--yes", action="store_true", help="do not ask; for scripts")
    dm = sub.add_parser("demo", help="run the whole story on throwaway local servers")
    dm.add_argument("--keep", type=Path, help="keep the demo's files in this folder")
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("mail.log").setLevel(logging.WARNING)   # aiosmtpd's per-command chatter (demo sink)
    from .logsafe import install
    for handler in logging.getLogger().handlers:
        install(handler)
    try:
        return _dispatch(args)
    except MailbotError as exc:
        print(f"mailbot: {exc}", file=sys.stderr)
        return 2


def _dispatch(args) -> int:
    if args.command == "triage":
        from .triage import cli as triage_cli
        return triage_cli(args.files, procedure=args.procedure, rules_dir=args.rules_dir,
                          as_json=args.json, explain=args.explain, out=sys.stdout)
    if args.command == "rules":
        from .rulecheck import check_cli
        return check_cli(args.files, out=sys.stdout)
    if args.command == "init":
        return _init(args.path)
    if args.command == "demo":
        from .demo import run_demo
        return run_demo(keep=args.keep)
    config = _config(getattr(args, "sub_config", None) or args.config)
    if args.command == "doctor":
        from .doctor import run_checks
        checks = run_checks(config)
        for c in checks:
            print(f"{'ok  ' if c.ok else 'FAIL'} {c.name:<10} {c.detail}")
        return 0 if all(c.ok for c in checks) else 1
    from .bot import Bot
    from .clock import SystemClock
    from . import report
    bot = Bot(config, SystemClock())
    tz = config.bot.tz
    if args.command == "run":
        from .jobs import run_forever
        run_forever(bot)
        return 0
    try:
        if args.command == "poll":
            result = bot.poll_once()
            print(f"poll: {len(result.outcomes)} new, {result.count('opened')} opened, {result.count('joined')} "
                  f"joined, {result.count('ignored')} ignored, {result.count('quarantined')} quarantined; "
                  f"sent {result.dispatch.sent}, retrying {result.dispatch.retried}, failed {result.dispatch.failed}"
                  + (f" ({result.skipped})" if result.skipped else ""))
        elif args.command == "cases":
            print(report.cases_table(bot.store, tz))
        elif args.command == "show":
            print(report.show_case(bot.store, args.ref, tz))
        elif args.command == "outbox":
            print(report.outbox_table(bot.store, tz))
        elif args.command == "quarantine":
            rows = [[q.key, q.at, q.reason[:80]] for q in bot.store.quarantined()]
            print(report.table(rows, ["message", "at", "reason"]) if rows else "quarantine empty")
        elif args.command == "export":
            import json
            from .privacy import export_case
            print(json.dumps(export_case(bot.store, args.ref), ensure_ascii=False, indent=2))
        elif args.command == "erase":
            from .privacy import erase_case
            case = bot.store.case(args.ref)
            if not args.yes:
                answer = input(f"Erase case {case.ref} and every message, reply and event in it? "
                               f"Type the reference to confirm: ")
                if answer.strip().upper() != case.ref:
                    print("not erased")
                    return 1
            counts = erase_case(bot.store, case.ref, bot.clock.now(), logging.getLogger("mailbot"))
            print(f"erased {case.ref}: " + ", ".join(f"{v} {k}" for k, v in counts.items()))
        elif args.command == "retry":
            outcomes = bot.retry_quarantine()
            for o in outcomes:
                print(f"{o.key}: {o.disposition} {o.case_ref or ''}".rstrip())
            print(f"retried {len(outcomes)}")
    finally:
        bot.close()
    return 0


def _config(path: Path | None):
    from .config import load
    if path is None:
        raise MailbotError("this command needs --config FILE; create one with 'mailbot init mailbot.toml'")
    config = load(path)
    if not config.imap.verify_tls or not config.smtp.verify_tls:
        logging.getLogger("mailbot").warning(
            "TLS certificate verification is OFF for %s: use this only with a test server",
            " and ".join(n for n, s in (("IMAP", config.imap), ("SMTP", config.smtp)) if not s.verify_tls))
    return config


def _init(path: Path) -> int:
    if path.exists():
        print(f"mailbot: {path} exists; not overwriting it", file=sys.stderr)
        return 1
    example = Path(__file__).resolve().parent.parent / "config.example.toml"
    path.write_text(example.read_text(encoding="utf-8"), encoding="utf-8")
    print(f"wrote {path}; edit it, then run: mailbot doctor --config {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
