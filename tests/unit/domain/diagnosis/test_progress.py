"""A learning goal's figure: which way is better, and whether it moved that way."""

from __future__ import annotations

import pytest

from salescoach.domain.diagnosis.progress import GoalProgress, better_when


def test_better_is_the_opposite_of_what_the_rules_call_worse() -> None:
    # The needs-discovery rule calls a high discovery talk share worse, so lower is better;
    # the priority rule calls few customer hours worse, so higher is better.
    assert better_when("discovery_rep_talk_share") == "lower"
    assert better_when("customer_hours_per_week") == "higher"
    assert better_when("no_such_figure") is None


@pytest.mark.parametrize(
    ("start", "now", "better", "expected"),
    [
        (0.45, 0.31, "lower", "better"),  # talked less in discovery
        (0.31, 0.45, "lower", "worse"),
        (8.0, 11.5, "higher", "better"),  # more customer hours
        (11.5, 8.0, "higher", "worse"),
        (0.3, 0.3, "lower", "unchanged"),
        (None, 0.3, "lower", None),  # no reading when it was agreed
        (0.3, None, "lower", None),
        (0.3, 0.2, None, None),  # a figure no rule reads has no better direction
    ],
)
def test_direction(
    start: float | None, now: float | None, better: str | None, expected: str | None
) -> None:
    progress = GoalProgress("m", "label", "share", start, now, better)  # type: ignore[arg-type]
    assert progress.direction == expected
