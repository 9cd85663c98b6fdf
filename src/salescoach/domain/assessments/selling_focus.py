"""The selling-focus self-check set beside the measured talk share of the rep's calls."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

FocusVerdict = Literal["about_right", "talks_more_than_thinks", "talks_less_than_thinks"]

TOP_REP_TALK_SHARE = 0.43  # published benchmark: top reps talk about 43% of a call (Gong Labs)
DISCOVERY_TALK_BAR = 0.20  # the methodology's bar: listen at least 80% in discovery

_POINTS: dict[FocusVerdict, str] = {
    "about_right": (
        "Your sense of how much you talk matches the calls. Use that self-awareness to set a "
        "talk-share target for your next discovery calls."
    ),
    "talks_more_than_thinks": (
        "The calls show you talking more than you think. Listen back to one call with your "
        "manager and mark where the customer could have said more."
    ),
    "talks_less_than_thinks": (
        "You talk less than you think, so you may be holding back when the customer wants your "
        "view. Check that your questions lead to a clear recommendation."
    ),
}


@dataclass(frozen=True)
class FocusGap:
    """The rep's estimate of their talk share against the measured one."""

    self_estimate_share: float  # 0..1
    measured_share: float  # 0..1, share of speech from the call analysis
    gap_points: float  # (measured − estimate) × 100, percentage points; > 0: talks more
    verdict: FocusVerdict
    coaching_point: str

    def to_json(self) -> dict[str, Any]:
        return {
            "self_estimate_share": self.self_estimate_share,
            "measured_share": self.measured_share,
            "gap_points": self.gap_points,
            "verdict": self.verdict,
            "coaching_point": self.coaching_point,
        }


def compare_selling_focus(
    self_estimate_share: float, measured_share: float, *, tolerance_points: float = 10.0
) -> FocusGap:
    """Gap = (measured − self-estimated talk share) × 100, in percentage points, one decimal.
    Within ± `tolerance_points` the estimate is about right; above, the rep talks more than they
    think; below, less. The coaching point adds the published benchmark when the measured share
    is above it."""
    for name, share in (
        ("self_estimate_share", self_estimate_share),
        ("measured_share", measured_share),
    ):
        if not 0.0 <= share <= 1.0:
            raise ValueError(f"{name} must be a share in 0..1, not {share}")
    gap = round((measured_share - self_estimate_share) * 100, 1)
    verdict: FocusVerdict = "about_right"
    if gap > tolerance_points:
        verdict = "talks_more_than_thinks"
    elif gap < -tolerance_points:
        verdict = "talks_less_than_thinks"
    point = _POINTS[verdict]
    if measured_share > TOP_REP_TALK_SHARE:
        point += (
            f" At {measured_share:.0%} of the talking you are above the {TOP_REP_TALK_SHARE:.0%} "
            "that top reps average in published call studies."
        )
    return FocusGap(self_estimate_share, measured_share, gap, verdict, point)
