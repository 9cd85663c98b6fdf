"""Coaching quality for a manager and, aggregated, for enablement."""

from __future__ import annotations

import pytest
from django.test import Client
from django.utils import timezone

from salescoach.coaching.board_selectors import organisation_coaching_for_viewer
from salescoach.org.access import viewer_for_person
from tests.integration.coaching.coaching_history import hold_session
from tests.world import World

pytestmark = pytest.mark.django_db


def _client(world: World, key: str) -> Client:
    client = Client()
    client.force_login(world.people[key].user)
    return client


def _two_sessions(world: World) -> None:
    m1, r1 = world.people["M1"], world.people["R1"]
    hold_session(
        m1,
        r1,
        days_ago=10,
        note="We practised open questions for the discovery call next week.",
        duration_min=30,
        conversations=("customers", "themselves", "coach"),
    )
    hold_session(
        m1,
        r1,
        days_ago=40,
        private_note="What's your forecast for the quarter? How will you make quota?",
        duration_min=60,
        conversations=("customers",),
    )


def test_a_managers_quality_page_shows_the_figures_worked_out_by_hand(world: World) -> None:
    _two_sessions(world)
    body = _client(world, "M1").get("/coaching/quality/").content.decode()
    tiles = body[body.index('id="quality-tiles"') :]
    # M1's teams: R1 and R1a. 2 sessions / 2 reps / (90 / 30) months = 0.33 → "0.3";
    # 90 minutes = 1.5 h over 90 / 7 weeks = 0.117 h a week → "0.1";
    # one session practises discovery questions (behaviour), the other is forecast and quota
    # talk alone (results) → 50%; one of two covered all three conversations → 50%;
    # longest gap: R1a never coached in the 90-day window → 90 days.
    assert '<span class="figure">2</span><span>sessions held' in tiles
    assert '<span class="figure">0.3</span><span>sessions per rep a month' in tiles
    assert '<span class="figure">0.1</span><span>coaching hours a week' in tiles
    assert '<span class="figure">50%</span><span>sessions coaching behaviours' in tiles
    assert '<span class="figure">50%</span><span>sessions covering all three' in tiles
    assert '<span class="figure">90</span><span>longest gap' in tiles


@pytest.mark.parametrize("key", ["R1", "E", "AD"])
def test_the_quality_page_is_for_managers(world: World, key: str) -> None:
    assert _client(world, key).get("/coaching/quality/").status_code == 404


def test_enablement_sees_managers_by_name_and_reps_only_as_counts(world: World) -> None:
    _two_sessions(world)
    response = _client(world, "E").get("/coaching/organisation/")
    assert response.status_code == 200
    body = response.content.decode()
    table = body[body.index('id="quality-by-manager"') :]
    assert "Person M1<" in table
    assert "Person M2<" in table
    for rep in ("Person R1", "Person R1a", "Person R2"):
        assert rep not in body
    # The private note was read to classify the session, never shown.
    assert "forecast for the quarter" not in body
    assert "Person RB" not in body
    assert "Person MB" not in body


def test_enablement_figures_per_manager_and_overall(world: World) -> None:
    _two_sessions(world)
    hold_session(world.people["M2"], world.people["R2"], days_ago=3, note="Forecast review.")
    view = organisation_coaching_for_viewer(
        viewer=viewer_for_person(world.people["E"]), as_of=timezone.localdate()
    )
    by_name = {m.manager.name: m.figures for m in view.managers}
    # M1 leads T1 (R1) and M1a leads T1a (R1a): roster by team lead, so M1 has 1 rep.
    assert by_name["Person M1"].sessions == 2
    assert by_name["Person M1"].reps == 1
    assert by_name["Person M1"].behaviour_share == pytest.approx(0.5)
    assert by_name["Person M2"].behaviour_share == 0.0  # "Forecast review." alone
    # Overall: 1 behaviour session of 3.
    assert view.overall.behaviour_share == pytest.approx(1 / 3)
    assert {t.team: (t.reps, t.flagged) for t in view.teams} == {
        "T1": (1, 0),
        "T1a": (1, 0),
        "T2": (1, 0),
    }


@pytest.mark.parametrize("key", ["M1", "R1", "AD"])
def test_the_organisation_view_is_for_enablement(world: World, key: str) -> None:
    assert _client(world, key).get("/coaching/organisation/").status_code == 404


def test_a_session_older_than_the_window_does_not_count(world: World) -> None:
    hold_session(world.people["M1"], world.people["R1"], days_ago=120, note="Practise the pause.")
    body = _client(world, "M1").get("/coaching/quality/").content.decode()
    # 120 days ago is outside the 90 days the figures cover.
    assert '<span class="figure">0</span><span>sessions held' in body
