"""Enablement imports files from the page and reads the pipeline analytics."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.signing import sign_in
from tests.world import World, build_world

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"


@pytest.fixture
def acme(transactional_db: None) -> World:
    return build_world()


def test_enablement_sees_a_refused_file_by_row_then_imports_a_good_one(
    page, live_server, acme: World
) -> None:
    sign_in(page, live_server, acme.people["E"].email)
    page.click("nav >> text=Imports")
    page.select_option("#id_kind", "deals")
    page.set_input_files("#id_file", str(FIXTURES / "bad_deals.csv"))
    page.click("text=Check and import")
    report = page.inner_text("main")
    assert "Nothing from it was stored" in report
    assert "row 3, column 'amount': negative amount -100" in report

    page.click("text=← Imports")
    page.select_option("#id_kind", "stages")
    page.set_input_files("#id_file", str(FIXTURES / "stages.csv"))
    page.click("text=Check and import")
    assert "Imported stages.csv." in page.inner_text("main")
    page.click("text=← Imports")
    history = page.inner_text("table.data")
    assert "refused, 6 problems" in history  # the owner of row 2 is not in this organisation
    assert "imported" in history


def test_the_analytics_filter_swaps_the_figures_in_place(page, live_server, acme: World) -> None:
    sign_in(page, live_server, acme.people["M1"].email)
    page.click("nav >> text=Pipeline analytics")
    assert "Your teams" in page.inner_text("#figures")
    page.select_option("#person", label="Person R1")
    page.wait_for_url("**person=*")
    page.wait_for_selector("#figures th:has-text('Person R1')")
    assert page.locator("h1").count() == 1  # the fragment replaced the figures, not the page
