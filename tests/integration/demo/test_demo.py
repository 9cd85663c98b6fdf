"""The demo organisation: deterministic, planted, and loaded whole."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from salescoach.calls.services import record_call
from salescoach.demo.generator import generate_demo
from salescoach.goals.models import Recommendation, RepDiagnosis
from salescoach.goals.services import diagnose_organization
from salescoach.org.models import Organization, Person
from salescoach.pipeline.models import Deal

AS_OF = dt.date(2026, 11, 1)


def _fingerprint(seed: int) -> list[object]:
    return [dataclasses.asdict(org) for org in generate_demo(seed=seed, as_of=AS_OF)]


def test_the_same_seed_gives_the_same_data() -> None:
    assert _fingerprint(3) == _fingerprint(3)


def test_another_seed_gives_other_data() -> None:
    assert _fingerprint(3) != _fingerprint(4)


def test_the_main_organisation_has_three_teams_their_managers_enablement_and_24_reps() -> None:
    main_org, other = generate_demo(seed=7, as_of=AS_OF)
    roles = [p.role for p in main_org.people]
    assert roles.count("rep") == 24
    assert roles.count("manager") == 3
    assert roles.count("enablement") == 1
    assert len(main_org.teams) == 3
    assert {p.profile for p in main_org.people if p.role == "rep"} >= {
        "strong_discovery",
        "early_pitcher",
        "decision_stage_loser",
        "fragmented_calendar",
        "plateaued",
        "new_hire",
    }
    assert len({p.key for p in main_org.people + other.people}) == len(main_org.people) + len(
        other.people
    )


def test_deals_span_twelve_months_and_never_pass_the_as_of_date() -> None:
    main_org, _ = generate_demo(seed=7, as_of=AS_OF)
    created = [d.created_on for d in main_org.deals]
    assert min(created) >= dt.date(2025, 12, 1)
    assert max(created) <= AS_OF
    assert all(d.closed_on is None or d.created_on <= d.closed_on <= AS_OF for d in main_org.deals)
    assert all((d.outcome == "open") == (d.closed_on is None) for d in main_org.deals)


def test_the_plateaued_rep_never_gets_a_raised_quota_while_others_do() -> None:
    main_org, _ = generate_demo(seed=7, as_of=AS_OF)
    profile = {p.key: p.profile for p in main_org.people}
    by_rep: dict[str, list[object]] = {}
    for q in main_org.quotas:
        by_rep.setdefault(q.person, []).append(q.amount)
    for rep, amounts in by_rep.items():
        rising = amounts[-1] > amounts[0]
        assert rising is (profile[rep] != "plateaued"), rep


@pytest.mark.parametrize("seed", [7, 3])  # the shipped default seed, and one more
def test_the_new_hire_moves_more_deals_past_the_first_stage_as_the_months_go_by(seed: int) -> None:
    main_org, _ = generate_demo(seed=seed, as_of=AS_OF)
    hire = next(p for p in main_org.people if p.profile == "new_hire")
    assert hire.started_on is not None
    # Deals whose first stage is decided: either moved on, or closed while still in it.
    decided = sorted(
        (
            d
            for d in main_org.deals
            if d.owner == hire.key and (len(d.stage_entries) > 1 or d.outcome != "open")
        ),
        key=lambda d: d.created_on,
    )
    third = len(decided) // 3
    assert third >= 8

    def advanced(deals: list[object]) -> float:
        return sum(len(d.stage_entries) > 1 for d in deals) / len(deals)  # type: ignore[attr-defined]

    assert advanced(decided[-third:]) > advanced(decided[:third])


@pytest.mark.django_db
def test_the_demo_command_refuses_a_day_it_cannot_read(
    cli, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(["demo", "--as-of", "31/12/2026"]) == 1
    assert "--as-of: '31/12/2026' is not a date like 2026-11-01" in capsys.readouterr().err
    assert Organization.objects.count() == 0  # nothing loaded


@pytest.mark.django_db(transaction=True)
def test_the_demo_command_loads_once_and_refuses_to_load_twice(
    cli,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli(["demo", "--as-of", "2026-11-01", "--reps", "6"]) == 0
    out = capsys.readouterr().out
    assert "Demo logins" in out
    assert Organization.objects.count() == 2
    deals = Deal.objects.count()
    assert deals > 0
    assert cli(["demo", "--as-of", "2026-11-01", "--reps", "6"]) == 1
    assert "already exists" in capsys.readouterr().err
    assert Deal.objects.count() == deals  # nothing half-written
    people = Person.objects.count()
    assert cli(["demo", "--if-empty"]) == 0
    assert "not loaded" in capsys.readouterr().out
    assert Person.objects.count() == people


def test_serve_knows_its_options(cli, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(["serve", "--help"]) == 0
    out = capsys.readouterr().out
    for option in ("--bind", "--workers", "--demo-if-empty", "--no-worker"):
        assert option in out


@pytest.mark.django_db(transaction=True)
def test_the_diagnosis_recovers_the_planted_profiles(
    cli, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    as_of = "2026-11-01"
    assert cli(["demo", "--as-of", as_of]) == 0
    capsys.readouterr()
    assert cli(["diagnose", "--org", "harbourline", "--as-of", as_of, "--format", "json"]) == 0
    results = {
        r["person"]: {rec["area"] for rec in r["recommendations"]}
        for r in json.loads(capsys.readouterr().out)
    }
    main_org, _ = generate_demo(seed=7, as_of=dt.date.fromisoformat(as_of))
    planted = {
        "decision_stage_loser": "decision_process",
        "early_pitcher": "needs_discovery",
        "fragmented_calendar": "priority_management",
        "poor_qualification": "qualification",
    }
    for person in main_org.people:
        if person.profile in planted:
            assert planted[person.profile] in results[person.key], (person.profile, person.key)
        if person.profile == "strong_discovery":
            assert not results[person.key] & {"needs_discovery", "empathy", "decision_process"}


@pytest.mark.django_db(transaction=True)
def test_the_demo_starts_with_the_diagnosis_stored_and_agendas_prepared(
    cli, capsys: pytest.CaptureFixture[str]
) -> None:
    from salescoach.coaching.models import CoachingSession
    from salescoach.goals.models import Recommendation

    as_of = "2026-11-01"
    assert cli(["demo", "--as-of", as_of]) == 0
    capsys.readouterr()
    main_org, _ = generate_demo(seed=7, as_of=dt.date.fromisoformat(as_of))
    pitchers = [p.key for p in main_org.people if p.profile == "early_pitcher"]
    stored = set(
        Recommendation.objects.filter(person__email__in=pitchers, status="open").values_list(
            "person__email", "area"
        )
    )
    # An early pitcher already working on needs discovery in an active learning goal is not
    # recommended it again; the others are.
    from salescoach.goals.models import Goal

    working = set(
        Goal.objects.filter(
            person__email__in=pitchers,
            kind="learning",
            status="active",
            measure__in=["discovery_rep_talk_share", "pitch_before_need_share"],
        ).values_list("person__email", flat=True)
    )
    assert working  # the demo coaches one early pitcher on it
    assert {(email, "needs_discovery") for email in pitchers if email not in working} <= stored
    assert not {(email, "needs_discovery") for email in working} & stored
    planned = CoachingSession.objects.filter(status="planned")
    assert planned.exists()
    assert all(s.agenda.get("sections") for s in planned)


def _canonical(evidence: object) -> str:
    """The evidence as JSON with sorted keys: PostgreSQL's jsonb keeps no key order."""
    return json.dumps(evidence, sort_keys=True)


def _open_recommendations() -> set[tuple[str, str, str, str]]:
    """(rep, area, why, evidence) of every open recommendation stored."""
    rows = Recommendation.objects.filter(status="open").select_related("person")
    return {(r.person.email, r.area, r.why, _canonical(r.evidence)) for r in rows}


def _diagnosed(day: dt.date) -> set[tuple[str, str, str, str]]:
    """(rep, area, why, evidence) of every recommendation a diagnosis as of `day` finds."""
    return {
        (found.person, r.area, r.why, _canonical(r.to_json()["evidence"]))
        for org in Organization.objects.all()
        for found in diagnose_organization(organization=org, as_of=day)
        for r in found.recommendations
    }


@pytest.mark.django_db(transaction=True)
def test_a_demo_loaded_as_of_a_past_day_keeps_its_diagnosis_once_a_worker_runs(
    cli, capsys: pytest.CaptureFixture[str]
) -> None:
    as_of = dt.date(2025, 9, 30)  # before any day this test runs on
    assert cli(["demo", "--as-of", as_of.isoformat(), "--reps", "6"]) == 0
    capsys.readouterr()
    demo = _open_recommendations()
    # The demo stores the diagnosis as of its own day (less the areas its learning goals
    # already work on).
    assert demo
    assert demo <= _diagnosed(as_of)

    # Loading the demo queues no diagnosis on today's evidence: a worker leaves it as it is.
    assert not DBTaskResult.objects.exists()
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
    assert _open_recommendations() == demo
    # Every active rep's stored diagnosis is the demo's own, read as of the demo's day.
    reps = Person.objects.filter(role="rep", is_active=True).count()
    assert reps > 0
    assert list(RepDiagnosis.objects.values_list("run__as_of", flat=True).distinct()) == [as_of]
    assert RepDiagnosis.objects.count() == reps

    # Evidence stored after the load is announced as usual: its rep is diagnosed again.
    rep = Person.objects.filter(organization__slug="harbourline", role="rep").first()
    assert rep is not None
    record_call(
        organization=rep.organization,
        data=f"{rep.name}: What made you look at this now?\nJo Buyer: Reporting.\n".encode(),
        source_name="after.txt",
        owner=rep,
    )
    assert [r.args_kwargs["kwargs"] for r in DBTaskResult.objects.all()] == [
        {"organization_id": rep.organization_id, "person_ids": [rep.pk]}
    ]
