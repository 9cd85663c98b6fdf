"""Coaching maturity: the level the records support, against the self-placement."""

from __future__ import annotations

import pytest

from salescoach.domain.assessments.maturity import (
    PUBLISHED_CONTEXT,
    MaturityEvidence,
    MaturityThresholds,
    maturity_evidence,
)


def _evidence(**overrides: object) -> MaturityEvidence:
    options: dict[str, object] = {
        "self_placement": "formal",
        "has_defined_process": True,
        "sessions_per_manager_month": 6.0,
        "guide_share": 0.8,
        "managers_measured": True,
    }
    options.update(overrides)
    return maturity_evidence(**options)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("overrides", "level"),
    [
        ({}, "dynamic"),  # regular, process, 80% ≥ 75% on the guide, measured
        ({"managers_measured": False}, "formal"),
        ({"guide_share": 0.6}, "formal"),  # 60%: formal (≥ 50%) but not dynamic (< 75%)
        ({"guide_share": 0.4}, "informal"),  # regular, but the guide is not followed
        ({"has_defined_process": False}, "informal"),
        ({"sessions_per_manager_month": 3.9}, "ad_hoc"),  # below 4 a month: not regular
        ({"sessions_per_manager_month": 4.0, "guide_share": 0.5}, "formal"),  # both at the bar
    ],
)
def test_the_records_place_the_organisation(overrides: dict[str, object], level: str) -> None:
    assert _evidence(**overrides).evidence_level == level


def test_a_placement_above_the_records_shows_a_positive_gap() -> None:
    result = _evidence(self_placement="dynamic", guide_share=0.4)
    assert result.evidence_level == "informal"
    assert result.gap_levels == 2  # dynamic (3) − informal (1)
    assert result.agrees is False
    assert result.reference_win_rate is None  # nothing published for informal


def test_agreement_and_the_published_win_rate_for_the_level() -> None:
    dynamic = _evidence(self_placement="dynamic")
    assert (dynamic.agrees, dynamic.gap_levels) == (True, 0)
    assert dynamic.reference_win_rate == 0.552
    ad_hoc = _evidence(self_placement=None, sessions_per_manager_month=1.0)
    assert (ad_hoc.agrees, ad_hoc.gap_levels) == (None, None)
    assert ad_hoc.reference_win_rate == 0.418


def test_reasons_state_each_piece_of_evidence() -> None:
    reasons = _evidence(has_defined_process=False, managers_measured=False).reasons
    assert reasons == (
        "6.0 sessions per manager per month (regular: the bar is 4)",
        "no coaching process defined",
        "80% of sessions followed the coaching guide (formal from 50%, dynamic from 75%)",
        "managers are not measured on their coaching",
    )
    assert _evidence(sessions_per_manager_month=2).reasons[0].startswith("2.0 sessions")
    assert "not regular" in _evidence(sessions_per_manager_month=2).reasons[0]


def test_thresholds_are_parameters() -> None:
    strict = MaturityThresholds(regular_sessions_per_manager_month=8.0)
    assert _evidence(thresholds=strict).evidence_level == "ad_hoc"


def test_the_published_context_is_carried_as_data() -> None:
    assert PUBLISHED_CONTEXT.share_of_organisations == {
        "ad_hoc_or_informal": 0.72, "formal": 0.217, "dynamic": 0.053,
    }  # fmt: skip
    assert PUBLISHED_CONTEXT.win_rates["all_respondents"] == 0.464
    assert PUBLISHED_CONTEXT.win_rate_for("formal") is None
    as_json = _evidence().to_json()
    assert as_json["context"]["win_rates"]["random"] == 0.418
    assert as_json["evidence_level"] == "dynamic"


@pytest.mark.parametrize(
    ("overrides", "message"),
    [({"guide_share": 1.5}, "guide_share"), ({"sessions_per_manager_month": -1}, "negative")],
)
def test_impossible_evidence_is_refused(overrides: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        _evidence(**overrides)
