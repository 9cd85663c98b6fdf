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
import operator
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import pairwise, repeat
from typing import Any

# Words are what is left between spaces once punctuation is spaced out (apostrophes and
# hyphens stay inside words: "don't", "follow-up").
_SPACED = str.maketrans(dict.fromkeys('!"#$%&()*+,./:;<=>?@[\\]^_`{|}~…“”‘’–—', " "))
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
    # What scoring needs, computed once: term → idf², term → idf × weight.
    squares: Mapping[str, float] = field(init=False, repr=False, compare=False)
    products: Mapping[str, float] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        squares = {term: idf * idf for term, (idf, _) in self.terms.items()}
        products = {term: idf * weight for term, (idf, weight) in self.terms.items()}
        object.__setattr__(self, "squares", squares)
        object.__setattr__(self, "products", products)

    def score(self, sentence: str, rules: Sequence[float] = ()) -> float:
        """The decision value for a lower-cased sentence: above zero means the label."""
        return self.score_terms(terms(sentence), rules)

    def score_terms(
        self,
        found: Sequence[str],
        rules: Sequence[float] = (),
        *,
        unique: bool | None = None,
        squares: float | None = None,
    ) -> float:
        """`score` for the sentence's terms (`terms`, in order, repeats kept), when several
        classifiers read one sentence: `unique` says whether no term repeats, `squares` is
        `squares_of` the terms, if known (classifiers fitted on the same statements share
        it). Each known term adds (1 + ln count) × idf × weight, the sum divided by the
        length of the vector of (1 + ln count) × idf."""
        if len(rules) != len(self.rule_weights):
            raise ValueError(
                f"{self.label}: {len(self.rule_weights)} rule features expected, got {len(rules)}"
            )
        total = self.intercept
        if rules:
            total += self.rule_scale * sum(map(operator.mul, self.rule_weights, rules))
        if unique is None:
            unique = len(set(found)) == len(found)
        if squares is None:
            squares = self.squares_of(found, unique=unique)
        if not squares:
            return total
        weighted = _tf_sum(self.products, found, unique=unique, squared=False)
        return total + weighted / math.sqrt(squares)

    def squares_of(self, found: Sequence[str], *, unique: bool) -> float:
        """The squared length of the sentence's tf-idf vector over this classifier's terms."""
        return _tf_sum(self.squares, found, unique=unique, squared=True)

    def same_terms(self, other: Classifier) -> bool:
        """Fitted on the same statements: the same terms with the same idf."""
        return self.squares is other.squares

    def says(self, sentence: str, rules: Sequence[float] = ()) -> bool:
        return self.score(sentence, rules) > 0.0

    def says_terms(
        self,
        found: Sequence[str],
        rules: Sequence[float] = (),
        *,
        unique: bool | None = None,
        squares: float | None = None,
    ) -> bool:
        return self.score_terms(found, rules, unique=unique, squares=squares) > 0.0


def _tf_sum(
    table: Mapping[str, float], found: Sequence[str], *, unique: bool, squared: bool
) -> float:
    """Σ over the known terms of f × table[term], f = 1 + ln count (squared if asked)."""
    if unique:
        # Each term once (most sentences): f = 1 + ln 1 = 1, summed at C speed.
        return sum(map(table.get, found, repeat(0.0, len(found))))
    total = 0.0
    for term, count in Counter(found).items():
        value = table.get(term)
        if value is not None:
            factor = 1.0 + math.log(count)
            total += (factor * factor if squared else factor) * value
    return total


def terms(sentence: str) -> list[str]:
    """The words of a sentence and each pair of neighbouring words, as the classifiers read
    them (the sentence comes through `questions.normalise`, so in lower case). Training uses
    this very function (`evaluation/train.py`)."""
    words = sentence.translate(_SPACED).split()
    return words + list(map(" ".join, pairwise(words)))


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
    classifiers = {entry["label"]: classifier_from_json(entry) for entry in data["classifiers"]}
    # Classifiers fitted on the same statements share one table of squared idfs.
    tables: list[Mapping[str, float]] = []
    for classifier in classifiers.values():
        same = next((t for t in tables if t == classifier.squares), None)
        if same is None:
            tables.append(classifier.squares)
        else:
            object.__setattr__(classifier, "squares", same)
    return classifiers
