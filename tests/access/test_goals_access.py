"""Generated access matrix for recommendations (accept, set aside and refresh) and for the
goals list with its progress, for every viewer × rep, against the hand-written tables in
matrix.py."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.utils import timezone

from salescoach.goals.models import Goal, Recommendation, RecommendationStatus
from salescoach.goals.services import RecommendationIn, store_recommendations
from tests.access.matrix import (
    DIAGNOSIS_RUNNERS,
    PEOPLE_VISIBLE,
    RECOMMENDATION_DECIDERS,
    REPS,
    VIEWERS,
    WORK_VISIBLE,
)
from tests.world import World

REC = RecommendationIn("empathy", "Let the customer tell the story", "Short stories.", [], 0.6)


def _client(world: World, key: str) -> Client:
    client = Client()
    client.force_login(world.people[key].user)
    return client


def _expected(viewer: str, rep: str, allowed: frozenset[str], visible: frozenset[str]) -> int:
    if viewer in allowed:
        return 302
    return 403 if rep in visible else 404  # out of sight looks like missing


@pytest.mark.parametrize("action", ["accept", "dismiss"])
@pytest.mark.parametrize("rep", REPS)
@pytest.mark.parametrize("viewer", VIEWERS)
def test_deciding_on_a_recommendation(world: World, viewer: str, rep: str, action: str) -> None:
    (rec,) = store_recommendations(
        person=world.people[rep], recommendations=[REC], rules_version="2"
    )
    response = _client(world, viewer).post(
        f"/goals/recommendations/{rec.pk}/{action}/", {"weeks": "12"}
    )
    expected = _expected(viewer, rep, RECOMMENDATION_DECIDERS[rep], WORK_VISIBLE[viewer])
    assert response.status_code == expected, (viewer, rep, action)
    rec.refresh_from_db()
    changed = (
        rec.status != RecommendationStatus.OPEN or rec.rep_accepted_at or (rec.manager_accepted_at)
    )
    assert bool(changed) is (expected == 302)


@pytest.mark.parametrize("rep", REPS)
@pytest.mark.parametrize("viewer", VIEWERS)
def test_refreshing_a_diagnosis(world: World, viewer: str, rep: str) -> None:
    (rec,) = store_recommendations(
        person=world.people[rep], recommendations=[REC], rules_version="2"
    )
    response = _client(world, viewer).post(f"/goals/people/{world.people[rep].pk}/diagnose/")
    expected = _expected(viewer, rep, DIAGNOSIS_RUNNERS[rep], PEOPLE_VISIBLE[viewer])
    assert response.status_code == expected, (viewer, rep)
    # A refresh replaces the open recommendation (the small world fires no rule); anything
    # else leaves it where it was.
    assert Recommendation.objects.filter(pk=rec.pk).exists() is (expected != 302)


@pytest.fixture
def learning_goals(world: World) -> dict[str, Goal]:
    """One learning goal per rep, measured by a diagnosis figure, so each carries progress."""
    today = timezone.localdate()
    return {
        rep: Goal.objects.create(
            organization=world.people[rep].organization,
            person=world.people[rep],
            kind="learning",
            title=f"Goal {rep}",
            measure="discovery_rep_talk_share",
            period_start=today,
            period_end=today + dt.timedelta(days=84),
            agreed_on=today,
        )
        for rep in REPS
    }


@pytest.mark.parametrize("viewer", VIEWERS)
def test_the_goals_list_and_its_progress(
    world: World, learning_goals: dict[str, Goal], viewer: str
) -> None:
    response = _client(world, viewer).get("/api/v1/coaching/goals?page_size=100")
    assert response.status_code == 200
    listed = {item["id"]: item for item in response.json()["items"]}
    for rep, goal in learning_goals.items():
        assert (goal.pk in listed) is (rep in WORK_VISIBLE[viewer]), (viewer, rep)
    assert all(item["progress"] is not None for item in listed.values())
