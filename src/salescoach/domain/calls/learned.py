"""Sentence classifiers learned from the project's own labelled calls (tests/data/calls).

Each is a logistic regression over the sentence's words and word pairs, weighted by tf-idf
(sublinear term frequency, each sentence's vector scaled to length 1), with, for the
customer's statements, the hand-written readings of `statements.rule_features` beside them
(with where the statement falls in the call, `statements.Context`).
`python -m evaluation.train` fits them (scikit-learn, a development tool) and writes
`data/statements.json`; here they are scored in plain Python, so the product needs no
machine-learning library at run time. Each classifier carries its threshold on the decision
value of a regression with classes weighted to balance (`evaluation.train.THRESHOLD`); scores
here are decision values less that threshold, so a sentence is labelled when its score is
above zero."""

from __future__ import annotations

import json
import math
import operator
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import pairwise, repeat
from typing import Any, cast

# Words are what is left between spaces once punctuation is spaced out (apostrophes and
# hyphens stay inside words: "don't", "follow-up").
_PUNCTUATION = '!"#$%&()*+,./:;<=>?@[\\]^_`{|}~…“”‘’–—'
_SPACED = str.maketrans(dict.fromkeys(_PUNCTUATION, " "))
# The same for ASCII text as a byte table: bytes.translate is several times faster than
# str.translate, whose every character goes through a dict.
_ASCII_PUNCTUATION = "".join(c for c in _PUNCTUATION if c.isascii()).encode("ascii")
_SPACED_ASCII = bytes.maketrans(_ASCII_PUNCTUATION, b" " * len(_ASCII_PUNCTUATION))
MODEL_FILE = "statements.json"


@dataclass(frozen=True, slots=True)
class Classifier:
    """One label's weights: per term (a word or two words joined by a space) its idf and
    weight, the weights of the rule features, the intercept, and the threshold above which
    the decision value gives the label."""

    label: str
    terms: Mapping[str, tuple[float, float]]
    rule_weights: tuple[float, ...]
    rule_scale: float
    intercept: float
    threshold: float = 0.0
    # This classifier scored on its own, built on first use: the product scores through
    # `scorer`, which shares one look-up table among classifiers of one vocabulary.
    _alone: Scorer | None = field(default=None, init=False, repr=False, compare=False)

    def score(self, sentence: str, rules: Sequence[float] = ()) -> float:
        """The decision value for a lower-cased sentence less the threshold: above zero means
        the label."""
        alone = self._alone
        if alone is None:
            alone = Scorer((self,))
            object.__setattr__(self, "_alone", alone)
        return alone.scores(sentence, rules)[0]

    def says(self, sentence: str, rules: Sequence[float] = ()) -> bool:
        return self.score(sentence, rules) > 0.0


class Scorer:
    """Classifiers fitted on the same statements (the same terms with the same idf), scored
    together: the sentence is split once and each of its terms looked up once.

    Each known term adds (1 + ln count) × idf × weight, the sum divided by the length of the
    vector of (1 + ln count) × idf over the known terms; to that come the intercept and the
    rule features times their weights and scale."""

    __slots__ = ("_bases", "_pairs", "_words", "classifiers")

    def __init__(self, classifiers: Sequence[Classifier]) -> None:
        if not classifiers:
            raise ValueError("a scorer needs at least one classifier")
        first = classifiers[0]
        for other in classifiers[1:]:
            if other.terms.keys() != first.terms.keys() or any(
                other.terms[t][0] != idf for t, (idf, _) in first.terms.items()
            ):
                raise ValueError(
                    f"{first.label} and {other.label} are not fitted on one vocabulary"
                )
        self.classifiers = tuple(classifiers)
        # The threshold comes off the intercept: a score is the margin over it.
        self._bases = tuple(
            (c.label, c.intercept - c.threshold, c.rule_scale, c.rule_weights) for c in classifiers
        )
        # Per term: (idf², idf × weight of each classifier). Pairs are keyed by their two words,
        # which spares joining every neighbouring pair of a sentence into a new string.
        self._words: dict[str, tuple[float, ...]] = {}
        self._pairs: dict[tuple[str, str], tuple[float, ...]] = {}
        for term, (idf, _) in first.terms.items():
            row = (idf * idf, *(idf * c.terms[term][1] for c in classifiers))
            words = term.split(" ")
            if len(words) == 1:
                self._words[term] = row
            elif len(words) == 2:
                self._pairs[(words[0], words[1])] = row
            else:
                raise ValueError(f"{first.label}: the term {term!r} is more than two words")

    def scores(self, sentence: str, rules: Sequence[float] = ()) -> tuple[float, ...]:
        """Each classifier's decision value less its threshold for a lower-cased sentence
        (`Classifier.score`)."""
        base = []
        for label, intercept, scale, weights in self._bases:
            if len(rules) != len(weights):
                raise ValueError(
                    f"{label}: {len(weights)} rule features expected, got {len(rules)}"
                )
            base.append(
                intercept + scale * sum(map(operator.mul, weights, rules)) if rules else intercept
            )
        words = _words(sentence)
        rows = list(filter(None, map(self._words.get, words)))
        # The pairs go straight from `pairwise` to the look-up: held in a list, each would be a
        # new tuple, where `pairwise` reuses its one tuple when nothing else keeps it.
        rows += filter(None, map(self._pairs.get, pairwise(words)))
        if not rows:
            return tuple(base)
        # Each occurrence counted once, summed at C speed; …
        sums = cast("list[float]", list(map(sum, zip(*rows, strict=True))))
        # … then a term said c times counts 1 + ln c rather than c times. Only a sentence with
        # a word said twice can have a term said twice; each term has its own row object, so
        # a row seen twice is a term said twice.
        if len(set(words)) != len(words):
            by_id = dict(zip(map(id, rows), rows, strict=True))
            for key, count in Counter(map(id, rows)).items():
                if count > 1:
                    row = by_id[key]
                    factor = 1.0 + math.log(count)
                    sums[0] -= (count - factor * factor) * row[0]
                    for i in range(1, len(row)):
                        sums[i] -= (count - factor) * row[i]
        length = math.sqrt(sums[0])
        return tuple(map(operator.add, base, map(operator.truediv, sums[1:], repeat(length))))


def terms(sentence: str) -> list[str]:
    """The words of a sentence and each pair of neighbouring words, as the classifiers read
    them (the sentence comes through `questions.normalise`, so in lower case). Training uses
    this very function (`evaluation/train.py`), and `Scorer` splits a sentence the same way."""
    words = _words(sentence)
    return words + list(map(" ".join, pairwise(words)))


def _words(sentence: str) -> list[str]:
    """The words of a sentence: what is left between spaces once punctuation is spaced out."""
    if sentence.isascii():
        return sentence.encode("ascii").translate(_SPACED_ASCII).decode("ascii").split()
    return sentence.translate(_SPACED).split()


def classifier_from_json(data: Mapping[str, Any]) -> Classifier:
    vocabulary = data["terms"]
    return Classifier(
        label=str(data["label"]),
        terms={str(t): (float(v[0]), float(v[1])) for t, v in vocabulary.items()},
        rule_weights=tuple(float(w) for w in data.get("rule_weights", ())),
        rule_scale=float(data.get("rule_scale", 1.0)),
        intercept=float(data["intercept"]),
        threshold=float(data.get("threshold", 0.0)),
    )


@cache
def model() -> dict[str, Classifier]:
    """The shipped classifiers by label (`pitch`, `need`, `objection`), read once."""
    text = (
        resources.files("salescoach.domain.calls")
        .joinpath("data", MODEL_FILE)
        .read_text(encoding="utf-8")
    )
    data = json.loads(text)
    return {entry["label"]: classifier_from_json(entry) for entry in data["classifiers"]}


@cache
def scorer(*labels: str) -> Scorer:
    """The shipped classifiers of `labels` (fitted on the same statements), scored together."""
    classifiers = model()
    return Scorer(tuple(classifiers[label] for label in labels))
