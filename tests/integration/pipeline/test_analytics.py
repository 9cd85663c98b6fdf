"""Pipeline analytics: a rep, a team or the organisation beside its comparison groups."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.http import Http404
from django.test import Client

from salescoach.org.access import viewer_for_person
from salescoach.pipeline.models import Activity, Deal, SalesProcess, Stage, StageChange
from salescoach.pipeline.selectors import PipelineAnalytics, pipeline_analytics
from tests.world import World

AS_OF = dt.date(2026, 6, 30)  # window "4q": 2025-Q3 … 2026-Q2, from 2025-07-01


def _deal(
    world: World,
    owner: str,
    key: str,
    *,
    created: dt.date,
    closed: dt.date | None,
    outcome: str,
    history: list[tuple[str, dt.date]],
    forecast: str = "pipeline",
    amount: int = 100,
) -> Deal:
    person = world.people[owner]
    stages = {s.name: s for s in Stage.objects.filter(process__organization=person.organization)}
    deal = Deal.objects.create(
        organization=person.organization,
        external_id=key,
        name=f"Deal {key}",
        owner=person,
        amount=Decimal(amount),
        created_on=created,
        closed_on=closed,
        stage=stages[history[-1][0]],
        outcome=outcome,
        forecast_category=forecast,
    )
    for stage, day in history:
        StageChange.objects.create(
            organization=person.organization,
            deal=deal,
            stage=stages[stage],
            entered_at=dt.datetime.combine(day, dt.time(9), tzinfo=dt.UTC),
        )
    return deal


def _activity(world: World, owner: str, key: str, start: dt.datetime, minutes: int, facing: bool):
    person = world.people[owner]
    Activity.objects.create(
        organization=person.organization,
        external_id=key,
        type="meeting",
        person=person,
        occurred_at=start,
        duration_min=minutes,
        customer_facing=facing,
    )


@pytest.fixture
def pipeline(world: World) -> World:
    """Organisation A's process Approach → Interview → Validate, and these closed deals:

    R1 (team T1):  W1 won  2026-01-01 → 02-01 (Q1), commit, 100; A 01-01, I 01-11, V 01-21
                   L1 lost 2026-01-01 → 04-10 (Q2), commit, 50;  A 01-01, I 01-11, V 01-21
                   L2 lost 2026-03-01 → 04-20 (Q2), pipeline;    A 03-01, I 03-11
    R1a (T1a):     W2 won  2026-02-01 → 03-03 (Q1), commit, 200; A 02-01, I 02-11, V 02-21
    R2 (T2):       W3 won  2026-04-01 → 05-01 (Q2), best case, 75; A 04-01, I 04-06, V 04-16
    RB (org B):    a won deal that must never count.
    Each rep also owns the world's open deal, in Approach since 2026-01-05 (no history)."""
    process = SalesProcess.objects.get(organization=world.orgs["A"])
    Stage.objects.create(process=process, order=2, name="Interview", phase="interview")
    Stage.objects.create(process=process, order=3, name="Validate", phase="validate")
    d = dt.date
    _deal(
        world,
        "R1",
        "W1",
        created=d(2026, 1, 1),
        closed=d(2026, 2, 1),
        outcome="won",
        forecast="commit",
        history=[
            ("Approach", d(2026, 1, 1)),
            ("Interview", d(2026, 1, 11)),
            ("Validate", d(2026, 1, 21)),
        ],
    )
    _deal(
        world,
        "R1",
        "L1",
        created=d(2026, 1, 1),
        closed=d(2026, 4, 10),
        outcome="lost",
        forecast="commit",
        amount=50,
        history=[
            ("Approach", d(2026, 1, 1)),
            ("Interview", d(2026, 1, 11)),
            ("Validate", d(2026, 1, 21)),
        ],
    )
    _deal(
        world,
        "R1",
        "L2",
        created=d(2026, 3, 1),
        closed=d(2026, 4, 20),
        outcome="lost",
        history=[("Approach", d(2026, 3, 1)), ("Interview", d(2026, 3, 11))],
    )
    _deal(
        world,
        "R1a",
        "W2",
        created=d(2026, 2, 1),
        closed=d(2026, 3, 3),
        outcome="won",
        forecast="commit",
        amount=200,
        history=[
            ("Approach", d(2026, 2, 1)),
            ("Interview", d(2026, 2, 11)),
            ("Validate", d(2026, 2, 21)),
        ],
    )
    _deal(
        world,
        "R2",
        "W3",
        created=d(2026, 4, 1),
        closed=d(2026, 5, 1),
        outcome="won",
        forecast="best_case",
        amount=75,
        history=[
            ("Approach", d(2026, 4, 1)),
            ("Interview", d(2026, 4, 6)),
            ("Validate", d(2026, 4, 16)),
        ],
    )
    _deal(
        world,
        "RB",
        "WB",
        created=d(2026, 1, 1),
        closed=d(2026, 2, 1),
        outcome="won",
        history=[("Approach", d(2026, 1, 1))],
    )
    at = dt.datetime(2026, 6, 1, 10, tzinfo=dt.UTC)
    _activity(world, "R1", "act-1", at, 60, True)  # 10:00-11:00 with a customer
    _activity(world, "R1", "act-2", at + dt.timedelta(hours=1), 20, False)  # 11:00-11:20, one block
    _activity(world, "R2", "act-3", at + dt.timedelta(days=1), 20, True)  # a lone 20-minute block
    return world


def _analytics(world: World, viewer: str, **options: object) -> PipelineAnalytics:
    return pipeline_analytics(
        viewer=viewer_for_person(world.people[viewer]), as_of=AS_OF, **options
    )


def test_enablement_compares_a_rep_with_their_team_and_the_organisation(pipeline: World) -> None:
    data = _analytics(pipeline, "E", person_id=pipeline.people["R1"].pk)
    assert [g.label for g in data.groups] == ["Person R1", "Team T1", "Organisation"]
    headline = dict(data.headline_rows())
    # R1: 1 won, 2 lost. Organisation A: W1, W2, W3 won; L1, L2 lost (RB's deal is elsewhere).
    assert headline["Win rate"] == ["33% (1 of 3)", "33% (1 of 3)", "60% (3 of 5)"]
    assert headline["Win-loss ratio"] == ["0.50", "0.50", "1.50"]  # 1/2; 3/2
    # Forecast (commit or best case): R1 W1 won, L1 lost; organisation adds W2 and W3, both won.
    assert headline["Win rate of forecasted deals"] == [
        "50% (1 of 2)",
        "50% (1 of 2)",
        "75% (3 of 4)",
    ]
    # Won cycles: W1 31 days; W2 Feb 1 → Mar 3 = 30; W3 Apr 1 → May 1 = 30; median 30.
    assert headline["Median cycle time (won deals)"] == ["31 days", "31 days", "30 days"]
    assert headline["Open deals"] == ["1", "1", "3"]
    # Approach norm: finished stints 10, 10, 10, 10, 5 days → median 10; each world deal has sat
    # there 176 days (Jan 5 → Jun 30) > 2 × 10, so every open deal stalls.
    assert headline["Open deals stalled (over 2× the norm)"] == ["1", "1", "3"]


def test_conversion_and_losses_are_counted_per_stage(pipeline: World) -> None:
    data = _analytics(pipeline, "E", person_id=pipeline.people["R1"].pk)
    # R1: W1, L1, L2 reached Interview (3 of 3); W1, L1 reached Validate (2 of 3).
    # Organisation: 5 of 5 decided deals reached Interview; 4 of 5 reached Validate.
    assert data.conversion_rows() == [
        ("Approach → Interview", ["100% of 3", "100% of 3", "100% of 5"]),
        ("Interview → Validate", ["67% of 3", "67% of 3", "80% of 5"]),
    ]
    assert data.loss_rows() == [
        ("Approach", ["0 (0%)", "0 (0%)", "0 (0%)"]),
        ("Interview", ["1 (50%)", "1 (50%)", "1 (50%)"]),  # L2
        ("Validate", ["1 (50%)", "1 (50%)", "1 (50%)"]),  # L1
    ]


def test_time_in_stage_is_set_against_the_organisations_norm(pipeline: World) -> None:
    data = _analytics(pipeline, "E", person_id=pipeline.people["R1"].pk)
    times = {t.stage: t for t in data.stage_times}
    # Validate, finished stints: W1 11 (Jan 21 → Feb 1), L1 79 (Jan 21 → Apr 10), W2 10,
    # W3 15 → organisation median (11 + 15) / 2 = 13; R1's median (11 + 79) / 2 = 45.
    assert (times["Validate"].org_norm_days, times["Validate"].subject_median_days) == (13, 45)
    # Interview: R1 10, 10, 40 (Mar 11 → Apr 20) → 10; the organisation's 10, 10, 40, 10, 10 → 10.
    assert (times["Interview"].org_norm_days, times["Interview"].subject_median_days) == (10, 10)
    assert (times["Approach"].subject_stints, times["Approach"].stalled) == (3, 1)
    assert [(r.deal.name, r.days_in_stage, r.norm_days) for r in data.stalled_deals] == [
        ("Deal R1", 176, 10)
    ]


def test_win_rate_and_forecast_accuracy_are_shown_per_period(pipeline: World) -> None:
    rows = {
        key: (rates, accuracy)
        for key, rates, accuracy in _analytics(
            pipeline, "E", person_id=pipeline.people["R1"].pk
        ).period_rows()
    }
    assert list(rows) == ["2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2"]
    # Q1: R1 won W1; the organisation W1 and W2.
    # Q2: R1 lost L1 and L2; the organisation also won W3.
    assert rows["2026-Q1"][0] == ["100% (1 of 1)", "100% (1 of 1)", "100% (2 of 2)"]
    assert rows["2026-Q2"][0] == ["0% (0 of 2)", "0% (0 of 2)", "33% (1 of 3)"]
    # Commit forecast by close period: Q1 W1 100 (+ W2 200 for the organisation), all won → 1.0.
    # Q2: L1's 50 committed; R1 won 0 → 1 − 50/50 = 0; the organisation won W3's 75 →
    # 1 − |75 − 50| / 50 = 0.5.
    assert rows["2026-Q1"][1] == [
        "100% (100 won of 100)",
        "100% (100 won of 100)",
        "100% (300 won of 300)",
    ]
    assert rows["2026-Q2"][1] == ["0% (0 won of 50)", "0% (0 won of 50)", "50% (75 won of 50)"]
    assert rows["2025-Q3"] == (["—"] * 3, ["—"] * 3)


def test_selling_time_is_averaged_per_person_and_fragmentation_pooled(pipeline: World) -> None:
    data = _analytics(pipeline, "E", person_id=pipeline.people["R1"].pk)
    rep, _team, org = data.groups
    weeks = 365 / 7  # 2025-07-01 … 2026-06-30
    assert rep.selling_hours_per_week == pytest.approx(1 / weeks)  # one customer hour
    assert rep.internal_hours_per_week == pytest.approx((20 / 60) / weeks)
    assert rep.fragmentation == 0  # one 80-minute block
    # R1 1 h and R2 20 min with customers → mean (1 + 1/3) / 2 h per person over the weeks.
    assert (org.people, org.selling_hours_per_week) == (2, pytest.approx((2 / 3) / weeks))
    assert org.fragmentation == pytest.approx(20 / (80 + 20))  # R2's lone 20-minute block


def test_a_rep_sees_their_figures_beside_team_and_organisation_aggregates(pipeline: World) -> None:
    data = _analytics(pipeline, "R1")
    assert [g.label for g in data.groups] == ["You", "Team T1", "Organisation"]
    # The organisation's figures count deals R1 cannot open, as aggregates only.
    assert dict(data.headline_rows())["Win rate"][2] == "60% (3 of 5)"
    assert [r.deal.name for r in data.stalled_deals] == ["Deal R1"]  # never another rep's deal


@pytest.mark.parametrize(
    ("viewer", "option", "target"),
    [
        ("R1", "person_id", "R2"),
        ("R1", "team_id", "T2"),
        ("M2", "person_id", "R1"),
        ("M1", "team_id", "T2"),
        ("E", "person_id", "RB"),
        ("E", "team_id", "TB"),
    ],
)
def test_a_person_or_team_outside_the_viewers_scope_is_404(
    pipeline: World, viewer: str, option: str, target: str
) -> None:
    pk = (pipeline.teams if option == "team_id" else pipeline.people)[target].pk
    with pytest.raises(Http404):
        _analytics(pipeline, viewer, **{option: pk})


def test_a_manager_sees_their_teams_and_can_pick_one(pipeline: World) -> None:
    data = _analytics(pipeline, "M1")
    assert [g.label for g in data.groups] == ["Your teams", "Organisation"]
    # R1 and R1a: W1, W2 won; L1, L2 lost.
    assert dict(data.headline_rows())["Win rate"] == ["50% (2 of 4)", "60% (3 of 5)"]
    team = _analytics(pipeline, "M1", team_id=pipeline.teams["T1a"].pk)
    assert dict(team.headline_rows())["Win rate"] == ["100% (1 of 1)", "60% (3 of 5)"]


def test_enablement_reads_the_organisation_and_quarters_or_months(pipeline: World) -> None:
    data = _analytics(pipeline, "E", period="6m")
    assert [g.label for g in data.groups] == ["Organisation"]
    assert data.periods == ("2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06")
    assert data.window_start == dt.date(2026, 1, 1)
    assert len(data.stalled_deals) == 3


def test_the_page_serves_its_figures_and_the_htmx_fragment(pipeline: World) -> None:
    client = Client()
    client.force_login(pipeline.people["M1"].user)
    page = client.get("/pipeline/analytics/", {"period": "8q"})
    body = page.content.decode()
    assert page.status_code == 200
    assert "<h1>Pipeline analytics</h1>" in body
    assert "Where deals stall" in body
    assert 'value="8q" selected' in body
    fragment = client.get("/pipeline/analytics/", {"period": "8q"}, headers={"HX-Request": "true"})
    assert "<h1>" not in fragment.content.decode()
    assert "Where deals stall" in fragment.content.decode()


def test_an_administrator_is_told_the_figures_are_not_for_them(pipeline: World) -> None:
    client = Client()
    client.force_login(pipeline.people["AD"].user)
    body = client.get("/pipeline/analytics/").content.decode()
    assert "Administrators configure the organisation" in body
    assert "Win rate" not in body


def _queries_for(client: Client, url: str) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured.captured_queries)


def test_the_page_reads_a_fixed_number_of_queries_however_many_deals(pipeline: World) -> None:
    client = Client()
    client.force_login(pipeline.people["E"].user)
    before = _queries_for(client, "/pipeline/analytics/")
    for i in range(20):
        _deal(
            pipeline,
            "R2",
            f"X{i}",
            created=dt.date(2026, 5, 1),
            closed=dt.date(2026, 5, 9),
            outcome="lost",
            history=[("Approach", dt.date(2026, 5, 1))],
        )
    assert _queries_for(client, "/pipeline/analytics/") == before


def test_a_closed_deal_called_commit_before_it_closed_counts_as_forecast(pipeline: World) -> None:
    # Move R1's forecast deals into their closed categories, with the commit call kept only in
    # their history (as imports store it): the forecasted win rate must not change.
    for deal in Deal.objects.filter(owner=pipeline.people["R1"], forecast_category="commit"):
        deal.forecast_history = ["best_case", "commit"]
        deal.forecast_category = "closed" if deal.outcome == "won" else "omitted"
        deal.save()
    headline = dict(_analytics(pipeline, "E", person_id=pipeline.people["R1"].pk).headline_rows())
    assert headline["Win rate of forecasted deals"][0] == "50% (1 of 2)"
