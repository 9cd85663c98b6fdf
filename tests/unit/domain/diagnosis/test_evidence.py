"""Building a rep's evidence from plain records, call results and self-belief scores."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from salescoach.domain.diagnosis.evidence import (
    DealFigures,
    build_rep_evidence,
    summarise_calls,
    summarise_self_belief,
)
from tests.unit.domain.pipeline.builders import STAGES, activity, change, deal

ANA = "ana@acme.test"
AS_OF = dt.date(2026, 3, 31)


def test_deal_figures_from_records() -> None:
    deals = [
        deal("W1", "won", "Close", owner=ANA, amount=100, closed=dt.date(2026, 2, 1)),
        deal("L1", "lost", "Validate", owner=ANA, closed=dt.date(2026, 2, 2)),
        deal("L2", "lost", "Interview", owner=ANA, closed=dt.date(2026, 2, 3)),
        deal("O1", "open", "Demonstrate", owner=ANA),
        deal("X1", "won", "Close", owner="ben@acme.test"),  # someone else's
        deal("F1", "open", owner=ANA, created=dt.date(2026, 5, 1)),  # after as_of
    ]
    changes = [change("W1", "Negotiate", dt.date(2026, 1, 20))]
    evidence = build_rep_evidence(
        ANA, deals=deals, stage_changes=changes, activities=[], stages=STAGES, as_of=AS_OF
    )
    figures = evidence.deals
    assert (figures.won, figures.lost, figures.open) == (1, 1 + 1, 1)
    assert figures.lost_by_phase == {"validate": 1, "interview": 1}
    # Lost while deciding: 1 of 2; died early: 1 of 3 closed.
    assert figures.loss_share_decide == pytest.approx(0.5)
    assert figures.died_early_share == pytest.approx(1 / 3)
    # Reached Validate (order 4) and closed: W1 (won), L1 (lost) → 1 of 2.
    assert (figures.decided, figures.decide_won, figures.decide_win_rate) == (2, 1, 0.5)
    assert figures.win_rate == pytest.approx(1 / 3)
    assert figures.results == (
        ("2025-Q2", Decimal(0)),
        ("2025-Q3", Decimal(0)),
        ("2025-Q4", Decimal(0)),
        ("2026-Q1", Decimal(100)),
    )
    assert figures.periods_with_results == 1
    assert figures.stage_conversion["Approach"] == pytest.approx(1.0)
    assert (evidence.time, evidence.calls, evidence.mindset) == (None, None, None)


def test_results_trend_is_the_slope_over_the_mean() -> None:
    growing = DealFigures(1, 0, 0, results=(("a", Decimal(100)), ("b", Decimal(200))))
    # Slope 100 per period, mean 150 → 2/3.
    assert growing.results_trend == pytest.approx(2 / 3)
    assert (
        DealFigures(0, 0, 0, results=(("a", Decimal(0)), ("b", Decimal(0)))).results_trend is None
    )
    assert DealFigures(0, 0, 0).results_trend is None
    empty = DealFigures(0, 0, 0)
    assert (empty.win_rate, empty.loss_share_decide, empty.decide_win_rate) == (None, None, None)
    assert empty.died_early_share is None


def test_time_figures_cover_the_window_ending_on_the_as_of_date() -> None:
    activities = [
        activity("2026-03-30T09:00", 120, person=ANA),  # inside
        activity("2026-03-31T09:00", 20, facing=False, person=ANA),  # inside, a fragment
        activity("2025-12-01T09:00", 600, person=ANA),  # before the 12-week window
        activity("2026-03-30T09:00", 600, person="ben@acme.test"),
    ]
    evidence = build_rep_evidence(
        ANA, deals=[], stage_changes=[], activities=activities, stages=STAGES, as_of=AS_OF
    )
    assert evidence.time is not None
    # 120 customer minutes over 12 weeks = 2 h / 12 weeks; fragments 20 of 140 minutes.
    assert evidence.time.customer_hours_per_week == pytest.approx(2 / 12)
    assert evidence.time.fragmentation == pytest.approx(20 / 140)


def test_weeks_with_activity_count_the_weeks_back_from_the_as_of_date_that_hold_any() -> None:
    # The 12 weeks up to Tue 31 Mar run from Wed 7 Jan; week 0 is 25–31 Mar, week 1 18–24 Mar,
    # week 11 is 7–13 Jan.
    activities = [
        activity("2026-03-31T09:00", 60, person=ANA),  # week 0
        activity("2026-03-25T09:00", 30, facing=False, person=ANA),  # week 0 again
        activity("2026-03-24T09:00", 30, person=ANA),  # week 1
        activity("2026-02-11T09:00", 0, person=ANA),  # week 6, but no time: not counted
        activity("2026-01-07T09:00", 30, person=ANA),  # week 11, the window's first day
        activity("2026-01-06T09:00", 30, person=ANA),  # the day before the window
        activity("2026-03-10T09:00", 30, person="ben@acme.test"),  # someone else's
    ]
    evidence = build_rep_evidence(
        ANA, deals=[], stage_changes=[], activities=activities, stages=STAGES, as_of=AS_OF
    )
    assert evidence.time is not None
    # Weeks 0, 1 and 11 hold activity; the window is still 12 weeks long.
    assert (evidence.time.weeks_with_activity, evidence.time.weeks) == (3, 12)
    # 60 + 30 + 30 customer minutes over 12 weeks = 2 h / 12 weeks.
    assert evidence.time.customer_hours_per_week == pytest.approx(2 / 12)


def test_a_process_without_deciding_stages_has_no_decided_deals() -> None:
    evidence = build_rep_evidence(
        ANA,
        deals=[deal("W", "won", "Close", owner=ANA)],
        stage_changes=[],
        activities=[],
        stages=STAGES[:3],
        as_of=AS_OF,
        calls=[],
        self_belief=[],
    )
    assert evidence.deals.decided == 0
    assert (evidence.calls, evidence.mindset) == (None, None)


def test_call_figures_are_means_and_shares_over_the_analyses() -> None:
    reached = {"reached": True}
    analyses: list[dict[str, Any]] = [
        {
            "rep_talk_share": 0.4,
            "discovery_rep_talk_share": 0.2,
            "questions": {"total": 10},
            "paraphrases": 2,
            "longest_customer_story_s": 100.0,
            "pitch_before_need": True,
            "checkpoints": dict.fromkeys(
                ("need_admitted", "open_to_solution", "agrees_to_discuss", "decision_authority"),
                reached,
            ),
        },
        {
            "rep_talk_share": 0.6,
            "discovery_rep_talk_share": None,
            "questions": 4,
            "paraphrases": True,  # not a number: ignored
            "longest_customer_story_s": 50,
            "pitch_before_need": False,
            "checkpoints": {"need_admitted": reached},
        },
        {"questions": "many"},
    ]
    calls = summarise_calls(analyses)
    assert calls is not None
    assert calls.n_calls == 3
    assert calls.rep_talk_share == pytest.approx(0.5)
    assert calls.discovery_rep_talk_share == pytest.approx(0.2)
    assert calls.questions_per_call == pytest.approx(7.0)  # (10 + 4) / 2
    assert calls.paraphrases_per_call == pytest.approx(2.0)
    assert calls.longest_customer_story_s == pytest.approx(75.0)
    assert calls.pitch_before_need_share == pytest.approx(0.5)
    assert calls.all_checkpoints_share == pytest.approx(0.5)
    assert summarise_calls([]) is None


def test_self_belief_is_the_latest_score_and_a_trend_per_ninety_days() -> None:
    scores = [(dt.date(2026, 4, 1), 70.0), (dt.date(2026, 1, 1), 60.0)]
    mind = summarise_self_belief(scores)
    assert mind is not None
    # +10 points over 90 days (1 Jan → 1 Apr) → 10 per 90 days.
    assert (mind.self_belief, mind.assessments) == (70.0, 2)
    assert mind.trend == pytest.approx(10.0)
    single = summarise_self_belief([(dt.date(2026, 1, 1), 55.0)])
    assert single is not None
    assert single.trend is None
    assert summarise_self_belief([]) is None


def test_wins_before_the_last_periods_do_not_count_in_the_results() -> None:
    old = deal("W", "won", "Close", owner=ANA, amount=500, closed=dt.date(2024, 6, 1))
    evidence = build_rep_evidence(
        ANA, deals=[old], stage_changes=[], activities=[], stages=STAGES, as_of=AS_OF
    )
    assert evidence.deals.won == 1
    assert all(amount == 0 for _, amount in evidence.deals.results)


def test_closed_since_reads_only_the_deals_closed_in_the_window() -> None:
    since = dt.date(2026, 2, 1)  # the window: 1 Feb … 31 Mar (AS_OF), both days counted
    deals = [
        deal("W0", "won", "Close", owner=ANA, amount=50, closed=dt.date(2025, 11, 1)),  # before
        deal("OLD", "lost", "Negotiate", owner=ANA, closed=dt.date(2026, 1, 31)),  # before
        deal("W1", "won", "Close", owner=ANA, amount=100, closed=dt.date(2026, 2, 1)),  # first day
        deal("L1", "lost", "Validate", owner=ANA, closed=dt.date(2026, 3, 31)),  # last day
        deal("L2", "lost", "Interview", owner=ANA, closed=dt.date(2026, 3, 10)),
        # Created in the window but closed after AS_OF: still open then.
        deal("LATE", "lost", "Validate", owner=ANA, closed=dt.date(2026, 4, 10)),
        deal("O1", "open", "Demonstrate", owner=ANA),
        deal("X1", "lost", "Validate", owner="ben@acme.test", closed=dt.date(2026, 3, 1)),
    ]

    def build(closed_since: dt.date | None) -> DealFigures:
        return build_rep_evidence(
            ANA,
            deals=deals,
            stage_changes=[],
            activities=[],
            stages=STAGES,
            as_of=AS_OF,
            closed_since=closed_since,
        ).deals

    window = build(since)
    # In the window: W1 won; L1 (validate) and L2 (interview) lost. Open on AS_OF: O1, LATE.
    assert (window.won, window.lost, window.open) == (1, 2, 2)
    assert window.lost_by_phase == {"validate": 1, "interview": 1}
    assert window.loss_share_decide == pytest.approx(1 / 2)
    assert window.died_early_share == pytest.approx(1 / 3)
    # Reached Validate (order 4) and closed: W1 (in Close) won, L1 lost → 1 of 2.
    assert (window.decided, window.decide_won) == (2, 1)
    # The won amounts keep their four quarters: W0 in 2025-Q4 counts although before `since`.
    assert window.results[-2:] == (("2025-Q4", Decimal(50)), ("2026-Q1", Decimal(100)))

    # Without a window (what the diagnosis reads): every deal created up to AS_OF, by its
    # outcome today — W0, W1 won; OLD (negotiate), L1, LATE (validate), L2 (interview) lost.
    everything = build(None)
    assert (everything.won, everything.lost, everything.open) == (2, 4, 1)
    assert everything.loss_share_decide == pytest.approx(3 / 4)
    # Reached Validate and closed: W0, W1 (won), OLD, L1, LATE (lost) → 2 won of 5.
    assert (everything.decided, everything.decide_won) == (5, 2)
    assert everything.results == window.results
