"""Reads of goals and recommendations, always through the access layer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any, cast

from django.db.models import Q, QuerySet
from django.utils import timezone

from salescoach.assessments import selectors as assessment_selectors
from salescoach.calls.models import CallAnalysis
from salescoach.calls.selectors import analysis_summaries, dated_analysis_summaries
from salescoach.domain.diagnosis.evidence import RepEvidence, build_rep_evidence
from salescoach.domain.diagnosis.progress import (
    PROGRESS_WINDOWS,
    GoalProgress,
    ProgressWindows,
    Reading,
    evidence_kind,
    measure_progress,
    read_figure,
    withhold_progress,
)
from salescoach.domain.diagnosis.recommend import METRICS, Diagnosis
from salescoach.domain.pipeline.periods import day_span
from salescoach.domain.pipeline.records import (
    ActivityRecord,
    DealRecord,
    Outcome,
    StageChangeRecord,
    StageDef,
)
from salescoach.goals.models import Area, Goal, GoalKind, Recommendation, RecommendationStatus
from salescoach.org.access import Viewer, get_or_404, restrict, viewer_for_person
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


def acceptance_side(*, viewer: Viewer, person: Person) -> str | None:
    """Which side of the agreement on a learning goal the viewer stands for: "rep" for the
    person themself, "manager" for a manager whose teams include them; None for anyone else."""
    if viewer.organization_id != person.organization_id:
        return None
    if viewer.person_id == person.pk:
        return "rep"
    if viewer.role == Role.MANAGER and (
        viewer.team_person_ids is None or person.pk in viewer.team_person_ids
    ):
        return "manager"
    return None


def get_recommendation_for_viewer(*, viewer: Viewer, pk: int) -> Recommendation:
    return get_or_404(Recommendation.objects.select_related("person"), viewer, pk=pk)


def withhold_private_evidence(
    *, viewer: Viewer, recommendations: Sequence[Recommendation]
) -> list[Recommendation]:
    """The recommendations as the viewer may read them. A self-assessed figure in the evidence
    is the rep's private answer: for a viewer whom the rep does not share the achievement-drive
    summary with, its value, medians, sample and verdict are blanked and `withheld` says why.
    Its team and organisation medians pool colleagues' private answers, from as few as three
    (`MIN_PEERS`): blanked for every viewer, the rep too (the access layer lets only enablement
    read private answers pooled, and enablement never reads a rep's own figure here). Changed
    in memory only, never saved; one query when another rep's self-assessed figures are
    present."""

    def private_items(rec: Recommendation) -> bool:
        return any(item.get("metric") in SELF_ASSESSED_FIGURES for item in rec.evidence)

    private = _private_owners(
        viewer=viewer,
        person_ids={rec.person_id for rec in recommendations if private_items(rec)},
    )
    for rec in recommendations:
        rec.evidence = shown_evidence(rec.evidence, readable=rec.person_id not in private)
    return list(recommendations)


def shown_evidence(evidence: Sequence[dict[str, Any]], *, readable: bool) -> list[dict[str, Any]]:
    """A recommendation's evidence items (`EvidenceItem.to_json`) as a reader may see them:
    a self-assessed figure's value, medians, sample and verdict blanked with `withheld` saying
    why unless `readable` (the reader may read the rep's achievement-drive summary), and its
    team and organisation medians, which pool colleagues' private answers, blanked for every
    reader. Other figures as they are. The rule of `withhold_private_evidence` and of the
    command line's diagnosis (`diagnosis_as_shown`)."""

    def shown(item: dict[str, Any]) -> dict[str, Any]:
        if item.get("metric") not in SELF_ASSESSED_FIGURES:
            return item
        if not readable:
            blank = ("value", "team_median", "org_median", "sample", "holds")
            return {**item, **dict.fromkeys(blank), "withheld": NOT_SHARED}
        return {**item, "team_median": None, "org_median": None}

    return [shown(item) for item in evidence]


def diagnosis_as_shown(diagnoses: Sequence[Diagnosis]) -> list[dict[str, Any]]:
    """Diagnoses of the organisation's reps (`Diagnosis.to_json`) for an operator's output
    (`salescoach diagnose`). An operator sees no private coaching content and no rep shares
    a summary with them: advice on achievement drive, which only the rep and those they share
    the summary with may read (the gate of `org.access`), is left out and counted in
    `withheld_recommendations`, and every self-assessed figure in the other advice is blanked
    by the read-time filter of the scorecard and the API (`shown_evidence`)."""
    out = []
    for diagnosis in diagnoses:
        found = diagnosis.to_json()
        recommendations = found["recommendations"]
        shown = [rec for rec in recommendations if rec["area"] != Area.ACHIEVEMENT_DRIVE]
        for rec in shown:
            rec["evidence"] = shown_evidence(rec["evidence"], readable=False)
        found["recommendations"] = shown
        found["withheld_recommendations"] = len(recommendations) - len(shown)
        out.append(found)
    return out


@dataclass(frozen=True)
class _RepRecords:
    """The plain records some reps' evidence is built from, by rep e-mail (operator read)."""

    reps: list[Person]  # the active reps among those asked for
    stages: list[StageDef]
    deals_of: dict[str, list[DealRecord]]  # created up to `until`
    changes_of: dict[str, list[StageChangeRecord]]  # entered up to `until`
    activities_of: dict[str, list[ActivityRecord]]  # from `activities_from` to `until`


def _read_rep_records(
    *,
    organization: Organization,
    person_ids: Collection[int] | None,
    until: dt.date,
    activities_from: dt.date,
) -> _RepRecords:
    """The records behind the evidence of every active rep of the organisation (or only
    `person_ids`') up to `until`, in five queries. Stages are those of the organisation's
    processes; a stage name is prefixed with its process when the organisation runs more than
    one process."""
    stage_rows = list(
        Stage.objects.filter(process__organization=organization).select_related("process")
    )
    several = len({s.process_id for s in stage_rows}) > 1
    stage_name = {s.pk: (f"{s.process.name}: {s.name}" if several else s.name) for s in stage_rows}
    stages = [StageDef(s.order, stage_name[s.pk], s.phase) for s in stage_rows]
    reps = Person.objects.filter(organization=organization, role=Role.REP, is_active=True)
    if person_ids is not None:
        reps = reps.filter(pk__in=person_ids)
    emails = dict(Person.objects.filter(organization=organization).values_list("pk", "email"))
    of_reps = Q() if person_ids is None else Q(owner_id__in=person_ids)
    deals: list[DealRecord] = []
    for d in Deal.objects.filter(of_reps, organization=organization, created_on__lte=until).only(
        "pk",
        "owner_id",
        "amount",
        "created_on",
        "closed_on",
        "stage_id",
        "outcome",
        "loss_reason",
        "forecast_category",
        "forecast_history",
    ):
        deals.append(
            DealRecord(
                deal_id=str(d.pk),
                owner=emails[d.owner_id],
                amount=d.amount,
                created_on=d.created_on,
                closed_on=d.closed_on,
                stage=stage_name.get(d.stage_id, "") if d.stage_id else "",
                outcome=cast(Outcome, d.outcome),
                loss_reason=d.loss_reason,
                forecast_category=d.forecast_category,
                forecast_history=tuple(d.forecast_history or ()),
            )
        )
    changes = [
        StageChangeRecord(str(deal_id), stage_name[stage_id], entered_at)
        for deal_id, stage_id, entered_at in StageChange.objects.filter(
            organization=organization,
            entered_at__date__lte=until,
            **({} if person_ids is None else {"deal__owner_id__in": person_ids}),
        ).values_list("deal_id", "stage_id", "entered_at")
        if stage_id in stage_name
    ]
    opens, closes = day_span(activities_from, until, tz=timezone.get_current_timezone())
    activities = [
        ActivityRecord(
            person=emails[person_id],
            occurred_at=start,
            duration_min=minutes,
            customer_facing=facing,
        )
        for person_id, start, minutes, facing in Activity.objects.filter(
            organization=organization,
            **({} if person_ids is None else {"person_id__in": person_ids}),
            occurred_at__gte=opens,
            occurred_at__lt=closes,
            duration_min__gt=0,
        ).values_list("person_id", "occurred_at", "duration_min", "customer_facing")
    ]

    # Grouped per person first: the core filters by person, and this keeps it linear.
    deals_of: dict[str, list[DealRecord]] = {}
    for deal in deals:
        deals_of.setdefault(deal.owner, []).append(deal)
    owner_of = {deal.deal_id: deal.owner for deal in deals}
    changes_of: dict[str, list[StageChangeRecord]] = {}
    for change in changes:
        if change.deal_id in owner_of:
            changes_of.setdefault(owner_of[change.deal_id], []).append(change)
    activities_of: dict[str, list[ActivityRecord]] = {}
    for activity in activities:
        activities_of.setdefault(activity.person, []).append(activity)
    return _RepRecords(list(reps), stages, deals_of, changes_of, activities_of)


# Why the diagnosis leaves a rep's self-belief out; the same words whether or not the rep has
# taken the self-assessment, which is private too.
SELF_BELIEF_NOT_SHARED = "not shared with the rep's manager"


def self_belief_diagnosable(
    *, organization: Organization, person_ids: Collection[int]
) -> frozenset[int]:
    """Of `person_ids`, the reps whose self-belief the diagnosis may read: those with at least
    one direct coach (their manager, and the lead of their own team, when set, active and not
    the rep) where every direct coach may read the rep's achievement-drive summary right now
    (`assessment_selectors.self_belief_readers`). Anyone else who sees the rep's
    recommendations (enablement, leads further up) is kept from the advice built on it by the
    access layer (`org.access.SummaryGate`). A few queries, and one per direct coach."""
    reps = Person.objects.filter(organization=organization, pk__in=list(person_ids)).select_related(
        "manager", "team__lead"
    )
    coaches_of: dict[int, set[int]] = {}
    coach_of: dict[int, Person] = {}
    for rep in reps:
        direct = [rep.manager, rep.team.lead if rep.team is not None else None]
        for coach in direct:
            if coach is not None and coach.is_active and coach.pk != rep.pk:
                coaches_of.setdefault(rep.pk, set()).add(coach.pk)
                coach_of[coach.pk] = coach
    coached: dict[int, set[int]] = {}
    for rep_id, coaches in coaches_of.items():
        for coach_id in coaches:
            coached.setdefault(coach_id, set()).add(rep_id)
    readable = {
        coach_id: assessment_selectors.self_belief_readers(
            viewer=viewer_for_person(coach_of[coach_id]), person_ids=rep_ids
        )
        for coach_id, rep_ids in coached.items()
    }
    return frozenset(
        rep_id
        for rep_id, coaches in coaches_of.items()
        if all(rep_id in readable[coach_id] for coach_id in coaches)
    )


def rep_evidence(
    *,
    organization: Organization,
    as_of: dt.date,
    person_ids: Collection[int] | None = None,
    calls_since: dt.date | None = None,
    deals_closed_since: dt.date | None = None,
    self_belief_since: dt.date | None = None,
    activity_weeks: int = 12,
    self_belief_of: Collection[int] | None = None,
) -> dict[int, tuple[RepEvidence, int | None]]:
    """Every active rep's evidence (or only `person_ids`'), as it stood on `as_of`, with their
    team id (operator reads: callers scope the output). Calls count from `calls_since` when
    given, else all analysed sales calls up to `as_of`; deal figures read the deals closed from
    `deals_closed_since` when given (`build_rep_evidence`'s `closed_since`), else all deals
    created up to `as_of`; self-belief reads the self-assessments from `self_belief_since` when
    given, else all up to `as_of`; time allocation covers the `activity_weeks` weeks ending on
    `as_of`. Stages are those of the organisation's processes; a stage name is prefixed with its
    process when the organisation runs more than one process.

    Self-belief is read only for the reps in `self_belief_of`, by default those
    `self_belief_diagnosable` names; the others' mindset evidence is absent, with
    `SELF_BELIEF_NOT_SHARED` as the reason (`RepEvidence.mindset_withheld`)."""
    records = _read_rep_records(
        organization=organization,
        person_ids=person_ids,
        until=as_of,
        activities_from=as_of - dt.timedelta(weeks=activity_weeks),
    )
    calls: dict[int, list[dict[str, Any]]] = {}
    call_rows = CallAnalysis.objects.filter(
        organization=organization, call__kind="sales", call__occurred_at__date__lte=as_of
    )
    if calls_since is not None:
        call_rows = call_rows.filter(call__occurred_at__date__gte=calls_since)
    if person_ids is not None:
        call_rows = call_rows.filter(call__owner_id__in=person_ids)
    for owner_id, summary in analysis_summaries(call_rows):
        calls.setdefault(owner_id, []).append(summary)

    if self_belief_of is None:
        self_belief_of = self_belief_diagnosable(
            organization=organization, person_ids=[rep.pk for rep in records.reps]
        )
    beliefs = assessment_selectors.self_belief_history(
        organization=organization, person_ids=list(self_belief_of)
    )

    out: dict[int, tuple[RepEvidence, int | None]] = {}
    for rep in records.reps:
        evidence = build_rep_evidence(
            rep.email,
            deals=records.deals_of.get(rep.email, []),
            stage_changes=records.changes_of.get(rep.email, []),
            activities=records.activities_of.get(rep.email, []),
            stages=records.stages,
            as_of=as_of,
            calls=calls.get(rep.pk) or None,
            self_belief=[
                (day, score)
                for day, score in beliefs.get(rep.pk, [])
                if day <= as_of and (self_belief_since is None or day >= self_belief_since)
            ]
            or None,
            window_weeks=activity_weeks,
            closed_since=deals_closed_since,
            mindset_withheld="" if rep.pk in self_belief_of else SELF_BELIEF_NOT_SHARED,
        )
        out[rep.pk] = (evidence, rep.team_id)
    return out


def _dated_call_summaries(
    call_rows: QuerySet[CallAnalysis],
) -> dict[int, list[tuple[dt.date, dict[str, Any]]]]:
    """Per call owner, (the local day of the call, its summary) for each analysis of the
    queryset (`calls.selectors.dated_analysis_summaries`)."""
    out: dict[int, list[tuple[dt.date, dict[str, Any]]]] = {}
    for owner_id, occurred_at, summary in dated_analysis_summaries(call_rows):
        out.setdefault(owner_id, []).append((timezone.localtime(occurred_at).date(), summary))
    return out


def _reading_days(goal: Goal, as_of: dt.date) -> tuple[dt.date, dt.date | None]:
    """The days a learning goal's figure is read on: the day it was agreed (else the start of
    its period), and `as_of` or the end of its period, whichever is earlier (None on or before
    the first)."""
    start = goal.agreed_on or goal.period_start
    end = min(as_of, goal.period_end)
    return start, (end if end > start else None)


# Figures read from a rep's own self-assessments: private answers, shown only to whoever may
# read the rep's achievement-drive summary (`assessment_selectors.self_belief_readers`).
SELF_ASSESSED_FIGURES = frozenset(m for m in METRICS if evidence_kind(m) == "assessments")
NOT_SHARED = (
    "not shared: self-belief comes from the rep's achievement-drive self-assessment, which "
    "stays private until the rep shares its summary with you"
)


def _private_owners(*, viewer: Viewer, person_ids: Collection[int]) -> set[int]:
    """Of `person_ids`, those whose self-assessed figures the viewer may not see (no query
    when the viewer asks about themself alone)."""
    others = set(person_ids) - {viewer.person_id}
    if not others:
        return set()
    return others - assessment_selectors.self_belief_readers(viewer=viewer, person_ids=others)


def goals_progress(
    *,
    goals: Sequence[Goal],
    as_of: dt.date,
    viewer: Viewer,
    windows: ProgressWindows = PROGRESS_WINDOWS,
) -> dict[int, GoalProgress]:
    """The progress of each learning goal among `goals` whose `measure` is one of the diagnosis
    figures, by goal id (other goals are left out), as `goal_progress` reads it. The evidence of
    all their reps is read at once, from the earliest reading's windows to the latest reading:
    eight queries per organisation whatever the number of goals, none when no goal has a
    progress (the caller has already scoped the goals to the viewer). A figure read from
    self-assessments (self-belief) is the rep's private answer: for a viewer other than the rep
    whom the rep does not share the achievement-drive summary with, its progress comes without
    readings, `withheld` saying why (`NOT_SHARED`), and nothing of it is read (one more query
    when such goals of other people are among `goals`)."""
    readable = [g for g in goals if g.kind == GoalKind.LEARNING and g.measure in METRICS]
    private = _private_owners(
        viewer=viewer,
        person_ids={g.person_id for g in readable if g.measure in SELF_ASSESSED_FIGURES},
    )
    out: dict[int, GoalProgress] = {}
    by_org: dict[int, list[Goal]] = {}
    for goal in readable:
        if goal.measure in SELF_ASSESSED_FIGURES and goal.person_id in private:
            out[goal.pk] = withhold_progress(goal.measure, reason=NOT_SHARED, windows=windows)
        else:
            by_org.setdefault(goal.organization_id, []).append(goal)
    organizations = Organization.objects.in_bulk(list(by_org)) if by_org else {}
    for organization_id, org_goals in by_org.items():
        out.update(
            _progress_in_organization(
                organization=organizations[organization_id],
                goals=org_goals,
                as_of=as_of,
                windows=windows,
            )
        )
    return out


def _progress_in_organization(
    *,
    organization: Organization,
    goals: Sequence[Goal],
    as_of: dt.date,
    windows: ProgressWindows,
) -> dict[int, GoalProgress]:
    """`goals_progress` for goals of one organisation."""
    days = {goal.pk: _reading_days(goal, as_of) for goal in goals}
    first = min(start for start, _ in days.values())
    last = max(end or start for start, end in days.values())
    person_ids = {goal.person_id for goal in goals}
    records = _read_rep_records(
        organization=organization,
        person_ids=person_ids,
        until=last,
        activities_from=first - dt.timedelta(weeks=windows.activity_weeks),
    )
    calls_from = windows.since("calls", first)
    call_rows = CallAnalysis.objects.filter(
        organization=organization,
        call__kind="sales",
        call__owner_id__in=person_ids,
        call__occurred_at__date__lte=last,
    )
    if calls_from is not None:
        call_rows = call_rows.filter(call__occurred_at__date__gte=calls_from)
    calls_of = _dated_call_summaries(call_rows)
    beliefs = assessment_selectors.self_belief_history(
        organization=organization, person_ids=person_ids
    )
    tz = timezone.get_current_timezone()
    reps = {rep.pk: rep for rep in records.reps}
    dated_changes = {
        email: [(change.entered_at.astimezone(tz).date(), change) for change in changes]
        for email, changes in records.changes_of.items()
    }

    def evidence_on(rep: Person, day: dt.date) -> RepEvidence:
        calls_since = windows.since("calls", day)
        beliefs_since = windows.since("assessments", day)
        return build_rep_evidence(
            rep.email,
            deals=records.deals_of.get(rep.email, []),
            stage_changes=[c for on, c in dated_changes.get(rep.email, []) if on <= day],
            activities=records.activities_of.get(rep.email, []),
            stages=records.stages,
            as_of=day,
            calls=[
                summary
                for on, summary in calls_of.get(rep.pk, [])
                if on <= day and (calls_since is None or on >= calls_since)
            ]
            or None,
            self_belief=[
                (on, score)
                for on, score in beliefs.get(rep.pk, [])
                if on <= day and (beliefs_since is None or on >= beliefs_since)
            ]
            or None,
            window_weeks=windows.activity_weeks,
            closed_since=windows.since("deals", day),
        )

    def reading(goal: Goal, day: dt.date) -> Reading:
        rep = reps.get(goal.person_id)
        evidence = None if rep is None else evidence_on(rep, day)
        return read_figure(goal.measure, evidence, on=day, windows=windows)

    out: dict[int, GoalProgress] = {}
    for goal in goals:
        start, end = days[goal.pk]
        out[goal.pk] = measure_progress(
            goal.measure,
            start=reading(goal, start),
            end=None if end is None else reading(goal, end),
            windows=windows,
        )
    return out


def goal_progress(
    *, goal: Goal, as_of: dt.date, viewer: Viewer, windows: ProgressWindows = PROGRESS_WINDOWS
) -> GoalProgress | None:
    """A learning goal's figure (its `measure`, one of the diagnosis figures) on the day it was
    agreed and now (or at the end of its period), each read from the evidence in a window ending
    on that date (`ProgressWindows`: deals closed in the 180 days before, calls in the 90 days
    before, activities in the 12 weeks before, self-assessments in the 180 days before), with the
    evidence behind each reading; a reading short of the figure's minimum evidence has no value;
    a self-belief goal of someone who does not share it with the viewer has none at all
    (`goals_progress`). None for other goals (the caller has already scoped the goal)."""
    return goals_progress(goals=[goal], as_of=as_of, viewer=viewer, windows=windows).get(goal.pk)
