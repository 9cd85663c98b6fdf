"""The demo's learning goals tell a coaching story: enough evidence on both readings, most
coached reps move their goal's figure the right way, some do not."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from salescoach.demo import coaching_effect
from salescoach.demo.coaching_effect import planted_goal
from salescoach.demo.coaching_history import plan_coaching_history
from salescoach.demo.generator import OrgDataset, generate_demo
from salescoach.demo.load import load_demo
from salescoach.domain.diagnosis.progress import GoalProgress
from salescoach.goals.models import Goal
from salescoach.goals.selectors import goal_progress
from salescoach.org.access import viewer_for_person

AS_OF = dt.date(2026, 12, 1)
CALL_FIGURES = {"discovery_rep_talk_share", "pitch_before_need_share"}


def _planted(main: OrgDataset) -> dict[str, coaching_effect.PlantedGoal]:
    """Each coached rep's planted goal, by e-mail, as the generator and the history read it."""
    planted = {}
    for team_index, team in enumerate(main.teams):
        reps = [p for p in main.people if p.role == "rep" and p.team == team.name]
        for slot, rep in enumerate(reps):
            goal = planted_goal(
                team_index=team_index, slot=slot, profile=rep.profile or "", as_of=AS_OF
            )
            if goal is not None:
                planted[rep.key] = goal
    return planted


@pytest.fixture
def progress(db: None) -> dict[str, tuple[GoalProgress, coaching_effect.PlantedGoal]]:
    datasets = generate_demo(seed=7, as_of=AS_OF)
    load_demo(datasets)
    planted = _planted(datasets[0])
    goals = Goal.objects.filter(
        kind="learning", person__organization__slug="harbourline"
    ).select_related("person__organization")
    read = {}
    for goal in goals:
        found = goal_progress(goal=goal, as_of=AS_OF, viewer=viewer_for_person(goal.person))
        assert found is not None
        read[goal.person.email] = (found, planted[goal.person.email])
    return read


def test_every_learning_goal_is_read_on_enough_evidence_on_both_days(
    progress: dict[str, tuple[GoalProgress, coaching_effect.PlantedGoal]],
) -> None:
    # 8 reps of the fortnightly coach, 7 of the three-weekly one (not the plateaued rep).
    assert len(progress) == 15
    for email, (read, planted) in progress.items():
        assert read.metric == planted.measure, email
        assert read.start.on == planted.agreed_on
        assert read.end is not None
        assert read.end.on == AS_OF
        assert not read.short_of_evidence, (email, read.start, read.end)
        assert read.direction is not None, email
        if read.metric in CALL_FIGURES:
            assert read.start.evidence >= 8, email
            assert read.end.evidence >= 8, email


def test_most_coached_reps_improve_some_do_not_and_the_drifting_rep_gets_worse(
    progress: dict[str, tuple[GoalProgress, coaching_effect.PlantedGoal]],
) -> None:
    directions = [read.direction for read, _ in progress.values()]
    assert directions.count("better") >= 10
    assert 2 <= directions.count("worse") <= 5

    calls = {e: pair for e, pair in progress.items() if pair[0].metric in CALL_FIGURES}
    assert len(calls) == 7
    assert sum(read.direction == "better" for read, _ in calls.values()) >= 5
    for email, (read, planted) in calls.items():
        assert read.at_start is not None
        assert read.now is not None
        change = read.now - read.at_start  # lower is better for both call figures
        if planted.response >= 1.0:
            assert read.direction == "better", email
            assert change <= -0.08, (email, read.at_start, read.now)
        if planted.response < 0:
            assert read.direction == "worse", email
        if planted.response == 0:
            assert abs(change) < 0.05, (email, read.at_start, read.now)
    # The early pitcher's calls: the pitch came first on every call before the goal.
    pitcher = next(read for read, _ in calls.values() if read.metric == "pitch_before_need_share")
    assert pitcher.at_start == 1.0
    assert pitcher.now is not None
    assert pitcher.now <= 0.5

    # The decision-stage loser, coached on the decision process, wins more decided deals.
    decision = [
        read
        for read, planted in progress.values()
        if read.metric == "decide_win_rate" and planted.response >= 1.0
    ]
    assert len(decision) == 1
    assert decision[0].direction == "better"
    # Every rep coached to protect customer time, and responding, has more customer hours.
    for read, planted in progress.values():
        if read.metric == "customer_hours_per_week" and planted.response > 0:
            assert read.direction == "better"


def test_reps_who_do_not_respond_drop_their_commitments_after_the_goal() -> None:
    main, _ = generate_demo(seed=7, as_of=AS_OF)
    planted = _planted(main)
    history = plan_coaching_history(main, as_of=AS_OF)
    held_on = {s.key: s.on for s in history.sessions}
    after: dict[str, list[str]] = {}
    for c in history.commitments:
        goal = planted.get(c.rep)
        if goal is not None and held_on[c.session] >= goal.agreed_on and c.followed_up_in:
            after.setdefault(c.rep, []).append(c.status)
    for rep, statuses in after.items():
        response = planted[rep].response
        if response >= 1.0:
            assert set(statuses) == {"done"}, rep
        elif response <= 0:
            assert set(statuses) == {"dropped"}, rep
        elif len(statuses) >= 2:
            assert {"done", "dropped"} == set(statuses), rep  # every other one slips
    # Their managers still review every commitment but the latest in the next session.
    coached = [c for c in history.commitments if c.rep in planted and c.status != "open"]
    assert all(c.followed_up_in for c in coached)
    assert any(c.status == "dropped" for c in coached)


def test_the_coaching_effect_moves_only_the_coached_reps_records(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    coached, _ = generate_demo(seed=7, as_of=AS_OF)
    planted = _planted(coached)
    assert len(planted) == 15
    monkeypatch.setattr(coaching_effect, "PLANTED_GOALS", ({}, {}, {}))
    plain, _ = generate_demo(seed=7, as_of=AS_OF)

    def by_rep(org: OrgDataset, field: str, owner: str) -> dict[str, list[object]]:
        rows: dict[str, list[object]] = {}
        for row in getattr(org, field):
            rows.setdefault(getattr(row, owner), []).append(dataclasses.asdict(row))
        return rows

    for field, owner in (("deals", "owner"), ("activities", "person"), ("calls", "owner")):
        before, after = by_rep(plain, field, owner), by_rep(coached, field, owner)
        assert before.keys() == after.keys()
        for rep in before:
            if rep not in planted:
                assert before[rep] == after[rep], (field, rep)
    # Deals are generated before the agreement exactly as without coaching.
    plain_deals = {d.external_id: d for d in plain.deals}
    for deal in coached.deals:
        goal = planted.get(deal.owner)
        if goal is not None and deal.closed_on is not None and deal.closed_on <= goal.agreed_on:
            assert deal == plain_deals[deal.external_id]
