"""Old diagnosis runs are pruned; a rep's last run and the newest runs stay."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from salescoach.goals.models import DiagnosisRun, Recommendation, RepDiagnosis
from salescoach.goals.services import (
    KEEP_DIAGNOSIS_RUNS,
    RecommendationIn,
    diagnose_organization,
    prune_diagnosis_runs,
    store_recommendations,
)
from salescoach.org.models import Organization
from tests.world import World

ADVICE = RecommendationIn("empathy", "Listen longer", "talks over the buyer", [], 0.5)


def _runs(
    org: Organization, *, started_ago: dt.timedelta, count: int, finished: bool = True
) -> list[DiagnosisRun]:
    """`count` runs started `started_ago`, finished a minute later unless not `finished`."""
    started = timezone.now() - started_ago
    ended = started + dt.timedelta(minutes=1) if finished else None
    return [
        DiagnosisRun.objects.create(
            organization=org, as_of=started.date(), started_at=started, finished_at=ended
        )
        for _ in range(count)
    ]


def _left(org: Organization) -> list[int]:
    return list(
        DiagnosisRun.objects.filter(organization=org).order_by("pk").values_list("pk", flat=True)
    )


def test_pruning_keeps_the_newest_runs_those_of_the_last_day_and_each_reps_last_run(
    world: World,
) -> None:
    org, other = world.orgs["A"], world.orgs["B"]
    r1, r2 = world.people["R1"], world.people["R2"]
    b1, b2 = _runs(other, started_ago=dt.timedelta(days=30), count=2)
    a1, a2, a3 = _runs(org, started_ago=dt.timedelta(days=10), count=3)
    (a4,) = _runs(org, started_ago=dt.timedelta(hours=2), count=1)
    a5, a6, a7 = _runs(org, started_ago=dt.timedelta(hours=1), count=3)
    RepDiagnosis.objects.create(person=r1, run=a2)
    RepDiagnosis.objects.create(person=r2, run=a7)
    (advice,) = store_recommendations(person=r1, recommendations=[ADVICE], rules_version="1")

    # The three newest are a5-a7; a4 started within the day, a2 is R1's last run: a1 and a3 go.
    assert prune_diagnosis_runs(organization_id=org.pk, keep=3) == 2
    assert _left(org) == [a2.pk, a4.pk, a5.pk, a6.pk, a7.pk]
    assert not DiagnosisRun.objects.filter(pk__in=[a1.pk, a3.pk]).exists()
    assert RepDiagnosis.objects.get(person=r1).run_id == a2.pk
    assert RepDiagnosis.objects.get(person=r2).run_id == a7.pk
    assert Recommendation.objects.filter(pk=advice.pk).exists()
    # The other organisation's runs are its own: untouched, whatever their age.
    assert _left(other) == [b1.pk, b2.pk]

    # Pruned again with nothing more to prune: nothing goes.
    assert prune_diagnosis_runs(organization_id=org.pk, keep=3) == 0
    # Keeping only the newest, with no grace day: R1's and R2's runs still stay.
    assert prune_diagnosis_runs(organization_id=org.pk, keep=1, keep_for=dt.timedelta(0)) == 3
    assert _left(org) == [a2.pk, a7.pk]


def test_an_organisation_with_fewer_runs_than_it_keeps_loses_none(world: World) -> None:
    org = world.orgs["B"]
    first, second = _runs(org, started_ago=dt.timedelta(days=90), count=2)
    assert prune_diagnosis_runs(organization_id=org.pk, keep=3) == 0
    assert _left(org) == [first.pk, second.pk]
    # Two runs, keeping two: still none; keeping one: the older goes.
    assert prune_diagnosis_runs(organization_id=org.pk, keep=2) == 0
    assert prune_diagnosis_runs(organization_id=org.pk, keep=1) == 1
    assert _left(org) == [second.pk]


def test_a_diagnosis_that_stores_prunes_the_organisations_old_runs(world: World) -> None:
    org = world.orgs["A"]
    old = _runs(org, started_ago=dt.timedelta(days=10), count=KEEP_DIAGNOSIS_RUNS + 5)
    diagnose_organization(organization=org, as_of=timezone.localdate(), save=True)
    # The run that just stored is the newest and every rep's last run; of the older ones, the
    # newest KEEP_DIAGNOSIS_RUNS - 1 stay beside it.
    (latest,) = set(
        RepDiagnosis.objects.filter(person__organization=org).values_list("run_id", flat=True)
    )
    assert _left(org) == [run.pk for run in old[6:]] + [latest]
    assert len(_left(org)) == KEEP_DIAGNOSIS_RUNS


def test_a_run_still_storing_is_kept_until_it_finishes_or_a_week_has_passed(
    world: World,
) -> None:
    org = world.orgs["A"]
    (finished,) = _runs(org, started_ago=dt.timedelta(days=2), count=1)
    (storing,) = _runs(org, started_ago=dt.timedelta(days=2), count=1, finished=False)
    (dead,) = _runs(org, started_ago=dt.timedelta(days=8), count=1, finished=False)
    (newest,) = _runs(org, started_ago=dt.timedelta(hours=1), count=1)
    # All three are older than the newest kept and the grace day; the one still storing (two
    # days, unfinished) stays, the finished one and the one unfinished for over a week go.
    assert prune_diagnosis_runs(organization_id=org.pk, keep=1) == 2
    assert _left(org) == [storing.pk, newest.pk]
    assert not DiagnosisRun.objects.filter(pk__in=[finished.pk, dead.pk]).exists()


def test_a_diagnosis_that_stores_marks_its_run_finished(world: World) -> None:
    org = world.orgs["A"]
    diagnose_organization(organization=org, as_of=timezone.localdate(), save=True)
    run = DiagnosisRun.objects.filter(organization=org).latest("pk")
    assert run.finished_at is not None
    assert run.finished_at >= run.started_at
