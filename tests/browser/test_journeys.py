"""Journeys through the product in a real browser."""

from __future__ import annotations

import pytest

from tests.browser.signing import sign_in
from tests.world import World, build_world

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def browser_world(transactional_db: None) -> World:
    return build_world()


def test_a_manager_signs_in_and_sees_their_team(page, live_server, browser_world: World) -> None:
    sign_in(page, live_server, browser_world.people["M1"].email)
    page.wait_for_selector("#team-table")
    table = page.inner_text("#team-table")
    assert "Person R1" in table
    assert "Person R1a" in table  # a sub-team's rep, through the led team
    assert "Person R2" not in table  # another manager's team
    assert "Person RB" not in table  # another organisation


def test_people_search_narrows_the_table_without_a_page_load(
    page, live_server, browser_world: World
) -> None:
    sign_in(page, live_server, browser_world.people["E"].email)
    page.goto(f"{live_server.url}/people/")
    page.fill("#q", "R1a")
    page.wait_for_function(
        "() => !document.querySelector('#people-table').innerText.includes('Person R2')"
    )
    text = page.inner_text("#people-table")
    assert "Person R1a" in text
    assert "Person R2" not in text
