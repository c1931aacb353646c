"""Readable views for people: the cases table and one case's story as a timeline."""
from __future__ import annotations

import json
from datetime import datetime
from zoneinfo import ZoneInfo



def _t(when: datetime | None, tz: ZoneInfo) -> str:
    return "-" if when is None else when.astimezone(tz).strftime("%Y-%m-%d %H:%M")


def table(rows: list[list[str]], header: list[str]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    line = lambda r: "  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip()  # noqa: E731
    return "\n".join([line(header), line(["-" * w for w in widths]), *map(line, rows)])


def cases_table(store, tz: ZoneInfo) -> str:
    rows = [[c.ref, _t(c.created_at, tz), c.state, c.decision + ("!" if c.urgent else ""),
             c.student_name or "-", c.category, c.parent_address] for c in store.cases()]
    if not rows:
        return "no cases yet"
    return table(rows, ["case", "opened", "state", "decision", "student", "category", "parent"])


def outbox_table(store, tz: ZoneInfo) -> str:
    rows = [[o.id, o.audience, o.template, o.state, ", ".join(o.mail.to), o.mail.subject[:60]]
            for o in store.outbox()]
    return table(rows, ["#", "to whom", "template", "state", "address", "subject"]) if rows else "outbox empty"


def show_case(store, ref: str, tz: ZoneInfo) -> str:
    case = store.case(ref)
    tri = case.triage
    out = [f"Case {case.ref}  —  {case.state}{'  (URGENT)' if case.urgent else ''}",
           f"  parent:    {case.parent_name} <{case.parent_address}>",
           f"  subject:   {case.subject}",
           f"  student:   {case.student_name or '(not given)'}",
           f"  category:  {case.category}",
           f"  incident:  {tri.get('latest_incident') or '-'}",
           f"  decision:  {case.decision} {tri.get('reasons', [])}",
           f"  flags:     {json.dumps(tri.get('flags', {}))}",
           f"  opened:    {_t(case.created_at, tz)}   first response: {_t(case.first_response_at, tz)}",
           "", "Why (rules that fired, with evidence):"]
    out += [f"  - {r}" for r in tri.get("rules_fired", [])]
    out += [f"  - {e['rule']}: \"{e['phrase']}\"" for e in tri.get("evidence", [])]
    out += ["", "Facts:"] + [f"  > {f}" for f in tri.get("facts", [])] or ["  (none)"]
    out += ["", "Timeline:"]
    # Same-minute entries keep the order they happened in: the mail, then what the bot did.
    items = [(m.received_at, 0, m.id, f"mail in  {m.role:<8} {m.sender}: {m.subject}")
             for m in store.messages(case.id)]
    items += [(e.at, 1, e.id, f"event    {e.kind:<16} {e.detail}") for e in store.events(case.id)]
    items += [(o.created_at, 2, o.id, f"outbox   {o.audience:<8} {o.template} [{o.state}] {o.mail.subject}")
              for o in store.outbox(case.id) if o.state != "sent"]
    for when, _, _, text in sorted(items, key=lambda i: (i[0], i[1], i[2])):
        out.append(f"  {_t(when, tz)}  {text}")
    deadlines = store.open_deadlines(case.id)
    if deadlines:
        out += ["", "Open deadlines:"] + [f"  {_t(d.due_at, tz)}  {d.kind}" for d in deadlines]
    return "\n".join(out)

