"""A rep takes the achievement-drive self-assessment on a phone-sized screen, sees the results
and shares them; their manager then sees the summary, and never the answers."""

from __future__ import annotations

import pytest

from salescoach.assessments.instruments import catalogue
from tests.browser.signing import sign_in
from tests.world import World, build_world

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 375, "height": 740}
REFLECTION = "I tell myself the big accounts are for others."


@pytest.fixture
def browser_world(transactional_db: None) -> World:
    return build_world()


def _answer(page, key: str, value: int) -> None:
    page.check(f'input[name="item-{key}"][value="{value}"]')
    page.wait_for_function(
        f"() => document.querySelector('#saved-{key}').innerText.includes('Saved')"
    )


def test_a_rep_takes_the_instrument_shares_it_and_the_manager_sees_the_summary(
    browser, live_server, browser_world: World
) -> None:
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    sign_in(page, live_server, browser_world.people["R1"].email)
    page.click("text=Self-assessments")
    page.click("tr:has-text('Achievement drive') >> text=Start")
    page.wait_for_selector("form.instrument-form")
    fits = "() => document.documentElement.scrollWidth <= window.innerWidth"
    assert page.evaluate(fits), "the form is wider than a phone screen"

    items = [i for i in catalogue().latest("achievement_drive").items if i.kind == "likert"]
    for item in items[:5]:
        _answer(page, item.key, 4)
    # Leave and come back: the saved answers are still there (a resumable draft).
    page.goto(f"{live_server.url}/assessments/take/achievement_drive/")
    assert page.is_checked(f'input[name="item-{items[0].key}"][value="4"]')
    for item in items[5:]:
        _answer(page, item.key, 4)
    page.fill('textarea[name="item-lb_thought"]', REFLECTION)
    # Leaving the box saves it (htmx, on change); let that save land before submitting, as two
    # requests at once would share the embedded test database's one connection.
    page.press('textarea[name="item-lb_thought"]', "Tab")
    page.wait_for_function(
        "() => document.querySelector('#saved-lb_thought').innerText.includes('Saved')"
    )
    page.click("form.instrument-form button[type=submit]")
    page.wait_for_selector("svg.dimension-chart")
    body = page.inner_text("main")
    assert "Self-belief" in body
    assert "58.3" in body  # (4 + 4 + 2) / 3 = 3.333 → (3.333 − 1) / 4 × 100
    assert REFLECTION in body
    assert page.evaluate(fits), "the results are wider than a phone screen"

    page.goto(f"{live_server.url}/assessments/")
    page.select_option("#share-instrument", "achievement_drive")
    page.select_option("#share-recipient", str(browser_world.people["M1"].pk))
    page.click("form:has(#share-recipient) button[type=submit]")
    page.wait_for_selector("text=Stop sharing")
    context.close()

    manager = browser.new_context(viewport={"width": 1280, "height": 900})
    page = manager.new_page()
    sign_in(page, live_server, browser_world.people["M1"].email)
    page.goto(f"{live_server.url}/coaching/people/{browser_world.people['R1'].pk}/scorecard/")
    column = page.inner_text("section[aria-labelledby=themselves-h]")
    assert "Achievement drive" in column
    assert "Self-belief" in page.inner_html("section[aria-labelledby=themselves-h]")
    assert REFLECTION not in page.content()
    manager.close()
