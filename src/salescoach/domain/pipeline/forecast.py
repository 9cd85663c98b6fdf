"""Forecast accuracy: what was called as commit against what was actually won, per period."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from salescoach.domain.pipeline.periods import PeriodUnit, period_key
from salescoach.domain.pipeline.records import DealRecord
from salescoach.domain.pipeline.win_loss import won_amount_by_period


def forecast_accuracy(*, forecast: Decimal, actual: Decimal) -> float | None:
    """1 − |actual − forecast| / forecast, clamped to 0..1; None when nothing was forecast.

    1.0 is a perfect call; 0.0 means off by the whole forecast or more, in either direction
    (winning twice the forecast is as unpredictable as winning nothing)."""
    if forecast <= 0:
        return None
    miss = abs(actual - forecast) / forecast
    return max(0.0, 1.0 - float(miss))


@dataclass(frozen=True)
class PeriodForecast:
    """A period's commit forecast against the amount won in it (currency units)."""

    period: str
    forecast: Decimal
    actual: Decimal

    @property
    def accuracy(self) -> float | None:
        """See `forecast_accuracy`: 0..1, None without a forecast."""
        return forecast_accuracy(forecast=self.forecast, actual=self.actual)

    @property
    def bias(self) -> float | None:
        """(actual − forecast) / forecast: above 0 sandbagged, below 0 over-called; None
        without a forecast."""
        return float((self.actual - self.forecast) / self.forecast) if self.forecast > 0 else None


def committed_amount_by_period(
    deals: Iterable[DealRecord], *, unit: PeriodUnit
) -> dict[str, Decimal]:
    """The commit forecast rebuilt from deals when no forecast snapshots are stored: the amount
    of the closed deals that were in the commit category (at close or before), per period of
    their close date. Open deals are not counted: their period is not known yet."""
    totals: dict[str, Decimal] = {}
    for deal in deals:
        committed = "commit" in (deal.forecast_category, *deal.forecast_history)
        if committed and deal.outcome != "open" and deal.closed_on is not None:
            key = period_key(deal.closed_on, unit=unit)
            totals[key] = totals.get(key, Decimal(0)) + deal.amount
    return totals


def measure_forecast_accuracy(
    deals: Iterable[DealRecord],
    *,
    unit: PeriodUnit,
    forecasts: Mapping[str, Decimal] | None = None,
) -> tuple[PeriodForecast, ...]:
    """Per period (oldest first): the commit forecast against the won amount. `forecasts`
    (period key → amount, e.g. from stored snapshots) replaces the forecast rebuilt by
    `committed_amount_by_period`. Periods with neither forecast nor wins are left out."""
    deals = list(deals)
    called = (
        dict(forecasts) if forecasts is not None else committed_amount_by_period(deals, unit=unit)
    )
    won = won_amount_by_period(deals, unit=unit)
    return tuple(
        PeriodForecast(key, called.get(key, Decimal(0)), won.get(key, Decimal(0)))
        for key in sorted({*called, *won})
    )
