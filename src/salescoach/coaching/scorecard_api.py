"""JSON API for the rep scorecard: the customer conversation, the coach, recommendations, goals."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from ninja import Field, Router, Schema

from salescoach.coaching import selectors
from salescoach.coaching.selectors import Scorecard
from salescoach.domain.diagnosis.progress import GoalProgress, Reading
from salescoach.goals.models import Goal
from salescoach.org.api import ERRORS, api_viewer

router = Router(tags=["scorecard"])

SELLING_WEEKS = 12  # the scorecard's weekly selling time covers the last twelve weeks


class WinRateOut(Schema):
    rep: float | None = Field(description="Won / (won + lost) of the rep's deals, 0..1.")
    team: float | None = Field(description="The same for the rest of the rep's team.")
    org: float | None = Field(description="The same for the rest of the organisation.")
    won: int
    lost: int


class StageLossOut(Schema):
    stage: str
    lost: int = Field(description="Deals lost while in this stage.")


class SellingWeekOut(Schema):
    week_start: dt.date
    customer_hours: float = Field(description="Customer-facing hours that week.")


class ScorecardCallsOut(Schema):
    count: int = Field(description="Analysed sales calls.")
    rep_talk_share: float | None = Field(description="Mean share of speech by the rep, 0..1.")
    discovery_rep_talk_share: float | None = Field(
        description="The same in the discovery (interview) part of calls, 0..1."
    )
    questions: float | None = Field(description="Mean questions asked by the rep per call.")
    paraphrases: float | None = Field(description="Mean paraphrases per call.")
    pitch_before_need: float | None = Field(
        description="Share of calls where the product came before the customer's need, 0..1."
    )


class ScorecardCustomersOut(Schema):
    win_rate: WinRateOut
    open_deals: int
    losses_by_stage: list[StageLossOut]
    weekly_selling: list[SellingWeekOut]
    selling_hours_per_week: float = Field(description="Mean customer-facing hours per week.")
    fragmentation: float | None = Field(
        description="Share of scheduled time in blocks under 30 minutes, 0..1."
    )
    calls: ScorecardCallsOut


class ScorecardCoachOut(Schema):
    sessions_90d: int = Field(description="Coaching sessions held in the last 90 days.")
    last_session: dt.datetime | None
    open_commitments: int
    next_check_in: dt.datetime | None


class ScorecardRecommendationOut(Schema):
    id: int
    area: str
    title: str
    why: str
    evidence: list[dict[str, Any]] = Field(
        description="The figures behind it: metric, label, unit, value, team_median, "
        "org_median, sample, holds. A self-belief item has team_median and org_median null "
        "(they pool colleagues' private answers); for a rep who does not share the "
        "achievement-drive summary with the caller, value, sample and holds are null too and "
        "`withheld` says why."
    )
    confidence: float = Field(description="0..1")
    status: str


class GoalReadingOut(Schema):
    on: dt.date = Field(description="The day the figure was read as of.")
    value: float | None = Field(
        description="The figure in its unit; null when the evidence is short of "
        "`evidence_needed`, or carries no figure."
    )
    evidence: int = Field(
        description="Units of evidence in the window behind the reading (see `evidence_unit`)."
    )
    evidence_needed: int = Field(description="The least evidence the figure is read from.")
    enough_evidence: bool


class GoalProgressOut(Schema):
    metric: str
    label: str
    unit: str = Field(description="share (0..1), count, seconds, hours or points (0-100)")
    better: str | None = Field(description="higher | lower: the way the figure should move.")
    evidence_unit: str = Field(
        description="What the evidence counts, e.g. closed deals; empty when `withheld`."
    )
    window: str = Field(description="What each reading covers, in words.")
    at_start: GoalReadingOut | None = Field(
        description="Read on the day the goal was agreed; null when `withheld`."
    )
    now: GoalReadingOut | None = Field(
        description="Read today or at the end of the goal's period, whichever is earlier; null "
        "until a day after the goal was agreed, and when `withheld`."
    )
    direction: str | None = Field(
        description="better | worse | unchanged; null when a reading has no value."
    )
    withheld: str | None = Field(
        description="Why the readings are left out, null when they are shown: self-belief comes "
        "from the rep's private self-assessment, so only the rep and whoever the rep shares "
        "the achievement-drive summary with see its readings (and the evidence behind them)."
    )


class ScorecardGoalOut(Schema):
    id: int
    kind: str = Field(description="sales, learning or personal")
    title: str
    why: str
    practice: str
    measure: str
    baseline: Decimal | None
    target: Decimal | None
    period_start: dt.date
    period_end: dt.date
    status: str
    source_id: int | None = Field(description="The recommendation the goal came from.")
    progress: GoalProgressOut | None = Field(
        description="A learning goal's figure then and now (docs/metrics.md); null for other "
        "goals and for a measure that is not a diagnosis figure."
    )


class ScorecardOut(Schema):
    person_id: int
    name: str
    team_id: int | None
    since: dt.date = Field(description="Deal figures count deals closed since this day.")
    customers: ScorecardCustomersOut
    coach: ScorecardCoachOut
    recommendations: list[ScorecardRecommendationOut]
    goals: list[ScorecardGoalOut]


def _scorecard_json(card: Scorecard, today: dt.date) -> dict[str, Any]:
    customers = card.customers
    first_week = today - dt.timedelta(weeks=SELLING_WEEKS)
    check_in = card.coach.get("next_check_in")
    return {
        "person_id": card.person.pk,
        "name": card.person.name,
        "team_id": card.person.team_id,
        "since": card.since,
        "customers": {
            "win_rate": customers["win_rate"],
            "open_deals": customers["open_deals"],
            "losses_by_stage": [
                {"stage": bar.label, "lost": int(bar.value)} for bar in customers["losses_by_stage"]
            ],
            "weekly_selling": [
                {"week_start": first_week + dt.timedelta(weeks=i), "customer_hours": bar.value}
                for i, bar in enumerate(customers["weekly_selling"])
            ],
            "selling_hours_per_week": customers["selling_hours_per_week"],
            "fragmentation": customers["fragmentation"],
            "calls": customers["calls"],
        },
        "coach": {
            "sessions_90d": card.coach["sessions_90d"],
            "last_session": card.coach["last_session"],
            "open_commitments": card.coach["open_commitments"],
            "next_check_in": check_in.due_at if check_in is not None else None,
        },
        "recommendations": card.recommendations,
        "goals": [_goal_json(goal, progress) for goal, progress in card.goal_rows],
    }


def _reading_json(reading: Reading | None) -> dict[str, Any] | None:
    if reading is None:
        return None
    return {
        "on": reading.on,
        "value": reading.value,
        "evidence": reading.evidence,
        "evidence_needed": reading.needed,
        "enough_evidence": reading.enough,
    }


def progress_json(progress: GoalProgress | None) -> dict[str, Any] | None:
    """A learning goal's progress in the shape of GoalProgressOut; None stays None."""
    if progress is None:
        return None
    return {
        "metric": progress.metric,
        "label": progress.label,
        "unit": progress.unit,
        "better": progress.better,
        "evidence_unit": "" if progress.start is None else progress.start.noun[1],
        "window": progress.window,
        "at_start": _reading_json(progress.start),
        "now": _reading_json(progress.end),
        "direction": progress.direction,
        "withheld": progress.withheld or None,
    }


def _goal_json(goal: Goal, progress: GoalProgress | None) -> dict[str, Any]:
    fields = {
        name: getattr(goal, name) for name in ScorecardGoalOut.model_fields if name != "progress"
    }
    return {**fields, "progress": progress_json(progress)}


@router.get(
    "/people/{person_id}/scorecard",
    response={200: ScorecardOut, **ERRORS},
    summary="A rep's scorecard",
    description=(
        "The customer conversation from pipeline, activity and call evidence (win rate beside "
        "team and organisation, where deals are lost, weekly selling time, call figures), the "
        "coaching support, open recommendations and goals. 404 outside the caller's scope."
    ),
)
def get_scorecard(request: HttpRequest, person_id: int) -> dict[str, Any]:
    today = timezone.localdate()
    card = selectors.scorecard_for_viewer(
        viewer=api_viewer(request), person_id=person_id, today=today
    )
    return _scorecard_json(card, today)
