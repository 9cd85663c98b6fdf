"""Generated access matrix for recommendations: accept, set aside and refresh, for every
viewer × rep, against the hand-written tables in matrix.py."""

from __future__ import annotations

import pytest
from django.test import Client

from salescoach.goals.models import Recommendation, RecommendationStatus
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
