"""Forecast accuracy per period, periods, and time allocation with fragmentation."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from salescoach.domain.pipeline.forecast import (
    PeriodForecast,
    committed_amount_by_period,
    forecast_accuracy,
    measure_forecast_accuracy,
)
from salescoach.domain.pipeline.periods import last_periods, period_key, period_start
from salescoach.domain.pipeline.time_allocation import allocate_time, merge_blocks
from tests.unit.domain.pipeline.builders import activity, deal


@pytest.mark.parametrize(
    ("forecast", "actual", "expected"),
    [
        (100, 100, 1.0),
        (100, 80, 0.8),  # 1 − 20 / 100
        (100, 125, 0.75),  # 1 − 25 / 100: over-delivering is a miss too
        (100, 0, 0.0),  # 1 − 100 / 100
        (100, 300, 0.0),  # 1 − 200 / 100 = −1, clamped to 0
        (0, 50, None),  # nothing forecast: no accuracy
    ],
)
def test_forecast_accuracy_is_one_minus_the_relative_miss_clamped(
    forecast: int, actual: int, expected: float | None
) -> None:
    result = forecast_accuracy(forecast=Decimal(forecast), actual=Decimal(actual))
    assert result == (None if expected is None else pytest.approx(expected))


def test_the_commit_forecast_is_rebuilt_from_committed_deals_per_close_period() -> None:
    deals = [
        deal("A", "won", "Close", amount=60, closed=dt.date(2026, 2, 1), forecast="commit"),
        deal("B", "lost", "Validate", amount=40, closed=dt.date(2026, 3, 1), forecast="commit"),
        deal("C", "won", "Close", amount=30, closed=dt.date(2026, 3, 9), history=("best_case",)),
        deal("D", "won", "Close", amount=50, closed=dt.date(2026, 4, 2), history=("commit",)),
        deal("O", "open", "Validate", amount=999, forecast="commit"),  # period unknown
    ]
    # Q1 committed: A 60 + B 40 = 100; won: A 60 + C 30 = 90 → accuracy 1 − 10/100 = 0.9.
    # Q2 committed: D 50; won: D 50 → 1.0.
    assert committed_amount_by_period(deals, unit="quarter") == {
        "2026-Q1": Decimal(100),
        "2026-Q2": Decimal(50),
    }
    q1, q2 = measure_forecast_accuracy(deals, unit="quarter")
    assert q1 == PeriodForecast("2026-Q1", Decimal(100), Decimal(90))
    assert q1.accuracy == pytest.approx(0.9)
    assert q1.bias == pytest.approx(-0.1)  # (90 − 100) / 100: over-called
    assert q2.accuracy == pytest.approx(1.0)


def test_stored_forecasts_replace_the_rebuilt_one_and_wins_without_a_forecast_show() -> None:
    deals = [deal("A", "won", "Close", amount=80, closed=dt.date(2026, 1, 5))]
    jan, feb = measure_forecast_accuracy(deals, unit="month", forecasts={"2026-02": Decimal(10)})
    assert jan == PeriodForecast("2026-01", Decimal(0), Decimal(80))
    assert (jan.accuracy, jan.bias) == (None, None)
    assert feb == PeriodForecast("2026-02", Decimal(10), Decimal(0))
    assert feb.accuracy == 0.0


@pytest.mark.parametrize(
    ("day", "unit", "key", "start"),
    [
        (dt.date(2026, 3, 31), "month", "2026-03", dt.date(2026, 3, 1)),
        (dt.date(2026, 3, 31), "quarter", "2026-Q1", dt.date(2026, 1, 1)),
        (dt.date(2026, 11, 2), "quarter", "2026-Q4", dt.date(2026, 10, 1)),
    ],
)
def test_periods_have_sortable_keys_and_first_days(
    day: dt.date, unit: str, key: str, start: dt.date
) -> None:
    assert period_key(day, unit=unit) == key  # type: ignore[arg-type]
    assert period_start(day, unit=unit) == start  # type: ignore[arg-type]


def test_the_last_periods_end_with_the_as_of_period_across_a_year_end() -> None:
    as_of = dt.date(2026, 2, 10)
    assert last_periods(as_of, unit="quarter", count=3) == ("2025-Q3", "2025-Q4", "2026-Q1")
    assert last_periods(as_of, unit="month", count=3) == ("2025-12", "2026-01", "2026-02")


MONDAY = dt.date(2026, 1, 5)


def test_selling_hours_internal_hours_and_fragmentation_over_one_week() -> None:
    activities = [
        activity("2026-01-05T09:00", 60),  # customer
        activity("2026-01-05T10:00", 15, facing=False),  # touches the first: one 75-min block
        activity("2026-01-05T13:00", 20, facing=False),  # alone: a 20-min fragment
        activity("2026-01-06T09:00", 30),  # exactly 30 min: not a fragment
        activity("2026-01-06T09:10", 10),  # inside the previous one
        activity("2026-01-07T16:00", 25),  # alone: a 25-min fragment
        activity("2026-01-12T09:00", 600),  # next week: outside the period
        activity("2026-01-08T09:00", 0),  # no duration: ignored
    ]
    alloc = allocate_time(activities, start=MONDAY, end=MONDAY + dt.timedelta(days=6))
    # Customer: 60 + 30 + 10 + 25 = 125 min; internal: 15 + 20 = 35 min; 1 week.
    assert (alloc.weeks, alloc.customer_min, alloc.internal_min) == (1.0, 125, 35)
    assert alloc.customer_hours_per_week == pytest.approx(125 / 60)
    assert alloc.internal_hours_per_week == pytest.approx(35 / 60)
    assert alloc.customer_share == pytest.approx(125 / 160)
    # Blocks: Mon 75 + 20, Tue 30, Wed 25 → 150 scheduled; fragments 20 + 25 = 45 → 0.3.
    assert (alloc.scheduled_min, alloc.short_block_min) == (150, 45)
    assert alloc.fragmentation == pytest.approx(0.3)


def test_an_empty_calendar_has_no_fragmentation_and_no_hours() -> None:
    alloc = allocate_time([], start=MONDAY, end=MONDAY + dt.timedelta(days=13))
    assert alloc.weeks == 2.0
    assert (alloc.customer_hours_per_week, alloc.fragmentation, alloc.customer_share) == (
        0.0,
        None,
        None,
    )


def test_a_period_that_ends_before_it_starts_has_no_weeks_and_no_hours() -> None:
    alloc = allocate_time(
        [activity("2026-01-05T09:00", 60)], start=MONDAY, end=MONDAY - dt.timedelta(days=3)
    )
    assert (alloc.weeks, alloc.customer_hours_per_week, alloc.internal_hours_per_week) == (
        0.0,
        0.0,
        0.0,
    )


def test_blocks_merge_when_they_overlap_or_touch_but_not_across_a_gap() -> None:
    at = dt.datetime(2026, 1, 5, 9, tzinfo=dt.UTC)
    minutes = dt.timedelta(minutes=1)
    spans = [(at + 40 * minutes, at + 50 * minutes), (at, at + 20 * minutes)]
    spans.append((at + 20 * minutes, at + 30 * minutes))  # touches the first
    assert merge_blocks(spans) == [
        (at, at + 30 * minutes),
        (at + 40 * minutes, at + 50 * minutes),
    ]


def test_day_span_bounds_whole_days_in_the_zone() -> None:
    import zoneinfo

    from salescoach.domain.pipeline.periods import day_span

    berlin = zoneinfo.ZoneInfo("Europe/Berlin")
    opens, closes = day_span(dt.date(2026, 3, 28), dt.date(2026, 3, 29), tz=berlin)
    # Saturday 00:00 CET is Friday 23:00 UTC; the end is Monday 00:00 CEST (clocks went
    # forward on Sunday 29 March), Sunday 22:00 UTC.
    assert opens.astimezone(dt.UTC) == dt.datetime(2026, 3, 27, 23, tzinfo=dt.UTC)
    assert closes.astimezone(dt.UTC) == dt.datetime(2026, 3, 29, 22, tzinfo=dt.UTC)
