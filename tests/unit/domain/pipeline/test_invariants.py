"""Invariants on random pipelines: rates stay in 0..1, durations are never negative."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from salescoach.domain.pipeline.conversion import measure_stage_conversion, stage_stints
from salescoach.domain.pipeline.forecast import forecast_accuracy
from salescoach.domain.pipeline.records import (
    ActivityRecord,
    DealRecord,
    Outcome,
    StageChangeRecord,
)
from salescoach.domain.pipeline.time_allocation import allocate_time
from salescoach.domain.pipeline.win_loss import count_outcomes, measure_cycle_time
from tests.unit.domain.pipeline.builders import D0, STAGES

stage_names = st.sampled_from([s.name for s in STAGES])
OUTCOMES: tuple[Outcome, ...] = ("open", "won", "lost")
days = st.integers(min_value=0, max_value=400)
START = dt.datetime(2025, 6, 1, tzinfo=dt.UTC)
MONDAY = dt.datetime(2026, 1, 5, tzinfo=dt.UTC)


@st.composite
def deals(draw: st.DrawFn) -> DealRecord:
    outcome = draw(st.sampled_from(OUTCOMES))
    created = D0 + dt.timedelta(days=draw(days))
    closed = None if outcome == "open" else created + dt.timedelta(days=draw(days) - 30)
    return DealRecord(
        deal_id=str(draw(st.integers(0, 30))),
        owner="ana@acme.test",
        amount=Decimal(draw(st.integers(0, 10_000))),
        created_on=created,
        closed_on=closed,
        stage=draw(stage_names),
        outcome=outcome,
    )


changes = st.builds(
    StageChangeRecord,
    deal_id=st.integers(0, 30).map(str),
    stage=stage_names,
    entered_at=st.integers(0, 2 * 365 * 24 * 60).map(lambda m: START + dt.timedelta(minutes=m)),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(deals(), max_size=25, unique_by=lambda d: d.deal_id), st.lists(changes))
def test_rates_are_shares_and_stints_and_cycles_are_never_negative(
    pipeline: list[DealRecord], history: list[StageChangeRecord]
) -> None:
    outcomes = count_outcomes(pipeline)
    assert outcomes.win_rate is None or 0.0 <= outcomes.win_rate <= 1.0
    for row in measure_stage_conversion(pipeline, history, STAGES):
        assert 0 <= row.advanced <= row.reached
        assert row.rate is None or 0.0 <= row.rate <= 1.0
    for stint in stage_stints(pipeline, history, as_of=dt.date(2026, 6, 1)):
        assert stint.days >= 0
    cycle = measure_cycle_time(pipeline)
    assert cycle.median_days is None or cycle.median_days >= 0


@given(st.integers(0, 10**9), st.integers(0, 10**9))
def test_forecast_accuracy_stays_between_zero_and_one(forecast: int, actual: int) -> None:
    accuracy = forecast_accuracy(forecast=Decimal(forecast), actual=Decimal(actual))
    assert (accuracy is None) == (forecast == 0)
    assert accuracy is None or 0.0 <= accuracy <= 1.0


activities = st.builds(
    ActivityRecord,
    person=st.just("ana@acme.test"),
    occurred_at=st.integers(0, 7 * 24 * 60 - 1).map(lambda m: MONDAY + dt.timedelta(minutes=m)),
    duration_min=st.integers(-10, 600),
    customer_facing=st.booleans(),
)


@given(st.lists(activities, max_size=30))
def test_time_allocation_shares_stay_in_range_and_overlaps_count_once(
    calendar: list[ActivityRecord],
) -> None:
    alloc = allocate_time(calendar, start=dt.date(2026, 1, 5), end=dt.date(2026, 1, 11))
    assert alloc.customer_hours_per_week >= 0
    assert alloc.fragmentation is None or 0.0 <= alloc.fragmentation <= 1.0
    assert alloc.customer_share is None or 0.0 <= alloc.customer_share <= 1.0
    # Merged clock time never exceeds the plain sum of durations.
    assert alloc.scheduled_min <= alloc.customer_min + alloc.internal_min + 1e-9
    assert 0 <= alloc.short_block_min <= alloc.scheduled_min
