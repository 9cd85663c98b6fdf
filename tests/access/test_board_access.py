"""Generated access matrix for the team board, its exports, the coaching-quality and
organisation pages, the session summary PDF and coaching guides, against matrix.py."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.test import Client
from openpyxl import load_workbook
from pypdf import PdfReader

from salescoach.coaching.models import CoachingGuide, CoachingSession
from salescoach.pipeline.models import Stage
from tests.access.matrix import (
    BOARD_REPS,
    GUIDE_EDITORS,
    ORG_A,
    ORGANISATION_COACHING,
    REPS,
    SUMMARY_VISIBLE,
    VIEWERS,
)
from tests.integration.coaching.coaching_history import hold_session
from tests.world import World

MANAGER_OF = {"R1": "M1", "R1a": "M1a", "R2": "M2", "RB": "MB"}


def _client(world: World, key: str) -> Client:
    client = Client()
    client.force_login(world.people[key].user)
    return client


def _names_in_csv(body: bytes) -> set[str]:
    rows = list(csv.reader(io.StringIO(body.decode("utf-8").lstrip("\ufeff"))))
    return {row[1] for row in rows[1:]}


def _names_in_xlsx(body: bytes) -> set[str]:
    sheet = load_workbook(io.BytesIO(body)).active
    assert sheet is not None
    return {str(row[1].value) for row in sheet.iter_rows(min_row=2)}


@dataclass(frozen=True)
class BoardSurface:
    name: str
    url: str
    listed: Callable[[World, str, bytes], bool]


BOARD_SURFACES = (
    BoardSurface(
        "board page",
        "/coaching/board/",
        lambda w, rep, body: f'id="rep-{w.people[rep].pk}"' in body.decode(),
    ),
    BoardSurface(
        "board csv",
        "/coaching/board/team-board.csv",
        lambda w, rep, body: w.people[rep].name in _names_in_csv(body),
    ),
    BoardSurface(
        "board xlsx",
        "/coaching/board/team-board.xlsx",
        lambda w, rep, body: w.people[rep].name in _names_in_xlsx(body),
    ),
    BoardSurface(
        "quality page",
        "/coaching/quality/",
        lambda w, rep, body: (
            f'href="/coaching/people/{w.people[rep].pk}/scorecard/"' in body.decode()
        ),
    ),
)


@pytest.mark.parametrize(
    ("surface", "viewer"),
    [pytest.param(s, v, id=f"{s.name}:{v}") for s in BOARD_SURFACES for v in VIEWERS],
)
def test_board_surfaces_list_exactly_the_reps_of_the_managers_teams(
    world: World, surface: BoardSurface, viewer: str
) -> None:
    response = _client(world, viewer).get(surface.url)
    if viewer not in BOARD_REPS:
        assert response.status_code == 404
        return
    assert response.status_code == 200
    for rep in REPS:
        assert surface.listed(world, rep, response.content) is (rep in BOARD_REPS[viewer]), rep


def _pdf_text(body: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(body)).pages)


@pytest.fixture
def sessions(world: World) -> dict[str, CoachingSession]:
    return {
        rep: hold_session(
            world.people[manager],
            world.people[rep],
            days_ago=2,
            note=f"SHARED-{rep}-for-the-rep",
            private_note=f"PRIVATE-{rep}-for-the-manager",
        )
        for rep, manager in MANAGER_OF.items()
    }


@pytest.mark.parametrize(
    ("viewer", "rep"),
    [pytest.param(v, r, id=f"summary:{v}->{r}") for v in VIEWERS for r in REPS],
)
def test_the_session_summary_reaches_the_rep_and_their_managers_without_private_notes(
    world: World, sessions: dict[str, CoachingSession], viewer: str, rep: str
) -> None:
    response = _client(world, viewer).get(f"/coaching/sessions/{sessions[rep].pk}/summary.pdf")
    allowed = rep in SUMMARY_VISIBLE[viewer]
    assert response.status_code == (200 if allowed else 404)
    if allowed:
        text = _pdf_text(response.content)
        assert f"SHARED-{rep}-for-the-rep" in text
        assert "PRIVATE" not in text


@pytest.mark.parametrize("viewer", VIEWERS)
def test_only_enablement_and_administrators_edit_coaching_guides(world: World, viewer: str) -> None:
    org = world.orgs["A" if viewer in ORG_A else "B"]
    stage = Stage.objects.get(process__organization=org)
    client = _client(world, viewer)
    assert client.get("/coaching/guides/").status_code == 200
    assert client.get(f"/coaching/guides/{stage.pk}/").status_code == 200
    editor = viewer in GUIDE_EDITORS
    assert client.get(f"/coaching/guides/{stage.pk}/edit/").status_code == (200 if editor else 404)
    response = client.post(f"/coaching/guides/{stage.pk}/edit/", {"questions": "Who decides?"})
    assert response.status_code == (302 if editor else 404)
    assert CoachingGuide.objects.filter(stage=stage).count() == (1 if editor else 0)


@pytest.mark.parametrize("viewer", VIEWERS)
def test_nobody_reads_or_edits_another_organisations_guides(world: World, viewer: str) -> None:
    other = world.orgs["B" if viewer in ORG_A else "A"]
    stage = Stage.objects.get(process__organization=other)
    client = _client(world, viewer)
    assert client.get(f"/coaching/guides/{stage.pk}/").status_code == 404
    assert client.post(f"/coaching/guides/{stage.pk}/edit/", {"questions": "Q?"}).status_code == 404
    assert not CoachingGuide.objects.exists()


@pytest.mark.parametrize("viewer", VIEWERS)
def test_the_organisation_coaching_view_is_enablements_and_names_no_rep(
    world: World, sessions: dict[str, CoachingSession], viewer: str
) -> None:
    response = _client(world, viewer).get("/coaching/organisation/")
    if viewer not in ORGANISATION_COACHING:
        assert response.status_code == 404
        return
    assert response.status_code == 200
    body = response.content.decode()
    for rep in REPS:
        assert world.people[rep].name not in body
    assert "SHARED-" not in body
    assert "PRIVATE-" not in body
