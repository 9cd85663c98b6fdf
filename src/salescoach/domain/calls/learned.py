"""Sentence classifiers learned from the project's own labelled calls (tests/data/calls).

Each is a logistic regression over the sentence's words and word pairs, weighted by tf-idf
(sublinear term frequency, each sentence's vector scaled to length 1), with, for the
customer's statements, the hand-written readings of `statements.rule_features` beside them.
`python -m evaluation.train` fits them (scikit-learn, a development tool) and writes
`data/statements.json`; here they are scored in plain Python, so the product needs no
machine-learning library at run time. A sentence is labelled when its score is above zero
(a probability above one half, classes weighted to balance)."""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise
from typing import Any

# The tokens scikit-learn's TfidfVectorizer takes by default: runs of two or more word
# characters.
TOKEN = re.compile(r"(?u)\b\w\w+\b")
MODEL_FILE = "statements.json"


@dataclass(frozen=True, slots=True)
class Classifier:
    """One label's weights: per term (a word or two words joined by a space) its idf and
    weight, the weights of the rule features, and the intercept."""

    label: str
    terms: Mapping[str, tuple[float, float]]
    rule_weights: tuple[float, ...]
    rule_scale: float
    intercept: float

    def score(self, sentence: str, rules: Sequence[float] = ()) -> float:
        """The decision value for a lower-cased sentence: above zero means the label."""
        return self.score_counts(Counter(terms(sentence)), rules)

    def score_counts(self, counts: Mapping[str, int], rules: Sequence[float] = ()) -> float:
        """`score` for the sentence's term counts (`terms`), when several classifiers read
        one sentence."""
        if len(rules) != len(self.rule_weights):
            raise ValueError(
                f"{self.label}: {len(self.rule_weights)} rule features expected, got {len(rules)}"
            )
        total = self.intercept
        for weight, value in zip(self.rule_weights, rules, strict=True):
            total += weight * value * self.rule_scale
        squares = 0.0
        weighted = 0.0
        for term, count in counts.items():
            known = self.terms.get(term)
            if known is None:
                continue
            idf, weight = known
            value = (1.0 + math.log(count)) * idf
            squares += value * value
            weighted += weight * value
        if squares:
            total += weighted / math.sqrt(squares)
        return total

    def says(self, sentence: str, rules: Sequence[float] = ()) -> bool:
        return self.score(sentence, rules) > 0.0

    def says_counts(self, counts: Mapping[str, int], rules: Sequence[float] = ()) -> bool:
        return self.score_counts(counts, rules) > 0.0


def terms(sentence: str) -> list[str]:
    """The words of a sentence and each pair of neighbouring words, as the classifiers read
    them (lower case: the sentence comes through `questions.normalise`)."""
    words = TOKEN.findall(sentence.lower())
    return words + [f"{a} {b}" for a, b in pairwise(words)]


def classifier_from_json(data: Mapping[str, Any]) -> Classifier:
    vocabulary = data["terms"]
    return Classifier(
        label=str(data["label"]),
        terms={str(t): (float(v[0]), float(v[1])) for t, v in vocabulary.items()},
        rule_weights=tuple(float(w) for w in data.get("rule_weights", ())),
        rule_scale=float(data.get("rule_scale", 1.0)),
        intercept=float(data["intercept"]),
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
