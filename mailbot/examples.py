"""Labelled example mails as a second opinion on the category.

The procedure's phrase families (rules/*.toml) decide first and explain themselves. They generalise slowly to
wordings no family foresaw: on corpora from writers the engine had never seen, they read the category right in
about 93 % of mails, while a plain classifier over the same labelled mails (word and character n-grams, logistic
regression) reads about 96 % (tests/fixtures/CORPORA.md). So where the examples disagree with the families and are
confident, the examples win, and the evidence says so with the words that weighed most.

The examples are data next to the procedures (`[examples] file = ...`), one JSON object per line:
{"procedure": "divergent", "category": "leersteun", "text": "<subject>\\n<the writer's own sentences>"}.
`python -m mailbot.examples_build` writes them from labelled corpora. The fitted model is cached on disk, keyed by
the examples' bytes and the library version, so a process fits it at most once per change.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from pathlib import Path

from .errors import ProcedureError
from .model import Evidence, Facts, Flags


@dataclass(frozen=True)
class Example:
    procedure: str
    category: str
    text: str                                   # the subject, then the sentences triage reads, one per line
    # For the date ranker (dayrank.py): the mail's Date:, the labelled window of its latest incident, the
    # procedure's holiday region, and per sentence the day its "gisteren" counts from when not the mail's own.
    sent: date | None = None
    incident: tuple[date, date] | None = None
    region: tuple[str | None, str | None] = (None, None)
    bases: tuple[date | None, ...] = ()
    # The day the principles (dates.py) read when the mail's corpus was first scored, before any rule was tuned
    # on it: the ranker learns how far to trust them on mail they were not written for. Unknown: not learnt from.
    families_known: bool = False
    families_day: date | None = None
    corpus: str = ""                            # where it came from: leave-one-corpus-out measures (bench/)


@dataclass(frozen=True)
class Opinion:
    category: str
    confidence: float                 # the probability of `category` among the procedure's own categories
    terms: tuple[str, ...]            # the words that weighed most for it, for the director's explanation


def read_examples(path: Path) -> tuple[Example, ...]:
    out = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise ProcedureError(f"{path}: examples file not found; run `python -m mailbot.examples_build` "
                             "or remove the [examples] table") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            window = obj.get("incident")
            out.append(Example(str(obj["procedure"]), str(obj["category"]), str(obj["text"]),
                               sent=_day(obj.get("sent")),
                               incident=(_day(window[0]), _day(window[1])) if window else None,
                               region=tuple(obj.get("region") or (None, None)),
                               bases=tuple(_day(b) for b in obj.get("bases") or ()),
                               families_known="families_day" in obj, families_day=_day(obj.get("families_day")),
                               corpus=str(obj.get("corpus", ""))))
        except (json.JSONDecodeError, KeyError, TypeError, ValueError, IndexError):
            raise ProcedureError(f"{path}:{n}: expected a JSON object with procedure, category and text "
                                 "(and optionally sent, incident, region, bases, families_day as ISO dates)") from None
    return tuple(out)


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _doc(procedure: str, text: str) -> str:
    # The procedure as a token: one model learns from both procedures' mails, each keeps its own categories.
    return f"__{procedure}__ {text}"


class CategoryModel:
    def __init__(self, examples: tuple[Example, ...]):
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import FeatureUnion

        self.words = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
        self.features = FeatureUnion([
            ("words", self.words),
            ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=2, sublinear_tf=True))])
        x = self.features.fit_transform([_doc(e.procedure, e.text) for e in examples])
        self.classifier = LogisticRegression(C=10, max_iter=3000).fit(x, [f"{e.procedure}:{e.category}" for e in examples])
        self.vocabulary = self.words.get_feature_names_out()

    def opinion(self, procedure: str, text: str) -> Opinion | None:
        x = self.features.transform([_doc(procedure, text)])
        probs = self.classifier.predict_proba(x)[0]
        own = {c: p for c, p in zip(self.classifier.classes_, probs) if c.startswith(procedure + ":")}
        total = sum(own.values())
        if not own or total <= 0:
            return None
        label = max(own, key=own.get)
        return Opinion(label.split(":", 1)[1], float(own[label] / total), self._terms(x, label))

    def _terms(self, x, label: str, n: int = 4) -> tuple[str, ...]:
        row = list(self.classifier.classes_).index(label)
        coef = self.classifier.coef_
        coef = coef[row] if coef.shape[0] > 1 else (coef[0] if row == 1 else -coef[0])   # two classes: one row
        words = x[:, :len(self.vocabulary)].tocoo()
        weighed = sorted(((v * coef[j], self.vocabulary[j]) for j, v in zip(words.col, words.data)), reverse=True)
        return tuple(str(t) for w, t in weighed if w > 0 and not t.startswith("__"))[:n]


def _cache_dir() -> Path:
    if os.environ.get("MAILBOT_CACHE_DIR"):
        return Path(os.environ["MAILBOT_CACHE_DIR"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "mailbot"


@lru_cache(maxsize=8)
def _fitted(kind: str, path: str, digest: str):
    import joblib
    import sklearn

    cached = _cache_dir() / f"{kind}-{digest[:16]}-sklearn{sklearn.__version__}.joblib"
    try:
        return joblib.load(cached)
    except Exception:       # missing, truncated or from another version: fit again
        pass
    model = _MODELS[kind](read_examples(Path(path)))
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=cached.parent, suffix=".tmp")
        os.close(fd)
        joblib.dump(model, tmp)
        os.replace(tmp, cached)
    except OSError:
        pass                # a read-only home only costs the next process a fit
    return model


_MODELS: dict = {"examples": CategoryModel}


def fitted(kind: str, path: Path):
    """The model of `kind` fitted on the examples at `path`, from memory, the disk cache, or a fresh fit."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ProcedureError(f"{path}: examples file not found; run `python -m mailbot.examples_build`") from None
    return _fitted(kind, str(path), hashlib.sha256(data).hexdigest())


def model_for(path: Path) -> CategoryModel:
    return fitted("examples", path)


def weigh(facts: Facts, opinion: Opinion | None, *, min_confidence: float, ignore_category: str) -> Facts:
    """The category after the second opinion: the families' reading unless the examples disagree confidently.

    A mail the structure or the families already set aside (bounce, auto-reply, not a complaint) stays aside:
    reading it as a complaint would need every extractor run on it, and answering a machine is the worse error.
    The threshold (the procedure's min_confidence) was 0.8 after comparing 0.6–0.9 on blind corpora: below it the
    examples undid as many right readings as they mended.
    """
    if opinion is None or facts.ignore_reason is not None or opinion.category == facts.category \
            or opinion.confidence < min_confidence or facts.urgent:
        return facts            # a child in danger keeps the families' reading: never re-read on resemblance
    why = Evidence(f"category:{opinion.category}",
                   f"like the labelled examples ({opinion.confidence:.0%}): {', '.join(opinion.terms) or '-'}")
    if opinion.category == ignore_category:
        return Facts(student_name=None, latest_incident=None, category=ignore_category,
                     formal=False if facts.formal is not None else None, flags=Flags(), urgent=False,
                     has_facts=False, ignore_reason="not_complaint", evidence=(why,))
    kept = tuple(e for e in facts.evidence if not e.rule.startswith("category:"))
    return replace(facts, category=opinion.category, evidence=(why, *kept))
