"""A rep's evidence for the diagnosis, and how it is built from plain pipeline records."""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from salescoach.domain.pipeline.conversion import furthest_stage_orders, measure_stage_conversion
from salescoach.domain.pipeline.periods import PeriodUnit, last_periods, period_key
from salescoach.domain.pipeline.records import (
    DECISION_PHASES,
    EARLY_PHASES,
    ActivityRecord,
    DealRecord,
    StageChangeRecord,
    StageDef,
)
from salescoach.domain.pipeline.time_allocation import allocate_time
from salescoach.domain.pipeline.win_loss import count_outcomes, losses_by_phase, win_rate_from

CHECKPOINTS = ("need_admitted", "open_to_solution", "agrees_to_discuss", "decision_authority")


@dataclass(frozen=True)
class DealFigures:
    """What the rep's deals show: outcomes, where they were lost, how results move."""

    won: int
    lost: int
    open: int
    lost_by_phase: Mapping[str, int] = field(default_factory=dict)
    died_early: int = 0  # lost in the approach or interview phase
    decided: int = 0  # closed deals that reached a stage where the customer decides
    decide_won: int = 0  # of those, won
    stage_conversion: Mapping[str, float | None] = field(default_factory=dict)  # stage → 0..1
    results: tuple[tuple[str, Decimal], ...] = ()  # won amount per period, oldest first

    @property
    def closed(self) -> int:
        return self.won + self.lost

    @property
    def win_rate(self) -> float | None:
        """won / (won + lost), 0..1."""
        return self.won / self.closed if self.closed else None

    @property
    def loss_share_decide(self) -> float | None:
        """Lost in the validate or negotiate phase / all lost, 0..1."""
        decided = sum(n for phase, n in self.lost_by_phase.items() if phase in DECISION_PHASES)
        return decided / self.lost if self.lost else None

    @property
    def decide_win_rate(self) -> float | None:
        """Won / closed among deals that reached a deciding stage, 0..1."""
        return self.decide_won / self.decided if self.decided else None

    @property
    def died_early_share(self) -> float | None:
        """Deals lost in the approach or interview phase / all closed deals, 0..1."""
        return self.died_early / self.closed if self.closed else None

    @property
    def results_trend(self) -> float | None:
        """Slope of the won amount per period, as a share of the mean per period (0.1 = growing
        by a tenth of the average period each period); None with fewer than two periods or
        nothing won."""
        amounts = [float(a) for _, a in self.results]
        if len(amounts) < 2 or not any(amounts):
            return None
        slope = statistics.linear_regression(range(len(amounts)), amounts).slope
        return slope / statistics.fmean(amounts)

    @property
    def periods_with_results(self) -> int:
        """Periods in `results` with anything won."""
        return sum(1 for _, a in self.results if a > 0)


@dataclass(frozen=True)
class TimeFigures:
    """How the rep's calendar was spent over the window."""

    weeks: float  # the window's length
    customer_hours_per_week: float  # h/week
    fragmentation: float | None  # 0..1
    weeks_with_activity: int  # seven-day weeks of the window, counted back from its end, with
    # at least one activity of positive duration


@dataclass(frozen=True)
class CallFigures:
    """Means over the rep's analysed sales calls (None where no call carried the figure)."""

    n_calls: int
    rep_talk_share: float | None = None  # 0..1
    discovery_rep_talk_share: float | None = None  # 0..1
    questions_per_call: float | None = None
    paraphrases_per_call: float | None = None
    longest_customer_story_s: float | None = None  # seconds
    pitch_before_need_share: float | None = None  # share of calls, 0..1
    all_checkpoints_share: float | None = None  # share of calls reaching all four, 0..1


@dataclass(frozen=True)
class MindsetFigures:
    """The rep's self-belief from achievement-drive self-assessments."""

    self_belief: float  # latest score, 0..100
    trend: float | None  # points per 90 days, None from a single assessment
    assessments: int


@dataclass(frozen=True)
class RepEvidence:
    """Everything the diagnosis reads about one rep; None where that evidence is absent."""

    person: str
    deals: DealFigures
    time: TimeFigures | None = None
    calls: CallFigures | None = None
    mindset: MindsetFigures | None = None
    # Why the mindset evidence is left out although it may exist ("" when it is not): the
    # rep's answers are private, and the diagnosis reads them only when they are shared.
    mindset_withheld: str = ""


def _mean(values: Sequence[float]) -> float | None:
    return statistics.fmean(values) if values else None


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def summarise_calls(analyses: Sequence[Mapping[str, Any]]) -> CallFigures | None:
    """Call figures from call-analysis results (the calls analyser's JSON): means of
    rep_talk_share, discovery_rep_talk_share, questions (total), paraphrases and
    longest_customer_story_s; shares of calls with pitch_before_need and with all four
    checkpoints reached. None without calls."""
    if not analyses:
        return None

    def mean_of(key: str) -> float | None:
        return _mean([v for a in analyses if (v := _number(a.get(key))) is not None])

    questions = []
    for analysis in analyses:
        raw = analysis.get("questions")
        total = raw.get("total") if isinstance(raw, Mapping) else raw
        if (number := _number(total)) is not None:
            questions.append(number)
    pitch = [bool(a["pitch_before_need"]) for a in analyses if "pitch_before_need" in a]
    checkpoints = [
        all(bool(a["checkpoints"].get(k, {}).get("reached")) for k in CHECKPOINTS)
        for a in analyses
        if isinstance(a.get("checkpoints"), Mapping)
    ]
    return CallFigures(
        n_calls=len(analyses),
        rep_talk_share=mean_of("rep_talk_share"),
        discovery_rep_talk_share=mean_of("discovery_rep_talk_share"),
        questions_per_call=_mean(questions),
        paraphrases_per_call=mean_of("paraphrases"),
        longest_customer_story_s=mean_of("longest_customer_story_s"),
        pitch_before_need_share=_mean([float(p) for p in pitch]),
        all_checkpoints_share=_mean([float(c) for c in checkpoints]),
    )


def summarise_self_belief(scores: Sequence[tuple[dt.date, float]]) -> MindsetFigures | None:
    """Latest self-belief score (0..100) and its trend in points per 90 days (least squares
    over all scores by date); None without scores."""
    if not scores:
        return None
    ordered = sorted(scores)
    trend = None
    days = [(d - ordered[0][0]).days for d, _ in ordered]
    if len(ordered) >= 2 and len(set(days)) >= 2:
        slope = statistics.linear_regression(days, [s for _, s in ordered]).slope
        trend = slope * 90
    return MindsetFigures(ordered[-1][1], trend, len(ordered))


def build_rep_evidence(
    person: str,
    *,
    deals: Sequence[DealRecord],
    stage_changes: Sequence[StageChangeRecord],
    activities: Sequence[ActivityRecord],
    stages: Sequence[StageDef],
    as_of: dt.date,
    calls: Sequence[Mapping[str, Any]] | None = None,
    self_belief: Sequence[tuple[dt.date, float]] | None = None,
    window_weeks: int = 12,
    unit: PeriodUnit = "quarter",
    periods: int = 4,
    closed_since: dt.date | None = None,
    mindset_withheld: str = "",
) -> RepEvidence:
    """The rep's evidence from plain records (records of other people are ignored): deals
    created up to `as_of`; time allocation over the `window_weeks` weeks ending on `as_of`
    (None without activities there; `weeks_with_activity` counts the window's seven-day weeks,
    counted back from `as_of`, that hold an activity); won amounts over the last `periods`
    periods; call figures from call-analysis results; self-belief from dated scores, unless
    `mindset_withheld` says why they may not be read (then no mindset evidence at all).

    With `closed_since`, the deal figures (outcomes, where deals were lost, decided deals, stage
    conversion) read only the deals closed from `closed_since` to `as_of`, both days counted,
    and `open` counts the deals still open on `as_of`; a deal that closed after `as_of` was
    still open then. The won amounts per period keep their own `periods`."""
    created = [d for d in deals if d.owner == person and d.created_on <= as_of]
    mine = created
    open_then = None
    if closed_since is not None:
        mine = [
            d
            for d in created
            if d.outcome != "open" and d.closed_on and closed_since <= d.closed_on <= as_of
        ]
        open_then = sum(
            1 for d in created if d.outcome == "open" or not d.closed_on or d.closed_on > as_of
        )
    ids = {d.deal_id for d in mine}
    history = [c for c in stage_changes if c.deal_id in ids]
    furthest = furthest_stage_orders(mine, history, stages)
    decide_orders = [s.order for s in stages if s.phase in DECISION_PHASES]
    decide_rate, decided = (
        win_rate_from(mine, furthest, min(decide_orders)) if decide_orders else (None, 0)
    )
    lost_by_phase = losses_by_phase(mine, stages)
    outcomes = count_outcomes(mine)
    keys = last_periods(as_of, unit=unit, count=periods)
    won_by_period = dict.fromkeys(keys, Decimal(0))
    for deal in created:
        if deal.outcome == "won" and deal.closed_on is not None and deal.closed_on <= as_of:
            key = period_key(deal.closed_on, unit=unit)
            if key in won_by_period:
                won_by_period[key] += deal.amount
    figures = DealFigures(
        won=outcomes.won,
        lost=outcomes.lost,
        open=outcomes.open if open_then is None else open_then,
        lost_by_phase=lost_by_phase,
        died_early=sum(n for phase, n in lost_by_phase.items() if phase in EARLY_PHASES),
        decided=decided,
        decide_won=round((decide_rate or 0.0) * decided),
        stage_conversion={
            row.stage: row.rate for row in measure_stage_conversion(mine, history, stages)
        },
        results=tuple(won_by_period.items()),
    )
    start = as_of - dt.timedelta(weeks=window_weeks) + dt.timedelta(days=1)
    own = [a for a in activities if a.person == person and start <= a.occurred_at.date() <= as_of]
    time = None
    if own:
        alloc = allocate_time(own, start=start, end=as_of)
        active = {(as_of - a.occurred_at.date()).days // 7 for a in own if a.duration_min > 0}
        time = TimeFigures(
            alloc.weeks, alloc.customer_hours_per_week, alloc.fragmentation, len(active)
        )
    return RepEvidence(
        person=person,
        deals=figures,
        time=time,
        calls=summarise_calls(calls) if calls is not None else None,
        mindset=(
            summarise_self_belief(self_belief)
            if self_belief is not None and not mindset_withheld
            else None
        ),
        mindset_withheld=mindset_withheld,
    )
