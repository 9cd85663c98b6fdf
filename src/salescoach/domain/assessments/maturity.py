"""Coaching maturity: the self-placed level set beside what the coaching records show."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

MaturityLevel = Literal["ad_hoc", "informal", "formal", "dynamic"]
LEVELS: tuple[MaturityLevel, ...] = get_args(MaturityLevel)


@dataclass(frozen=True)
class PublishedContext:
    """Published figures to read a placement against (shares and win rates 0..1)."""

    # CSO Insights 2016 sales enablement study: share of sales organisations per level.
    share_of_organisations: Mapping[str, float] = field(
        default_factory=lambda: {"ad_hoc_or_informal": 0.72, "formal": 0.217, "dynamic": 0.053}
    )
    # CSO Insights: win rate of forecast deals by coaching level ("random" is ad hoc).
    win_rates: Mapping[str, float] = field(
        default_factory=lambda: {"random": 0.418, "all_respondents": 0.464, "dynamic": 0.552}
    )
    # CSO Insights 2015 sales enablement optimisation study: how coaching is organised.
    coaching_process_2015: Mapping[str, float] = field(
        default_factory=lambda: {"left_to_managers": 0.45, "informal": 0.255, "formal": 0.202}
    )
    # Formal coaching: win rate of forecast deals up to 9% higher.
    formal_forecast_win_rate_gain: float = 0.09

    def win_rate_for(self, level: MaturityLevel) -> float | None:
        """The published win rate for a level, where one was published (ad hoc, dynamic)."""
        key = {"ad_hoc": "random", "dynamic": "dynamic"}.get(level)
        return None if key is None else self.win_rates[key]

    def to_json(self) -> dict[str, Any]:
        return {
            "share_of_organisations": dict(self.share_of_organisations),
            "win_rates": dict(self.win_rates),
            "coaching_process_2015": dict(self.coaching_process_2015),
            "formal_forecast_win_rate_gain": self.formal_forecast_win_rate_gain,
        }


PUBLISHED_CONTEXT = PublishedContext()


@dataclass(frozen=True)
class MaturityThresholds:
    """What the records must show for each level."""

    regular_sessions_per_manager_month: float = 4.0  # sessions held per manager per 30 days
    formal_guide_share: float = 0.5  # share of sessions that followed the coaching guide, 0..1
    dynamic_guide_share: float = 0.75


DEFAULT_THRESHOLDS = MaturityThresholds()


@dataclass(frozen=True)
class MaturityEvidence:
    """The level the records support, beside the organisation's own placement."""

    self_placement: MaturityLevel | None
    evidence_level: MaturityLevel
    agrees: bool | None  # None when there is no self-placement
    gap_levels: int | None  # self − evidence in levels; > 0: the placement is above the records
    reasons: tuple[str, ...]
    reference_win_rate: float | None  # published win rate for the evidence level, 0..1
    context: PublishedContext = PUBLISHED_CONTEXT

    def to_json(self) -> dict[str, Any]:
        return {
            "self_placement": self.self_placement,
            "evidence_level": self.evidence_level,
            "agrees": self.agrees,
            "gap_levels": self.gap_levels,
            "reasons": list(self.reasons),
            "reference_win_rate": self.reference_win_rate,
            "context": self.context.to_json(),
        }


def maturity_evidence(
    *,
    self_placement: MaturityLevel | None,
    has_defined_process: bool,
    sessions_per_manager_month: float,
    guide_share: float,
    managers_measured: bool,
    thresholds: MaturityThresholds = DEFAULT_THRESHOLDS,
    context: PublishedContext = PUBLISHED_CONTEXT,
) -> MaturityEvidence:
    """The evidence level, from the lowest up: ad hoc unless coaching is regular (at least
    `regular_sessions_per_manager_month` sessions per manager per 30 days); informal when regular
    but without a defined process followed in at least `formal_guide_share` of sessions;
    formal when it is; dynamic when, on top of that, at least `dynamic_guide_share` of sessions
    follow the guide and managers are measured on their coaching."""
    if not 0.0 <= guide_share <= 1.0:
        raise ValueError(f"guide_share must be in 0..1, not {guide_share}")
    if sessions_per_manager_month < 0:
        raise ValueError("sessions_per_manager_month cannot be negative")
    t = thresholds
    regular = sessions_per_manager_month >= t.regular_sessions_per_manager_month
    formal = regular and has_defined_process and guide_share >= t.formal_guide_share
    dynamic = formal and managers_measured and guide_share >= t.dynamic_guide_share
    level: MaturityLevel = (
        "dynamic" if dynamic else "formal" if formal else "informal" if regular else "ad_hoc"
    )
    reasons = (
        f"{sessions_per_manager_month:.1f} sessions per manager per month "
        f"({'regular' if regular else 'not regular'}: the bar is "
        f"{t.regular_sessions_per_manager_month:g})",
        "a coaching process is defined" if has_defined_process else "no coaching process defined",
        f"{guide_share:.0%} of sessions followed the coaching guide "
        f"(formal from {t.formal_guide_share:.0%}, dynamic from {t.dynamic_guide_share:.0%})",
        "managers are measured on their coaching"
        if managers_measured
        else "managers are not measured on their coaching",
    )
    gap = None if self_placement is None else LEVELS.index(self_placement) - LEVELS.index(level)
    return MaturityEvidence(
        self_placement=self_placement,
        evidence_level=level,
        agrees=None if gap is None else gap == 0,
        gap_levels=gap,
        reasons=reasons,
        reference_win_rate=context.win_rate_for(level),
        context=context,
    )
