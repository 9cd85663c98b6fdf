"""Scoring responses: hand-worked dimension scores, reverse keying, drafts, versions, privacy."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from salescoach.domain.assessments.instruments import Instrument, load_instruments
from salescoach.domain.assessments.scoring import (
    AnswerError,
    BandedScore,
    DraftError,
    Score,
    ScoreSummary,
    aggregate_summaries,
    find_band,
    item_score,
    score_response,
)
from tests.unit.domain.assessments.builders import drive, drive_data

FULL = {"f1": 5, "f2": 2, "f3": 3, "e1": 1, "share": 60}


def test_dimension_scores_are_item_means_rescaled_to_0_100_with_reverse_keying() -> None:
    score = score_response(drive(), FULL)
    assert score.is_complete
    # focus: f1 5, f2 reversed 1 + 5 − 2 = 4, f3 3 → mean 4 → (4 − 1) / 4 × 100 = 75.0
    focus = score.dimension("focus")
    assert focus.score == 75.0
    assert (focus.band, focus.label, focus.guidance) == ("high", "High", "high advice")
    # energy: e1 1 → (1 − 1) / 4 × 100 = 0.0
    assert score.dimension("energy").score == 0.0
    assert score.dimension("energy").band == "low"
    # overall: mean of the dimension scores (75 + 0) / 2 = 37.5, not the item mean
    assert score.overall is not None
    assert (score.overall.score, score.overall.band) == (37.5, "low")
    assert score.figures == {"share_pct": 60}
    assert score.style is None


@pytest.mark.parametrize(
    ("answer", "points"),
    [(1, 5), (2, 4), (3, 3), (4, 2), (5, 1)],  # min + max − answer on 1..5
)
def test_a_reverse_keyed_item_counts_backwards(answer: int, points: int) -> None:
    instrument = drive()
    assert item_score(instrument, instrument.item("f2"), answer) == points
    assert item_score(instrument, instrument.item("f1"), answer) == answer


def test_scores_are_rounded_to_one_decimal_before_banding() -> None:
    # focus: 2, reversed 5 → 1, 2 → mean 5/3 → (5/3 − 1) / 4 × 100 = 16.666… → 16.7
    score = score_response(drive(), {**FULL, "f1": 2, "f2": 5, "f3": 2})
    assert score.dimension("focus").score == 16.7


def test_a_score_of_exactly_fifty_falls_in_the_upper_band_and_100_in_the_last() -> None:
    bands = drive().bands["focus"]
    assert find_band(bands, 50.0).key == "high"
    assert find_band(bands, 49.9).key == "low"
    assert find_band(bands, 100.0).key == "high"
    with pytest.raises(ValueError, match=r"outside 0\.\.100"):
        find_band(bands, 100.5)


def test_a_response_missing_a_required_item_is_a_draft_without_scores() -> None:
    answers = {k: v for k, v in FULL.items() if k not in ("f3", "share")}
    score = score_response(drive(), answers)
    assert not score.is_complete
    assert score.missing == ("f3", "share")
    assert score.dimensions == ()
    assert score.overall is None
    assert score.answers == answers  # the draft keeps what was answered
    with pytest.raises(DraftError, match=r"drive v1: a draft has no summary \(unanswered: f3"):
        score.summary()
    with pytest.raises(KeyError):
        score.dimension("focus")


def test_optional_prompts_may_stay_empty_and_blank_text_counts_as_unanswered() -> None:
    score = score_response(drive(), {**FULL, "note": "   "})
    assert score.is_complete
    assert "note" not in score.answers


def test_text_is_trimmed_and_dates_are_normalised() -> None:
    score = score_response(drive(), {**FULL, "note": "  I doubt big deals. ", "when": "2026-03-09"})
    assert score.answers["note"] == "I doubt big deals."
    assert score.answers["when"] == "2026-03-09"


@pytest.mark.parametrize(
    ("item", "value", "message"),
    [
        ("f1", 6, "f1: 6 is outside the scale 1..5"),
        ("f1", 0, "f1: 0 is outside the scale 1..5"),
        ("f1", "4", "f1: expected a whole number, got '4'"),
        ("f1", True, "f1: expected a whole number, got True"),
        ("share", 40, r"share: 40 is not one of the options \(20, 60\)"),
        ("note", 3, "note: expected text, got 3"),
        ("when", "next week", "when: 'next week' is not a date"),
        ("grit", 3, "grit: not an item of drive v1"),
    ],
)
def test_an_answer_that_does_not_fit_its_item_names_the_item(
    item: str, value: Any, message: str
) -> None:
    with pytest.raises(AnswerError, match=f"^{message}"):
        score_response(drive(), {**FULL, item: value})


def _drive_v2() -> Instrument:
    """v2 reverses f1 as well and drops f3; v1 must score as before."""
    from salescoach.domain.assessments.instruments import parse_instrument

    data = drive_data(2)
    data["items"][0]["reverse"] = True
    del data["items"][2]
    return parse_instrument(data, source="drive.v2.yaml")


def test_two_versions_score_the_same_answers_independently() -> None:
    v1, v2 = drive(1), _drive_v2()
    answers = {"f1": 5, "f2": 2, "e1": 1, "share": 60}
    first = score_response(v1, {**answers, "f3": 3})
    second = score_response(v2, answers)
    assert (first.version, second.version) == (1, 2)
    assert first.dimension("focus").score == 75.0  # as before: v2 changes nothing for v1
    # v2 focus: f1 reversed 1, f2 reversed 4 → mean 2.5 → (2.5 − 1) / 4 × 100 = 37.5
    assert second.dimension("focus").score == 37.5
    with pytest.raises(AnswerError, match=r"^f3: not an item of drive v2$"):
        score_response(v2, {**answers, "f3": 3})


def test_the_summary_shares_scores_and_bands_never_answers_or_free_text() -> None:
    score = score_response(drive(), {**FULL, "note": "I secretly doubt myself."})
    summary = score.summary()
    as_json = summary.to_json()
    assert as_json == {
        "instrument": "drive",
        "version": 1,
        "dimensions": [
            {"key": "focus", "title": "Focus", "score": 75.0, "band": "high", "label": "High"},
            {"key": "energy", "title": "Energy", "score": 0.0, "band": "low", "label": "Low"},
        ],
        "overall": {"key": "overall", "title": "Overall", "score": 37.5, "band": "low",
                    "label": "Low"},
        "style": None,
        "figures": {"share_pct": 60},
    }  # fmt: skip
    assert "doubt" not in repr(summary)
    assert not hasattr(summary, "answers")
    assert ScoreSummary.from_json(as_json).to_json() == as_json


def test_the_achievement_drive_scores_by_hand() -> None:
    instrument = load_instruments().get("achievement_drive", 1)
    answers: dict[str, int | str] = {
        item.key: 4 for item in instrument.items if item.kind == "likert"
    }
    answers["sb_luck"] = 1  # reversed: 1 + 5 − 1 = 5
    score = score_response(instrument, answers)
    # self_belief: 4, 5, 4 → mean 13/3 → (13/3 − 1) / 4 × 100 = 83.33 → 83.3 (a strength)
    assert score.dimension("self_belief").score == 83.3
    assert score.dimension("self_belief").band == "high"
    # motivation: 4, 4, reversed 4 → 2 → mean 10/3 → 58.33 → 58.3 (steady)
    assert score.dimension("motivation").score == 58.3
    assert score.dimension("motivation").band == "mid"
    # overall: attitude, goal_clarity and commitment each have one reversed item → 58.3 too;
    # (83.3 + 4 × 58.3) / 5 = 63.3
    assert score.overall is not None
    assert score.overall.score == 63.3


def _summary(focus: float, energy: float, band: str = "low", share: int = 20) -> ScoreSummary:
    return ScoreSummary(
        instrument="drive",
        version=1,
        dimensions=(
            BandedScore("focus", "Focus", focus, band, band.title()),
            BandedScore("energy", "Energy", energy, "low", "Low"),
        ),
        overall=BandedScore("overall", "Overall", (focus + energy) / 2, "low", "Low"),
        figures={"share_pct": share},
    )


def test_group_figures_are_suppressed_below_five_people() -> None:
    four = [_summary(10.0, 20.0)] * 4
    assert aggregate_summaries(four) is None
    assert aggregate_summaries([*four, _summary(60.0, 20.0, "high")], min_group=6) is None


def test_group_figures_over_five_people_by_hand() -> None:
    group = [
        _summary(0.0, 10.0),
        _summary(25.0, 20.0),
        _summary(50.0, 30.0, "high"),
        _summary(75.0, 40.0, "high", share=60),
        _summary(100.0, 50.0, "high", share=60),
    ]
    aggregate = aggregate_summaries(group)
    assert aggregate is not None
    assert aggregate.people == 5
    focus, energy = aggregate.dimensions
    assert (focus.key, focus.mean) == ("focus", 50.0)  # (0 + 25 + 50 + 75 + 100) / 5
    assert focus.bands == {"high": 3, "low": 2}
    assert energy.mean == 30.0  # (10 + 20 + 30 + 40 + 50) / 5
    assert aggregate.overall is not None
    assert aggregate.overall.mean == 40.0  # mean of (5, 22.5, 40, 57.5, 75)
    assert aggregate.figures == {"share_pct": 36.0}  # (20 × 3 + 60 × 2) / 5
    assert aggregate.styles == {}
    assert aggregate.to_json()["dimensions"][0] == {
        "key": "focus", "mean": 50.0, "bands": {"high": 3, "low": 2},
    }  # fmt: skip


def test_the_group_threshold_cannot_be_lowered_and_versions_cannot_mix() -> None:
    with pytest.raises(ValueError, match="at least 5"):
        aggregate_summaries([_summary(1.0, 1.0)] * 5, min_group=3)
    mixed = [_summary(1.0, 1.0)] * 4 + [ScoreSummary("drive", 2, _summary(1.0, 1.0).dimensions)]
    with pytest.raises(ValueError, match="different instrument versions"):
        aggregate_summaries(mixed)


def test_style_summaries_aggregate_as_counts_of_primary_styles() -> None:
    instrument = load_instruments().get("observed_style", 1)
    tell_emotive = {"ob_pace": 5, "ob_decide": 5, "ob_questions": 1, "ob_tone": 5,
                    "ob_personal": 5, "ob_detail": 1}  # fmt: skip
    ask_controlled = {k: 6 - v for k, v in tell_emotive.items()}
    summaries = [score_response(instrument, tell_emotive).summary()] * 3 + [
        score_response(instrument, ask_controlled).summary()
    ] * 2
    aggregate = aggregate_summaries(summaries)
    assert aggregate is not None
    assert aggregate.styles == {"talker": 3, "controller": 2}
    assert aggregate.overall is None
    rebuilt = ScoreSummary.from_json(summaries[0].to_json())
    assert rebuilt.style == summaries[0].style


likert = st.integers(min_value=1, max_value=5)


@given(f1=likert, f2=likert, f3=likert, e1=likert)
def test_every_complete_response_scores_within_0_100(f1: int, f2: int, f3: int, e1: int) -> None:
    score = score_response(drive(), {"f1": f1, "f2": f2, "f3": f3, "e1": e1, "share": 20})
    assert all(0.0 <= d.score <= 100.0 for d in score.dimensions)
    assert isinstance(score, Score)
    assert score.overall is not None
    assert 0.0 <= score.overall.score <= 100.0
