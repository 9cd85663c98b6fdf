"""The learned need, objection and pitch classifiers: scoring worked out by hand on a tiny
model, and the shipped model checked against the labelled calls it was trained on."""

from __future__ import annotations

import json
import math
from importlib import resources

import numpy as np
import pytest
from evaluation import train
from evaluation.labelled import labelled_calls
from hypothesis import given, settings
from hypothesis import strategies as st

from salescoach.domain.calls import learned
from salescoach.domain.calls.questions import normalise
from salescoach.domain.calls.statements import rule_features

TINY = learned.Classifier(
    label="need",
    terms={"late": (2.0, 1.5), "orders": (1.0, -1.0), "late orders": (1.0, 2.0)},
    rule_weights=(1.0,),
    rule_scale=3.0,
    intercept=-0.5,
)


def test_terms_are_the_words_between_spaces_and_punctuation_and_their_pairs() -> None:
    # Punctuation parts words; apostrophes and hyphens stay inside them; pairs join
    # neighbouring words.
    assert learned.terms("orders late, don't follow-up.") == [
        "orders",
        "late",
        "don't",
        "follow-up",
        "orders late",
        "late don't",
        "don't follow-up",
    ]


def test_a_score_is_the_weighted_tf_idf_vector_of_length_one_plus_rules_and_intercept() -> None:
    # "late orders, late again": late ×2, orders ×1, again (unknown), "late orders" ×1,
    # "orders late" and "late again" (unknown).
    late = (1 + math.log(2)) * 2.0  # sublinear tf × idf = 3.386
    orders = 1.0 * 1.0
    pair = 1.0 * 1.0
    length = math.sqrt(late**2 + orders**2 + pair**2)  # 3.670
    words = (1.5 * late - 1.0 * orders + 2.0 * pair) / length  # 6.079 / 3.670 = 1.657
    assert TINY.score("late orders, late again", (0.0,)) == pytest.approx(words - 0.5)
    # A rule feature of 1 adds its weight × the scale: 1.0 × 3 = 3.
    assert TINY.score("late orders, late again", (1.0,)) == pytest.approx(words - 0.5 + 3.0)
    # No known word: the intercept alone, below zero, so no label.
    assert TINY.score("nothing here", (0.0,)) == pytest.approx(-0.5)
    assert TINY.says("nothing here", (0.0,)) is False
    assert TINY.says("late orders, late again", (0.0,)) is True


def test_a_threshold_comes_off_the_score() -> None:
    # The same weights with a threshold of 2: "late orders, late again" decides 1.657 − 0.5 =
    # 1.157 (see above), below 2, so the score is 1.157 − 2 = −0.843 and no label; with the
    # rule feature, 4.157 − 2 = 2.157, the label.
    strict = learned.Classifier(
        label="need",
        terms=TINY.terms,
        rule_weights=(1.0,),
        rule_scale=3.0,
        intercept=-0.5,
        threshold=2.0,
    )
    decided = TINY.score("late orders, late again", (0.0,))
    assert decided == pytest.approx(1.157, abs=1e-3)
    assert strict.score("late orders, late again", (0.0,)) == pytest.approx(decided - 2.0)
    assert strict.says("late orders, late again", (0.0,)) is False
    assert strict.says("late orders, late again", (1.0,)) is True
    # Read from the shipped file's shape; a file without a threshold has none.
    entry = {
        "label": "need",
        "terms": {"late": [2.0, 1.5]},
        "rule_weights": [],
        "intercept": 0.0,
        "threshold": 0.5,
    }
    assert learned.classifier_from_json(entry).threshold == 0.5
    del entry["threshold"]
    assert learned.classifier_from_json(entry).threshold == 0.0


def test_the_best_threshold_reported_is_the_lowest_with_the_best_f1() -> None:
    # Four statements, two labelled. Decision values 0.9, 0.3 (labelled), 0.6, -1 (not):
    # above 0 (and 0.125, 0.25): 3 marked, 2 right: F1 = 2·(2/3·1)/(2/3 + 1) = 0.8; above
    # 0.375 and 0.5: 2 marked (0.9, 0.6), 1 right: F1 0.5; above 0.625 to 0.875: 1 marked,
    # right: F1 = 2·(1·0.5)/1.5 = 0.667; above 1: none, F1 0. The best, 0.8, first at 0.
    labelled = [True, True, False, False]
    values = [0.9, 0.3, 0.6, -1.0]
    assert train.best_threshold(np.array(labelled), np.array(values)) == (0.0, 0.8)


def test_the_shipped_classifiers_label_above_the_fixed_threshold() -> None:
    shipped = learned.model()
    assert {label: c.threshold for label, c in shipped.items()} == {
        "pitch": train.THRESHOLD,
        "need": train.THRESHOLD,
        "objection": train.THRESHOLD,
    }


def test_a_score_needs_every_rule_feature() -> None:
    with pytest.raises(ValueError, match="1 rule features expected, got 0"):
        TINY.score("late orders")


def test_the_shipped_model_is_trained_on_every_labelled_sales_call_but_the_held_out_ones() -> None:
    text = (
        resources.files("salescoach.domain.calls")
        .joinpath("data", learned.MODEL_FILE)
        .read_text(encoding="utf-8")
    )
    data = json.loads(text)
    calls = labelled_calls()
    assert data["trained_on"] == sorted(c.name for c in calls if not c.unseen and c.kind == "sales")
    assert any(c.kind == "service" and not c.unseen for c in calls)  # and those are left out
    model = learned.model()
    assert set(model) == {"pitch", "need", "objection"}
    features = rule_features(normalise("We keep losing orders."))
    assert len(model["need"].rule_weights) == len(features)
    assert len(model["objection"].rule_weights) == len(features)
    assert model["pitch"].rule_weights == ()


def test_the_shipped_model_is_what_training_on_the_labelled_calls_gives() -> None:
    # Relabelling a call, or adding one, needs `make train-calls`.
    assert train.main(["--check"]) == 0


def test_plain_sentences_read_as_a_sales_manager_would() -> None:
    model = learned.model()
    low = normalise("It is far too expensive for what we would use it for.")
    assert model["objection"].says(low, rule_features(low))
    low = normalise("Our problem is that orders go out late and customers ring to chase them.")
    assert model["need"].says(low, rule_features(low))
    assert model["pitch"].says(normalise("Each manager sees the coming week on their phone."))
    assert not model["pitch"].says(normalise("Thanks for making the time today."))


@settings(max_examples=300)
@given(
    st.text(
        alphabet=st.sampled_from(
            list("abc don't follow-up 42\t\n\x0b\x1c\x1f!\"#$%&()*+,./:;<=>?@[\\]^_`{|}~'")
            + list("…“”‘’–—é\u00a0\u2028")
        ),
        max_size=40,
    )
)
def test_ascii_text_is_split_into_the_same_words_as_any_other(sentence: str) -> None:
    # ASCII text takes a faster byte-table path; its words must be those of the general one.
    assert learned._words(sentence) == sentence.translate(learned._SPACED).split()
