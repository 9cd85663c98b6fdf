"""The demo's coaching history comes out as planted in the quality figures and the flag."""

from __future__ import annotations

import datetime as dt

import pytest

from salescoach.coaching.board_selectors import (
    organisation_coaching_for_viewer,
    team_board_for_viewer,
)
from salescoach.demo.coaching_history import (
    BEHAVIOUR_NOTES,
    RESULTS_NOTES,
    plan_coaching_history,
)
from salescoach.demo.generator import generate_demo
from salescoach.demo.load import load_demo
from salescoach.domain.coaching.quality import read_coaching_focus
from salescoach.org.access import viewer_for_person
from salescoach.org.models import Person

AS_OF = dt.date(2026, 11, 1)


@pytest.mark.parametrize("note", BEHAVIOUR_NOTES)
def test_every_behaviour_note_reads_as_coaching_a_behaviour(note: str) -> None:
    assert read_coaching_focus(note).focus == "behaviour"


@pytest.mark.parametrize("note", RESULTS_NOTES)
def test_every_numbers_note_reads_as_results_only(note: str) -> None:
    reading = read_coaching_focus(note)
    assert reading.focus == "results"
    assert reading.results_cues  # it talks about numbers, not about nothing


def test_the_history_is_the_same_for_the_same_data() -> None:
    main_org, _ = generate_demo(seed=7, as_of=AS_OF)
    assert plan_coaching_history(main_org, as_of=AS_OF) == plan_coaching_history(
        main_org, as_of=AS_OF
    )


@pytest.fixture
def demo(db: None) -> dict[str, Person]:
    datasets = generate_demo(seed=7, as_of=AS_OF)
    load_demo(datasets)
    history = plan_coaching_history(datasets[0], as_of=AS_OF)
    managers = {style: Person.objects.get(email=email) for email, style in history.styles.items()}
    plateaued = next(
        p.key
        for p in datasets[0].people
        if p.profile == "plateaued"
        and p.manager in history.styles
        and history.styles[p.manager] == "rare_with_plateaued"
    )
    managers["plateaued_rep"] = Person.objects.get(email=plateaued)
    managers["enablement"] = Person.objects.get(organization__slug="harbourline", role="enablement")
    return managers


def test_the_three_managers_come_out_as_planted(demo: dict[str, Person]) -> None:
    view = organisation_coaching_for_viewer(
        viewer=viewer_for_person(demo["enablement"]), as_of=AS_OF
    )
    figures = {m.manager.pk: m.figures for m in view.managers}
    coach = figures[demo["behaviour_coach"].pk]
    numbers = figures[demo["numbers_only"].pk]
    rare = figures[demo["rare_with_plateaued"].pk]

    # Every two weeks with every rep, on behaviours, each commitment reviewed next time.
    assert coach.behaviour_share == 1.0
    # Every commitment is reviewed in the next session; only those due since the latest
    # session (it is not held yet) are still waiting.
    assert coach.follow_up_rate is not None
    assert coach.follow_up_rate >= 0.9
    assert coach.sessions_per_rep_month is not None
    assert coach.sessions_per_rep_month >= 2.0  # 90 days / 14 ≈ 6 sessions a rep = 2 a month
    assert coach.longest_gap_days is not None
    assert coach.longest_gap_days <= 15

    # Just as often, but only about the numbers, and nothing followed up.
    assert numbers.behaviour_share == 0.0
    assert numbers.follow_up_rate == 0.0
    assert numbers.sessions_per_rep_month is not None
    assert numbers.sessions_per_rep_month >= 2.0

    # Coaches the others, but the plateaued rep has had no session in the whole window.
    assert rare.longest_gap_days == 90
    assert rare.behaviour_share == 1.0

    assert view.overall.behaviour_share is not None
    assert 0.4 < view.overall.behaviour_share < 0.8


def test_the_plateaued_rep_carries_the_flag_on_their_managers_board(
    demo: dict[str, Person],
) -> None:
    board = team_board_for_viewer(
        viewer=viewer_for_person(demo["rare_with_plateaued"]), as_of=AS_OF
    )
    row = next(r for r in board.rows if r.person == demo["plateaued_rep"])
    assert row.flag.flagged
    assert row.flag.reasons[1:] == (
        "no stretch goal in the last 12 weeks",
        "no learning goal in the last 12 weeks",
        "no coaching session in the last 12 weeks",
    )
    assert row.coaching.sessions == 0
    assert "results have plateaued and nobody is stretching them" in row.priority.reasons
    # Nobody on the behaviour coach's board is flagged: stretched, learning and coached.
    coach_board = team_board_for_viewer(
        viewer=viewer_for_person(demo["behaviour_coach"]), as_of=AS_OF
    )
    assert coach_board.flagged == ()


def test_enablement_sees_the_flags_counted_per_team(demo: dict[str, Person]) -> None:
    view = organisation_coaching_for_viewer(
        viewer=viewer_for_person(demo["enablement"]), as_of=AS_OF
    )
    team = demo["plateaued_rep"].team
    assert team is not None
    coach_team = demo["behaviour_coach"].team
    assert coach_team is not None
    counts = {t.team: t.flagged for t in view.teams}
    assert counts[team.name] >= 1
    assert counts[coach_team.name] == 0


def test_the_plateaued_reps_monthly_results_are_level() -> None:
    from collections import defaultdict
    from decimal import Decimal

    main_org, _ = generate_demo(seed=7, as_of=AS_OF)
    plateaued = {p.key for p in main_org.people if p.profile == "plateaued"}
    totals: dict[tuple[str, int, int], Decimal] = defaultdict(Decimal)
    for deal in main_org.deals:
        if deal.owner in plateaued and deal.outcome == "won" and deal.closed_on is not None:
            totals[deal.owner, deal.closed_on.year, deal.closed_on.month] += deal.amount
    assert totals
    # 20,000 split over the month's wins, each rounded to the cent: within a cent per deal.
    assert all(abs(total - Decimal(20000)) <= Decimal("0.05") for total in totals.values())
