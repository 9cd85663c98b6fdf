"""Coaching guides: versioned questions per stage, edited by enablement and administrators."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.utils import timezone

from salescoach.coaching.board_selectors import guide_in_force
from salescoach.coaching.models import CoachingGuide
from salescoach.org.access import viewer_for_person
from salescoach.pipeline.models import Stage
from tests.world import World

pytestmark = pytest.mark.django_db


def _client(world: World, key: str) -> Client:
    client = Client()
    client.force_login(world.people[key].user)
    return client


def _stage(world: World, org: str = "A") -> Stage:
    return Stage.objects.get(process__organization=world.orgs[org])


def test_enablement_saves_versions_and_the_history_keeps_every_one(world: World) -> None:
    stage = _stage(world)
    client = _client(world, "E")
    first = client.post(
        f"/coaching/guides/{stage.pk}/edit/",
        {"questions": "Who did you speak to first?\n\nWhat did they say is at stake?\n"},
    )
    assert first.status_code == 302
    second = client.post(
        f"/coaching/guides/{stage.pk}/edit/", {"questions": "What will you ask next time?"}
    )
    assert second.status_code == 302
    versions = list(CoachingGuide.objects.filter(stage=stage).order_by("version"))
    assert [(g.version, g.questions) for g in versions] == [
        (1, ["Who did you speak to first?", "What did they say is at stake?"]),
        (2, ["What will you ask next time?"]),
    ]
    history = client.get(f"/coaching/guides/{stage.pk}/").content.decode()
    assert 'id="version-2"' in history
    assert 'id="version-1"' in history
    assert "Who did you speak to first?" in history  # the old version is still shown
    listing = _client(world, "R1").get("/coaching/guides/").content.decode()
    assert "What will you ask next time?" in listing
    assert "Who did you speak to first?" not in listing  # the list shows the version in use


def test_an_administrator_may_edit_too(world: World) -> None:
    stage = _stage(world)
    response = _client(world, "AD").post(
        f"/coaching/guides/{stage.pk}/edit/", {"questions": "What did the customer confirm?"}
    )
    assert response.status_code == 302
    assert CoachingGuide.objects.get(stage=stage).edited_by == world.people["AD"]


@pytest.mark.parametrize("key", ["M1", "R1"])
def test_managers_and_reps_read_guides_but_cannot_edit_them(world: World, key: str) -> None:
    stage = _stage(world)
    client = _client(world, key)
    assert client.get("/coaching/guides/").status_code == 200
    assert client.get(f"/coaching/guides/{stage.pk}/edit/").status_code == 404
    response = client.post(f"/coaching/guides/{stage.pk}/edit/", {"questions": "Sneaky?"})
    assert response.status_code == 404
    assert not CoachingGuide.objects.exists()
    assert "/edit/" not in client.get("/coaching/guides/").content.decode()


def test_an_empty_guide_is_refused_with_the_field_named_and_nothing_saved(world: World) -> None:
    stage = _stage(world)
    response = _client(world, "E").post(f"/coaching/guides/{stage.pk}/edit/", {"questions": " \n"})
    assert response.status_code == 400
    assert "questions: a guide needs at least one question" in response.content.decode()
    assert not CoachingGuide.objects.exists()


def test_a_too_long_question_is_named_by_its_number(world: World) -> None:
    stage = _stage(world)
    text = "Fine question?\n" + "x" * 501
    response = _client(world, "E").post(f"/coaching/guides/{stage.pk}/edit/", {"questions": text})
    assert response.status_code == 400
    assert "question 2 is longer than 500 characters" in response.content.decode()
    assert not CoachingGuide.objects.exists()


def test_another_organisations_stage_is_not_found(world: World) -> None:
    other = _stage(world, "B")
    client = _client(world, "E")
    assert client.get(f"/coaching/guides/{other.pk}/").status_code == 404
    assert client.post(f"/coaching/guides/{other.pk}/edit/", {"questions": "Q?"}).status_code == 404
    assert not CoachingGuide.objects.exists()


def test_a_session_keeps_the_version_in_force_when_it_was_planned(world: World) -> None:
    stage = _stage(world)
    client = _client(world, "E")
    client.post(f"/coaching/guides/{stage.pk}/edit/", {"questions": "Version one?"})
    v1 = CoachingGuide.objects.get(stage=stage, version=1)
    v1.created_at = timezone.now() - dt.timedelta(days=10)
    v1.save()
    planned_at = timezone.now() - dt.timedelta(days=5)
    client.post(f"/coaching/guides/{stage.pk}/edit/", {"questions": "Version two?"})
    viewer = viewer_for_person(world.people["M1"])
    kept = guide_in_force(viewer=viewer, stage_id=stage.pk, at=planned_at)
    assert kept is not None
    assert kept.questions == ["Version one?"]
    now = guide_in_force(viewer=viewer, stage_id=stage.pk, at=timezone.now())
    assert now is not None
    assert now.questions == ["Version two?"]
