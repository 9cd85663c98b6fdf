"""Generated access matrix for stored session agendas: the items drawn from a rep's shared
summaries and from their achievement-drive recommendation reach, on the session page and the
session API, only whoever may read those now; against the hand-written tables in matrix.py.
Each agenda is prepared by the rep's own manager while the shares hold; then the shares either
still hold or have been revoked."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from salescoach.assessments import services as assessment_services
from salescoach.assessments.models import SummaryShare
from salescoach.coaching import services
from salescoach.coaching.models import CoachingSession
from salescoach.goals.services import RecommendationIn, store_recommendations
from salescoach.org.access import viewer_for_person
from tests.access.matrix import (
    AGENDA_MINDSET_VISIBLE,
    AGENDA_MINDSET_VISIBLE_REVOKED,
    REPS,
    SELF_BELIEF_VISIBLE,
    SELF_BELIEF_VISIBLE_UNSHARED,
    SESSIONS_VISIBLE,
    VIEWERS,
)
from tests.integration.assessments.answer_sheets import submit
from tests.world import World

MANAGER_OF = {"R1": "M1", "R1a": "M1a", "R2": "M2", "RB": "MB"}
SHARES = {"R1": "M1", "R1a": "M1a", "RB": "MB"}  # R2 shares nothing (as in matrix.py)
INSTRUMENTS = ("achievement_drive", "behaviour_style")
SCENARIOS = ("shared", "revoked")


def drive_title(rep: str) -> str:
    return f"Set a stretch goal {rep} believes in"


def priorities_title(rep: str) -> str:
    return f"Protect selling time of {rep}"


def discovery_title(rep: str) -> str:
    return f"Let the customer of {rep} name the need"


def _recommendations(rep: str) -> list[RecommendationIn]:
    return [
        RecommendationIn("achievement_drive", drive_title(rep), "Low self-belief.", [], 0.8),
        RecommendationIn("priority_management", priorities_title(rep), "Few blocks.", [], 0.6),
        RecommendationIn("needs_discovery", discovery_title(rep), "Pitched early.", [], 0.75),
    ]


@dataclass
class Prepared:
    scenario: str
    sessions: dict[str, CoachingSession] = field(default_factory=dict)


@pytest.fixture(params=SCENARIOS)
def prepared(request: pytest.FixtureRequest, world: World) -> Prepared:
    """Every rep has taken both self-assessments and has three open recommendations (achievement
    drive, priority management, needs discovery); the shares are made, each manager prepares
    an agenda for their rep, and then the shares hold or are revoked."""
    out = Prepared(str(request.param))
    for key in REPS:
        rep = world.people[key]
        for instrument in INSTRUMENTS:
            submit(rep, instrument, likert=4)
        store_recommendations(person=rep, recommendations=_recommendations(key), rules_version="2")
        for instrument in INSTRUMENTS:
            if key in SHARES:
                assessment_services.share_summary(
                    viewer=viewer_for_person(rep),
                    key=instrument,
                    recipient_id=world.people[SHARES[key]].pk,
                )
    when = timezone.now() + dt.timedelta(days=2)
    for key, manager in MANAGER_OF.items():
        out.sessions[key] = services.prepare_session(
            viewer=viewer_for_person(world.people[manager]),
            rep_id=world.people[key].pk,
            scheduled_for=when,
        )
    if out.scenario == "revoked":
        for share in SummaryShare.objects.filter(revoked_at__isnull=True):
            assessment_services.revoke_share(
                viewer=viewer_for_person(share.person), share_id=share.pk
            )
    assert SummaryShare.objects.filter(revoked_at__isnull=True).count() == (
        len(SHARES) * len(INSTRUMENTS) if out.scenario == "shared" else 0
    )
    return out


def _mindset(scenario: str) -> dict[str, frozenset[str]]:
    return AGENDA_MINDSET_VISIBLE if scenario == "shared" else AGENDA_MINDSET_VISIBLE_REVOKED


def _client(world: World, key: str) -> Client:
    user = world.people[key].user
    assert user is not None
    client = Client()
    client.force_login(user)
    return client


def _items(agenda: dict[str, Any]) -> list[dict[str, Any]]:
    return [item for section in agenda["sections"] for item in section["items"]]


def test_the_stored_agendas_hold_what_each_preparing_manager_could_read(
    world: World, prepared: Prepared
) -> None:
    """The premise of the matrix: what is stored is what the manager read when preparing."""
    for rep, session in prepared.sessions.items():
        stored = CoachingSession.objects.get(pk=session.pk).agenda
        sources = {(i["source_kind"], i["source_key"]) for i in _items(stored)}
        shared = rep in SHARES
        assert (("assessment", "achievement_drive") in sources) is shared, rep
        assert (("assessment", "behaviour_style") in sources) is shared, rep
        assert (("recommendation", "achievement_drive") in sources) is shared, rep
        assert ("recommendation", "priority_management") in sources, rep
        assert ("recommendation", "needs_discovery") in sources, rep
        assert stored["shared_summaries"] == (2 if shared else 0), rep
        assert sorted(stored["summary_instruments"]) == (sorted(INSTRUMENTS) if shared else [])


@pytest.mark.parametrize("rep", REPS)
@pytest.mark.parametrize("viewer", VIEWERS)
def test_the_session_api_gives_summary_items_only_to_who_may_read_them_now(
    world: World, prepared: Prepared, viewer: str, rep: str
) -> None:
    response = _client(world, viewer).get(f"/api/v1/coaching/sessions/{prepared.sessions[rep].pk}")
    where = f"{viewer} → {rep}, {prepared.scenario}"
    if rep not in SESSIONS_VISIBLE[viewer]:
        assert response.status_code == 404, where
        return
    assert response.status_code == 200, where
    agenda = response.json()["agenda"]
    items = _items(agenda)
    kinds = [i["source_kind"] for i in items]
    titles = {i["title"] for i in items}
    readable = rep in _mindset(prepared.scenario)[viewer]
    assert kinds.count("assessment") == (2 if readable else 0), where
    assert (drive_title(rep) in titles) is readable, where
    assert agenda["shared_summaries"] == (2 if readable else 0), where
    # Nothing else is taken away: the rep's other recommendations reach every reader.
    assert {priorities_title(rep), discovery_title(rep)} <= titles, where
    assert "summary_instruments" not in agenda, where
    if not readable:
        body = response.content.decode()
        assert "achievement_drive" not in body, where
        assert "behaviour_style" not in body, where


@pytest.mark.parametrize("rep", REPS)
@pytest.mark.parametrize("viewer", VIEWERS)
def test_the_session_page_shows_summary_items_only_to_who_may_read_them_now(
    world: World, prepared: Prepared, viewer: str, rep: str
) -> None:
    response = _client(world, viewer).get(f"/coaching/sessions/{prepared.sessions[rep].pk}/")
    where = f"{viewer} → {rep}, {prepared.scenario}"
    if rep not in SESSIONS_VISIBLE[viewer]:
        assert response.status_code == 404, where
        return
    assert response.status_code == 200, where
    body = response.content.decode()
    readable = rep in _mindset(prepared.scenario)[viewer]
    assert body.count('data-source="assessment"') == (2 if readable else 0), where
    assert (drive_title(rep) in body) is readable, where
    assert ("Behaviour style:" in body) is readable, where
    assert ('data-empty="shared-self-assessment"' in body) is not readable, where
    assert priorities_title(rep) in body, where
    assert discovery_title(rep) in body, where


# --- Agendas stored before items named their area or instrument ------------------------------

GONE_ID = "999999"  # a recommendation no longer stored


def _legacy_agenda() -> dict[str, Any]:
    """The shape agendas had before `source_key` and `summary_instruments`: an assessment item
    named only by "<instrument>.v<version>", and recommendations no longer stored, one in each
    section."""
    return {
        "as_of": "2026-11-20",
        "shared_summaries": 1,
        "sections": [
            {
                "conversation": "customers",
                "title": "The conversation with customers",
                "items": [
                    {
                        "title": "LEGACY-skill",
                        "detail": "Ask about the need first.",
                        "source_kind": "recommendation",
                        "source_id": GONE_ID,
                        "priority": 1,
                    }
                ],
                "missing_evidence": None,
                "omitted": 0,
            },
            {
                "conversation": "themselves",
                "title": "The conversation with themselves",
                "items": [
                    {
                        "title": "LEGACY-mindset",
                        "detail": "Low self-belief.",
                        "source_kind": "recommendation",
                        "source_id": GONE_ID,
                        "priority": 1,
                    },
                    {
                        "title": "LEGACY-summary",
                        "detail": "The lowest of the shared scores.",
                        "source_kind": "assessment",
                        "source_id": "achievement_drive.v1",
                        "priority": 2,
                    },
                ],
                "missing_evidence": None,
                "omitted": 0,
            },
            {
                "conversation": "coach",
                "title": "The conversation with the coach",
                "items": [],
                "missing_evidence": "No commitment is open.",
                "omitted": 0,
            },
        ],
    }


@pytest.mark.parametrize("viewer", VIEWERS)
def test_an_older_agenda_shows_mindset_items_of_unknown_source_only_to_the_rep_and_their_coach(
    world: World, prepared: Prepared, viewer: str
) -> None:
    """With its recommendation gone, a mindset item of an older agenda cannot be told apart
    from achievement-drive advice: the rep, and the session's manager while the rep shares the
    achievement-drive summary with them. Its summary item follows that summary's share. Here
    every rep's session holds the same older agenda, R2's included (who shares nothing)."""
    CoachingSession.objects.filter(pk__in=[s.pk for s in prepared.sessions.values()]).update(
        agenda=_legacy_agenda()
    )
    readers = SELF_BELIEF_VISIBLE if prepared.scenario == "shared" else SELF_BELIEF_VISIBLE_UNSHARED
    client = _client(world, viewer)
    for rep, session in prepared.sessions.items():
        where = f"{viewer} → {rep}, {prepared.scenario}"
        if rep not in SESSIONS_VISIBLE[viewer]:
            continue
        # Here the rep's coach is also the one who reads their summary, so one table serves.
        readable = rep in readers[viewer]
        agenda = client.get(f"/api/v1/coaching/sessions/{session.pk}").json()["agenda"]
        page = client.get(f"/coaching/sessions/{session.pk}/").content.decode()
        for body in (str(agenda), page):
            assert "LEGACY-skill" in body, where  # a skill is no one's private summary
            assert ("LEGACY-mindset" in body) is readable, where
            assert ("LEGACY-summary" in body) is readable, where
        assert agenda["shared_summaries"] == (1 if readable else 0), where
