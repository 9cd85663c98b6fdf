"""Changes to the organisation (a rep's team or manager, who is active, a team's lead) decide
whose self-belief the diagnosis may read: they re-diagnose the reps they concern, through the
database task queue and its worker, once per change and quietly inside bulk loads."""

from __future__ import annotations

from typing import Any

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from salescoach.goals.models import RepDiagnosis
from salescoach.goals.services import diagnose_organization
from salescoach.org.models import Organization, Person, Role, Team
from salescoach.org.services import create_person, create_team
from salescoach.org.signals import evidence_changed, quiet_evidence_changes
from salescoach.pipeline.services import import_rows
from tests.integration.assessments.answer_sheets import submit
from tests.test_rediagnosis import (
    TASK_PATH,
    _areas,
    _field_team,
    _plant_flat_results,
    _queued,
    _run_worker,
    _share_with_manager,
)

# Tasks go to the database queue (the settings' backend) and a worker runs them once the
# change has committed, so these tests commit for real.
pytestmark = pytest.mark.django_db(transaction=True)

NOT_SHARED = "Self-belief not shared with the rep's manager: achievement drive cannot be judged."


def _advised_on_achievement_drive() -> tuple[Organization, dict[str, Person], Team]:
    """The field team of `tests/test_rediagnosis.py`, every rep sharing their achievement-drive
    summary with M (their manager and their team's lead), R with the achievement-drive advice
    stored: R's self-belief 41.7 against the team's 66.7 (worked out there), and level results.
    Manager N leads no team and manages nobody yet; nothing is left in the queue."""
    org, people = _field_team()
    _plant_flat_results(people["R"])
    for key in ("P1", "P2", "P3", "P4"):
        submit(people[key], "achievement_drive", likert=5)
        _share_with_manager(people[key], people["M"])
    submit(people["R"], "achievement_drive", likert=2)
    _share_with_manager(people["R"], people["M"])
    _run_worker()
    assert "achievement_drive" in _areas(people["R"])
    people["N"] = create_person(
        organization=org, name="Nia Newlead", email="n@acme.test", role=Role.MANAGER
    )
    assert _queued() == []
    return org, people, Team.objects.get(organization=org, name="Field")


def _missing_evidence_of(org: Organization, rep: Person) -> tuple[str, ...]:
    (diagnosis,) = diagnose_organization(
        organization=org, as_of=timezone.localdate(), only_person_ids=[rep.pk]
    )
    return diagnosis.missing_evidence


def test_a_new_manager_the_rep_does_not_share_with_takes_the_advice_away_until_they_leave() -> None:
    org, people, _ = _advised_on_achievement_drive()
    rep = people["R"]

    # R now reports to N, with whom R shares nothing: N and M coach R, and N may not read it.
    rep.manager = people["N"]
    rep.save()
    assert _queued() == [{"organization_id": org.pk, "person_ids": [rep.pk]}]
    assert "achievement_drive" in _areas(rep)  # nothing changes before the worker runs
    _run_worker()
    assert "achievement_drive" not in _areas(rep)
    assert NOT_SHARED in _missing_evidence_of(org, rep)

    # N is deactivated: R's one active direct coach is M again, whom R shares with.
    people["N"].is_active = False
    people["N"].save()
    assert _queued() == [{"organization_id": org.pk, "person_ids": [rep.pk]}]
    _run_worker()
    assert "achievement_drive" in _areas(rep)
    assert NOT_SHARED not in _missing_evidence_of(org, rep)


def test_a_new_team_lead_re_diagnoses_every_member_of_the_team() -> None:
    org, people, team = _advised_on_achievement_drive()
    members = sorted(people[key].pk for key in ("P1", "P2", "P3", "P4", "R"))

    # N leads the field team now: every member's self-belief waits for a share with N.
    team.lead = people["N"]
    team.save()
    assert _queued() == [{"organization_id": org.pk, "person_ids": members}]
    _run_worker()
    assert "achievement_drive" not in _areas(people["R"])

    # R shares with N too, but R's peers do not: their self-belief counts in no median, and
    # R's is compared with nobody's.
    _share_with_manager(people["R"], people["N"])
    _run_worker()
    assert "achievement_drive" not in _areas(people["R"])
    # Once they share with N as well, R's next diagnosis gives the advice again.
    for key in ("P1", "P2", "P3", "P4"):
        _share_with_manager(people[key], people["N"])
    _run_worker()
    diagnose_organization(organization=org, as_of=timezone.localdate(), save=True)
    assert "achievement_drive" in _areas(people["R"])


def test_moving_team_and_coming_back_re_diagnose_the_rep_and_other_saves_queue_nothing() -> None:
    org, people, _ = _advised_on_achievement_drive()
    rep = people["R"]
    elsewhere = create_team(organization=org, name="Elsewhere", lead=people["N"])
    assert _queued() == []  # a new team has no members yet

    rep.team = elsewhere
    rep.save()
    assert _queued() == [{"organization_id": org.pk, "person_ids": [rep.pk]}]
    _run_worker()
    assert "achievement_drive" not in _areas(rep)

    # Deactivated, R is diagnosed no more; back at work, R is diagnosed at once.
    rep.is_active = False
    rep.save()
    assert _queued() == []
    rep.is_active = True
    rep.team = Team.objects.get(organization=org, name="Field")
    rep.save()
    assert _queued() == [{"organization_id": org.pk, "person_ids": [rep.pk]}]
    _run_worker()
    assert "achievement_drive" in _areas(rep)

    # A new name, or a team saved without a new lead, changes nobody's coaches.
    rep.name = "Rep R, renamed"
    rep.save()
    elsewhere.name = "Elsewhere, renamed"
    elsewhere.save()
    assert _queued() == []


def test_a_deleted_manager_re_diagnoses_the_reps_they_coached() -> None:
    org, people, _ = _advised_on_achievement_drive()
    rep = people["R"]
    rep.manager = people["N"]
    rep.save()
    _run_worker()
    assert "achievement_drive" not in _areas(rep)

    people["N"].delete()
    assert _queued() == [{"organization_id": org.pk, "person_ids": [rep.pk]}]
    _run_worker()
    assert "achievement_drive" in _areas(rep)


def test_a_new_rep_is_diagnosed_and_a_new_coach_or_team_queues_nothing() -> None:
    org, people, team = _advised_on_achievement_drive()
    rep = create_person(
        organization=org,
        name="Sam Starter",
        email="s@acme.test",
        role=Role.REP,
        team=team,
        manager=people["M"],
    )
    assert _queued() == [{"organization_id": org.pk, "person_ids": [rep.pk]}]
    assert not RepDiagnosis.objects.filter(person=rep).exists()
    _run_worker()
    # The run stored S's diagnosis (nothing to advise yet: S has no evidence at all), and
    # diagnosed S alone.
    assert RepDiagnosis.objects.filter(person=rep).exists()
    last = DBTaskResult.objects.filter(task_path=TASK_PATH).latest("enqueued_at")
    assert (last.status, last.return_value) == ("SUCCESSFUL", 1)
    assert NOT_SHARED in _missing_evidence_of(org, rep)

    create_person(organization=org, name="Ola Other", email="o@acme.test", role=Role.MANAGER)
    create_team(organization=org, name="Second", lead=people["N"])
    assert _queued() == []


def test_bulk_loads_stay_quiet_and_a_people_file_queues_one_run() -> None:
    org, people, team = _advised_on_achievement_drive()
    with quiet_evidence_changes():
        for key in ("P1", "R"):
            people[key].manager = people["N"]
            people[key].save()
        team.lead = people["N"]
        team.save()
        people["N"].is_active = False
        people["N"].save()
    assert _queued() == []

    # A people file that gives R and P1 another manager and changes no row otherwise: two rows
    # updated, and the two reps diagnosed again in one run, not one run per saved person (nor
    # every rep: another manager changes no one else's figures).
    lines = [
        "email,name,role,team,manager_email\n",
        "p1@acme.test,Rep P1,rep,Field,m@acme.test\n",
        "r@acme.test,Rep R,rep,Field,m@acme.test\n",
    ]
    sent: list[frozenset[int] | None] = []

    def count(sender: str, *, person_ids: frozenset[int] | None, **kwargs: Any) -> None:
        sent.append(person_ids)

    evidence_changed.connect(count, dispatch_uid="test.count")
    try:
        summary = import_rows(organization=org, kind="people", open_lines=lambda: lines)
    finally:
        evidence_changed.disconnect(dispatch_uid="test.count")
    assert (summary.ok, summary.created, summary.updated, summary.unchanged) == (True, 0, 2, 0)
    assert sent == [frozenset({people["P1"].pk, people["R"].pk})]
    assert _queued() == [
        {"organization_id": org.pk, "person_ids": sorted([people["P1"].pk, people["R"].pk])}
    ]
    assert DBTaskResult.objects.filter(task_path=TASK_PATH, status="READY").count() == 1
    _run_worker()

    # A file that adds someone is the organisation's data: one run for every rep.
    lines.append("s@acme.test,Rep S,rep,Field,n@acme.test\n")
    lines[1] = "p1@acme.test,Rep P1,rep,Field,n@acme.test\n"
    assert import_rows(organization=org, kind="people", open_lines=lambda: lines).created == 1
    assert _queued() == [{"organization_id": org.pk, "person_ids": None}]
