"""Pipeline figures for a rep, their team and the organisation, side by side."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass

from salescoach.domain.pipeline.conversion import (
    StageConversion,
    StageStint,
    StalledDeal,
    find_stalled_deals,
    measure_stage_conversion,
    stage_norms,
    stage_stints,
)
from salescoach.domain.pipeline.forecast import PeriodForecast, measure_forecast_accuracy
from salescoach.domain.pipeline.periods import PeriodUnit
from salescoach.domain.pipeline.records import DealRecord, StageChangeRecord, StageDef
from salescoach.domain.pipeline.win_loss import (
    CycleTime,
    WinLoss,
    count_forecast_outcomes,
    count_outcomes,
    losses_by_phase,
    losses_by_stage,
    measure_cycle_time,
    outcomes_by_period,
)


@dataclass(frozen=True)
class PipelineFigures:
    """Every pipeline figure for one set of deals (a rep's, a team's or the organisation's)."""

    outcomes: WinLoss
    forecasted: WinLoss  # outcomes of the deals that were forecast
    conversion: tuple[StageConversion, ...]
    losses_by_stage: Mapping[str, int]
    losses_by_phase: Mapping[str, int]
    cycle: CycleTime
    stalled: tuple[StalledDeal, ...]
    forecast: tuple[PeriodForecast, ...]
    by_period: Mapping[str, WinLoss]


def summarise_pipeline(
    deals: Sequence[DealRecord],
    changes: Sequence[StageChangeRecord],
    stages: Sequence[StageDef],
    *,
    as_of: dt.date,
    unit: PeriodUnit = "quarter",
    norms: Mapping[str, float] | None = None,
    stints: Sequence[StageStint] | None = None,
) -> PipelineFigures:
    """All figures of `deals`; stalls are judged against `norms` (stage → median days),
    by default the norms of these same deals. `stints`: the deals' stage stints when the caller
    has them already (`stage_stints` of these deals and changes), to save working them out."""
    ids = {d.deal_id for d in deals}
    own_changes = [c for c in changes if c.deal_id in ids]
    if stints is None:
        stints = stage_stints(deals, own_changes, as_of=as_of)
    return PipelineFigures(
        outcomes=count_outcomes(deals),
        forecasted=count_forecast_outcomes(deals),
        conversion=measure_stage_conversion(deals, own_changes, stages),
        losses_by_stage=losses_by_stage(deals),
        losses_by_phase=losses_by_phase(deals, stages),
        cycle=measure_cycle_time(deals),
        stalled=find_stalled_deals(stints, norms=stage_norms(stints) if norms is None else norms),
        forecast=measure_forecast_accuracy(deals, unit=unit),
        by_period=outcomes_by_period(deals, unit=unit),
    )


@dataclass(frozen=True)
class FigureComparison:
    """One headline figure for the rep, the team and the organisation (None when unknown)."""

    metric: str
    rep: float | None
    team: float | None
    org: float | None


@dataclass(frozen=True)
class PipelineComparison:
    """A rep's pipeline figures next to their team's and the organisation's (pooled deals)."""

    rep: PipelineFigures
    team: PipelineFigures
    org: PipelineFigures

    def headline(self) -> tuple[FigureComparison, ...]:
        """Win rate, win-loss ratio, forecasted win rate and median cycle days, side by side."""
        pick: dict[str, Callable[[PipelineFigures], float | None]] = {
            "win_rate": lambda f: f.outcomes.win_rate,
            "win_loss_ratio": lambda f: f.outcomes.win_loss_ratio,
            "forecast_win_rate": lambda f: f.forecasted.win_rate,
            "cycle_median_days": lambda f: f.cycle.median_days,
        }
        return tuple(
            FigureComparison(name, get(self.rep), get(self.team), get(self.org))
            for name, get in pick.items()
        )


def compare_pipeline(
    deals: Sequence[DealRecord],
    changes: Sequence[StageChangeRecord],
    stages: Sequence[StageDef],
    *,
    rep: str,
    team: Collection[str],
    as_of: dt.date,
    unit: PeriodUnit = "quarter",
) -> PipelineComparison:
    """`deals` are the organisation's; `rep` and `team` (owners' keys) pick the rep's and the
    team's share. Stalls everywhere are judged against the organisation's stage norms."""
    norms = stage_norms(stage_stints(deals, changes, as_of=as_of))

    def figures(subset: Sequence[DealRecord]) -> PipelineFigures:
        return summarise_pipeline(subset, changes, stages, as_of=as_of, unit=unit, norms=norms)

    return PipelineComparison(
        rep=figures([d for d in deals if d.owner == rep]),
        team=figures([d for d in deals if d.owner in team]),
        org=figures(deals),
    )
