"""A manager opens the team board, sees who to coach next, and downloads it as CSV."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from tests.browser.signing import sign_in
from tests.integration.coaching.coaching_history import hold_session
from tests.world import World, build_world

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def board_world(transactional_db: None) -> World:
    world = build_world()
    hold_session(world.people["M1"], world.people["R1"], days_ago=3, note="Practise the pause.")
    return world


def test_a_manager_finds_who_to_coach_next_and_downloads_the_board(
    page, live_server, board_world: World, tmp_path: Path
) -> None:
    sign_in(page, live_server, board_world.people["M1"].email)
    page.click("nav >> text=Team board")
    page.wait_for_selector("#coach-next")
    first = page.inner_text("#coach-next li:first-child")
    assert "Person R1a" in first  # never coached, so first in line
    assert "no coaching session on record" in first
    table = page.inner_text("#board-table")
    assert "Person R1" in table
    assert "Person R2" not in table  # another manager's team

    with page.expect_download() as info:
        page.click("#download-csv")
    download = info.value
    assert download.suggested_filename.startswith("team-board-")
    assert download.suggested_filename.endswith(".csv")
    target = tmp_path / download.suggested_filename
    download.save_as(target)
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert rows[0][:2] == ["Coach next (rank)", "Rep"]
    assert [row[1] for row in rows[1:]] == ["Person R1a", "Person R1"]
