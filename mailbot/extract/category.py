"""Which of the procedure's categories a mail is about, from the patterns in its TOML file.

Machine mail (loops.machine_kind) and content that is no complaint at all (a thank-you, a
practical question) get the procedure's ignore category with a reason; everything else is
scored pattern by pattern, and the best score at or above the procedure's threshold wins.
"""
from __future__ import annotations

import re

from ..model import Evidence
from ..procedure import Procedure

# No complaint: an explicit "geen klacht" / thanks-only mail, or a mail without any word of discontent.
_NOT_COMPLAINT = re.compile(r"\bgeen klacht\b[^.?!]{0,20}(dus|hoor|maar)|\balleen (maar )?(om )?(te )?(bedank|dank)|"
                            r"\bjust (wanted )?to (say )?thank|\bpas une plainte", re.I)
_DISCONTENT = re.compile(r"\bklacht|\bklagen|\bcomplain|\bplainte|\bniet\b|\bgeen\b|\bnooit\b|\bniks\b|\bniemand\b|"
                         r"\bzorgen\b|\bprobleem|\bboos|\bonaanvaardbaar|\boneens|\bfout|\bmis(gelopen|verstand)|"
                         r"\bgepest|\bbang|\bveilig|\bverdrietig|\bhuil|\bnot\b|\bnever\b|\bupset|\bpas\b|\baucun",
                         re.I)


def not_complaint(subject: str, body: str) -> Evidence | None:
    m = _NOT_COMPLAINT.search(body)
    if m:
        return Evidence("not_complaint", m.group(0))
    if not _DISCONTENT.search(subject + "\n" + body):
        return Evidence("not_complaint", "geen enkel woord van ongenoegen")
    return None


def categorise(proc: Procedure, text: str) -> tuple[str, list[Evidence]]:
    best, best_score, best_ev = proc.default_category, 0, []
    for name, cat in proc.categories.items():
        if name == proc.ignore_category or not cat.patterns:
            continue
        score, ev = 0, []
        for pattern, weight in cat.patterns:
            m = pattern.search(text)
            if m:
                score += weight
                if weight > 0:
                    ev.append(Evidence(f"category:{name}", m.group(0)))
        if score >= proc.min_score and score > best_score:
            best, best_score, best_ev = name, score, ev
    return best, best_ev
