"""Geometry of the small server-rendered SVG charts: dimension bars and score lines."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from salescoach.domain.assessments.scoring import BandedScore

BAR_HEIGHT = 22
BAR_GAP = 10
LABEL_WIDTH = 130  # left column for the dimension titles, in SVG units
PLOT_WIDTH = 300  # 0..100 maps onto this width
BAND_CLASS = {0: "band-low", 1: "band-mid", 2: "band-high"}


@dataclass(frozen=True)
class DimensionBar:
    """One dimension as a horizontal bar on a 0..100 axis."""

    title: str
    score: float
    label: str
    y: int
    width: float  # SVG units, score / 100 × PLOT_WIDTH
    css: str


def dimension_bars(scores: Sequence[BandedScore], band_order: dict[str, int]) -> list[DimensionBar]:
    """Bars top to bottom; the colour class follows the band's rank (low, middle, high)."""
    return [
        DimensionBar(
            title=score.title,
            score=score.score,
            label=score.label,
            y=i * (BAR_HEIGHT + BAR_GAP),
            width=round(score.score / 100 * PLOT_WIDTH, 1),
            css=BAND_CLASS.get(min(band_order.get(score.band, 1), 2), "band-mid"),
        )
        for i, score in enumerate(scores)
    ]


def chart_height(bars: Sequence[DimensionBar]) -> int:
    return max(1, len(bars)) * (BAR_HEIGHT + BAR_GAP)


@dataclass(frozen=True)
class LinePoint:
    x: float
    y: float
    date: dt.date
    score: float


LINE_WIDTH = 420
LINE_HEIGHT = 120


def score_line(points: Sequence[tuple[dt.date, float]]) -> list[LinePoint]:
    """Scores (0..100) over time as SVG points: x spreads the dates over LINE_WIDTH (a single
    point sits in the middle), y puts 100 at the top and 0 at the bottom."""
    if not points:
        return []
    first, last = points[0][0], points[-1][0]
    span = (last - first).days
    out = []
    for day, score in points:
        x = LINE_WIDTH / 2 if span == 0 else (day - first).days / span * LINE_WIDTH
        out.append(LinePoint(round(x, 1), round(LINE_HEIGHT * (1 - score / 100), 1), day, score))
    return out


def polyline(points: Sequence[LinePoint]) -> str:
    return " ".join(f"{p.x},{p.y}" for p in points)
