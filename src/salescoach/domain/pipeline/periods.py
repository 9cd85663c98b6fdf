"""Calendar periods (months, quarters) as sortable keys, for per-period figures."""

from __future__ import annotations

import datetime as dt
from typing import Literal

PeriodUnit = Literal["month", "quarter"]


def period_key(day: dt.date, *, unit: PeriodUnit) -> str:
    """The period a day falls in: "2026-03" for a month, "2026-Q1" for a quarter."""
    if unit == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"


def period_start(day: dt.date, *, unit: PeriodUnit) -> dt.date:
    """The first day of the period a day falls in."""
    month = day.month if unit == "month" else (day.month - 1) // 3 * 3 + 1
    return dt.date(day.year, month, 1)


def last_periods(as_of: dt.date, *, unit: PeriodUnit, count: int) -> tuple[str, ...]:
    """The keys of the `count` periods ending with the one holding `as_of`, oldest first."""
    step = 1 if unit == "month" else 3
    index = as_of.year * 12 + as_of.month - 1
    keys = []
    for back in range(count - 1, -1, -1):
        month_index = index - back * step
        keys.append(period_key(dt.date(month_index // 12, month_index % 12 + 1, 1), unit=unit))
    return tuple(keys)
