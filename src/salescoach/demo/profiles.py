"""The planted rep profiles of the demo organisation, as data."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Profile:
    """How one kind of rep sells: stage conversion, pace, and how their week is spent."""

    key: str
    description: str
    # Probability of moving on from each stage to the next (Approach→Interview … Negotiate→Close).
    advance: tuple[float, float, float, float, float]
    win_at_close: float
    deals_per_month: float
    days_in_stage: tuple[int, int]  # range of days a deal sits in a stage
    slow_stage: int | None = None  # a stage order where this rep's deals stall for weeks
    customer_meetings_per_day: float = 2.0
    internal_blocks_per_day: float = 2.0
    internal_block_min: tuple[int, int] = (30, 60)
    ramp_months: int = 0  # a new hire improves over this many months
    plateaued: bool = False


BASELINE = (0.86, 0.82, 0.78, 0.80, 0.88)

PROFILES: dict[str, Profile] = {
    "steady": Profile("steady", "Average, steady performer.", BASELINE, 0.92, 5.0, (6, 16)),
    "strong_discovery": Profile(
        "strong_discovery",
        "Listens well and qualifies early: deals that enter the pipeline tend to close.",
        (0.92, 0.90, 0.86, 0.88, 0.92),
        0.95,
        5.0,
        (5, 14),
        customer_meetings_per_day=2.6,
    ),
    "early_pitcher": Profile(
        "early_pitcher",
        "Presents the product before the customer has admitted a need; deals fade after the demo.",
        (0.86, 0.78, 0.52, 0.76, 0.88),
        0.92,
        5.5,
        (5, 14),
    ),
    "decision_stage_loser": Profile(
        "decision_stage_loser",
        "Reaches the late stages, then loses where the prospect decides.",
        (0.88, 0.84, 0.82, 0.45, 0.60),
        0.85,
        5.0,
        (6, 16),
        slow_stage=4,
    ),
    "fragmented_calendar": Profile(
        "fragmented_calendar",
        "Days chopped into short internal slots; little customer-facing selling time.",
        (0.84, 0.78, 0.74, 0.78, 0.88),
        0.92,
        3.5,
        (7, 18),
        customer_meetings_per_day=0.8,
        internal_blocks_per_day=7.0,
        internal_block_min=(10, 25),
    ),
    "plateaued": Profile(
        "plateaued",
        "Results flat all year; targets never raised.",
        BASELINE,
        0.92,
        4.0,
        (7, 18),
        plateaued=True,
    ),
    "new_hire": Profile(
        "new_hire",
        "Joined eight months ago and improves month by month.",
        (0.88, 0.84, 0.80, 0.84, 0.90),
        0.93,
        6.0,
        (4, 10),
        ramp_months=8,
    ),
    "poor_qualification": Profile(
        "poor_qualification",
        "Fills the pipeline with prospects who never admit a need; deals die early.",
        (0.55, 0.52, 0.76, 0.80, 0.88),
        0.92,
        7.0,
        (4, 10),
    ),
}

# Eight reps per team; each team has its planted cases plus steady reps.
TEAM_PROFILES: tuple[tuple[str, ...], ...] = (
    (
        "strong_discovery",
        "early_pitcher",
        "decision_stage_loser",
        "steady",
        "steady",
        "steady",
        "new_hire",
        "steady",
    ),
    (
        "fragmented_calendar",
        "plateaued",
        "strong_discovery",
        "steady",
        "steady",
        "poor_qualification",
        "steady",
        "steady",
    ),
    (
        "early_pitcher",
        "decision_stage_loser",
        "steady",
        "plateaued",
        "steady",
        "strong_discovery",
        "steady",
        "fragmented_calendar",
    ),
)


@dataclass(frozen=True)
class ManagerStyle:
    """How one demo manager coaches: how often, about what, and whether they follow up."""

    key: str
    description: str
    cadence_days: int  # days between sessions with each rep
    behaviour: bool  # sessions coach behaviours and activities (else they review numbers)
    follow_up: bool  # commitments are reviewed in the next session
    learning_goals: bool  # agrees a learning goal with each rep they meet
    duration_min: int
    plateaued_gap_days: int | None = None  # meets the plateaued rep only this long ago


MANAGER_STYLES: dict[str, ManagerStyle] = {
    "behaviour_coach": ManagerStyle(
        "behaviour_coach",
        "Meets every rep every two weeks, works on listening, discovery and practice, and "
        "reviews each commitment in the next session.",
        cadence_days=14,
        behaviour=True,
        follow_up=True,
        learning_goals=True,
        duration_min=45,
    ),
    "rare_with_plateaued": ManagerStyle(
        "rare_with_plateaued",
        "Coaches most reps every three weeks, but last sat down with the plateaued rep months ago.",
        cadence_days=21,
        behaviour=True,
        follow_up=True,
        learning_goals=True,
        duration_min=30,
        plateaued_gap_days=150,
    ),
    "numbers_only": ManagerStyle(
        "numbers_only",
        "Meets every rep every two weeks to go through the forecast and the quota gap; no "
        "behaviour, no follow-up of what was agreed.",
        cadence_days=14,
        behaviour=False,
        follow_up=False,
        learning_goals=False,
        duration_min=20,
    ),
}

# One style per team, in the order of TEAM_PROFILES: the second team's plateaued rep is the one
# their manager rarely meets.
TEAM_MANAGER_STYLES: tuple[str, ...] = ("behaviour_coach", "rare_with_plateaued", "numbers_only")
