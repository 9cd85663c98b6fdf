"""Geometry of the server-rendered charts, worked out by hand."""

from __future__ import annotations

import datetime as dt

from salescoach.assessments import charts
from salescoach.domain.assessments.scoring import BandedScore


def test_dimension_bars_scale_scores_onto_the_plot_width() -> None:
    scores = [
        BandedScore("a", "A", 50.0, "mid", "Growing"),
        BandedScore("b", "B", 12.5, "low", "Holding back"),
    ]
    bars = charts.dimension_bars(scores, {"low": 0, "mid": 1, "high": 2})
    # 50 / 100 × 300 = 150.0; 12.5 / 100 × 300 = 37.5; rows 22 + 10 = 32 units apart.
    assert [(b.width, b.y, b.css) for b in bars] == [(150.0, 0, "band-mid"), (37.5, 32, "band-low")]
    assert charts.chart_height(bars) == 64


def test_score_lines_spread_dates_and_put_100_at_the_top() -> None:
    day = dt.date(2026, 1, 1)
    points = charts.score_line([(day, 100.0), (day + dt.timedelta(days=30), 25.0)])
    # x: 0 and 30/30 × 420 = 420; y: 120 × (1 − 1) = 0 and 120 × (1 − 0.25) = 90.
    assert [(p.x, p.y) for p in points] == [(0.0, 0.0), (420.0, 90.0)]
    assert charts.polyline(points) == "0.0,0.0 420.0,90.0"
    single = charts.score_line([(day, 50.0)])
    assert [(p.x, p.y) for p in single] == [(210.0, 60.0)]
    assert charts.score_line([]) == []
