"""What a results page shows for one submitted response: bands, guidance, chart, comparisons."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from salescoach.assessments import charts
from salescoach.assessments.instruments import catalogue
from salescoach.domain.assessments.instruments import Instrument
from salescoach.domain.assessments.scoring import BandedScore, ScoreSummary
from salescoach.domain.assessments.selling_focus import FocusGap, compare_selling_focus
from salescoach.domain.assessments.styles import (
    STYLE_TITLES,
    Guidance,
    StyleReading,
    style_guidance,
)


@dataclass(frozen=True)
class ScoreLine:
    """A dimension (or the overall score) with its band and the band's guidance."""

    score: BandedScore
    guidance: str


@dataclass
class ResultView:
    instrument: Instrument
    summary: ScoreSummary
    lines: list[ScoreLine]
    overall: ScoreLine | None
    bars: list[charts.DimensionBar]
    chart_height: int
    style: StyleReading | None = None
    style_titles: tuple[str, str] | None = None
    pairing: Guidance | None = None
    focus: FocusGap | None = None
    focus_calls: int = 0
    extras: dict[str, Any] = field(default_factory=dict)


def _guidance(instrument: Instrument, score: BandedScore) -> str:
    for band in instrument.bands.get(score.key, ()):
        if band.key == score.band:
            return band.guidance
    return ""


def band_order(instrument: Instrument, key: str) -> dict[str, int]:
    return {band.key: i for i, band in enumerate(instrument.bands.get(key, ()))}


def summary_bars(summary: ScoreSummary) -> tuple[list[charts.DimensionBar], int]:
    """The dimension bars of a summary, coloured by band rank under its own version."""
    instrument = catalogue().get(summary.instrument, summary.version)
    ranks: dict[str, int] = {}
    for score in summary.dimensions:
        ranks[score.band] = band_order(instrument, score.key).get(score.band, 1)
    bars = charts.dimension_bars(summary.dimensions, ranks)
    return bars, charts.chart_height(bars)


def build_result(
    summary: ScoreSummary,
    *,
    my_style: StyleReading | None = None,
    measured_talk: tuple[float, int] | None = None,
) -> ResultView:
    """The results of a stored summary, read with the version it was taken under."""
    instrument = catalogue().get(summary.instrument, summary.version)
    bars, height = summary_bars(summary)
    view = ResultView(
        instrument=instrument,
        summary=summary,
        lines=[ScoreLine(s, _guidance(instrument, s)) for s in summary.dimensions],
        overall=None
        if summary.overall is None
        else ScoreLine(summary.overall, _guidance(instrument, summary.overall)),
        bars=bars,
        chart_height=height,
        style=summary.style,
    )
    if summary.style is not None:
        view.style_titles = (
            STYLE_TITLES[summary.style.primary],
            STYLE_TITLES[summary.style.secondary],
        )
        if instrument.key == "observed_style" and my_style is not None:
            view.pairing = style_guidance(my_style.primary, summary.style.primary)
    estimate = summary.figures.get("self_talk_share_pct")
    if estimate is not None and measured_talk is not None:
        view.focus = compare_selling_focus(estimate / 100, measured_talk[0])
        view.focus_calls = measured_talk[1]
    return view
