"""Writes for goals: store recommendations, accept them (manager and rep), set goals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.db.models import Exists, OuterRef, Q, Subquery
from django.utils import timezone

from salescoach.domain.diagnosis.progress import area_of
from salescoach.domain.diagnosis.recommend import Diagnosis, diagnose_rep, withheld_areas
from salescoach.domain.diagnosis.rules import RULES_VERSION
from salescoach.goals import selectors
from salescoach.goals.models import (
    DiagnosisRun,
    Goal,
    GoalKind,
    GoalStatus,
    Recommendation,
    RecommendationStatus,
    RepDiagnosis,
)
from salescoach.org.access import Viewer, restrict
from salescoach.org.models import Organization, Person, Role


class GoalError(Exception):
    """A goal or recommendation change that is not allowed; the message says why."""


@dataclass(frozen=True)
class RecommendationIn:
    """A recommendation from the diagnosis, as plain data."""

    area: str
    title: str
    why: str
    evidence: list[dict[str, Any]]
    confidence: float


def store_recommendations(
    *,
    person: Person,
    recommendations: Iterable[RecommendationIn],
    rules_version: str,
    withheld: Collection[str] = (),
) -> list[Recommendation]:
    """Bring a person's open recommendations up to a fresh diagnosis; decided areas stay
    decided, and so do the areas the person already works on in an active learning goal. An
    open recommendation whose area is recommended again is updated in place (same id, so a
    page showing it keeps working, and an acceptance already given by one side stays); one
    whose area is no longer recommended goes, unless one side has already accepted it, or its
    area is among `withheld` (the diagnosis may no longer read the evidence behind it, so it
    may no longer be shown). Returns the open recommendations of the fresh diagnosis, in its
    order."""
    with transaction.atomic():
        mine = Recommendation.objects.select_for_update().filter(person=person)
        decided = set(
            mine.exclude(status=RecommendationStatus.OPEN).values_list("area", flat=True)
        ) | _areas_in_work(person)
        open_by_area = {r.area: r for r in mine.filter(status=RecommendationStatus.OPEN)}
        now = timezone.now()
        fresh: list[Recommendation] = []
        seen: set[str] = set()
        for r in recommendations:
            if r.area in decided or r.area in seen:
                continue
            seen.add(r.area)
            rec = open_by_area.get(r.area) or Recommendation(
                organization_id=person.organization_id, person=person, area=r.area
            )
            rec.title, rec.why, rec.evidence = r.title, r.why, r.evidence
            rec.confidence = min(1.0, max(0.0, r.confidence))
            rec.rules_version, rec.generated_at = rules_version, now
            rec.save()
            fresh.append(rec)
        stale = [
            rec.pk
            for area, rec in open_by_area.items()
            if area not in seen
            and (
                area in withheld
                or (rec.manager_accepted_at is None and rec.rep_accepted_at is None)
            )
        ]
        Recommendation.objects.filter(pk__in=stale).delete()
        return fresh


def _areas_in_work(person: Person) -> set[str]:
    """The learning areas of the person's active learning goals: the area of the
    recommendation a goal came from, else the area whose rules read the goal's measure."""
    areas: set[str] = set()
    goals = Goal.objects.filter(
        person=person, kind=GoalKind.LEARNING, status=GoalStatus.ACTIVE
    ).select_related("source")
    for goal in goals:
        area = goal.source.area if goal.source is not None else area_of(goal.measure or "")
        if area:
            areas.add(area)
    return areas


def _is_coach_of(viewer: Viewer, person: Person) -> bool:
    return selectors.acceptance_side(viewer=viewer, person=person) == "manager"


def accept_recommendation(
    *,
    viewer: Viewer,
    recommendation: Recommendation,
    practice: str = "",
    measure: str = "",
    target: Decimal | None = None,
    weeks: int = 12,
    today: dt.date | None = None,
) -> Goal | None:
    """Record the manager's or the rep's acceptance; the second one makes it a learning goal."""
    if recommendation.status != RecommendationStatus.OPEN:
        raise GoalError("this recommendation was already decided")
    if not restrict(Recommendation.objects.all(), viewer).filter(pk=recommendation.pk).exists():
        raise GoalError("no such recommendation in your scope")
    now = timezone.now()
    person = recommendation.person
    with transaction.atomic():
        if viewer.person_id == person.pk:
            recommendation.rep_accepted_at = now
        elif _is_coach_of(viewer, person):
            recommendation.manager_accepted_at = now
        else:
            raise GoalError("only the rep and their manager can accept a recommendation")
        goal = None
        if recommendation.rep_accepted_at and recommendation.manager_accepted_at:
            recommendation.status = RecommendationStatus.ACCEPTED
            start = today or timezone.localdate()
            goal = Goal.objects.create(
                organization_id=person.organization_id,
                person=person,
                kind=GoalKind.LEARNING,
                title=recommendation.title,
                why=recommendation.why,
                practice=practice,
                measure=measure,
                target=target,
                period_start=start,
                period_end=start + dt.timedelta(weeks=weeks),
                source=recommendation,
                agreed_on=start,
            )
        recommendation.save()
    return goal


def dismiss_recommendation(*, viewer: Viewer, recommendation: Recommendation) -> None:
    """The rep or their manager sets a recommendation aside."""
    person = recommendation.person
    if viewer.person_id != person.pk and not _is_coach_of(viewer, person):
        raise GoalError("only the rep and their manager can dismiss a recommendation")
    recommendation.status = RecommendationStatus.DISMISSED
    recommendation.save(update_fields=["status"])


def set_goal(
    *,
    viewer: Viewer,
    person: Person,
    kind: str,
    title: str,
    period_start: dt.date,
    period_end: dt.date,
    why: str = "",
    practice: str = "",
    measure: str = "",
    baseline: Decimal | None = None,
    target: Decimal | None = None,
) -> Goal:
    """A rep sets their own goal, or their manager sets it with them."""
    if kind not in GoalKind.values:
        raise GoalError(f"kind: must be one of {', '.join(GoalKind.values)}")
    if not title.strip():
        raise GoalError("title: a goal needs a title")
    if period_end < period_start:
        raise GoalError("period_end: the period ends before it starts")
    if viewer.person_id != person.pk and not _is_coach_of(viewer, person):
        raise GoalError("only the rep and their manager can set the rep's goals")
    return Goal.objects.create(
        organization_id=person.organization_id,
        person=person,
        kind=kind,
        title=title.strip(),
        why=why,
        practice=practice,
        measure=measure,
        baseline=baseline,
        target=target,
        period_start=period_start,
        period_end=period_end,
        status=GoalStatus.ACTIVE,
        agreed_on=timezone.localdate(),
    )


def start_diagnosis_run(*, organization: Organization, as_of: dt.date) -> DiagnosisRun:
    """Number a run that will store recommendations, before it reads any evidence."""
    return DiagnosisRun.objects.create(organization=organization, as_of=as_of)


# Diagnosis runs kept per organisation (`prune_diagnosis_runs`): the newest ones, every run
# started within the last day, and a run that has not finished for a week (one may still be
# storing; one that has not finished in a week died).
KEEP_DIAGNOSIS_RUNS = 20
KEEP_DIAGNOSIS_RUNS_FOR = dt.timedelta(days=1)
KEEP_UNFINISHED_RUNS_FOR = dt.timedelta(days=7)


def prune_diagnosis_runs(
    *,
    organization_id: int,
    keep: int = KEEP_DIAGNOSIS_RUNS,
    keep_for: dt.timedelta = KEEP_DIAGNOSIS_RUNS_FOR,
) -> int:
    """Delete the organisation's diagnosis runs that are older than its `keep` newest, started
    more than `keep_for` ago, finished (or started more than KEEP_UNFINISHED_RUNS_FOR ago: a
    run still storing must find its run) and are no rep's last run (`RepDiagnosis`); those that
    are stay, however old, since a rep's row is what keeps an earlier run from replacing their
    recommendations. Answers how many runs went. One query finds them (none: done), two more
    delete them."""
    if keep < 1:
        raise ValueError("keep at least the newest run")
    now = timezone.now()
    runs = DiagnosisRun.objects.filter(organization_id=organization_id)
    newest_kept = runs.order_by("-pk").values("pk")[keep - 1 : keep]
    old = (
        runs.filter(pk__lt=Subquery(newest_kept), started_at__lt=now - keep_for)
        .filter(Q(finished_at__isnull=False) | Q(started_at__lt=now - KEEP_UNFINISHED_RUNS_FOR))
        .exclude(Exists(RepDiagnosis.objects.filter(run_id=OuterRef("pk"))))
    )
    _, deleted = old.delete()
    return deleted.get(DiagnosisRun._meta.label, 0)


def store_diagnosis(
    *, run: DiagnosisRun, person: Person, diagnosis: Diagnosis, withheld: Collection[str] = ()
) -> bool:
    """Store a rep's recommendations from this run (`store_recommendations`, open ones of the
    `withheld` areas dropped), unless a run that started later has stored theirs: it read newer
    evidence. True when stored.

    The rep's `RepDiagnosis` row is written first in the transaction, so two runs storing one
    rep at once take turns (a row lock on PostgreSQL, the database lock on SQLite), and the
    second re-reads the row before deciding: the later run's recommendations always stay."""
    with transaction.atomic():
        RepDiagnosis.objects.bulk_create(
            [RepDiagnosis(person=person, run=run)], ignore_conflicts=True
        )
        claimed = RepDiagnosis.objects.filter(person=person, run_id__lte=run.pk).update(run=run)
        if not claimed:
            return False
        store_recommendations(
            person=person,
            recommendations=[
                RecommendationIn(r.area, r.title, r.why, r.to_json()["evidence"], r.confidence)
                for r in diagnosis.recommendations
            ],
            rules_version=RULES_VERSION,
            withheld=withheld,
        )
    return True


def diagnose_organization(
    *,
    organization: Organization,
    as_of: dt.date,
    person_email: str | None = None,
    save: bool = False,
    only_person_ids: Iterable[int] | None = None,
) -> list[Diagnosis]:
    """Diagnose every rep (or one, or those in `only_person_ids`) against their own team and
    the whole organisation; optionally store the recommendations for the rep and manager to
    accept or dismiss (`store_diagnosis`: never over those of a run that started later). Peers
    always come from the whole organisation, whoever is diagnosed. A rep's self-belief is read
    only when their direct coaches (manager, their team's lead) may read their achievement-drive
    summary (`selectors.rep_evidence`); otherwise achievement drive is not judged for them, and
    their open recommendations there go, and their self-belief counts in no peer median. A run
    that stores prunes the organisation's old runs when it is done (`prune_diagnosis_runs`)."""
    run = start_diagnosis_run(organization=organization, as_of=as_of) if save else None
    evidence = selectors.rep_evidence(organization=organization, as_of=as_of)
    results: list[Diagnosis] = []
    people = {p.pk: p for p in Person.objects.filter(pk__in=evidence)}
    everyone = [rep for rep, _ in evidence.values()]
    wanted = None if only_person_ids is None else set(only_person_ids)
    for person_id, (rep, team_id) in sorted(evidence.items(), key=lambda kv: kv[1][0].person):
        if person_email and rep.person.lower() != person_email.lower():
            continue
        if wanted is not None and person_id not in wanted:
            continue
        team = [other for other, other_team in evidence.values() if other_team == team_id]
        diagnosis = diagnose_rep(rep, team=team, org=everyone)
        results.append(diagnosis)
        if run is not None:
            store_diagnosis(
                run=run,
                person=people[person_id],
                diagnosis=diagnosis,
                withheld=withheld_areas(rep),
            )
    if run is not None:
        DiagnosisRun.objects.filter(pk=run.pk).update(finished_at=timezone.now())
        prune_diagnosis_runs(organization_id=organization.pk)
    return results


def refresh_recommendations(*, viewer: Viewer, person: Person, as_of: dt.date) -> Diagnosis:
    """Run the diagnosis for one rep now and store its recommendations (open ones brought up
    to date, decided ones stay: `store_recommendations`). The rep themself, a manager of
    theirs or enablement may."""
    if person.role != Role.REP or not person.is_active:
        raise GoalError("person: the diagnosis is for active salespeople")
    if selectors.acceptance_side(viewer=viewer, person=person) is None and not (
        viewer.role == Role.ENABLEMENT and viewer.organization_id == person.organization_id
    ):
        raise GoalError("only the rep, their manager or enablement can run the diagnosis")
    found = diagnose_organization(
        organization=person.organization, as_of=as_of, save=True, only_person_ids=[person.pk]
    )
    return found[0]  # every active rep has evidence, if only "nothing yet"
