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


def day_span(first: dt.date, last: dt.date, *, tz: dt.tzinfo) -> tuple[dt.datetime, dt.datetime]:
    """The moments that bound the days `first` to `last` (both included) in a time zone: the
    start of `first` and the start of the day after `last`. Comparing stored moments with these
    (>= and <) selects the same rows as casting each moment to its date, without the cast."""
    opens = dt.datetime.combine(first, dt.time(), tzinfo=tz)
    closes = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), tzinfo=tz)
    return opens, closes
