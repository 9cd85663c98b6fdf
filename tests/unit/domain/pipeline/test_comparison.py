"""A rep's pipeline figures next to the team's and the organisation's."""

from __future__ import annotations

import datetime as dt

import pytest

from salescoach.domain.pipeline.comparison import (
    FigureComparison,
    compare_pipeline,
    summarise_pipeline,
)
from salescoach.domain.pipeline.win_loss import WinLoss
from tests.unit.domain.pipeline.builders import D0, STAGES, change, deal

ANA, BEN, CY = "ana@acme.test", "ben@acme.test", "cy@acme.test"
DEALS = (
    deal("A1", "won", "Close", owner=ANA, closed=D0 + dt.timedelta(days=10), forecast="commit"),
    deal("A2", "lost", "Validate", owner=ANA, forecast="commit"),
    deal("A3", "open", "Interview", owner=ANA),
    deal("B1", "won", "Close", owner=BEN, closed=D0 + dt.timedelta(days=30)),
    deal("B2", "won", "Close", owner=BEN, closed=D0 + dt.timedelta(days=50)),
    deal("C1", "lost", "Approach", owner=CY),
)
CHANGES = (
    change("A3", "Interview", D0),
    change("B1", "Interview", D0),
    change("B1", "Close", D0 + dt.timedelta(days=4)),
    change("B2", "Interview", D0),
    change("B2", "Close", D0 + dt.timedelta(days=6)),
)


def test_rep_team_and_org_figures_come_from_pooled_deals() -> None:
    comparison = compare_pipeline(
        DEALS, CHANGES, STAGES, rep=ANA, team={ANA, BEN}, as_of=dt.date(2026, 1, 31)
    )
    assert comparison.rep.outcomes == WinLoss(1, 1, 1)
    assert comparison.team.outcomes == WinLoss(3, 1, 1)
    assert comparison.org.outcomes == WinLoss(3, 2, 1)
    # Interview norm from B1 (4 days) and B2 (6 days) = 5; A3 has sat 30 days (> 2 × 5).
    assert [s.deal_id for s in comparison.rep.stalled] == ["A3"]
    win_rate, ratio, forecasted, cycle = comparison.headline()
    assert win_rate == FigureComparison("win_rate", 0.5, 0.75, 0.6)  # 1/2, 3/4, 3/5
    assert ratio == FigureComparison("win_loss_ratio", 1.0, 3.0, 1.5)
    assert forecasted == FigureComparison("forecast_win_rate", 0.5, 0.5, 0.5)  # only A1, A2
    # Won cycles: Ana 10 days; team 10, 30, 50 → median 30; org the same.
    assert cycle == FigureComparison("cycle_median_days", 10.0, 30.0, 30.0)


def test_a_summary_judges_stalls_against_its_own_norms_by_default() -> None:
    figures = summarise_pipeline(DEALS, CHANGES, STAGES, as_of=dt.date(2026, 1, 31))
    assert figures.losses_by_phase == {"validate": 1, "approach": 1}
    assert [s.deal_id for s in figures.stalled] == ["A3"]
    # All six deals reached Approach; all but C1 got past it → 5 / 6.
    assert figures.conversion[0].rate == pytest.approx(5 / 6)
    assert figures.forecast[0].period == "2026-Q1"
