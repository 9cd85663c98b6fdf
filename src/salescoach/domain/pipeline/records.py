"""Plain records of the pipeline, as the analysis core takes them (no database types)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal, get_args

Outcome = Literal["open", "won", "lost"]
Phase = Literal["approach", "interview", "demonstrate", "validate", "negotiate", "close"]
OUTCOMES: tuple[str, ...] = get_args(Outcome)
PHASES: tuple[str, ...] = get_args(Phase)
FORECAST_CATEGORIES = ("pipeline", "best_case", "commit", "omitted", "closed")
FORECASTED = frozenset({"commit", "best_case"})  # categories a rep has called as likely to close
DECISION_PHASES = frozenset({"validate", "negotiate"})  # where the prospect decides
EARLY_PHASES = frozenset({"approach", "interview"})  # before a solution is demonstrated


@dataclass(frozen=True)
class DealRecord:
    """One deal: who owns it, what it is worth, where it is (or ended) and how it ended.

    `stage` is the name of the stage the deal is in now, or was in when it closed; names match
    `StageDef.name`. `forecast_history` holds every forecast category the deal was ever in
    (the current one is always counted too)."""

    deal_id: str
    owner: str  # the owner's e-mail address, used as the person key
    amount: Decimal
    created_on: dt.date
    closed_on: dt.date | None
    stage: str
    outcome: Outcome
    loss_reason: str = ""
    forecast_category: str = "pipeline"
    forecast_history: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.outcome not in OUTCOMES:
            raise ValueError(f"deal {self.deal_id}: unknown outcome {self.outcome!r}")

    @property
    def was_forecast(self) -> bool:
        """In the commit or best-case category at close or at any time before."""
        return bool(FORECASTED & {self.forecast_category, *self.forecast_history})


@dataclass(frozen=True)
class StageChangeRecord:
    """A deal entering a stage at a moment (one row of the deal's stage history)."""

    deal_id: str
    stage: str
    entered_at: dt.datetime


@dataclass(frozen=True)
class ActivityRecord:
    """One activity in a person's calendar or log; construct it with keywords.

    The first four fields are the ones time allocation needs, so they come first."""

    person: str
    occurred_at: dt.datetime
    duration_min: int
    customer_facing: bool
    activity_id: str = ""
    deal_id: str | None = None
    type: str = "meeting"  # call | email | meeting | content_share | prospect_reply | task


@dataclass(frozen=True)
class QuotaRecord:
    """A person's quota (amount to win) for a period, both ends included."""

    person: str
    period_start: dt.date
    period_end: dt.date
    amount: Decimal


@dataclass(frozen=True)
class StageDef:
    """A stage of the sales process and the customer-journey phase it belongs to."""

    order: int
    name: str
    phase: str  # one of PHASES
