"""A learning goal's progress: its figure read from the evidence then and now."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from salescoach.domain.diagnosis.progress import (
    PROGRESS_WINDOWS,
    GoalProgress,
    Reading,
    measure_progress,
    read_figure,
)
from salescoach.goals.models import Goal
from salescoach.goals.selectors import goal_progress, goals_progress, rep_evidence
from salescoach.org.access import Viewer, viewer_for_person
from salescoach.pipeline.models import Activity
from tests.integration.goals.goal_evidence import AS_OF, plant_goal_history
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


def _own(goal: Goal) -> Viewer:
    """The goal's own rep, who always sees its readings."""
    return viewer_for_person(goal.person)


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
    progress = goal_progress(goal=(g := _goal(world)), as_of=dt.date(2026, 12, 1), viewer=_own(g))
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
    progress = goal_progress(goal=(g := _goal(world)), as_of=dt.date(2026, 12, 1), viewer=_own(g))
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
    assert goal_progress(goal=goal, as_of=dt.date(2026, 12, 1), viewer=_own(goal)) is None
    goal.measure, goal.kind = "customer_hours_per_week", "sales"
    assert goal_progress(goal=goal, as_of=dt.date(2026, 12, 1), viewer=_own(goal)) is None


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


def _reference(goal: Goal, as_of: dt.date) -> GoalProgress:
    """The progress read one reading at a time, each from `rep_evidence` as the diagnosis reads
    it, over the windows ending on the reading's day (self-belief read whoever the rep shares
    it with: who may see the readings is `goals_progress`'s viewer's business)."""
    windows = PROGRESS_WINDOWS

    def reading(day: dt.date) -> Reading:
        found = rep_evidence(
            organization=goal.organization,
            as_of=day,
            person_ids=[goal.person_id],
            calls_since=windows.since("calls", day),
            deals_closed_since=windows.since("deals", day),
            self_belief_since=windows.since("assessments", day),
            activity_weeks=windows.activity_weeks,
            self_belief_of=[goal.person_id],
        ).get(goal.person_id)
        return read_figure(goal.measure, None if found is None else found[0], on=day)

    start = goal.agreed_on or goal.period_start
    end = min(as_of, goal.period_end)
    return measure_progress(
        goal.measure, start=reading(start), end=reading(end) if end > start else None
    )


def _same_reading(got: Reading | None, expected: Reading | None) -> bool:
    if got is None or expected is None:
        return got is expected
    same_value = (
        got.value == expected.value
        if got.value is None or expected.value is None
        else got.value == pytest.approx(expected.value)
    )
    return same_value and (got.on, got.evidence, got.needed, got.noun) == (
        expected.on,
        expected.evidence,
        expected.needed,
        expected.noun,
    )


def test_many_goals_read_at_once_read_as_each_goal_alone(world: World) -> None:
    goals = plant_goal_history(world)
    r2 = viewer_for_person(world.people["R2"])  # the self-belief goal is R2's own
    progress = goals_progress(goals=list(goals.values()), as_of=AS_OF, viewer=r2)
    # The sales goal and the goal measured by referrals have no progress.
    assert set(progress) == {g.pk for n, g in goals.items() if n not in {"sales", "referrals"}}
    for name, goal in goals.items():
        if goal.pk not in progress:
            continue
        got, expected = progress[goal.pk], _reference(goal, AS_OF)
        assert (got.metric, got.window, got.better) == (
            expected.metric,
            expected.window,
            expected.better,
        )
        assert _same_reading(got.start, expected.start), (name, got.start, expected.start)
        assert _same_reading(got.end, expected.end), (name, got.end, expected.end)
        assert got.direction == expected.direction, name
    # Readings of every kind, worked out by hand, so the comparison above compares something.
    # R1's deals close every fortnight from 10 Jan, two of three lost, every other one at
    # Validate. On 1 Jun (since 4 Dec) deals 0–10 closed, 7 of them lost: short of 8. On
    # 24 Aug (since 26 Feb) deals 4–16, 9 lost, 4 of them (5, 7, 11, 13) at Validate.
    decide = progress[goals["decide"].pk]
    assert decide.end is not None
    assert (decide.at_start, decide.start.evidence) == (None, 7)
    assert (decide.now, decide.end.evidence) == (pytest.approx(4 / 9), 9)
    # R1's Monday meetings in the 12 weeks up to 15 Jul (23 Apr …): 27 Apr … 13 Jul, 30, 60, 90
    # and 120 minutes three times over, 15 h / 12 weeks.
    hours = progress[goals["hours"].pk]
    assert (hours.at_start, hours.start.evidence) == (1.25, 12)
    # R1a's calls every ten days from 4 Apr, talk share 0.50 − 0.01 k. On 1 Aug (since 4 May)
    # calls 3–11, mean 0.43; on 31 Oct (since 3 Aug) calls 13–21, mean 0.33.
    talk = progress[goals["talk"].pk]
    assert talk.end is not None
    assert (talk.at_start, talk.start.evidence, talk.end.evidence) == (0.43, 9, 9)
    assert (talk.now, talk.direction) == (pytest.approx(0.33), "better")
    # R2's self-assessments: March (all 2s: 41.7) on 1 Jun, September (all 4s: 58.3) on 1 Dec.
    belief = progress[goals["belief"].pk]
    assert (belief.at_start, belief.now, belief.direction) == (41.7, 58.3, "better")
    assert progress[goals["pitch"].pk].end is None  # agreed on AS_OF: no second reading yet
    assert progress[goals["manager"].pk].start.evidence == 0  # a manager has no rep evidence


def test_reading_many_goals_costs_the_queries_of_one(world: World) -> None:
    goals = plant_goal_history(world)
    r2 = viewer_for_person(world.people["R2"])  # the self-belief goal is R2's own: no share read
    with CaptureQueriesContext(connection) as one:
        goals_progress(goals=[goals["talk"]], as_of=AS_OF, viewer=r2)
    with CaptureQueriesContext(connection) as all_goals:
        goals_progress(goals=list(goals.values()), as_of=AS_OF, viewer=r2)
    # The organisation, then stages, reps, e-mails, deals, stage changes, activities, calls and
    # self-assessments: nine queries for one goal or for eight goals of three people.
    assert len(one) == len(all_goals) == 9
    with CaptureQueriesContext(connection) as none:
        goals_progress(goals=[goals["sales"], goals["referrals"]], as_of=AS_OF, viewer=r2)
    assert len(none) == 0
