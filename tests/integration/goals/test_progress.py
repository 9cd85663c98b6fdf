"""A learning goal's progress: its figure read from the evidence then and now."""

from __future__ import annotations

import datetime as dt

from django.test import Client

from salescoach.goals.models import Goal
from salescoach.goals.selectors import goal_progress
from salescoach.pipeline.models import Activity
from tests.world import World


def _meeting(world: World, n: int, day: dt.date, minutes: int) -> None:
    rep = world.people["R1"]
    Activity.objects.create(
        organization=rep.organization,
        external_id=f"M-{n}",
        type="meeting",
        person=rep,
        occurred_at=dt.datetime(day.year, day.month, day.day, 10, tzinfo=dt.UTC),
        duration_min=minutes,
        customer_facing=True,
        subject="Customer meeting",
    )


def _goal(world: World) -> Goal:
    rep = world.people["R1"]
    return Goal.objects.create(
        organization=rep.organization,
        person=rep,
        kind="learning",
        title="Protect customer-facing time",
        measure="customer_hours_per_week",
        period_start=dt.date(2026, 6, 1),
        period_end=dt.date(2026, 8, 24),
        agreed_on=dt.date(2026, 6, 1),
    )


def _plant_meetings(world: World) -> None:
    """Before the goal, a 60-minute meeting each week; after it, a 120-minute one."""
    for k in range(12):  # Mon 1 Jun, 25 May, … 16 Mar
        _meeting(world, k, dt.date(2026, 6, 1) - dt.timedelta(weeks=k), 60)
    for k in range(12):  # Mon 8 Jun, 15 Jun, … 24 Aug
        _meeting(world, 100 + k, dt.date(2026, 6, 8) + dt.timedelta(weeks=k), 120)


def test_customer_hours_then_and_now(world: World) -> None:
    # Agreed on 1 Jun: the 12 weeks up to then (10 Mar – 1 Jun) hold a 60-minute meeting in
    # each week, 12 h / 12 weeks = 1.0 h a week. The goal's period ends on 24 Aug: the 12 weeks
    # up to then (2 Jun – 24 Aug) hold twelve 120-minute meetings, 24 h / 12 weeks = 2.0 h.
    _plant_meetings(world)
    progress = goal_progress(goal=_goal(world), as_of=dt.date(2026, 12, 1))
    assert progress is not None
    assert progress.end is not None
    assert (progress.at_start, progress.start.evidence, progress.start.needed) == (1.0, 12, 9)
    assert (progress.now, progress.end.evidence) == (2.0, 12)
    assert progress.better == "higher"
    assert progress.direction == "better"


def test_a_calendar_kept_for_one_week_is_not_read_as_twelve(world: World) -> None:
    # Up to 1 Jun the only record is one meeting on 20 May: one week of the twelve holds
    # activity, short of the nine a reading needs. It would have read 1 h / 12 weeks = 0.08 h.
    _meeting(world, 0, dt.date(2026, 5, 20), 60)
    for k in range(12):
        _meeting(world, k + 1, dt.date(2026, 6, 8) + dt.timedelta(weeks=k), 120)
    progress = goal_progress(goal=_goal(world), as_of=dt.date(2026, 12, 1))
    assert progress is not None
    assert progress.end is not None
    assert (progress.at_start, progress.start.evidence, progress.start.enough) == (None, 1, False)
    assert (progress.now, progress.end.evidence) == (2.0, 12)
    assert progress.short_of_evidence
    assert progress.direction is None
    assert progress.start.evidence_text == "1 week with activity records"


def test_a_goal_without_a_diagnosis_figure_has_no_progress(world: World) -> None:
    goal = _goal(world)
    goal.measure = "number of referrals"
    assert goal_progress(goal=goal, as_of=dt.date(2026, 12, 1)) is None
    goal.measure, goal.kind = "customer_hours_per_week", "sales"
    assert goal_progress(goal=goal, as_of=dt.date(2026, 12, 1)) is None


def test_the_scorecard_shows_the_progress(world: World, pin_today) -> None:
    pin_today(dt.date(2026, 12, 1))  # after the goal's period: the second reading is on 24 Aug
    _plant_meetings(world)
    _goal(world)
    client = Client()
    client.force_login(world.people["M1"].user)
    body = client.get(f"/coaching/people/{world.people['R1'].pk}/scorecard/").content.decode()
    assert "customer-facing hours per week" in body
    assert "1.0 h → 2.0 h" in body
    assert '<span class="tag better">better</span>' in body
    assert "From 12 weeks with activity records on 1 Jun, 12 on 24 Aug;" in body


def test_the_scorecard_says_when_a_calendar_holds_too_few_weeks(world: World, pin_today) -> None:
    pin_today(dt.date(2026, 12, 1))  # after the goal's period: the second reading is on 24 Aug
    _meeting(world, 0, dt.date(2026, 5, 20), 60)
    _goal(world)
    client = Client()
    client.force_login(world.people["M1"].user)
    body = client.get(f"/coaching/people/{world.people['R1'].pk}/scorecard/").content.decode()
    assert "not enough evidence" in body
    assert "From 1 week with activity records on 1 Jun, 0 on 24 Aug (a reading needs 9);" in body
