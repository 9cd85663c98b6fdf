"""GET /api/v1/people/{id}/scorecard: the scorecard as a documented JSON contract."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.test import Client
from django.utils import timezone

from salescoach.goals.models import Goal, Recommendation
from salescoach.pipeline.models import Activity, Deal, Stage
from tests.world import World


def _client(world: World, key: str) -> Client:
    client = Client()
    client.force_login(world.people[key].user)
    return client


def _close(world: World, owner: str, outcome: str, n: int) -> None:
    person = world.people[owner]
    today = timezone.localdate()
    stage = Stage.objects.get(process__organization=person.organization)
    for i in range(n):
        Deal.objects.create(
            organization=person.organization,
            external_id=f"{owner}-{outcome}-{i}",
            name="x",
            owner=person,
            amount=Decimal(10),
            created_on=today - dt.timedelta(days=60),
            closed_on=today - dt.timedelta(days=5),
            outcome=outcome,
            stage=stage,
        )


def test_the_scorecard_answers_the_customer_conversation_beside_team_and_org(world: World) -> None:
    _close(world, "R1", "won", 1)
    _close(world, "R1", "lost", 3)  # R1: 1 of 4 = 0.25, three lost in Approach
    _close(world, "R1a", "won", 3)
    _close(world, "R1a", "lost", 1)
    _close(world, "R2", "won", 1)  # the rest of the organisation: 4 won, 1 lost = 0.8
    response = _client(world, "M1").get(f"/api/v1/people/{world.people['R1'].pk}/scorecard")
    assert response.status_code == 200
    body = response.json()
    assert body["person_id"] == world.people["R1"].pk
    assert body["customers"]["win_rate"] == {
        "rep": 0.25,
        "team": None,  # nobody else in T1 closed a deal
        "org": 0.8,
        "won": 1,
        "lost": 3,
    }
    assert body["customers"]["losses_by_stage"] == [{"stage": "Approach", "lost": 3}]
    assert body["customers"]["open_deals"] == 1  # the world's deal "R1"
    assert set(body) == {
        "person_id",
        "name",
        "team_id",
        "since",
        "customers",
        "coach",
        "recommendations",
        "goals",
    }


def test_weekly_selling_time_is_dated_by_the_week_it_starts(world: World) -> None:
    r1 = world.people["R1"]
    today = timezone.localdate()
    first_week = today - dt.timedelta(weeks=12)
    when = dt.datetime.combine(first_week + dt.timedelta(days=1), dt.time(10), tzinfo=dt.UTC)
    Activity.objects.create(
        organization=r1.organization,
        external_id="meet-1",
        type="meeting",
        person=r1,
        occurred_at=when,
        duration_min=90,
        customer_facing=True,
    )
    weeks = (
        _client(world, "R1")
        .get(f"/api/v1/people/{r1.pk}/scorecard")
        .json()["customers"]["weekly_selling"]
    )
    assert len(weeks) == 12
    assert weeks[0] == {"week_start": first_week.isoformat(), "customer_hours": 1.5}  # 90 min
    assert weeks[1]["week_start"] == (first_week + dt.timedelta(weeks=1)).isoformat()


def test_recommendations_and_goals_are_listed(world: World) -> None:
    r1 = world.people["R1"]
    rec = Recommendation.objects.create(
        organization=r1.organization,
        person=r1,
        area="decision_process",
        title="Map the buyer's decision",
        why="Most losses happen where the prospect decides.",
        evidence=[{"metric": "loss_share_decision", "value": 0.6}],
        confidence=0.7,
        rules_version="1",
    )
    Goal.objects.create(
        organization=r1.organization,
        person=r1,
        kind="learning",
        title="Confirm the decision process on every call",
        period_start=dt.date(2026, 1, 1),
        period_end=dt.date(2026, 3, 31),
        source=rec,
    )
    body = _client(world, "R1").get(f"/api/v1/people/{r1.pk}/scorecard").json()
    assert [(r["id"], r["area"], r["confidence"]) for r in body["recommendations"]] == [
        (rec.pk, "decision_process", 0.7)
    ]
    assert body["recommendations"][0]["evidence"] == [
        {"metric": "loss_share_decision", "value": 0.6}
    ]
    assert [(g["kind"], g["source_id"]) for g in body["goals"]] == [("learning", rec.pk)]


def test_outside_the_callers_scope_the_scorecard_is_404(world: World) -> None:
    assert (
        _client(world, "R2").get(f"/api/v1/people/{world.people['R1'].pk}/scorecard").status_code
        == 404
    )
    assert (
        _client(world, "AD").get(f"/api/v1/people/{world.people['R1'].pk}/scorecard").status_code
        == 404
    )
    assert (
        _client(world, "E").get(f"/api/v1/people/{world.people['RB'].pk}/scorecard").status_code
        == 404
    )
    assert Client().get(f"/api/v1/people/{world.people['R1'].pk}/scorecard").status_code == 401


def test_the_scorecard_operation_documents_its_response(client: Client) -> None:
    spec = client.get("/api/v1/openapi.json").json()
    operation = spec["paths"]["/api/v1/people/{person_id}/scorecard"]["get"]
    assert set(operation["responses"]) >= {"200", "401", "403", "404"}
    schema = spec["components"]["schemas"]["ScorecardOut"]
    assert set(schema["required"]) >= {"customers", "coach", "recommendations", "goals"}
    assert "win_rate" in spec["components"]["schemas"]["ScorecardCustomersOut"]["properties"]
