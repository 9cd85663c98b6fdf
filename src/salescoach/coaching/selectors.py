"""Reads for coaching and the rep scorecard, always through the access layer."""

from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass, field
from typing import Any

from django.db.models import QuerySet
from django.http import Http404

from salescoach.calls.models import CallAnalysis
from salescoach.coaching.models import (
    CheckIn,
    CoachingSession,
    Commitment,
    CommitmentStatus,
    SessionNote,
    SessionStatus,
)
from salescoach.domain.pipeline.records import ActivityRecord
from salescoach.domain.pipeline.time_allocation import allocate_time
from salescoach.goals.models import Goal, Recommendation, RecommendationStatus
from salescoach.org.access import Viewer, get_or_404, restrict
from salescoach.org.models import Person
from salescoach.pipeline.models import Activity, Deal, Stage


def visible_sessions(*, viewer: Viewer, rep_id: int | None = None) -> QuerySet[CoachingSession]:
    sessions = restrict(CoachingSession.objects.select_related("manager", "rep"), viewer)
    if rep_id is not None:
        sessions = sessions.filter(rep_id=rep_id)
    return sessions.order_by("-scheduled_for", "-pk")


def get_session_for_viewer(*, viewer: Viewer, pk: int) -> CoachingSession:
    return get_or_404(CoachingSession.objects.select_related("manager", "rep"), viewer, pk=pk)


def visible_notes(*, viewer: Viewer, session: CoachingSession) -> QuerySet[SessionNote]:
    """Notes of a session the viewer may read: their own, and shared ones."""
    return restrict(SessionNote.objects.select_related("author"), viewer).filter(session=session)


@dataclass(frozen=True)
class Bar:
    """One bar of a small chart: label, value and its length as a share of the longest."""

    label: str
    value: float
    display: str
    share: float  # 0.0-1.0 of the chart width
    highlight: bool = False

    @property
    def pct(self) -> float:
        """Bar length in percent of the chart width (an SVG attribute, not an inline style)."""
        return round(self.share * 100, 1)


def _bars(rows: list[tuple[str, float, str, bool]]) -> list[Bar]:
    top = max((value for _, value, _, _ in rows), default=0) or 1
    return [Bar(label, value, shown, value / top, mark) for label, value, shown, mark in rows]


def _rate(won: int, lost: int) -> float | None:
    return won / (won + lost) if won + lost else None


@dataclass
class Scorecard:
    """One rep's three conversations at a glance, with the comparison a manager needs."""

    person: Person
    since: dt.date
    customers: dict[str, Any] = field(default_factory=dict)
    themselves: dict[str, Any] = field(default_factory=dict)
    coach: dict[str, Any] = field(default_factory=dict)
    recommendations: list[Recommendation] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)


def _win_rates(deals: QuerySet[Deal], since: dt.date) -> dict[int, tuple[int, int, int | None]]:
    """Per owner: deals won and lost since a date, and the owner's team."""
    counts: dict[int, tuple[int, int, int | None]] = {}
    for owner_id, team_id, outcome in deals.filter(closed_on__gte=since).values_list(
        "owner_id", "owner__team_id", "outcome"
    ):
        won, lost, _ = counts.get(owner_id, (0, 0, team_id))
        counts[owner_id] = (won + (outcome == "won"), lost + (outcome == "lost"), team_id)
    return counts


def scorecard_for_viewer(*, viewer: Viewer, person_id: int, today: dt.date) -> Scorecard:
    """The rep scorecard; 404 when the viewer may not see this person's selling records."""
    person = get_or_404(Person.objects.select_related("team", "manager"), viewer, pk=person_id)
    if viewer.is_admin or (
        viewer.team_person_ids is not None and person.pk not in viewer.team_person_ids
    ):
        raise Http404("No person matches the given query.")
    since = today - dt.timedelta(days=365)
    card = Scorecard(person=person, since=since)

    # Team and organisation figures are read as aggregates (the access layer's "aggregate").
    org_deals = restrict(Deal.objects.all(), viewer, "aggregate")
    rates = _win_rates(org_deals, since)
    mine = rates.get(person.pk, (0, 0, None))
    team = [
        (w, lo) for owner, (w, lo, t) in rates.items() if t == person.team_id and owner != person.pk
    ]
    org = [(w, lo) for owner, (w, lo, _t) in rates.items() if owner != person.pk]
    team_won, team_lost = sum(w for w, _ in team), sum(lo for _, lo in team)
    org_won, org_lost = sum(w for w, _ in org), sum(lo for _, lo in org)
    rep_rate, team_rate, org_rate = (
        _rate(*mine[:2]),
        _rate(team_won, team_lost),
        _rate(org_won, org_lost),
    )
    card.customers["win_rate"] = {
        "rep": rep_rate,
        "team": team_rate,
        "org": org_rate,
        "won": mine[0],
        "lost": mine[1],
    }
    card.customers["win_rate_bars"] = _bars(
        [
            (label, (rate or 0) * 100, "—" if rate is None else f"{rate:.0%}", label == person.name)
            for label, rate in (
                (person.name, rep_rate),
                ("Team", team_rate),
                ("Organisation", org_rate),
            )
        ]
    )

    stages = {
        s.pk: s for s in Stage.objects.filter(process__organization_id=person.organization_id)
    }
    my_deals = restrict(Deal.objects.all(), viewer).filter(owner=person)
    losses: dict[int, int] = {}
    for stage_id in my_deals.filter(outcome="lost", closed_on__gte=since).values_list(
        "stage_id", flat=True
    ):
        if stage_id in stages:
            losses[stage_id] = losses.get(stage_id, 0) + 1
    card.customers["losses_by_stage"] = _bars(
        [
            (stages[sid].name, float(n), str(n), False)
            for sid, n in sorted(losses.items(), key=lambda kv: stages[kv[0]].order)
        ]
    )
    card.customers["open_deals"] = my_deals.filter(outcome="open").count()

    weeks_start = today - dt.timedelta(weeks=12)
    activities = [
        ActivityRecord(str(person.pk), start, minutes, facing)
        for start, minutes, facing in restrict(Activity.objects.all(), viewer)
        .filter(
            person=person,
            occurred_at__date__gte=weeks_start,
            occurred_at__date__lte=today,
            duration_min__gt=0,
        )
        .values_list("occurred_at", "duration_min", "customer_facing")
    ]
    weekly = []
    for week in range(12):
        start = weeks_start + dt.timedelta(weeks=week)
        alloc = allocate_time(activities, start=start, end=start + dt.timedelta(days=6))
        weekly.append(
            (
                start.strftime("%d %b"),
                alloc.customer_hours_per_week,
                f"{alloc.customer_hours_per_week:.1f} h",
                False,
            )
        )
    card.customers["weekly_selling"] = _bars(weekly)
    overall = allocate_time(activities, start=weeks_start, end=today)
    card.customers["selling_hours_per_week"] = overall.customer_hours_per_week
    card.customers["fragmentation"] = overall.fragmentation

    results = list(
        restrict(CallAnalysis.objects.all(), viewer)
        .filter(call__owner=person, call__kind="sales")
        .values_list("result", flat=True)
    )

    def mean_of(key: str) -> float | None:
        values = [float(r[key]) for r in results if r.get(key) is not None]
        return statistics.mean(values) if values else None

    card.customers["calls"] = {
        "count": len(results),
        "rep_talk_share": mean_of("rep_talk_share"),
        "discovery_rep_talk_share": mean_of("discovery_rep_talk_share"),
        "questions": statistics.mean([r["questions"]["total"] for r in results])
        if results
        else None,
        "paraphrases": mean_of("paraphrases"),
        "pitch_before_need": (
            sum(1 for r in results if r.get("pitch_before_need")) / len(results)
            if results
            else None
        ),
    }

    sessions = restrict(CoachingSession.objects.all(), viewer).filter(rep=person)
    held = sessions.filter(
        status=SessionStatus.HELD, held_at__date__gte=today - dt.timedelta(days=90)
    )
    last = sessions.filter(status=SessionStatus.HELD).order_by("-held_at").first()
    card.coach = {
        "sessions_90d": held.count(),
        "last_session": last.held_at if last else None,
        "open_commitments": restrict(Commitment.objects.all(), viewer)
        .filter(rep=person, status=CommitmentStatus.OPEN)
        .count(),
        "next_check_in": restrict(CheckIn.objects.all(), viewer)
        .filter(person=person, status="scheduled", due_at__date__gte=today)
        .order_by("due_at")
        .first(),
    }
    card.recommendations = list(
        restrict(Recommendation.objects.all(), viewer)
        .filter(person=person, status=RecommendationStatus.OPEN)
        .order_by("-confidence")
    )
    card.goals = list(
        restrict(Goal.objects.all(), viewer).filter(person=person).order_by("kind", "-period_start")
    )
    return card
