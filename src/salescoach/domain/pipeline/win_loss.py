"""Win-loss figures: win rate, win-loss ratio, forecasted win rate, where deals are lost, cycle."""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from salescoach.domain.pipeline.periods import PeriodUnit, period_key
from salescoach.domain.pipeline.records import DealRecord, StageDef


@dataclass(frozen=True)
class WinLoss:
    """Deal counts by outcome for a set of deals."""

    won: int
    lost: int
    open: int

    @property
    def closed(self) -> int:
        """Won + lost deals (count)."""
        return self.won + self.lost

    @property
    def win_rate(self) -> float | None:
        """Won / (won + lost), 0..1; None when nothing closed."""
        return self.won / self.closed if self.closed else None

    @property
    def win_loss_ratio(self) -> float | None:
        """Won / lost (deals won per deal lost, ≥ 0); None when nothing was lost."""
        return self.won / self.lost if self.lost else None


def count_outcomes(deals: Iterable[DealRecord]) -> WinLoss:
    """Count won, lost and open deals."""
    tally = Counter(d.outcome for d in deals)
    return WinLoss(won=tally["won"], lost=tally["lost"], open=tally["open"])


def count_forecast_outcomes(deals: Iterable[DealRecord]) -> WinLoss:
    """Outcomes of the deals that were forecast: in the commit or best-case category at close or
    at any time before (`DealRecord.was_forecast`). Its `win_rate` is the win rate of forecasted
    deals, won / (won + lost) among them, 0..1."""
    return count_outcomes(d for d in deals if d.was_forecast)


def outcomes_by_period(deals: Iterable[DealRecord], *, unit: PeriodUnit) -> dict[str, WinLoss]:
    """Won and lost deals per period of their close date (open deals are left out), by key."""
    won: Counter[str] = Counter()
    lost: Counter[str] = Counter()
    for deal in deals:
        if deal.outcome == "open" or deal.closed_on is None:
            continue
        key = period_key(deal.closed_on, unit=unit)
        (won if deal.outcome == "won" else lost)[key] += 1
    return {k: WinLoss(won[k], lost[k], 0) for k in sorted({*won, *lost})}


def won_amount_by_period(deals: Iterable[DealRecord], *, unit: PeriodUnit) -> dict[str, Decimal]:
    """Sum of the amounts of won deals per period of their close date (currency units)."""
    totals: dict[str, Decimal] = {}
    for deal in deals:
        if deal.outcome == "won" and deal.closed_on is not None:
            key = period_key(deal.closed_on, unit=unit)
            totals[key] = totals.get(key, Decimal(0)) + deal.amount
    return dict(sorted(totals.items()))


def losses_by_stage(deals: Iterable[DealRecord]) -> dict[str, int]:
    """Lost deals counted by the stage they were in when lost (stage name → count)."""
    return dict(Counter(d.stage for d in deals if d.outcome == "lost").most_common())


def losses_by_phase(deals: Iterable[DealRecord], stages: Sequence[StageDef]) -> dict[str, int]:
    """Lost deals counted by the phase of the stage they were lost in (phase → count); a stage
    missing from `stages` counts under "unknown"."""
    phase_of = {s.name: s.phase for s in stages}
    lost = Counter(phase_of.get(d.stage, "unknown") for d in deals if d.outcome == "lost")
    return dict(lost.most_common())


def loss_share(lost_by: Mapping[str, int], keys: Collection[str]) -> float | None:
    """Share of lost deals that were lost under the given stages or phases, 0..1; None when
    nothing was lost."""
    total = sum(lost_by.values())
    if not total:
        return None
    return sum(n for k, n in lost_by.items() if k in keys) / total


@dataclass(frozen=True)
class CycleTime:
    """Days from creation to close of won deals."""

    deals: int  # won deals with a close date
    median_days: float | None
    mean_days: float | None


def measure_cycle_time(deals: Iterable[DealRecord]) -> CycleTime:
    """Cycle time of won deals: closed_on − created_on in calendar days; median and mean
    (None without won deals). A close date before the creation date counts as 0 days."""
    days = [
        max(0, (d.closed_on - d.created_on).days)
        for d in deals
        if d.outcome == "won" and d.closed_on is not None
    ]
    if not days:
        return CycleTime(0, None, None)
    return CycleTime(len(days), float(statistics.median(days)), statistics.fmean(days))


def loss_share_at(deals: Iterable[DealRecord], stages: Collection[str]) -> float | None:
    """Share of lost deals that were lost in one of the named stages, 0..1; None without
    losses."""
    return loss_share(losses_by_stage(deals), stages)


def win_rate_from(
    deals: Iterable[DealRecord], furthest: Mapping[str, int], stage_order: int
) -> tuple[float | None, int]:
    """Win rate (0..1, None when none closed) of the closed deals whose furthest stage order
    (deal id → order, see `conversion.furthest_stage_orders`) reached `stage_order`, and how
    many such closed deals there were."""
    closed = [d for d in deals if d.outcome != "open" and furthest.get(d.deal_id, 0) >= stage_order]
    won = sum(1 for d in closed if d.outcome == "won")
    return (won / len(closed) if closed else None), len(closed)
