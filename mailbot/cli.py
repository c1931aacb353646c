"""The thin command-line entry: parse arguments, call one module, print, exit."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="mailbot", description="Email intake bot for school complaint procedures.")
    p.add_argument("--config", type=Path, help="the TOML config file (see config.example.toml)")
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
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "triage":
        from .triage import cli as triage_cli
        return triage_cli(args.files, procedure=args.procedure, rules_dir=args.rules_dir,
                          as_json=args.json, explain=args.explain, out=sys.stdout)
    if args.command == "rules":
        from .procedure import check_cli
        return check_cli(args.files, out=sys.stdout)
    raise SystemExit(f"unknown command {args.command}")


if __name__ == "__main__":
    sys.exit(main())
