"""The Law of Limited Performance: a plateaued rep whom nobody is stretching any more."""

from __future__ import annotations

import calendar
import datetime as dt
import math
import statistics
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal

GoalKind = Literal["sales", "learning"]
ROUNDING = 1e-9  # float noise allowed in comparisons (80% six times averages 0.8000000000000002)


@dataclass(frozen=True)
class MonthlyAttainment:
    """A rep's attainment for one calendar month (`month` is any day in it)."""

    month: dt.date
    attainment: float  # results / quota for the month; 1.0 = 100%


@dataclass(frozen=True)
class GoalRecord:
    """A goal set for the rep. For a sales goal, `baseline` is the attainment before it was
    set and `target` the attainment asked for, in the same unit."""

    kind: GoalKind
    set_on: dt.date
    target: float | None = None
    baseline: float | None = None

    @property
    def stretches(self) -> bool:
        """A sales goal whose target is above the previous attainment."""
        return self._compare() > 0

    @property
    def lowered(self) -> bool:
        """A sales goal whose target is below the previous attainment."""
        return self._compare() < 0

    def _compare(self) -> int:
        if self.kind != "sales" or self.target is None or self.baseline is None:
            return 0
        return (self.target > self.baseline) - (self.target < self.baseline)


@dataclass(frozen=True)
class PlateauReading:
    """Whether the last `months` complete months show a plateau, and the figures behind it."""

    months: int  # complete months in the recent window
    slope_per_month: float | None  # least-squares slope of attainment, per month
    prior_best: float | None  # best month before the window
    recent_best: float | None  # best month in the window
    plateaued: bool
    recent_mean: float | None = None  # mean monthly attainment in the window
    slope_error: float | None = None  # standard error of the slope, per month


def _month_index(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def _slope_error(xs: Sequence[int], ys: Sequence[float], slope: float, intercept: float) -> float:
    """Standard error of a least-squares slope: sqrt(SSR / (n − 2) / Sxx); 0 with n < 3."""
    n = len(xs)
    if n < 3:
        return 0.0
    mean_x = statistics.fmean(xs)
    sxx = sum((x - mean_x) ** 2 for x in xs)
    ssr = sum((y - (intercept + slope * x)) ** 2 for x, y in zip(xs, ys, strict=True))
    return math.sqrt(ssr / (n - 2) / sxx)


def read_plateau(
    monthly: Iterable[MonthlyAttainment],
    *,
    as_of: dt.date,
    months: int = 6,
    flat_slope: float = 0.02,
    noise_z: float = 2.0,
) -> PlateauReading:
    """Plateaued when, over the last `months` complete calendar months before `as_of`'s month,
    results neither rose nor fell beyond what their month-to-month noise explains, and their
    level is one the rep had already reached:

    - the least-squares slope of monthly attainment lies within ± (`flat_slope` + `noise_z` ×
      its standard error) — attainment per month; 0.02 = two points of quota a month; with
      `noise_z` = 2 a slope is only read as a rise or a fall when it stands out of the noise;
    - the mean attainment of the window is no higher than the best month before it.

    Without `months` complete months and at least one earlier month, there is no plateau."""
    if months < 2:
        raise ValueError("months must be at least 2 to read a slope")
    complete = sorted(
        (m for m in monthly if _month_index(m.month) < _month_index(as_of)),
        key=lambda m: m.month,
    )
    window, prior = complete[-months:], complete[:-months]
    if len(window) < months or not prior:
        return PlateauReading(len(window), None, None, None, plateaued=False)
    xs = [_month_index(m.month) for m in window]
    ys = [m.attainment for m in window]
    fit = statistics.linear_regression(xs, ys)
    error = _slope_error(xs, ys, fit.slope, fit.intercept)
    prior_best = max(m.attainment for m in prior)
    recent_best = max(ys)
    recent_mean = statistics.fmean(ys)
    plateaued = (
        abs(fit.slope) <= flat_slope + noise_z * error + ROUNDING
        and recent_mean <= prior_best + ROUNDING
    )
    return PlateauReading(
        len(window), fit.slope, prior_best, recent_best, plateaued, recent_mean, error
    )


@dataclass(frozen=True)
class LimitedPerformanceFlag:
    """Flagged when results plateaued and, in the recent weeks, a support was missing."""

    flagged: bool
    reasons: tuple[str, ...]
    evidence: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        return {"flagged": self.flagged, "reasons": list(self.reasons), "evidence": self.evidence}


def flag_limited_performance(
    monthly: Iterable[MonthlyAttainment],
    *,
    goals: Sequence[GoalRecord],
    session_dates: Iterable[dt.date],
    as_of: dt.date,
    weeks: int = 12,
    months: int = 6,
    flat_slope: float = 0.02,
    noise_z: float = 2.0,
) -> LimitedPerformanceFlag:
    """Flag a rep whose results plateaued (`read_plateau`) and who, in the `weeks` weeks up to
    `as_of`, had no stretch goal (a sales goal with target above previous attainment), or no
    learning goal, or no coaching session: the loop where a manager accepts a level and the
    rep settles at it."""
    plateau = read_plateau(
        monthly, as_of=as_of, months=months, flat_slope=flat_slope, noise_z=noise_z
    )
    since = as_of - dt.timedelta(weeks=weeks)
    recent = [g for g in goals if since < g.set_on <= as_of]
    sessions = sorted(d for d in session_dates if d <= as_of)
    coached = any(d > since for d in sessions)
    stretch = any(g.stretches for g in recent)
    lowered = any(g.lowered for g in recent)
    learning = any(g.kind == "learning" for g in recent)
    missing = []
    if not stretch:
        missing.append(
            f"no stretch goal in the last {weeks} weeks"
            + (" (a sales goal was set below previous attainment)" if lowered else "")
        )
    if not learning:
        missing.append(f"no learning goal in the last {weeks} weeks")
    if not coached:
        missing.append(f"no coaching session in the last {weeks} weeks")
    flagged = plateau.plateaued and bool(missing)
    reasons: tuple[str, ...] = ()
    if flagged:
        slope, mean, prior_best = (
            x or 0.0 for x in (plateau.slope_per_month, plateau.recent_mean, plateau.prior_best)
        )  # all set when plateaued
        reasons = (
            f"results have been flat for {plateau.months} months ({slope:+.1%} a month, "
            f"averaging {mean:.0%} against an earlier best month of {prior_best:.0%})",
            *missing,
        )
    evidence = {
        "plateaued": plateau.plateaued,
        "months": plateau.months,
        "slope_per_month": plateau.slope_per_month,
        "prior_best": plateau.prior_best,
        "recent_best": plateau.recent_best,
        "recent_mean": plateau.recent_mean,
        "slope_error": plateau.slope_error,
        "weeks": weeks,
        "stretch_goal": stretch,
        "lowered_goal": lowered,
        "learning_goal": learning,
        "last_session_on": sessions[-1].isoformat() if sessions else None,
    }
    return LimitedPerformanceFlag(flagged, reasons, evidence)


# --- results and quotas as the flag reads them ------------------------------------------------

DAYS_PER_MONTH = 365.25 / 12


def month_start(day: dt.date, months_back: int = 0) -> dt.date:
    """The first day of `day`'s month, `months_back` months earlier."""
    index = day.year * 12 + day.month - 1 - months_back
    return dt.date(index // 12, index % 12 + 1, 1)


def _month_end(month: dt.date) -> dt.date:
    return month.replace(day=calendar.monthrange(month.year, month.month)[1])


def monthly_attainment(
    won: Iterable[tuple[dt.date, Decimal]],
    quotas: Iterable[tuple[dt.date, dt.date, Decimal]],
    *,
    as_of: dt.date,
    months: int = 12,
) -> list[MonthlyAttainment]:
    """Won amount closed in each of the `months` calendar months before `as_of`'s month, over
    the quota for that month (each quota spread evenly over the days of its period). Months
    with no quota in force have no attainment and are left out."""
    won_by_month: dict[dt.date, Decimal] = defaultdict(Decimal)
    for closed_on, amount in won:
        won_by_month[month_start(closed_on)] += amount
    quota_list = list(quotas)
    result: list[MonthlyAttainment] = []
    for back in range(months, 0, -1):
        month = month_start(as_of, back)
        end = _month_end(month)
        quota = Decimal(0)
        for start, stop, amount in quota_list:
            overlap = (min(stop, end) - max(start, month)).days + 1
            if overlap > 0:
                quota += amount * overlap / ((stop - start).days + 1)
        if quota > 0:
            result.append(MonthlyAttainment(month, float(won_by_month[month] / quota)))
    return result


def _per_month(start: dt.date, stop: dt.date, amount: Decimal) -> float:
    """A quota's amount per month of its period (a period counts as whole months, at least 1)."""
    months = max(1, round(((stop - start).days + 1) / DAYS_PER_MONTH))
    return float(amount) / months


def quota_goals(
    quotas: Iterable[tuple[dt.date, dt.date, Decimal]], *, as_of: dt.date, weeks: int = 12
) -> list[GoalRecord]:
    """Quotas read as sales goals: a quota in force at any time in the last `weeks` weeks counts
    as set in that window; its target is its amount per month of its period and its baseline the
    previous quota's, so a raised quota stretches and a lowered one is named as lowered."""
    since = as_of - dt.timedelta(weeks=weeks)
    ordered = sorted(quotas)
    goals: list[GoalRecord] = []
    for index, (start, stop, amount) in enumerate(ordered):
        if stop <= since or start > as_of:
            continue
        rate = _per_month(start, stop, amount)
        baseline = _per_month(*ordered[index - 1]) if index else None
        set_on = min(max(start, since + dt.timedelta(days=1)), as_of)
        goals.append(GoalRecord("sales", set_on, target=rate, baseline=baseline))
    return goals
