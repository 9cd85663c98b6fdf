"""Accepting, setting aside and refreshing recommendations from the scorecard."""

from __future__ import annotations

import pytest
from django.test import Client

from salescoach.goals.models import Goal, Recommendation, RecommendationStatus
from salescoach.goals.services import RecommendationIn, store_recommendations
from tests.world import World

REC = RecommendationIn(
    area="needs_discovery",
    title="Ask before you present",
    why="Presented before the customer named a need on most calls.",
    evidence=[
        {
            "metric": "pitch_before_need_share",
            "label": "share of calls presenting before a need was named",
            "unit": "share",
            "value": 0.8,
            "team_median": 0.2,
            "org_median": 0.25,
            "sample": 5,
            "holds": True,
        }
    ],
    confidence=0.7,
)


def _client(world: World, key: str) -> Client:
    client = Client()
    client.force_login(world.people[key].user)
    return client


def _stored(world: World, rep: str = "R1") -> Recommendation:
    (rec,) = store_recommendations(
        person=world.people[rep], recommendations=[REC], rules_version="2.0"
    )
    return rec


def test_the_scorecard_shows_the_evidence_in_its_units_and_the_accept_button(world: World) -> None:
    rec = _stored(world)
    body = _client(world, "R1").get(f"/coaching/people/{world.people['R1'].pk}/scorecard/")
    text = body.content.decode()
    assert "share of calls presenting before a need was named" in text
    for shown in ("80%", "20%", "25%"):  # value, team median, organisation median
        assert f">{shown}<" in text
    assert f'action="/goals/recommendations/{rec.pk}/accept/"' in text
    assert "Not yet accepted by the manager." in text


def test_rep_then_manager_accept_and_a_learning_goal_appears(world: World) -> None:
    rec = _stored(world)
    rep = _client(world, "R1")
    response = rep.post(f"/goals/recommendations/{rec.pk}/accept/", {"weeks": "12"})
    assert response.status_code == 302
    assert response["Location"] == f"/coaching/people/{world.people['R1'].pk}/scorecard/"
    assert not Goal.objects.exists()
    # Once the rep has accepted, the rep's page no longer offers the button.
    page = rep.get(response["Location"]).content.decode()
    assert f'action="/goals/recommendations/{rec.pk}/accept/"' not in page
    assert "Accepted by the rep on" in page

    manager = _client(world, "M1")
    response = manager.post(
        f"/goals/recommendations/{rec.pk}/accept/",
        {"practice": "Three open questions before any slide", "weeks": "8"},
    )
    assert response.status_code == 302
    goal = Goal.objects.get()
    assert (goal.kind, goal.title, goal.source_id) == ("learning", REC.title, rec.pk)
    assert goal.practice == "Three open questions before any slide"
    assert (goal.period_end - goal.period_start).days == 56  # 8 weeks
    rec.refresh_from_db()
    assert rec.status == RecommendationStatus.ACCEPTED


def test_a_bad_number_of_weeks_is_refused_naming_the_field(world: World) -> None:
    rec = _stored(world)
    response = _client(world, "R1").post(
        f"/goals/recommendations/{rec.pk}/accept/", {"weeks": "99"}, follow=True
    )
    assert "weeks: Ensure this value is less than or equal to 52." in response.content.decode()
    rec.refresh_from_db()
    assert rec.rep_accepted_at is None


def test_setting_aside_closes_the_recommendation(world: World) -> None:
    rec = _stored(world)
    assert _client(world, "M1").post(f"/goals/recommendations/{rec.pk}/dismiss/").status_code == 302
    rec.refresh_from_db()
    assert rec.status == RecommendationStatus.DISMISSED


def test_accepting_twice_is_refused(world: World) -> None:
    rec = _stored(world)
    rep = _client(world, "R1")
    rep.post(f"/goals/recommendations/{rec.pk}/dismiss/")
    assert rep.post(f"/goals/recommendations/{rec.pk}/accept/", {"weeks": "12"}).status_code == 403


def test_get_is_not_allowed(world: World) -> None:
    rec = _stored(world)
    assert _client(world, "R1").get(f"/goals/recommendations/{rec.pk}/accept/").status_code == 405


def test_refreshing_the_diagnosis_replaces_open_recommendations(world: World) -> None:
    stale = _stored(world)
    decided = Recommendation.objects.create(
        organization=world.orgs["A"],
        person=world.people["R1"],
        area="empathy",
        title="Old, decided",
        why="",
        confidence=0.5,
        rules_version="1",
        status=RecommendationStatus.DISMISSED,
    )
    response = _client(world, "M1").post(
        f"/goals/people/{world.people['R1'].pk}/diagnose/", follow=True
    )
    assert response.status_code == 200
    # The small test world has too few deals for any rule: the stale open one goes, the
    # decided one stays, and the page says what happened.
    assert "Diagnosis refreshed from today&#x27;s evidence: 0 recommendations" in (
        response.content.decode()
    )
    assert not Recommendation.objects.filter(pk=stale.pk).exists()
    assert Recommendation.objects.filter(pk=decided.pk).exists()


@pytest.mark.parametrize(("key", "status"), [("AD", 403), ("R1a", 404), ("M2", 404), ("E", 302)])
def test_who_may_refresh_a_reps_diagnosis(world: World, key: str, status: int) -> None:
    # The admin sees the directory but no selling evidence; another rep or another team's
    # manager does not even see the person; enablement may.
    response = _client(world, key).post(f"/goals/people/{world.people['R1'].pk}/diagnose/")
    assert response.status_code == status
