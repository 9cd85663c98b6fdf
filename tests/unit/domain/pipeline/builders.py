"""Tiny record builders shared by the pipeline tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from salescoach.domain.pipeline.records import (
    ActivityRecord,
    DealRecord,
    Outcome,
    StageChangeRecord,
    StageDef,
)

D0 = dt.date(2026, 1, 1)
STAGES = (
    StageDef(1, "Approach", "approach"),
    StageDef(2, "Interview", "interview"),
    StageDef(3, "Demonstrate", "demonstrate"),
    StageDef(4, "Validate", "validate"),
    StageDef(5, "Negotiate", "negotiate"),
    StageDef(6, "Close", "close"),
)


def deal(
    deal_id: str,
    outcome: Outcome = "open",
    stage: str = "Approach",
    *,
    owner: str = "ana@acme.test",
    amount: int = 100,
    created: dt.date = D0,
    closed: dt.date | None = None,
    forecast: str = "pipeline",
    history: tuple[str, ...] = (),
) -> DealRecord:
    if outcome != "open" and closed is None:
        closed = created + dt.timedelta(days=30)
    return DealRecord(
        deal_id=deal_id,
        owner=owner,
        amount=Decimal(amount),
        created_on=created,
        closed_on=closed,
        stage=stage,
        outcome=outcome,
        forecast_category=forecast,
        forecast_history=history,
    )


def change(deal_id: str, stage: str, day: dt.date) -> StageChangeRecord:
    return StageChangeRecord(deal_id, stage, dt.datetime.combine(day, dt.time(9), tzinfo=dt.UTC))


def activity(
    start: str, minutes: int, *, facing: bool = True, person: str = "ana@acme.test"
) -> ActivityRecord:
    return ActivityRecord(
        person=person,
        occurred_at=dt.datetime.fromisoformat(start).replace(tzinfo=dt.UTC),
        duration_min=minutes,
        customer_facing=facing,
    )
