"""Labelled example mails as a second opinion on the latest incident's date.

dates.py picks the day by principles (facts before process, after-effects and the writer's own steps last, ...).
On mail from writers no rule was written for, they read the date right in about 89 % of dated mails. The ranker
scores every candidate day of a mail by whether the principles chose it, its kind, how long ago it is, its rank
among the days named and the words around it. It learns from labelled mails whose principles' reading was recorded
when their corpus was first scored (first_contact.jsonl), so it learns how far to trust the principles where they
were not tuned, and when words around another day outweigh them (tests/fixtures/CORPORA.md has the numbers).
Where the ranker prefers another day by a clear margin, its day wins, and the evidence says so.

The model is pairwise: it learns that the labelled day beats each other candidate of the same mail, and scores
candidates with a softmax over the mail, so the margin reads as "this much more likely than the principles' day".
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from .examples import _MODELS, Example, fitted
from .extract.candidates import Candidate, candidates, features
from .model import Evidence, Facts


@dataclass(frozen=True)
class DayOpinion:
    day: date
    phrase: str           # the words naming the day ("" when the situation goes on up to the mail)
    margin: float         # its probability minus that of the families' day, both over the mail's candidates


class DayModel:
    def __init__(self, examples: tuple[Example, ...]):
        import numpy as np
        import scipy.sparse as sp
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression

        rows, mails = [], []
        for e in examples:
            if e.sent is None or e.incident is None or not e.families_known:
                continue
            sentences = e.text.split("\n")[1:]
            cands = candidates(sentences, e.bases, e.sent, e.region)
            first = len(rows)
            rows += features(cands, e.sent, len(sentences), e.families_day)
            mails.append([(first + i, e.incident[0] <= c.day <= e.incident[1]) for i, c in enumerate(cands)])
        self.vectoriser = DictVectorizer()
        x = self.vectoriser.fit_transform(rows or [{}]).tocsr()
        better = [(i, j) for mail in mails for i, right in mail if right for j, wrong in mail if not wrong]
        if not better:
            self.weights = np.zeros(x.shape[1])
            return
        diff = x[[i for i, _ in better]] - x[[j for _, j in better]]
        both = sp.vstack([diff, -diff])
        labels = np.r_[np.ones(len(better)), np.zeros(len(better))]
        # C=0.3 and the pairwise form were chosen leave-one-corpus-out (without the principles' day, the ranker
        # alone read 0.956 of dated mails pointwise and 0.961 pairwise)
        self.weights = LogisticRegression(C=0.3, max_iter=3000, fit_intercept=False).fit(both, labels).coef_[0]

    def probabilities(self, cands: tuple[Candidate, ...], mail_date: date, n_sentences: int,
                      families_day: date | None) -> list[float]:
        import numpy as np

        scores = self.vectoriser.transform(features(cands, mail_date, n_sentences, families_day)) @ self.weights
        e = np.exp(scores - scores.max())
        return [float(p) for p in e / e.sum()]


_MODELS["days"] = DayModel


def day_model_for(path: Path) -> DayModel:
    return fitted("days", path)


def day_opinion(model: DayModel, sentences: tuple[str, ...], bases: tuple[date | None, ...], mail_date: date,
                region: tuple[str | None, str | None], families_day: date | None) -> DayOpinion | None:
    """The ranker's day where it differs from the families' one, with its margin over it."""
    cands = candidates(sentences, bases, mail_date, region)
    probs = model.probabilities(cands, mail_date, len(sentences), families_day)
    best = max(range(len(cands)), key=probs.__getitem__)
    if cands[best].day == families_day:
        return None
    theirs = max((p for c, p in zip(cands, probs) if c.day == families_day), default=0.0)
    return DayOpinion(cands[best].day, cands[best].phrase, probs[best] - theirs)


def weigh_day(facts: Facts, opinion: DayOpinion | None, *, min_margin: float) -> Facts:
    """The families' day unless the ranker prefers another by at least `min_margin`.

    A mail without a dated incident by the principles (no facts told) keeps none: the ranker only chooses between
    days, it never decides that a mail tells an incident. The margin (0.4 in both procedures) was chosen leave-one-
    corpus-out over the first-contact readings of 26 corpora (`python -m bench.dayrank_loco`): of 824 dated mails it
    mends 37 and undoes 1; at 0.3, 41 and 3; at 0.5, 32 and none.
    """
    if opinion is None or facts.latest_incident is None or opinion.margin < min_margin:
        return facts
    said = f"\"{opinion.phrase}\"" if opinion.phrase else "still going on up to the mail"
    why = Evidence("latest_incident", f"{said}: the labelled example mails prefer this day "
                                      f"(+{opinion.margin:.0%} over the rules' day)")
    kept = tuple(e for e in facts.evidence if e.rule not in ("latest_incident", "ongoing"))
    return replace(facts, latest_incident=opinion.day, evidence=(*kept, why))
