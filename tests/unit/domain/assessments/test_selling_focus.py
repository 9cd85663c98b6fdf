"""The self-estimated talk share against the measured one."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from salescoach.domain.assessments.selling_focus import compare_selling_focus


@pytest.mark.parametrize(
    ("estimate", "measured", "gap", "verdict"),
    [
        (0.30, 0.40, 10.0, "about_right"),  # (0.40 − 0.30) × 100 = 10, at the tolerance
        (0.30, 0.62, 32.0, "talks_more_than_thinks"),
        (0.50, 0.35, -15.0, "talks_less_than_thinks"),
        (0.20, 0.20, 0.0, "about_right"),
    ],
)
def test_the_gap_is_measured_minus_estimate_in_points(
    estimate: float, measured: float, gap: float, verdict: str
) -> None:
    result = compare_selling_focus(estimate, measured)
    assert result.gap_points == gap
    assert result.verdict == verdict
    assert result.to_json()["verdict"] == verdict


def test_the_coaching_point_adds_the_benchmark_only_above_it() -> None:
    above = compare_selling_focus(0.30, 0.62)
    assert "62% of the talking" in above.coaching_point
    assert "43%" in above.coaching_point
    assert "43%" not in compare_selling_focus(0.30, 0.40).coaching_point


def test_a_wider_tolerance_changes_the_verdict() -> None:
    assert compare_selling_focus(0.30, 0.62, tolerance_points=35).verdict == "about_right"


@pytest.mark.parametrize(("estimate", "measured"), [(-0.1, 0.5), (0.5, 1.2)])
def test_shares_outside_0_1_are_refused(estimate: float, measured: float) -> None:
    with pytest.raises(ValueError, match=r"share in 0\.\.1"):
        compare_selling_focus(estimate, measured)


shares = st.floats(min_value=0.0, max_value=1.0)


@given(estimate=shares, measured=shares)
def test_the_gap_is_within_100_points_and_the_verdict_matches_its_sign(
    estimate: float, measured: float
) -> None:
    result = compare_selling_focus(estimate, measured)
    assert -100.0 <= result.gap_points <= 100.0
    if result.verdict == "talks_more_than_thinks":
        assert result.gap_points > 10
    elif result.verdict == "talks_less_than_thinks":
        assert result.gap_points < -10
    else:
        assert abs(result.gap_points) <= 10
