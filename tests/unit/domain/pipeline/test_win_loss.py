"""Win rate, win-loss ratio, forecasted win rate, losses by stage and phase, cycle time."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from salescoach.domain.pipeline.win_loss import (
    CycleTime,
    WinLoss,
    count_forecast_outcomes,
    count_outcomes,
    loss_share,
    loss_share_at,
    losses_by_phase,
    losses_by_stage,
    measure_cycle_time,
    outcomes_by_period,
    win_rate_from,
    won_amount_by_period,
)
from tests.unit.domain.pipeline.builders import D0, STAGES, deal

DEALS = (
    deal("D1", "won", "Close"),
    deal("D2", "won", "Close"),
    deal("D3", "won", "Close"),
    deal("D4", "lost", "Validate"),
    deal("D5", "lost", "Interview"),
    deal("D6", "open", "Demonstrate"),
)


def test_win_rate_and_win_loss_ratio_from_closed_deals() -> None:
    outcomes = count_outcomes(DEALS)
    assert outcomes == WinLoss(won=3, lost=2, open=1)
    assert outcomes.closed == 5
    assert outcomes.win_rate == pytest.approx(0.6)  # 3 / (3 + 2)
    assert outcomes.win_loss_ratio == pytest.approx(1.5)  # 3 / 2


def test_without_closed_or_lost_deals_the_rates_are_unknown_not_zero() -> None:
    assert count_outcomes([deal("D1")]).win_rate is None
    assert count_outcomes([deal("D1", "won", "Close")]).win_loss_ratio is None


def test_the_forecasted_win_rate_counts_deals_ever_called_commit_or_best_case() -> None:
    deals = [
        deal("F1", "won", "Close", forecast="closed", history=("commit",)),
        deal("F2", "lost", "Validate", forecast="best_case"),
        deal("F3", "lost", "Negotiate", forecast="commit"),
        deal("F4", "won", "Close", forecast="closed", history=("pipeline",)),  # never called
        deal("F5", "open", "Validate", forecast="commit"),
    ]
    forecasted = count_forecast_outcomes(deals)
    assert forecasted == WinLoss(won=1, lost=2, open=1)
    assert forecasted.win_rate == pytest.approx(1 / 3)  # F1 won; F2 and F3 lost


def test_losses_are_counted_by_stage_and_by_phase() -> None:
    deals = [*DEALS, deal("D7", "lost", "Validate"), deal("D8", "lost", "Nowhere")]
    assert losses_by_stage(deals) == {"Validate": 2, "Interview": 1, "Nowhere": 1}
    by_phase = losses_by_phase(deals, STAGES)
    assert by_phase == {"validate": 2, "interview": 1, "unknown": 1}
    # 2 of the 4 losses are in the deciding phases (validate, negotiate).
    assert loss_share(by_phase, {"validate", "negotiate"}) == pytest.approx(0.5)
    assert loss_share({}, {"validate"}) is None


def test_outcomes_and_won_amounts_are_grouped_by_the_period_they_closed_in() -> None:
    deals = [
        deal("A", "won", "Close", amount=100, closed=dt.date(2026, 1, 31)),
        deal("B", "lost", "Validate", closed=dt.date(2026, 2, 1)),
        deal("C", "won", "Close", amount=50, closed=dt.date(2026, 4, 1)),
        deal("E", "won", "Close", amount=70, closed=dt.date(2026, 2, 5)),
        deal("O"),
    ]
    assert outcomes_by_period(deals, unit="month") == {
        "2026-01": WinLoss(1, 0, 0),
        "2026-02": WinLoss(1, 1, 0),
        "2026-04": WinLoss(1, 0, 0),
    }
    assert outcomes_by_period(deals, unit="quarter") == {
        "2026-Q1": WinLoss(2, 1, 0),
        "2026-Q2": WinLoss(1, 0, 0),
    }
    # Q1: 100 + 70 = 170; Q2: 50.
    assert won_amount_by_period(deals, unit="quarter") == {
        "2026-Q1": Decimal(170),
        "2026-Q2": Decimal(50),
    }


def test_cycle_time_is_median_and_mean_days_from_creation_to_close_of_won_deals() -> None:
    deals = [
        deal("A", "won", "Close", closed=D0 + dt.timedelta(days=10)),
        deal("B", "won", "Close", closed=D0 + dt.timedelta(days=20)),
        deal("C", "won", "Close", closed=D0 + dt.timedelta(days=60)),
        deal("L", "lost", "Validate", closed=D0 + dt.timedelta(days=5)),  # not a won deal
    ]
    # Days 10, 20, 60: median 20, mean 90 / 3 = 30.
    assert measure_cycle_time(deals) == CycleTime(3, 20.0, 30.0)
    assert measure_cycle_time([deal("O")]) == CycleTime(0, None, None)


def test_a_close_date_before_creation_counts_as_a_zero_day_cycle() -> None:
    backwards = deal("A", "won", "Close", closed=D0 - dt.timedelta(days=3))
    assert measure_cycle_time([backwards]) == CycleTime(1, 0.0, 0.0)


def test_loss_share_at_named_stages_and_win_rate_from_a_stage_on() -> None:
    # Of the two losses (Validate, Interview), one is at Validate or Negotiate → 0.5.
    assert loss_share_at(DEALS, {"Validate", "Negotiate"}) == pytest.approx(0.5)
    furthest = {"D1": 6, "D2": 6, "D3": 2, "D4": 4, "D5": 2, "D6": 4}
    # Reached order 4 and closed: D1 won, D2 won, D4 lost (D6 is open) → 2 / 3 of 3 deals.
    rate, closed = win_rate_from(DEALS, furthest, 4)
    assert rate == pytest.approx(2 / 3)
    assert closed == 3
    assert win_rate_from(DEALS, {}, 1) == (None, 0)
