"""Generated access matrix for coaching: sessions, notes and commitments on every surface,
against the hand-written tables in matrix.py. A manager-only note never reaches the rep."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from django.http import HttpResponse
from django.test import Client
from django.utils import timezone
from pypdf import PdfReader

from salescoach.coaching import services
from salescoach.coaching.models import CoachingSession, Commitment, SessionNote
from salescoach.org.access import viewer_for_person
from tests.access.matrix import (
    NOTE_AUTHOR,
    PRIVATE_NOTES_VISIBLE,
    REPS,
    SESSIONS_VISIBLE,
    VIEWERS,
)
from tests.world import World

MANAGER_OF = {"R1": "M1", "R1a": "M1a", "R2": "M2", "RB": "MB"}


def private_text(rep: str) -> str:
    return f"PRIVATE-{rep}-only-for-the-author"


def shared_text(rep: str) -> str:
    return f"SHARED-{rep}-with-the-rep"


@dataclass
class Coaching:
    sessions: dict[str, CoachingSession] = field(default_factory=dict)
    private: dict[str, SessionNote] = field(default_factory=dict)
    shared: dict[str, SessionNote] = field(default_factory=dict)
    commitments: dict[str, Commitment] = field(default_factory=dict)


@pytest.fixture
def coaching(world: World) -> Coaching:
    c = Coaching()
    when = timezone.now() + dt.timedelta(days=1)
    for rep, manager in MANAGER_OF.items():
        viewer = viewer_for_person(world.people[manager])
        session = services.plan_session(
            viewer=viewer, rep_id=world.people[rep].pk, scheduled_for=when
        )
        c.sessions[rep] = session
        c.private[rep] = services.add_note(
            viewer=viewer, session=session, text=private_text(rep), visibility="manager_only"
        )
        c.shared[rep] = services.add_note(
            viewer=viewer, session=session, text=shared_text(rep), visibility="shared"
        )
        c.commitments[rep] = services.add_commitment(
            viewer=viewer,
            session=session,
            text=f"Commitment {rep}",
            due_on=timezone.localdate() + dt.timedelta(days=3),
        )
    return c


def _text(response: HttpResponse) -> str:
    if response.get("Content-Type", "").startswith("application/pdf"):
        reader = PdfReader(io.BytesIO(response.content))
        return "\n".join(page.extract_text() for page in reader.pages)
    return response.content.decode()


@dataclass(frozen=True)
class Surface:
    name: str
    url: Callable[[Coaching, str], str]
    is_list: bool
    listed: Callable[[Coaching, str, str], bool] = lambda c, rep, body: False
    shows_private: bool = True  # False: the surface never holds a manager-only note, for anyone


def _api_ids(body: str) -> set[int]:
    import json

    return {item["id"] for item in json.loads(body)["items"]}


SURFACES = (
    Surface(
        "page sessions list",
        lambda c, rep: "/coaching/sessions/",
        True,
        lambda c, rep, body: f'href="/coaching/sessions/{c.sessions[rep].pk}/"' in body,
    ),
    Surface("page session", lambda c, rep: f"/coaching/sessions/{c.sessions[rep].pk}/", False),
    Surface(
        "api sessions list",
        lambda c, rep: "/api/v1/coaching/sessions?page_size=100",
        True,
        lambda c, rep, body: c.sessions[rep].pk in _api_ids(body),
    ),
    Surface(
        "printable summary",
        lambda c, rep: f"/coaching/sessions/{c.sessions[rep].pk}/summary.pdf",
        False,
        shows_private=False,  # the summary the rep keeps: shared notes only, even for the author
    ),
    Surface("api session", lambda c, rep: f"/api/v1/coaching/sessions/{c.sessions[rep].pk}", False),
    Surface(
        "api session notes",
        lambda c, rep: f"/api/v1/coaching/sessions/{c.sessions[rep].pk}/notes",
        False,
    ),
    Surface(
        "api commitments list",
        lambda c, rep: "/api/v1/coaching/commitments?page_size=100",
        True,
        lambda c, rep, body: c.commitments[rep].pk in _api_ids(body),
    ),
)

CASES = [
    pytest.param(surface, viewer, rep, id=f"{surface.name}:{viewer}->{rep}")
    for surface in SURFACES
    for viewer in VIEWERS
    for rep in REPS
]


@pytest.mark.parametrize(("surface", "viewer", "rep"), CASES)
def test_coaching_access_matrix(
    world: World, coaching: Coaching, surface: Surface, viewer: str, rep: str
) -> None:
    client = Client()
    client.force_login(world.people[viewer].user)
    response = client.get(surface.url(coaching, rep))
    body = _text(response)
    allowed = rep in SESSIONS_VISIBLE[viewer]
    if surface.is_list:
        assert response.status_code == 200
        assert surface.listed(coaching, rep, body) is allowed
    else:
        assert response.status_code == (200 if allowed else 404)
    # Whatever the surface, a note's text appears only where the tables say it may.
    assert (private_text(rep) in body) is (
        rep in PRIVATE_NOTES_VISIBLE[viewer] and not surface.is_list and surface.shows_private
    )
    assert (shared_text(rep) in body) is (allowed and not surface.is_list)


@pytest.mark.parametrize(
    ("viewer", "rep"),
    [pytest.param(v, r, id=f"note edit:{v}->{r}") for v in VIEWERS for r in REPS],
)
def test_only_the_author_opens_or_saves_a_note_edit(
    world: World, coaching: Coaching, viewer: str, rep: str
) -> None:
    client = Client()
    client.force_login(world.people[viewer].user)
    for note in (coaching.private[rep], coaching.shared[rep]):
        url = f"/coaching/notes/{note.pk}/edit/"
        allowed = rep in NOTE_AUTHOR[viewer]
        assert client.get(url).status_code == (200 if allowed else 404)
        response = client.post(url, {"text": "rewritten", "visibility": "shared"})
        assert response.status_code == (302 if allowed else 404)
        note.refresh_from_db()
        assert (note.text == "rewritten") is allowed
        api = client.patch(
            f"/api/v1/coaching/notes/{note.pk}",
            {"text": "rewritten by api"},
            content_type="application/json",
        )
        assert api.status_code == (200 if allowed else 404)
        note.refresh_from_db()
        assert (note.text == "rewritten by api") is allowed


@pytest.mark.parametrize(
    ("viewer", "rep"),
    [pytest.param(v, r, id=f"plan:{v}->{r}") for v in VIEWERS for r in REPS],
)
def test_a_session_can_be_planned_only_by_a_manager_for_a_rep_in_their_teams(
    world: World, viewer: str, rep: str
) -> None:
    client = Client()
    client.force_login(world.people[viewer].user)
    when = (timezone.localtime() + dt.timedelta(days=2)).strftime("%Y-%m-%dT%H:%M")
    before = CoachingSession.objects.count()
    response = client.post(
        "/coaching/sessions/plan/",
        {"rep": world.people[rep].pk, "kind": "skill", "scheduled_for": when},
    )
    # Managers plan for the reps they would see a session of; nobody else plans at all.
    allowed = viewer.startswith("M") and rep in SESSIONS_VISIBLE[viewer]
    expected = 302 if allowed else (400 if viewer.startswith("M") else 403)
    assert response.status_code == expected
    assert CoachingSession.objects.count() == before + (1 if allowed else 0)
