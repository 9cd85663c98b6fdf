"""New evidence (pipeline imports, calls, self-assessments) re-diagnoses the reps it concerns
in the background, through the database task queue and its worker, as `salescoach serve` runs."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from salescoach.assessments import services as assessment_services
from salescoach.assessments.models import SummaryShare
from salescoach.calls.services import record_call
from salescoach.domain.diagnosis.rules import RULES_VERSION
from salescoach.goals.models import Goal, Recommendation, RecommendationStatus, RepDiagnosis
from salescoach.goals.selectors import visible_recommendations
from salescoach.goals.services import (
    RecommendationIn,
    accept_recommendation,
    diagnose_organization,
    dismiss_recommendation,
    start_diagnosis_run,
    store_diagnosis,
    store_recommendations,
)
from salescoach.org.access import viewer_for_person
from salescoach.org.models import Organization, Person, Role
from salescoach.org.services import create_organization, create_person, create_team
from salescoach.org.signals import quiet_evidence_changes
from salescoach.pipeline.models import Activity, Deal
from salescoach.pipeline.services import import_calendar, import_file, import_rows
from tests.integration.assessments.answer_sheets import submit

# Tasks go to the database queue (the settings' backend) and a worker runs them once the
# import's transaction has committed, so these tests commit for real.
pytestmark = pytest.mark.django_db(transaction=True)

TASK_PATH = "salescoach.goals.tasks.diagnose_organization_in_background"
STALE = RecommendationIn("empathy", "Advice from older evidence", "stale", [], 0.4)
HEADER = "activity_id,person_email,deal_id,type,occurred_at,duration_min,subject,attendees\n"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "imports"


def _run_worker() -> None:
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)


def _queued() -> list[dict[str, Any]]:
    """The keyword arguments of every diagnosis run still waiting in the queue."""
    waiting = DBTaskResult.objects.filter(status="READY", task_path=TASK_PATH)
    return [row.args_kwargs["kwargs"] for row in waiting]


def _field_team() -> tuple[Organization, dict[str, Person]]:
    """One team: manager M, four reps P1-P4 with ten customer hours a week in 10-hour blocks
    (one a week over the last twelve weeks), and rep R with no activity at all; an
    administrator AD. A second organisation holds rep X. Laid out quietly (as a bulk load
    is): the tests watch what one change queues, and each new rep would queue their own
    diagnosis (`tests/test_rediagnosis_after_org_changes.py`)."""
    with quiet_evidence_changes():
        org = create_organization(name="Acme", slug="acme", email_domains="acme.test")
        people = {
            "AD": create_person(
                organization=org, name="Ada Admin", email="ad@acme.test", role=Role.ADMIN
            )
        }
        people["M"] = create_person(
            organization=org, name="Mia Manager", email="m@acme.test", role=Role.MANAGER
        )
        team = create_team(organization=org, name="Field", lead=people["M"])
        for key in ("P1", "P2", "P3", "P4", "R"):
            people[key] = create_person(
                organization=org,
                name=f"Rep {key}",
                email=f"{key.lower()}@acme.test",
                role=Role.REP,
                team=team,
                manager=people["M"],
            )
        today = timezone.localdate()
        Activity.objects.bulk_create(
            Activity(
                organization=org,
                external_id=f"{key}-{week}",
                type="meeting",
                person=people[key],
                occurred_at=dt.datetime.combine(
                    today - dt.timedelta(days=7 * week + 1), dt.time(8), tzinfo=dt.UTC
                ),
                duration_min=600,
                subject="Customer workshop",
                customer_facing=True,
            )
            for key in ("P1", "P2", "P3", "P4")
            for week in range(12)
        )
        other = create_organization(name="Other", slug="other", email_domains="other.test")
        people["X"] = create_person(organization=other, name="Rep X", email="x@other.test")
    return org, people


def _short_meetings_of_r() -> bytes:
    """Twelve customer meetings of 15 minutes for R, one in each of the last twelve weeks
    (yesterday, eight days ago, …): a calendar that covers the whole activity window."""
    today = timezone.localdate()
    rows = [
        f"R-{n},r@acme.test,,meeting,{today - dt.timedelta(days=7 * n + 1)}T10:00:00Z,15,"
        "Quick check,buyer@customer.test\n"
        for n in range(12)
    ]
    return (HEADER + "".join(rows)).encode()


def _open(person: Person) -> list[Recommendation]:
    return list(
        Recommendation.objects.filter(person=person, status=RecommendationStatus.OPEN).order_by(
            "area"
        )
    )


def _plant_stale(person: Person) -> Recommendation:
    (stale,) = store_recommendations(person=person, recommendations=[STALE], rules_version="0.9")
    return stale


def test_an_activities_import_gives_a_rep_without_recommendations_the_one_the_evidence_shows(
    cli, tmp_path: Path
) -> None:
    org, people = _field_team()
    stale_p1, stale_x = _plant_stale(people["P1"]), _plant_stale(people["X"])
    assert _open(people["R"]) == []
    path = tmp_path / "activities.csv"
    path.write_bytes(_short_meetings_of_r())

    assert cli(["import", "activities", str(path), "--org", "acme"]) == 0
    # An activities file is organisation-wide data: one run for every rep of acme.
    assert _queued() == [{"organization_id": org.pk, "person_ids": None}]
    assert _open(people["R"]) == []  # nothing changes before the worker runs
    _run_worker()

    (found,) = _open(people["R"])
    assert (found.area, found.rules_version) == ("priority_management", RULES_VERSION)
    # By hand: R meets customers 12 × 15 min = 3 h in the 12-week window, 0.25 h a week, all
    # of it in blocks under 30 minutes (fragmentation 1.0); each of P1-P4 has 12 × 10 h = 120 h,
    # 10 h a week, in 10-hour blocks (fragmentation 0). Team and organisation medians alike.
    figures = {item["metric"]: item for item in found.evidence}
    hours, fragmentation = figures["customer_hours_per_week"], figures["fragmentation"]
    assert (hours["value"], hours["team_median"], hours["org_median"]) == (0.25, 10.0, 10.0)
    assert hours["sample"] == 12  # weeks with activity records
    assert (fragmentation["value"], fragmentation["team_median"]) == (1.0, 0.0)
    assert hours["holds"]
    assert fragmentation["holds"]
    # The stored recommendation is exactly what a direct run on today's evidence finds.
    (direct,) = diagnose_organization(
        organization=org, as_of=timezone.localdate(), only_person_ids=[people["R"].pk]
    )
    (expected,) = direct.recommendations
    assert (found.title, found.why, found.confidence) == (
        expected.title,
        expected.why,
        expected.confidence,
    )
    assert found.evidence == expected.to_json()["evidence"]
    # Every rep of acme was diagnosed again: P1's advice from older evidence is gone (P1's
    # own figures are no worse than colleagues'); the other organisation is left alone.
    assert _open(people["P1"]) == []
    assert not Recommendation.objects.filter(pk=stale_p1.pk).exists()
    assert _open(people["X"]) == [stale_x]
    assert DBTaskResult.objects.get(task_path=TASK_PATH).return_value == 5  # P1-P4 and R


def test_decided_recommendations_stay_when_an_upload_re_diagnoses_the_rep() -> None:
    _, people = _field_team()
    rep, manager = people["R"], people["M"]
    held_back, accepted = store_recommendations(
        person=rep,
        recommendations=[
            RecommendationIn("priority_management", "Block customer time", "older", [], 0.6),
            RecommendationIn("needs_discovery", "Ask before presenting", "older", [], 0.5),
        ],
        rules_version="0.9",
    )
    dismiss_recommendation(viewer=viewer_for_person(rep), recommendation=held_back)
    accept_recommendation(viewer=viewer_for_person(manager), recommendation=accepted)
    goal = accept_recommendation(viewer=viewer_for_person(rep), recommendation=accepted)
    assert goal is not None
    stale = _plant_stale(rep)

    data = _short_meetings_of_r()
    summary, run = import_file(
        viewer=viewer_for_person(people["AD"]),
        kind="activities",
        file_name="activities.csv",
        open_chunks=lambda: [data],
    )
    assert (summary.ok, summary.created, run.accepted) == (True, 12, True)
    _run_worker()

    # The evidence points at priority management again, but the rep set that area aside: it
    # is not raised again. The accepted one and its learning goal stay; the stale open one goes.
    kept = Recommendation.objects.filter(person=rep).order_by("area")
    assert [(r.pk, r.area, r.status) for r in kept] == [
        (accepted.pk, "needs_discovery", RecommendationStatus.ACCEPTED),
        (held_back.pk, "priority_management", RecommendationStatus.DISMISSED),
    ]
    assert not Recommendation.objects.filter(pk=stale.pk).exists()
    assert Goal.objects.get().source_id == accepted.pk


def test_a_refused_or_unchanged_import_queues_nothing() -> None:
    org, people = _field_team()
    stale = _plant_stale(people["R"])
    admin = viewer_for_person(people["AD"])
    bad = (HEADER + "R-1,ghost@acme.test,,meeting,2026-01-05T10:00:00Z,15,Call,\n").encode()
    summary, run = import_file(
        viewer=admin, kind="activities", file_name="bad.csv", open_chunks=lambda: [bad]
    )
    assert (summary.ok, run.accepted) == (False, False)
    not_text = b"activity_id,person_email\n\xff\xfe\n"
    summary, _ = import_file(
        viewer=admin, kind="activities", file_name="bad.bin", open_chunks=lambda: [not_text]
    )
    assert not summary.ok
    assert _queued() == []

    good = _short_meetings_of_r()
    import_file(viewer=admin, kind="activities", file_name="a.csv", open_chunks=lambda: [good])
    _run_worker()
    assert not Recommendation.objects.filter(pk=stale.pk).exists()
    again, _ = import_file(
        viewer=admin, kind="activities", file_name="a.csv", open_chunks=lambda: [good]
    )
    assert (again.created, again.updated, again.unchanged) == (0, 0, 12)
    # Quotas are not read by the diagnosis.
    quotas = b"person_email,period_start,period_end,amount\nr@acme.test,2026-01-01,2026-03-31,9\n"
    lines = quotas.decode().splitlines(keepends=True)
    assert import_rows(organization=org, kind="quotas", open_lines=lambda: lines).created == 1
    assert _queued() == []


def test_a_sales_call_re_diagnoses_its_rep_only() -> None:
    org, people = _field_team()
    stale_r, stale_p1 = _plant_stale(people["R"]), _plant_stale(people["P1"])
    transcript = (
        b"Rep R: What made you look at this now?\n"
        b"Jo Buyer: We struggle with our reporting; it costs us two days a month.\n"
    )
    record_call(
        organization=org,
        data=transcript,
        source_name="service.txt",
        owner=people["R"],
        kind="service",
    )
    assert _queued() == []  # the diagnosis reads sales calls only
    record_call(organization=org, data=transcript, source_name="d.txt", owner=people["R"])
    assert _queued() == [{"organization_id": org.pk, "person_ids": [people["R"].pk]}]
    _run_worker()

    # One short call is too little evidence for any call rule, and R has no other evidence:
    # the fresh diagnosis recommends nothing, so the stale advice is simply gone.
    assert _open(people["R"]) == []
    assert not Recommendation.objects.filter(pk=stale_r.pk).exists()
    assert _open(people["P1"]) == [stale_p1]


def test_an_achievement_drive_self_assessment_re_diagnoses_the_rep() -> None:
    org, people = _field_team()
    stale_r, stale_p1 = _plant_stale(people["R"]), _plant_stale(people["P1"])
    response = submit(people["R"], "achievement_drive", likert=4)
    assert _queued() == [{"organization_id": org.pk, "person_ids": [people["R"].pk]}]
    _run_worker()
    assert not Recommendation.objects.filter(pk=stale_r.pk).exists()
    assert _open(people["P1"]) == [stale_p1]

    # Deleting the answers takes the score out of the evidence: the rep is diagnosed again.
    assessment_services.delete_response(
        viewer=viewer_for_person(people["R"]), response_id=response.pk
    )
    assert _queued() == [{"organization_id": org.pk, "person_ids": [people["R"].pk]}]


def test_changes_in_a_row_join_the_run_still_waiting() -> None:
    org, people = _field_team()
    transcript = b"Rep R: What made you look at this now?\nJo Buyer: Our reporting is slow.\n"
    record_call(organization=org, data=transcript, source_name="r.txt", owner=people["R"])
    call_of_p1 = transcript.replace(b"Rep R", b"Rep P1")
    record_call(organization=org, data=call_of_p1, source_name="p1.txt", owner=people["P1"])
    assert _queued() == [
        {"organization_id": org.pk, "person_ids": sorted([people["R"].pk, people["P1"].pk])}
    ]
    # A manager's calendar is nobody's diagnosis evidence: nothing joins, nothing is queued.
    summary = import_calendar(
        organization=org, person=people["M"], data=(FIXTURES / "calendar.ics").read_bytes()
    )
    assert summary.ok
    assert summary.created > 0
    assert len(_queued()) == 1
    # An organisation-wide file widens the waiting run to every rep.
    import_rows(
        organization=org,
        kind="activities",
        open_lines=lambda: _short_meetings_of_r().decode().splitlines(keepends=True),
    )
    assert _queued() == [{"organization_id": org.pk, "person_ids": None}]
    _run_worker()
    assert DBTaskResult.objects.filter(task_path=TASK_PATH).count() == 1
    assert DBTaskResult.objects.get(task_path=TASK_PATH).return_value == 5
    assert [r.area for r in _open(people["R"])] == ["priority_management"]
    # Once a run has started, the next change queues a run of its own.
    record_call(organization=org, data=transcript, source_name="r2.txt", owner=people["R"])
    assert _queued() == [{"organization_id": org.pk, "person_ids": [people["R"].pk]}]


def test_a_run_that_started_earlier_never_replaces_what_a_later_run_stored() -> None:
    org, people = _field_team()
    rep, today = people["R"], timezone.localdate()
    # Run A starts and reads R's evidence as it stands: no activity yet, nothing to recommend.
    early = start_diagnosis_run(organization=org, as_of=today)
    (read_early,) = diagnose_organization(organization=org, as_of=today, only_person_ids=[rep.pk])
    assert read_early.recommendations == ()
    # Meanwhile R's short meetings arrive and a second worker runs the diagnosis they queue (B).
    lines = _short_meetings_of_r().decode().splitlines(keepends=True)
    assert import_rows(organization=org, kind="activities", open_lines=lambda: lines).created == 12
    _run_worker()
    assert [r.area for r in _open(rep)] == ["priority_management"]
    later = RepDiagnosis.objects.get(person=rep).run
    assert later.pk > early.pk
    assert later.as_of == today

    # A stores last, on older evidence: it leaves R's recommendations as B stored them.
    assert store_diagnosis(run=early, person=rep, diagnosis=read_early) is False
    assert [r.area for r in _open(rep)] == ["priority_management"]
    assert RepDiagnosis.objects.get(person=rep).run == later

    # A run that starts after B reads the same evidence and stores in its turn.
    (read_now,) = diagnose_organization(
        organization=org, as_of=today, only_person_ids=[rep.pk], save=True
    )
    assert [r.area for r in read_now.recommendations] == ["priority_management"]
    assert RepDiagnosis.objects.get(person=rep).run.pk > later.pk


def _plant_flat_results(rep: Person) -> None:
    """One deal of 10,000 won in each of the last four quarters (the current one so far): won
    amounts level, a results trend of 0, under the rule's bar of 0.02. Deal ids carry the
    rep's e-mail, so several reps may have them."""
    today = timezone.localdate()
    quarter = (today.year * 12 + today.month - 1) // 3  # quarters since year 0
    for back in range(4):
        year, first_month = divmod((quarter - back) * 3, 12)
        closed = min(today, dt.date(year, first_month + 1, 1))
        Deal.objects.create(
            organization=rep.organization,
            external_id=f"flat-{rep.email}-{back}",
            name=f"Level deal {back}",
            owner=rep,
            amount=Decimal(10000),
            created_on=closed - dt.timedelta(days=30),
            closed_on=closed,
            outcome="won",
        )


def _share_with_manager(rep: Person, manager: Person) -> SummaryShare:
    return assessment_services.share_summary(
        viewer=viewer_for_person(rep), key="achievement_drive", recipient_id=manager.pk
    )


def _areas(person: Person) -> list[str]:
    return [rec.area for rec in _open(person)]


def test_the_achievement_drive_advice_follows_the_reps_share_with_their_manager() -> None:
    org, people = _field_team()
    # Enablement sees every rep's recommendations, and no rep can share a summary with them:
    # the advice comes all the same, shown to the rep and M only.
    people["E"] = create_person(
        organization=org, name="Eve Enablement", email="e@acme.test", role=Role.ENABLEMENT
    )
    _plant_flat_results(people["R"])
    # Self-belief: likert 5 on every item, the reverse-keyed one counted 1: mean 11/3,
    # (11/3 − 1)/4 × 100 = 66.7 for the peers; likert 2: (8/3 − 1)/4 × 100 = 41.7 for R, under
    # 66.7 × 0.85 = 56.7, 25 points down and under the bar of 60.
    for key in ("P1", "P2", "P3", "P4"):
        submit(people[key], "achievement_drive", likert=5)
        _share_with_manager(people[key], people["M"])
    submit(people["R"], "achievement_drive", likert=2)
    _run_worker()
    # R keeps the answer to themself: M, who sees R's recommendations, is told nothing of it.
    assert "achievement_drive" not in _areas(people["R"])
    (diagnosis,) = diagnose_organization(
        organization=org, as_of=timezone.localdate(), only_person_ids=[people["R"].pk]
    )
    assert (
        "Self-belief not shared with the rep's manager: achievement drive cannot be judged."
        in diagnosis.missing_evidence
    )

    share = _share_with_manager(people["R"], people["M"])
    assert _queued() == [{"organization_id": org.pk, "person_ids": [people["R"].pk]}]
    _run_worker()
    (advice,) = [rec for rec in _open(people["R"]) if rec.area == "achievement_drive"]
    assert advice.title == "Set a stretch goal the rep believes in, with a plan to reach it"
    for key, sees in (("R", True), ("M", True), ("E", False)):
        seen = visible_recommendations(viewer=viewer_for_person(people[key]))
        assert seen.filter(pk=advice.pk).exists() is sees, key
    belief = next(item for item in advice.evidence if item["metric"] == "self_belief")
    assert (belief["value"], belief["team_median"], belief["holds"]) == (41.7, 66.7, True)

    # Even accepted by the rep (M not yet), the advice goes with the share.
    accept_recommendation(viewer=viewer_for_person(people["R"]), recommendation=advice)
    assessment_services.revoke_share(viewer=viewer_for_person(people["R"]), share_id=share.pk)
    assert _queued() == [{"organization_id": org.pk, "person_ids": [people["R"].pk]}]
    _run_worker()
    assert not Recommendation.objects.filter(pk=advice.pk).exists()
    assert "achievement_drive" not in _areas(people["R"])


def test_a_peer_who_does_not_share_leaves_the_median_and_the_advice_with_it() -> None:
    org, people = _field_team()
    _plant_flat_results(people["R"])
    for key in ("P1", "P2", "P3", "P4"):
        submit(people[key], "achievement_drive", likert=5)
    for key in ("P1", "P2"):
        _share_with_manager(people[key], people["M"])
    submit(people["R"], "achievement_drive", likert=2)
    _share_with_manager(people["R"], people["M"])
    _run_worker()
    # Two peers' self-belief is readable, short of the three a median needs.
    assert "achievement_drive" not in _areas(people["R"])
    _share_with_manager(people["P3"], people["M"])
    # P3's share re-diagnoses P3; R's advice comes with R's next diagnosis.
    assert _queued() == [{"organization_id": org.pk, "person_ids": [people["P3"].pk]}]
    _run_worker()
    diagnose_organization(organization=org, as_of=timezone.localdate(), save=True)
    assert "achievement_drive" in _areas(people["R"])
