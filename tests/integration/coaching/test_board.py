"""The manager's team board: the reps of their teams, who to coach next, and the flag."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.test import Client
from django.utils import timezone

from salescoach.coaching.models import Commitment
from tests.integration.coaching.coaching_history import hold_session, plant_flat_results
from tests.world import World

pytestmark = pytest.mark.django_db


def _client(world: World, key: str) -> Client:
    client = Client()
    client.force_login(world.people[key].user)
    return client


def test_a_manager_sees_every_rep_of_their_teams_and_nobody_else(world: World) -> None:
    body = _client(world, "M1").get("/coaching/board/").content.decode()
    assert 'id="rep-{}"'.format(world.people["R1"].pk) in body
    assert 'id="rep-{}"'.format(world.people["R1a"].pk) in body  # a sub-team's rep
    assert "Person R2" not in body  # another manager's team
    assert "Person RB" not in body  # another organisation
    assert "Person M1a" not in body  # a manager is not a rep on the board


@pytest.mark.parametrize("key", ["R1", "E", "AD", "EB"])
def test_the_board_is_a_managers_page(world: World, key: str) -> None:
    assert _client(world, key).get("/coaching/board/").status_code == 404


def test_the_rep_never_coached_comes_first_with_the_reason(world: World) -> None:
    hold_session(world.people["M1"], world.people["R1"], days_ago=3)
    body = _client(world, "M1").get("/coaching/board/").content.decode()
    next_up = body[body.index('id="coach-next"') : body.index('id="board-h"')]
    # R1a: never coached → 45 points; R1: coached 3 days ago, within the 14-day cadence → 0.
    assert next_up.index("Person R1a") < next_up.index("Person R1<")
    assert "no coaching session on record" in next_up
    assert "nothing pressing" in next_up


def test_overdue_commitments_count_and_push_a_rep_up(world: World) -> None:
    session = hold_session(world.people["M1"], world.people["R1"], days_ago=20)
    for days in (2, 5):
        Commitment.objects.create(
            organization=world.orgs["A"],
            session=session,
            rep=world.people["R1"],
            owner=world.people["R1"],
            text=f"Send the summary {days}",
            due_on=timezone.localdate() - dt.timedelta(days=days),
        )
    body = _client(world, "M1").get("/coaching/board/").content.decode()
    # R1: 2 overdue → 20 points, 20 days since the session, 6 beyond the cadence → 26 in all;
    # R1a never coached → 45. R1a stays first, and R1's reasons name both.
    assert "2 overdue commitments; 20 days since the last session" in body
    assert "(26 points)" in body


def test_a_plateaued_rep_without_support_carries_the_limited_performance_flag(
    world: World,
) -> None:
    today = timezone.localdate()
    plant_flat_results(world.people["R1"], today=today, attainment=Decimal("0.8"))
    hold_session(world.people["M1"], world.people["R1"], days_ago=5)
    body = _client(world, "M1").get("/coaching/board/").content.decode()
    row = body[body.index('id="rep-{}"'.format(world.people["R1"].pk)) :]
    assert "Limited Performance" in row[: row.index("</tr>")]
    # 80% every month: slope 0, the mean 80% equals the earlier best; a quota never raised is
    # no stretch, and there is no learning goal. The session 5 days ago is coaching.
    assert "no stretch goal in the last 12 weeks" in body
    assert "no learning goal in the last 12 weeks" in body
    assert "no coaching session in the last 12 weeks" not in body
    r1a = body[body.index('id="rep-{}"'.format(world.people["R1a"].pk)) :]
    assert "Limited Performance" not in r1a[: r1a.index("</tr>")]  # no results, no plateau


def test_an_htmx_request_gets_the_table_alone(world: World) -> None:
    response = _client(world, "M1").get("/coaching/board/", HTTP_HX_REQUEST="true")
    body = response.content.decode()
    assert body.lstrip().startswith('<table class="data" id="board-table">')
    assert "<html" not in body


def test_the_board_shows_a_mindset_summary_only_when_the_rep_shares_it(world: World) -> None:
    from salescoach.assessments.services import share_summary
    from salescoach.org.access import viewer_for_person
    from tests.integration.assessments.answer_sheets import submit

    submit(world.people["R1"], "achievement_drive", likert=4)
    submit(world.people["R1a"], "achievement_drive", likert=4)  # taken, never shared
    share_summary(
        viewer=viewer_for_person(world.people["R1"]),
        key="achievement_drive",
        recipient_id=world.people["M1"].pk,
    )
    body = _client(world, "M1").get("/coaching/board/").content.decode()

    def cell(rep: str) -> str:
        row = body[body.index(f'id="rep-{world.people[rep].pk}"') :]
        return row[: row.index("</tr>")]

    assert "lowest" in cell("R1")  # e.g. "…: <band>; lowest self-belief (75)"
    assert "not shared" not in cell("R1")
    assert "not shared" in cell("R1a")


def test_the_board_reads_a_fixed_number_of_queries_whatever_the_number_of_reps(
    world: World,
) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from salescoach.org.models import Role
    from salescoach.org.services import create_person

    client = _client(world, "M1")

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/coaching/board/").status_code == 200
        return len(queries.captured_queries)

    before = count()
    for n in range(3):
        create_person(
            organization=world.orgs["A"],
            name=f"Extra rep {n}",
            email=f"extra{n}@acme.test",
            role=Role.REP,
            team=world.teams["T1"],
            manager=world.people["M1"],
        )
    # Three more reps: shared self-assessment summaries are read for all reps at once.
    assert count() == before
