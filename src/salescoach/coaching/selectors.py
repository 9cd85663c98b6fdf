"""Reads for coaching and the rep scorecard, always through the access layer."""

from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass, field
from typing import Any, cast

from django.db.models import Q, QuerySet
from django.http import Http404
from django.utils import timezone

from salescoach.assessments import selectors as assessment_selectors
from salescoach.calls import selectors as call_selectors
from salescoach.calls.models import CallAnalysis
from salescoach.coaching.agenda_access import StoredAgenda, agendas_for_viewer
from salescoach.coaching.models import (
    CheckIn,
    CoachingGuide,
    CoachingSession,
    Commitment,
    CommitmentStatus,
    SessionNote,
    SessionStatus,
)
from salescoach.domain.assessments.scoring import ScoreSummary
from salescoach.domain.coaching.agenda import (
    Agenda,
    CallMomentInput,
    DealAtGate,
    RecommendationInput,
    build_agenda,
)
from salescoach.domain.coaching.quality import CommitmentRecord
from salescoach.domain.coaching.quality import CommitmentStatus as DomainCommitmentStatus
from salescoach.domain.diagnosis.progress import GoalProgress
from salescoach.domain.pipeline.periods import day_span
from salescoach.domain.pipeline.records import ActivityRecord
from salescoach.domain.pipeline.time_allocation import allocate_time
from salescoach.goals import selectors as goal_selectors
from salescoach.goals.models import Goal, Recommendation, RecommendationStatus
from salescoach.org.access import Viewer, get_or_404, restrict
from salescoach.org.models import Organization, Person, Role
from salescoach.pipeline.models import Activity, Deal, Gate, GateEvidence, Stage, StageChange


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
    goal_rows: list[tuple[Goal, GoalProgress | None]] = field(default_factory=list)
    # "rep" or "manager" when the viewer may accept the rep's recommendations, else None
    acceptance_side: str | None = None
    can_diagnose: bool = False


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
    opens, closes = day_span(weeks_start, today, tz=timezone.get_current_timezone())
    activities = [
        ActivityRecord(str(person.pk), start, minutes, facing)
        for start, minutes, facing in restrict(Activity.objects.all(), viewer)
        .filter(
            person=person,
            occurred_at__gte=opens,
            occurred_at__lt=closes,
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

    results = [
        summary
        for _, summary in call_selectors.analysis_summaries(
            restrict(CallAnalysis.objects.all(), viewer).filter(
                call__owner=person, call__kind="sales"
            )
        )
    ]

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
    # With themselves: only what the rep shares with this viewer (or the rep's own view).
    card.themselves = assessment_selectors.scorecard_mindset(
        viewer=viewer,
        person_id=person.pk,
        measured_talk_share=card.customers["calls"]["rep_talk_share"],
        calls=len(results),
    )
    # Self-belief figures (evidence and goal progress) only as the rep shares them (or their own).
    card.recommendations = goal_selectors.withhold_private_evidence(
        viewer=viewer,
        recommendations=list(
            restrict(Recommendation.objects.all(), viewer)
            .filter(person=person, status=RecommendationStatus.OPEN)
            .order_by("-confidence")
        ),
    )
    card.goals = list(
        restrict(Goal.objects.all(), viewer).filter(person=person).order_by("kind", "-period_start")
    )
    progress = goal_selectors.goals_progress(goals=card.goals, as_of=today, viewer=viewer)
    card.goal_rows = [(goal, progress.get(goal.pk)) for goal in card.goals]
    card.acceptance_side = goal_selectors.acceptance_side(viewer=viewer, person=person)
    card.can_diagnose = person.role == Role.REP and (
        card.acceptance_side is not None or viewer.role == Role.ENABLEMENT
    )
    return card


# --- The session workspace: scope, agenda evidence, follow-up and overdue work --------------

# Kinds of call-analysis evidence worth raising in a coaching conversation, with their label.
NOTABLE_MOMENTS: dict[str, str] = {
    "pitch_before_need": "Presented the solution before the customer admitted a need",
    "objection": "The customer raised an objection",
    "need": "The customer admitted a need",
    "longest_rep_monologue": "The rep's longest stretch without the customer",
    "longest_customer_story": "The customer's longest story",
    "checkpoint_decision_authority": "The customer confirmed they can decide",
}
MOMENTS_PER_CALL = 2
RECENT_CALLS = 3
DEALS_ON_AGENDA = 3  # the longest-waiting deals; more would crowd out skills and calls


def notable_moments(
    *, call_id: int, result: dict[str, Any], limit: int = MOMENTS_PER_CALL
) -> list[CallMomentInput]:
    """The moments of one analysed call worth talking about, in the order of NOTABLE_MOMENTS
    (the first of each kind only), at most `limit`."""
    first: dict[str, dict[str, Any]] = {}
    for moment in result.get("evidence", []):
        kind = str(moment.get("kind", ""))
        if kind in NOTABLE_MOMENTS and kind not in first:
            first[kind] = moment
    picked = [first[kind] for kind in NOTABLE_MOMENTS if kind in first][:limit]
    return [
        CallMomentInput(
            call_id=str(call_id),
            label=NOTABLE_MOMENTS[str(m["kind"])],
            quote=str(m.get("quote", "")),
            at_s=float(m.get("at_s") or 0.0),
        )
        for m in picked
    ]


def coachable_reps(*, viewer: Viewer) -> QuerySet[Person]:
    """People a manager may plan a session with: everyone active in the teams they lead."""
    if viewer.role != Role.MANAGER:
        return Person.objects.none()
    return (
        restrict(Person.objects.all(), viewer)
        .filter(is_active=True, role__in=[Role.REP, Role.MANAGER])
        .exclude(pk=viewer.person_id)
        .order_by("name", "pk")
    )


def plannable_deals(*, viewer: Viewer) -> list[tuple[str, list[tuple[int, str]]]]:
    """Open deals of the people a manager may coach, grouped by owner, for opportunity
    coaching: [(owner name, [(deal id, "deal · stage"), …]), …]."""
    owners = coachable_reps(viewer=viewer)
    deals = (
        restrict(Deal.objects.select_related("owner", "stage"), viewer)
        .filter(owner__in=owners, outcome="open")
        .order_by("owner__name", "owner_id", "name", "pk")
    )
    grouped: dict[int, tuple[str, list[tuple[int, str]]]] = {}
    for deal in deals:
        stage = f" · {deal.stage.name}" if deal.stage else ""
        grouped.setdefault(deal.owner_id, (deal.owner.name, []))[1].append(
            (deal.pk, f"{deal.name}{stage}")
        )
    return list(grouped.values())


def get_note_for_author(*, viewer: Viewer, pk: int) -> SessionNote:
    """A note its author may edit; 404 for anyone else (including who may only read it)."""
    return get_or_404(SessionNote.objects.select_related("session"), viewer, action="change", pk=pk)


def get_commitment_for_viewer(*, viewer: Viewer, pk: int) -> Commitment:
    return get_or_404(Commitment.objects.select_related("owner", "rep", "session"), viewer, pk=pk)


def visible_commitments(
    *, viewer: Viewer, rep_id: int | None = None, status: str | None = None
) -> QuerySet[Commitment]:
    """Commitments in the viewer's coaching scope, soonest due first."""
    commitments = restrict(Commitment.objects.select_related("owner", "rep", "session"), viewer)
    if rep_id is not None:
        commitments = commitments.filter(rep_id=rep_id)
    if status:
        commitments = commitments.filter(status=status)
    return commitments.order_by("due_on", "pk")


def commitments_to_follow_up(*, viewer: Viewer, session: CoachingSession) -> QuerySet[Commitment]:
    """Commitments from the rep's earlier sessions that are still open, or that were reviewed
    in this one: what the next conversation starts with."""
    return (
        visible_commitments(viewer=viewer, rep_id=session.rep_id)
        .exclude(session=session)
        .filter(Q(status=CommitmentStatus.OPEN) | Q(followed_up_in=session))
    )


def session_commitments(*, viewer: Viewer, session: CoachingSession) -> QuerySet[Commitment]:
    """Commitments agreed in this session."""
    return visible_commitments(viewer=viewer).filter(session=session)


def session_check_ins(*, viewer: Viewer, session: CoachingSession) -> QuerySet[CheckIn]:
    return restrict(CheckIn.objects.all(), viewer).filter(session=session).order_by("due_at")


def _deals_at_gate(
    viewer: Viewer, rep_id: int, *, as_of: dt.date, first_deal_id: int | None = None
) -> list[DealAtGate]:
    """The rep's open deals at the gate of their current stage, at most DEALS_ON_AGENDA of
    them: the session's own deal, then the longest-waiting. Each comes with the gate evidence
    still missing on either side, the days it has waited in the stage (since it entered it,
    or since it was created) and the stage's newest coaching-guide questions."""
    deals = list(
        restrict(Deal.objects.select_related("stage"), viewer)
        .filter(owner_id=rep_id, outcome="open", stage__isnull=False)
        .order_by("pk")
    )
    stage_ids = {d.stage_id for d in deals}
    gates: dict[int, list[Gate]] = {}
    for gate in restrict(Gate.objects.all(), viewer).filter(stage_id__in=stage_ids):
        gates.setdefault(gate.stage_id, []).append(gate)
    have: set[tuple[int, int, str]] = set(
        restrict(GateEvidence.objects.all(), viewer)
        .filter(deal__in=deals)
        .values_list("deal_id", "gate_id", "side")
    )
    questions: dict[int, list[str]] = {}
    for guide in restrict(CoachingGuide.objects.all(), viewer).filter(stage_id__in=stage_ids):
        questions.setdefault(guide.stage_id, list(guide.questions))  # newest version first
    entered: dict[tuple[int, int], dt.date] = {}
    for deal_id, stage_id, at in (
        restrict(StageChange.objects.all(), viewer)
        .filter(deal__in=deals)
        .values_list("deal_id", "stage_id", "entered_at")
    ):
        key = (deal_id, stage_id)
        entered[key] = max(entered.get(key, at.date()), at.date())  # the latest entry counts
    waiting: list[tuple[int, int, Deal]] = []
    for deal in deals:
        if deal.stage_id is None or (deal.stage_id not in gates and deal.stage_id not in questions):
            continue
        since = entered.get((deal.pk, deal.stage_id), deal.created_on)
        days = max(0, (as_of - since).days)
        waiting.append((0 if deal.pk == first_deal_id else 1, -days, deal))
    out = []
    for _first, minus_days, deal in sorted(waiting, key=lambda w: (w[0], w[1], w[2].pk)):
        if deal.stage is None:  # filtered out above; keeps the type checker informed
            continue
        missing: list[str] = []
        for gate in gates.get(deal.stage.pk, []):
            if (deal.pk, gate.pk, "seller") not in have:
                missing.append(f"seller: {gate.seller_requirement.strip().rstrip('.')}")
            if (deal.pk, gate.pk, "customer") not in have:
                missing.append(f"customer: {gate.customer_confirmation.strip().rstrip('.')}")
        days = -minus_days
        out.append(
            DealAtGate(
                deal_id=str(deal.pk),
                deal_name=f"{deal.name} ({days} day{'s' if days != 1 else ''} in the stage)",
                stage=deal.stage.name,
                missing=tuple(missing),
                guide_questions=tuple(questions.get(deal.stage.pk, ())),
            )
        )
    return out[:DEALS_ON_AGENDA]


def shared_mindset_summaries(*, viewer: Viewer, person_id: int) -> list[ScoreSummary]:
    """The newest summary per instrument that the rep shares with the viewer right now (or the
    viewer's own, when they look at themself): never answers, never free text."""
    latest = assessment_selectors.latest_summaries(viewer=viewer, person_id=person_id)
    return [latest[instrument].summary for instrument in sorted(latest)]


@dataclass(frozen=True)
class SessionEvidence:
    """The evidence an agenda is built from, with the deal and call details behind it."""

    agenda: Agenda
    shared_summaries: int
    summary_instruments: tuple[str, ...] = ()  # the instruments of those summaries


def agenda_for_session(
    *, viewer: Viewer, session: CoachingSession, as_of: dt.date
) -> SessionEvidence:
    """Gather the rep's evidence in the viewer's scope and order it into an agenda."""
    rep_id = session.rep_id
    commitments = [
        CommitmentRecord(
            owner=c.owner.name,
            due_on=c.due_on,
            status=cast(DomainCommitmentStatus, c.status),
            created_in_session=str(c.session_id or ""),
            followed_up_in_session=str(c.followed_up_in_id) if c.followed_up_in_id else None,
            commitment_id=str(c.pk),
            text=c.text,
        )
        for c in commitments_to_follow_up(viewer=viewer, session=session)
        if c.status == CommitmentStatus.OPEN
    ]
    recommendations = [
        RecommendationInput(str(r.pk), r.area, r.title, r.why, r.confidence)
        for r in goal_selectors.visible_recommendations(viewer=viewer, person_id=rep_id)
    ]
    moments: list[CallMomentInput] = []
    calls = call_selectors.visible_calls(viewer=viewer, owner_id=rep_id).filter(
        analysis__isnull=False
    )
    for call in calls[:RECENT_CALLS]:
        moments += notable_moments(call_id=call.pk, result=call.analysis.result)
    summaries = shared_mindset_summaries(viewer=viewer, person_id=rep_id)
    agenda = build_agenda(
        open_commitments=commitments,
        recommendations=recommendations,
        recent_call_moments=moments,
        deals_at_gate=_deals_at_gate(viewer, rep_id, as_of=as_of, first_deal_id=session.deal_id),
        shared_mindset_summaries=summaries,
        as_of=as_of,
    )
    return SessionEvidence(
        agenda=agenda,
        shared_summaries=len(summaries),
        summary_instruments=tuple(s.instrument for s in summaries),
    )


def agenda_for_viewer(*, viewer: Viewer, session: CoachingSession) -> dict[str, Any]:
    """The session's stored agenda as the viewer may read it now: items drawn from a summary
    or a recommendation the viewer may not read today are left out, and `shared_summaries`
    counts only the summaries they may read (`agenda_access.agendas_for_viewer`). Every page,
    API answer and figure that shows a stored agenda reads it through here or that function."""
    stored = StoredAgenda(session.rep_id, session.manager_id, session.agenda or {})
    return agendas_for_viewer(viewer=viewer, agendas=[stored])[0]


@dataclass(frozen=True)
class OverdueWork:
    """Check-ins and commitments past their date, for one organisation."""

    check_ins: list[CheckIn]
    commitments: list[Commitment]


def overdue_in_organization(*, organization: Organization, as_of: dt.date) -> OverdueWork:
    """Scheduled check-ins and open commitments due before `as_of` (operator read for the
    command line; nothing here is shown to a signed-in viewer)."""
    check_ins = (
        CheckIn.objects.select_related("person", "manager")
        .filter(organization=organization, status="scheduled", due_at__date__lt=as_of)
        .order_by("due_at", "pk")
    )
    commitments = (
        Commitment.objects.select_related("owner", "rep")
        .filter(organization=organization, status=CommitmentStatus.OPEN, due_on__lt=as_of)
        .order_by("due_on", "pk")
    )
    return OverdueWork(check_ins=list(check_ins), commitments=list(commitments))
