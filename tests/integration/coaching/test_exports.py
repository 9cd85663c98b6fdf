"""Board exports (CSV, XLSX) and the session summary PDF the rep keeps."""

from __future__ import annotations

import csv
import io

import pytest
from django.test import Client
from openpyxl import load_workbook
from pypdf import PdfReader

from salescoach.coaching.exports import BOARD_COLUMNS
from tests.integration.coaching.coaching_history import hold_session
from tests.world import World

pytestmark = pytest.mark.django_db

HOSTILE = '=HYPERLINK("http://evil.example","click")'


def _client(world: World, key: str) -> Client:
    client = Client()
    client.force_login(world.people[key].user)
    return client


def _csv_rows(body: bytes) -> list[list[str]]:
    text = body.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:])))


def test_the_board_csv_has_one_row_per_rep_in_the_coaching_order(world: World) -> None:
    hold_session(world.people["M1"], world.people["R1"], days_ago=3, note="Practise the pause.")
    response = _client(world, "M1").get("/coaching/board/team-board.csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    rows = _csv_rows(response.content)
    assert tuple(rows[0]) == BOARD_COLUMNS
    # R1a never coached (45 points) comes before R1 (coached 3 days ago: 0 points).
    assert [(r[0], r[1]) for r in rows[1:]] == [("1", "Person R1a"), ("2", "Person R1")]
    r1 = dict(zip(rows[0], rows[2], strict=True))
    assert r1["Sessions (90 days)"] == "1"
    assert r1["Behaviour share"] == "1.0"
    assert r1["Limited Performance flag"] == "no"


def test_text_that_would_run_as_a_formula_is_neutralised_in_csv_and_xlsx(world: World) -> None:
    rep = world.people["R1"]
    rep.name = HOSTILE
    rep.save()
    client = _client(world, "M1")
    rows = _csv_rows(client.get("/coaching/board/team-board.csv").content)
    assert "'" + HOSTILE in [r[1] for r in rows]
    assert HOSTILE not in [r[1] for r in rows]

    response = client.get("/coaching/board/team-board.xlsx")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert sheet is not None
    cells = [row[1] for row in sheet.iter_rows(min_row=2)]
    hostile = next(c for c in cells if c.value == HOSTILE)
    assert hostile.data_type == "s"  # kept as text, never a formula ("f")
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)


@pytest.mark.parametrize("key", ["R1", "E", "AD"])
def test_only_managers_download_the_board(world: World, key: str) -> None:
    client = _client(world, key)
    assert client.get("/coaching/board/team-board.csv").status_code == 404
    assert client.get("/coaching/board/team-board.xlsx").status_code == 404


def _pdf_text(body: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(body)).pages)


def test_the_session_summary_pdf_holds_shared_notes_and_never_manager_only_ones(
    world: World,
) -> None:
    session = hold_session(
        world.people["M1"],
        world.people["R1"],
        days_ago=1,
        note="Shared: practise the pause before answering.",
        private_note="Manager only: worried about motivation.",
    )
    for key in ("R1", "M1"):  # the rep's copy is the same whoever downloads it
        response = _client(world, key).get(f"/coaching/sessions/{session.pk}/summary.pdf")
        assert response.status_code == 200
        assert response["Content-Type"] == "application/pdf"
        text = _pdf_text(response.content)
        assert "practise the pause before answering" in text
        assert "worried about motivation" not in text
        assert "Person R1 with Person M1" in text


@pytest.mark.parametrize("key", ["M2", "R1a", "E", "AD", "RB", "MB"])
def test_nobody_outside_the_session_gets_its_summary(world: World, key: str) -> None:
    session = hold_session(world.people["M1"], world.people["R1"], days_ago=1, note="Shared.")
    response = _client(world, key).get(f"/coaching/sessions/{session.pk}/summary.pdf")
    assert response.status_code == 404
