"""`mailbot rules check`: what a procedure's keys cannot show one at a time — unreachable rules,
unhandled categories, missing templates, unknown bodies — each message naming file, key and fix.
The bot runs load_checked at start-up and refuses an unsound procedure."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from .errors import ProcedureError
from .examples import read_examples
from .procedure import Procedure, default_rules_dir, load_procedure
from .render import default_templates_dir


def check(proc: Procedure, templates_dir: Path | None = None) -> list[str]:
    """Problems that load_procedure cannot see one key at a time; [] when the procedure is sound."""
    f = str(proc.path or proc.name)
    tdir = templates_dir or default_templates_dir()
    problems: list[str] = []
    seen_catch_all: str | None = None
    settled: set[str] = set()          # categories that an earlier unconditional rule always decides
    for rule in proc.rules:
        where = f"{f} rule {rule.name!r}"
        if seen_catch_all:
            problems.append(f"{where}: unreachable, rule {seen_catch_all!r} before it matches every mail; "
                            "move it up or delete it")
        elif rule.category and set(rule.category) <= settled:
            problems.append(f"{where}: unreachable, its categories are always decided by an earlier rule; "
                            "move it up or delete it")
        for cat in rule.category:
            if cat not in proc.categories:
                problems.append(f"{where}.category: unknown category {cat!r}; add [categories.{cat}] or fix the name")
        for body in rule.referral_to:
            if body not in proc.bodies:
                problems.append(f"{where}.referral_to: unknown body {body!r}; add [bodies.{body}] or fix the name")
        template = rule.template or proc.templates.get(rule.decision)
        if rule.decision != "ignore":
            if not template:
                problems.append(f"{where}: no template; set template = \"parent/...\" or [templates].{rule.decision}")
            elif not (tdir / f"{template}.txt.j2").is_file():
                problems.append(f"{where}.template: {template}.txt.j2 does not exist in templates/; "
                                "create it or fix the name")
        if rule.decision == "referral" and not rule.referral_to:
            problems.append(f"{where}: a referral names no body; set referral_to = [\"...\"]")
        if rule.catch_all:
            seen_catch_all = rule.name
        elif rule.category and rule.formal is None and not (rule.any or rule.all or rule.none):
            settled.update(rule.category)
    for name in proc.categories:
        if seen_catch_all is None and not any(name in r.category for r in proc.rules):
            problems.append(f"{f} [categories.{name}]: no rule handles this category; add a rule or a catch-all")
    for key, template in proc.templates.items():
        if not (tdir / f"{template}.txt.j2").is_file():
            problems.append(f"{f} [templates].{key}: {template}.txt.j2 does not exist in templates/")
    for key in (*proc.escalation, *proc.next_steps):
        if key not in proc.bodies:
            problems.append(f"{f} [routing]: unknown body {key!r}; add [bodies.{key}] or fix the name")
    if proc.examples is not None:
        problems += _examples_problems(proc, f)
    return problems


def _examples_problems(proc: Procedure, f: str) -> list[str]:
    """The examples must speak the procedure's categories, and each category needs a few to be learnt at all."""
    try:
        mine = [e for e in read_examples(proc.examples) if e.procedure == proc.name]
    except ProcedureError as exc:
        return [f"{f} [examples].file: {exc}"]
    problems = [f"{f} [examples].file: {proc.examples.name} labels a mail {e.category!r}, not a category of this "
                f"procedure; fix the label or add [categories.{e.category}]"
                for e in {e.category: e for e in mine if e.category not in proc.categories}.values()]
    if not mine:
        problems.append(f"{f} [examples].file: no example has procedure = {proc.name!r}; add labelled mails "
                        "or remove the [examples] table")
    if proc.examples_date_margin is not None and not any(e.families_known and e.incident for e in mine):
        problems.append(f"{f} [examples].date_margin: no example of {proc.name!r} carries a labelled incident and "
                        "the rules' first reading; record it (`make first-contact CORPUS=...`), rebuild "
                        "(`make examples`), or remove date_margin")
    return problems


def check_cli(files, out: TextIO = sys.stdout, templates_dir: Path | None = None) -> int:
    paths = [Path(p) for p in files] or sorted(default_rules_dir().glob("*.toml"))
    if not paths:
        print("no procedure files found in rules/", file=out)
        return 1
    bad = 0
    for path in paths:
        try:
            problems = check(load_procedure(str(path) if str(path).endswith(".toml") else str(path)), templates_dir)
        except ProcedureError as exc:
            problems = [str(exc)]
        for p in problems:
            print(p, file=out)
        print(f"{path}: {'OK' if not problems else f'{len(problems)} problem(s)'}", file=out)
        bad += bool(problems)
    return 1 if bad else 0


def load_checked(name_or_path: str, rules_dir: Path | None = None, templates_dir: Path | None = None) -> Procedure:
    """What the bot calls at start-up: refuse to run on a procedure with any problem."""
    proc = load_procedure(name_or_path, rules_dir)
    problems = check(proc, templates_dir)
    if problems:
        raise ProcedureError("; ".join(problems))
    return proc
