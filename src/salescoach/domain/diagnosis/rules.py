"""The diagnosis rules, as data: which figures, compared with what, from how much evidence."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

RULES_VERSION = "2.1"
Area = Literal[
    "decision_process",
    "needs_discovery",
    "empathy",
    "qualification",
    "priority_management",
    "achievement_drive",
]
AREAS: tuple[str, ...] = get_args(Area)
MIN_PEERS = 3  # a team or organisation median needs at least three other reps behind it


@dataclass(frozen=True)
class Signal:
    """One figure of the rep that points at a gap when it is clearly worse than the references.

    Relative (the default): worse than the median of the rep's team peers and of the
    organisation's peers (each used when it has at least MIN_PEERS reps), by the factor `ratio`
    (value ≥ median × ratio when higher is worse, value ≤ median × ratio when lower is worse)
    and by at least `min_gap` in the figure's own unit. With `bar` set, the value must also be
    worse than that fixed bar; with `relative=False` only the bar counts. The figure is judged
    only on at least `min_sample` units of `sample` (deals, calls, weeks…)."""

    metric: str
    worse: Literal["higher", "lower"]
    sample: str
    min_sample: int
    ratio: float = 1.0
    min_gap: float = 0.0
    bar: float | None = None
    relative: bool = True


@dataclass(frozen=True)
class Rule:
    """Recommend a learning area when at least `need` of its signals hold."""

    name: str
    area: Area
    title: str
    why: str
    signals: tuple[Signal, ...]
    need: int
    requires: str  # the evidence the rule reads, named when it is missing


DEFAULT_RULES: tuple[Rule, ...] = (
    Rule(
        name="losses_where_the_customer_decides",
        area="decision_process",
        title="Map and steer the customer's decision process",
        why="Deals slip away most often in the stages where the prospect validates and "
        "negotiates, clearly more than for colleagues: the gap is in guiding how the customer "
        "reaches a decision, not in opening deals.",
        signals=(
            Signal("loss_share_decide", "higher", "lost_deals", 8, ratio=1.3, min_gap=0.15),
            Signal("decide_win_rate", "lower", "decided_deals", 8, ratio=0.8, min_gap=0.1),
        ),
        need=2,
        requires="closed deals with their stage history",
    ),
    Rule(
        name="talking_instead_of_discovering",
        area="needs_discovery",
        title="Discover the need before presenting",
        why="On calls the rep does much of the talking during discovery, asks fewer questions "
        "or presents a solution before the customer has named a need.",
        signals=(
            Signal("discovery_rep_talk_share", "higher", "calls", 5, ratio=1.2, min_gap=0.08),
            Signal("questions_per_call", "lower", "calls", 5, ratio=0.7, min_gap=2.0),
            Signal("pitch_before_need_share", "higher", "calls", 5, ratio=1.5, min_gap=0.2),
        ),
        need=2,
        requires="analysed sales calls",
    ),
    Rule(
        name="customers_not_heard_out",
        area="empathy",
        title="Play back what the customer said and let them tell their story",
        why="The rep rarely confirms back what the customer said, and customers' stories end "
        "sooner than on colleagues' calls.",
        signals=(
            Signal("paraphrases_per_call", "lower", "calls", 5, ratio=0.6, min_gap=0.5),
            Signal("longest_customer_story_s", "lower", "calls", 5, ratio=0.7, min_gap=20.0),
        ),
        need=2,
        requires="analysed sales calls",
    ),
    Rule(
        name="weak_prospects_pursued",
        area="qualification",
        title="Qualify early: confirm need, openness and decision authority",
        why="Many deals die in the first stages, or calls seldom get through all four "
        "qualification checkpoints: time goes into prospects who will not buy.",
        signals=(
            Signal("died_early_share", "higher", "closed_deals", 12, ratio=1.3, min_gap=0.1),
            Signal("all_checkpoints_share", "lower", "calls", 5, ratio=0.7, min_gap=0.15),
        ),
        need=1,
        requires="closed deals, and analysed sales calls for the checkpoints",
    ),
    Rule(
        name="selling_time_squeezed",
        area="priority_management",
        title="Block time for customers and protect it",
        why="Customer-facing hours are well below colleagues' and the calendar is broken into "
        "short slots, which leaves little room for real selling.",
        signals=(
            # At least 4 weeks with activity records, and 3/4 of the window's weeks
            # (recommend.ACTIVITY_WEEKS_SHARE_NEEDED): 9 of 12.
            Signal("customer_hours_per_week", "lower", "weeks", 4, ratio=0.75, min_gap=2.0),
            Signal("fragmentation", "higher", "weeks", 4, ratio=1.3, min_gap=0.08),
        ),
        need=2,
        requires="calendar or activity records",
    ),
    Rule(
        name="flat_results_low_belief",
        area="achievement_drive",
        title="Set a stretch goal the rep believes in, with a plan to reach it",
        why="Results have stopped growing and the rep's own belief that more is possible is "
        "low compared with colleagues.",
        signals=(
            Signal("results_trend", "lower", "periods", 3, bar=0.02, relative=False),
            Signal("self_belief", "lower", "assessments", 1, ratio=0.85, min_gap=8.0, bar=60.0),
        ),
        need=2,
        requires="won deals over several quarters and an achievement-drive self-assessment",
    ),
)
RULES = DEFAULT_RULES
