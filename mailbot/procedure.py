"""Load and validate a procedure (rules/NAME.toml): categories, decision chain, bodies, deadlines.

The whole TOML schema lives in _SCHEMA below so that a new key is added in one place;
unknown keys are errors because a typo in a procedure would otherwise silently change
how parents are answered.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

from .errors import ProcedureError

# Conditions a rule may test; each is computed from Facts (see decide.py).
CONDITIONS = ("in_court", "previously_handled", "informal_step_done", "too_old",
              "missing_student", "missing_facts", "urgent")
DECISIONS = ("admissible", "needs_info", "inadmissible", "referral", "ignore")
REQUIRED_DEADLINES = ("too_old_months", "info_reminder_days", "info_close_days", "director_reminder_days",
                      "director_escalate_days", "approval_reminder_days", "retention_months",
                      "raw_retention_months")

_STR, _BOOL, _INT, _LIST, _TABLE = str, bool, int, list, dict
_SCHEMA: dict[str, dict[str, type]] = {
    "": {"procedure": _TABLE, "deadlines": _TABLE, "categories": _TABLE, "bodies": _TABLE,
         "templates": _TABLE, "rules": _LIST, "routing": _TABLE, "examples": _TABLE},
    "procedure": {"name": _STR, "title": _STR, "country": _STR, "subdivision": _STR, "formal": _BOOL,
                  "ignore_category": _STR, "default_category": _STR, "min_score": _INT},
    "category": {"description": _STR, "patterns": _LIST, "weight": _INT, "no_student_bonus": _INT},
    "body": {"name": _STR, "contact": _LIST, "role": _STR},
    "rule": {"name": _STR, "description": _STR, "category": _LIST, "formal": _BOOL, "any": _LIST,
             "all": _LIST, "none": _LIST, "decision": _STR, "reasons": _LIST, "reasons_from": _STR,
             "template": _STR, "referral_to": _LIST, "urgent": _BOOL},
    "routing": {"escalation": _LIST, "next_steps": _LIST},
    "examples": {"file": _STR, "min_confidence": float, "date_margin": float},
}
_REASONS_FROM = ("any", "ignore_reason")


@dataclass(frozen=True)
class Body:
    key: str
    name: str
    contact: tuple[str, ...]
    role: str = ""


@dataclass(frozen=True)
class Category:
    name: str
    description: str
    patterns: tuple[tuple[re.Pattern, int], ...]   # (compiled pattern, weight); negative weight = counter-evidence
    # Added to the score when the mail names no student and a pattern of this category matched:
    # for a category defined as "not about a specific student" (diverGENT's beleid).
    no_student_bonus: int = 0


@dataclass(frozen=True)
class Rule:
    name: str
    description: str
    decision: str
    category: tuple[str, ...] = ()      # empty = any category
    formal: bool | None = None
    any: tuple[str, ...] = ()           # fires only when at least one of these conditions holds
    all: tuple[str, ...] = ()
    none: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()
    reasons_from: str | None = None     # "any": the conditions of `any` that hold; "ignore_reason"
    template: str | None = None
    referral_to: tuple[str, ...] = ()
    urgent: bool = False

    @property
    def catch_all(self) -> bool:
        return not (self.category or self.formal is not None or self.any or self.all or self.none)


@dataclass(frozen=True)
class Procedure:
    name: str
    title: str
    country: str
    subdivision: str | None
    categories: Mapping[str, Category]
    rules: tuple[Rule, ...]
    bodies: Mapping[str, Body]
    templates: Mapping[str, str]
    deadlines: Mapping[str, int]
    escalation: tuple[str, ...] = ()
    next_steps: tuple[str, ...] = ()
    formal_applies: bool = True          # False: `formal` is always null (allure)
    ignore_category: str = "geen_klacht"
    default_category: str = ""
    min_score: int = 2
    path: Path | None = field(default=None, compare=False)
    # Labelled example mails as a second opinion on the category (examples.py); None: the families alone.
    examples: Path | None = field(default=None, compare=False)
    examples_min_confidence: float = 0.8
    # ... and on the latest incident's date (dayrank.py): the margin its day needs; None: the principles alone.
    examples_date_margin: float | None = None


def default_rules_dir() -> Path:
    return Path(__file__).resolve().parent.parent / "rules"


def load_procedure(name_or_path: str, rules_dir: Path | None = None) -> Procedure:
    path = _resolve(name_or_path, rules_dir)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ProcedureError(f"{path}: file not found; give a name from rules/ or a path to a .toml file") from None
    except tomllib.TOMLDecodeError as exc:
        raise ProcedureError(f"{path}: not valid TOML ({exc}); fix the syntax at that line") from None
    return _build(raw, path)


def _resolve(name_or_path: str, rules_dir: Path | None) -> Path:
    if name_or_path.endswith(".toml") or "/" in name_or_path:
        return Path(name_or_path)
    return (rules_dir or default_rules_dir()) / f"{name_or_path}.toml"


def _keys(table: dict, schema: str, where: str) -> None:
    allowed = _SCHEMA[schema]
    for key, value in table.items():
        if key not in allowed:
            raise ProcedureError(f"{where}: unknown key {key!r}; allowed keys are {', '.join(sorted(allowed))}")
        want = allowed[key]
        if not isinstance(value, want) or (want is int and isinstance(value, bool)):
            raise ProcedureError(f"{where}.{key}: expected {want.__name__}, got {type(value).__name__}; fix the value")


def _build(raw: dict, path: Path) -> Procedure:
    f = str(path)
    _keys(raw, "", f)
    head = raw.get("procedure")
    if not head:
        raise ProcedureError(f"{f}: [procedure] table missing; add name, title and country")
    _keys(head, "procedure", f"{f} [procedure]")
    for key in ("name", "title", "country"):
        if key not in head:
            raise ProcedureError(f"{f} [procedure]: key {key!r} missing; add it")
    if head["country"] not in ("BE", "NL"):
        raise ProcedureError(f"{f} [procedure].country = {head['country']!r}: use \"BE\" or \"NL\"")
    deadlines = _deadlines(raw.get("deadlines", {}), f)
    categories = _categories(raw.get("categories", {}), f)
    bodies = _bodies(raw.get("bodies", {}), f)
    templates = raw.get("templates", {})
    for k, v in templates.items():
        if k not in DECISIONS and not k.startswith(("director", "safety")):
            raise ProcedureError(f"{f} [templates].{k}: unknown outcome; use one of {', '.join(DECISIONS)}")
        if not isinstance(v, str):
            raise ProcedureError(f"{f} [templates].{k}: expected a template name like \"parent/ack\"")
    rules = tuple(_rule(r, i, f) for i, r in enumerate(raw.get("rules", [])))
    if not rules:
        raise ProcedureError(f"{f}: no [[rules]]; add the decision chain, first rule that applies wins")
    routing = raw.get("routing", {})
    _keys(routing, "routing", f"{f} [routing]")
    ignore = head.get("ignore_category", "geen_klacht")
    default = head.get("default_category", "")
    for key, cat in (("ignore_category", ignore), ("default_category", default)):
        if cat and cat not in categories:
            raise ProcedureError(f"{f} [procedure].{key} = {cat!r} is not a category; add [categories.{cat}]")
    if not default:
        raise ProcedureError(f"{f} [procedure]: key 'default_category' missing; name the category used "
                             "when no pattern matches")
    examples, min_confidence, date_margin = _examples(raw.get("examples"), path)
    return Procedure(
        name=head["name"], title=head["title"], country=head["country"], subdivision=head.get("subdivision"),
        categories=MappingProxyType(categories), rules=rules, bodies=MappingProxyType(bodies),
        templates=MappingProxyType(dict(templates)), deadlines=MappingProxyType(deadlines),
        escalation=tuple(routing.get("escalation", ())), next_steps=tuple(routing.get("next_steps", ())),
        formal_applies=head.get("formal", True), ignore_category=ignore, default_category=default,
        min_score=head.get("min_score", 2), path=path, examples=examples, examples_min_confidence=min_confidence,
        examples_date_margin=date_margin)


def _examples(table: dict | None, path: Path) -> tuple[Path | None, float, float | None]:
    if table is None:
        return None, 0.8, None
    where = f"{path} [examples]"
    _keys(table, "examples", where)
    if "file" not in table:
        raise ProcedureError(f"{where}: key 'file' missing; name the examples file next to the procedure")
    conf = table.get("min_confidence", 0.8)
    if not 0.5 <= conf <= 1.0:
        raise ProcedureError(f"{where}.min_confidence = {conf}: use a probability between 0.5 and 1.0")
    margin = table.get("date_margin")
    if margin is not None and not 0.0 < margin <= 1.0:
        raise ProcedureError(f"{where}.date_margin = {margin}: use a probability margin above 0 and at most 1.0, "
                             "or leave the key out to date incidents by the principles alone")
    file = path.parent / table["file"]
    if not file.is_file():
        raise ProcedureError(f"{where}.file: {file} not found; build it with `python -m mailbot.examples_build` "
                             "or remove the [examples] table")
    return file, conf, margin


def _deadlines(table: dict, f: str) -> dict[str, int]:
    for k, v in table.items():
        if not isinstance(v, int) or isinstance(v, bool) or v < 0:
            raise ProcedureError(f"{f} [deadlines].{k}: expected a whole number >= 0, got {v!r}")
    missing = [k for k in REQUIRED_DEADLINES if k not in table]
    if missing:
        raise ProcedureError(f"{f} [deadlines]: missing {', '.join(missing)}; add them (days are working days)")
    return dict(table)


def _categories(table: dict, f: str) -> dict[str, Category]:
    out = {}
    for name, cat in table.items():
        where = f"{f} [categories.{name}]"
        if not isinstance(cat, dict):
            raise ProcedureError(f"{where}: expected a table with description and patterns")
        _keys(cat, "category", where)
        pats = []
        for i, item in enumerate(cat.get("patterns", [])):
            # A pattern is "regex" (weight = the category's weight) or ["regex", weight]; "@name" is a lexicon.
            regex, weight = (item, cat.get("weight", 1)) if isinstance(item, str) else (tuple(item) + (None,))[:2]
            if not isinstance(regex, str) or not isinstance(weight, int):
                raise ProcedureError(f"{where}.patterns[{i}]: write \"regex\" or [\"regex\", weight]")
            if regex.startswith("@"):
                # A built-in lexicon instead of a regex: "@safety", "@danger" (extract/safety.py), "@centre_act",
                # "@school_act", "@assessment", "@centre_praised" (extract/actor.py).
                from .extract.actor import LEXICONS as ACTS   # late: extract imports this module
                from .extract.safety import LEXICONS as SAFETY
                LEXICONS = {**SAFETY, **ACTS}
                if regex not in LEXICONS:
                    raise ProcedureError(f"{where}.patterns[{i}] {regex!r}: unknown lexicon; use one of "
                                         f"{', '.join(sorted(LEXICONS))}")
                pats.append((LEXICONS[regex](), weight))
                continue
            try:
                pats.append((re.compile(regex, re.I), weight))
            except re.error as exc:
                raise ProcedureError(f"{where}.patterns[{i}] {regex!r}: bad regular expression ({exc})") from None
        out[name] = Category(name, cat.get("description", ""), tuple(pats), cat.get("no_student_bonus", 0))
    if not out:
        raise ProcedureError(f"{f}: no [categories]; add at least one")
    return out


def _bodies(table: dict, f: str) -> dict[str, Body]:
    out = {}
    for key, body in table.items():
        where = f"{f} [bodies.{key}]"
        _keys(body, "body", where)
        if "name" not in body:
            raise ProcedureError(f"{where}: key 'name' missing; add the body's display name")
        out[key] = Body(key, body["name"], tuple(body.get("contact", ())), body.get("role", ""))
    return out


def _rule(r: dict, i: int, f: str) -> Rule:
    where = f"{f} [[rules]] #{i + 1}" + (f" ({r.get('name')})" if isinstance(r, dict) and r.get("name") else "")
    if not isinstance(r, dict):
        raise ProcedureError(f"{where}: expected a table")
    _keys(r, "rule", where)
    for key in ("name", "decision"):
        if key not in r:
            raise ProcedureError(f"{where}: key {key!r} missing; add it")
    if r["decision"] not in DECISIONS:
        raise ProcedureError(f"{where}.decision = {r['decision']!r}: use one of {', '.join(DECISIONS)}")
    for key in ("any", "all", "none"):
        for c in r.get(key, ()):
            if c not in CONDITIONS:
                raise ProcedureError(f"{where}.{key}: unknown condition {c!r}; use {', '.join(CONDITIONS)}")
    if r.get("reasons_from") not in (None, *_REASONS_FROM):
        raise ProcedureError(f"{where}.reasons_from = {r['reasons_from']!r}: use one of {', '.join(_REASONS_FROM)}")
    return Rule(name=r["name"], description=r.get("description", ""), decision=r["decision"],
                category=tuple(r.get("category", ())), formal=r.get("formal"), any=tuple(r.get("any", ())),
                all=tuple(r.get("all", ())), none=tuple(r.get("none", ())), reasons=tuple(r.get("reasons", ())),
                reasons_from=r.get("reasons_from"), template=r.get("template"),
                referral_to=tuple(r.get("referral_to", ())), urgent=r.get("urgent", False))
