"""Reads of goals and recommendations, always through the access layer."""

from __future__ import annotations

import datetime as dt
import statistics
from typing import Any

from django.db.models import QuerySet

from salescoach.calls.models import CallAnalysis
from salescoach.domain.diagnosis.recommend import RepEvidence
from salescoach.domain.pipeline.records import ActivityRecord, DealRecord
from salescoach.domain.pipeline.time_allocation import allocate_time
from salescoach.domain.pipeline.win_loss import count_outcomes, loss_share_at, win_rate_from
from salescoach.goals.models import Goal, Recommendation, RecommendationStatus
from salescoach.org.access import Viewer, get_or_404, restrict
from salescoach.org.models import Organization, Person, Role
from salescoach.pipeline.models import Activity, Deal, Stage, StageChange


def visible_goals(*, viewer: Viewer, person_id: int | None = None) -> QuerySet[Goal]:
    """Goals the viewer may see, by person, kind and newest period first."""
    goals = restrict(Goal.objects.select_related("person", "source"), viewer)
    if person_id is not None:
        goals = goals.filter(person_id=person_id)
    return goals.order_by("person__name", "kind", "-period_start", "pk")


def get_goal_for_viewer(*, viewer: Viewer, pk: int) -> Goal:
    return get_or_404(Goal.objects.select_related("person"), viewer, pk=pk)


def visible_recommendations(
    *, viewer: Viewer, person_id: int | None = None, open_only: bool = True
) -> QuerySet[Recommendation]:
    """Recommendations the viewer may see, most confident first."""
    recommendations = restrict(Recommendation.objects.select_related("person"), viewer)
    if person_id is not None:
        recommendations = recommendations.filter(person_id=person_id)
    if open_only:
        recommendations = recommendations.filter(status=RecommendationStatus.OPEN)
    return recommendations.order_by("-confidence", "pk")


def get_recommendation_for_viewer(*, viewer: Viewer, pk: int) -> Recommendation:
    return get_or_404(Recommendation.objects.select_related("person"), viewer, pk=pk)


def _results_trend(deals: list[DealRecord], *, as_of: dt.date) -> tuple[float | None, int]:
    """Relative slope of quarterly won amount over the last four quarters (per quarter, as a
    share of the mean); and how many quarters had closed deals."""
    quarters: dict[int, float] = {}
    for deal in deals:
        if deal.outcome == "won" and deal.closed_on is not None:
            age = (
                as_of.year * 12 + as_of.month - deal.closed_on.year * 12 - deal.closed_on.month
            ) // 3
            if 0 <= age < 4:
                quarters[3 - age] = quarters.get(3 - age, 0.0) + float(deal.amount)
    series = [quarters.get(q, 0.0) for q in range(4)]
    mean = statistics.mean(series)
    if mean <= 0:
        return None, len(quarters)
    slope = statistics.linear_regression(range(4), series).slope
    return slope / mean, len(quarters)


def rep_evidence(
    *, organization: Organization, as_of: dt.date
) -> dict[int, tuple[RepEvidence, int | None]]:
    """Every active rep's evidence for the diagnosis, with their team id (operator reads:
    callers scope the output)."""
    process_stages = {s.pk: s for s in Stage.objects.filter(process__organization=organization)}
    decide = {s.order for s in process_stages.values() if s.phase in ("validate", "negotiate")}
    early = {s.order for s in process_stages.values() if s.phase in ("approach", "interview")}
    reps = list(Person.objects.filter(organization=organization, role=Role.REP, is_active=True))
    reached: dict[int, list[int]] = {}
    for deal_id, stage_id in StageChange.objects.filter(organization=organization).values_list(
        "deal_id", "stage_id"
    ):
        reached.setdefault(deal_id, []).append(process_stages[stage_id].order)
    deals_by_rep: dict[int, list[DealRecord]] = {}
    for d in Deal.objects.filter(organization=organization).only(
        "pk",
        "owner_id",
        "amount",
        "created_on",
        "closed_on",
        "stage_id",
        "outcome",
        "forecast_category",
    ):
        deals_by_rep.setdefault(d.owner_id, []).append(
            DealRecord(
                str(d.pk),
                str(d.owner_id),
                d.amount,
                d.created_on,
                d.closed_on,
                process_stages[d.stage_id].order if d.stage_id else 0,
                d.outcome,
                d.forecast_category,
                tuple(sorted(reached.get(d.pk, []))),
            )
        )
    window_start = as_of - dt.timedelta(weeks=12)
    acts: dict[int, list[ActivityRecord]] = {}
    for person_id, start, minutes, facing in Activity.objects.filter(
        organization=organization,
        occurred_at__date__gte=window_start,
        occurred_at__date__lte=as_of,
        duration_min__gt=0,
    ).values_list("person_id", "occurred_at", "duration_min", "customer_facing"):
        acts.setdefault(person_id, []).append(
            ActivityRecord(str(person_id), start, minutes, facing)
        )
    calls: dict[int, list[dict[str, Any]]] = {}
    for owner_id, result in CallAnalysis.objects.filter(
        organization=organization, call__kind="sales"
    ).values_list("call__owner_id", "result"):
        calls.setdefault(owner_id, []).append(result)

    out: dict[int, tuple[RepEvidence, int | None]] = {}
    for rep in reps:
        deals = deals_by_rep.get(rep.pk, [])
        outcomes = count_outcomes(deals)
        alloc = allocate_time(acts.get(rep.pk, []), start=window_start, end=as_of)
        rep_calls = calls.get(rep.pk, [])
        trend, quarters = _results_trend(deals, as_of=as_of)
        decide_rate, decided = win_rate_from(deals, min(decide)) if decide else (None, 0)

        def mean_of(key: str, calls: list[dict[str, Any]] = rep_calls) -> float | None:
            values = [float(c[key]) for c in calls if c.get(key) is not None]
            return statistics.mean(values) if values else None

        metrics: dict[str, float | None] = {
            "win_rate": outcomes.win_rate,
            "decide_win_rate": decide_rate,
            "loss_share_decide": loss_share_at(deals, decide),
            "loss_share_early": loss_share_at(deals, early),
            "customer_hours_per_week": alloc.customer_hours_per_week if acts.get(rep.pk) else None,
            "fragmentation": alloc.fragmentation,
            "discovery_rep_talk_share": mean_of("discovery_rep_talk_share"),
            "rep_talk_share": mean_of("rep_talk_share"),
            "pitch_before_need_share": (
                sum(1 for c in rep_calls if c.get("pitch_before_need")) / len(rep_calls)
                if rep_calls
                else None
            ),
            "paraphrases_per_call": mean_of("paraphrases"),
            "customer_story_s": mean_of("longest_customer_story_s"),
            "results_trend": trend,
            "self_belief": None,
        }
        samples = {
            "lost": outcomes.lost,
            "decided": decided,
            "closed": outcomes.closed,
            "calls": len(rep_calls),
            "weeks": 12 if acts.get(rep.pk) else 0,
            "quarters": quarters,
        }
        out[rep.pk] = (RepEvidence(rep.email, metrics, samples), rep.team_id)
    return out
