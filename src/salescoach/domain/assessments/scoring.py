"""Scoring a response to an instrument, its shareable summary, and privacy-safe group figures."""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from salescoach.domain.assessments.instruments import (
    OVERALL,
    Band,
    Instrument,
    InstrumentItem,
)
from salescoach.domain.assessments.styles import STYLES, Style, StyleReading, place_style

Answer = int | str
MIN_GROUP = 5  # the fewest people an enablement aggregate may describe


class AnswerError(ValueError):
    """An answer does not fit its item; the message starts with the item's key."""


class DraftError(ValueError):
    """A draft (incomplete) response was asked for something only a scored response has."""


@dataclass(frozen=True)
class BandedScore:
    """A 0..100 score with the interpretation band it falls in."""

    key: str  # the dimension key, or "overall"
    title: str
    score: float  # 0..100, one decimal
    band: str  # the band's key
    label: str  # the band's label
    guidance: str = ""  # the band's guidance text (not part of the shareable summary)

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "title": self.title,
            "score": self.score,
            "band": self.band,
            "label": self.label,
        }


@dataclass(frozen=True)
class ScoreSummary:
    """The part of a scored response the respondent may share: dimension scores and bands, the
    overall score, the behaviour style and the instrument's declared figures. Never the item
    answers, never free text."""

    instrument: str
    version: int
    dimensions: tuple[BandedScore, ...]
    overall: BandedScore | None = None
    style: StyleReading | None = None
    figures: Mapping[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "instrument": self.instrument,
            "version": self.version,
            "dimensions": [d.to_json() for d in self.dimensions],
            "overall": None if self.overall is None else self.overall.to_json(),
            "style": None if self.style is None else self.style.to_json(),
            "figures": dict(self.figures),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ScoreSummary:
        """Rebuild a summary stored with `to_json`."""

        def banded(raw: Mapping[str, Any]) -> BandedScore:
            return BandedScore(
                key=raw["key"],
                title=raw["title"],
                score=float(raw["score"]),
                band=raw["band"],
                label=raw["label"],
            )

        style = data.get("style")
        return cls(
            instrument=data["instrument"],
            version=int(data["version"]),
            dimensions=tuple(banded(d) for d in data["dimensions"]),
            overall=None if data.get("overall") is None else banded(data["overall"]),
            style=None
            if style is None
            else StyleReading(
                assertiveness=float(style["assertiveness"]),
                responsiveness=float(style["responsiveness"]),
                primary=cast(Style, style["primary"]),
                secondary=cast(Style, style["secondary"]),
            ),
            figures={k: int(v) for k, v in data.get("figures", {}).items()},
        )


@dataclass(frozen=True)
class Score:
    """A response read with the instrument version it was taken under. A draft (`is_complete`
    False, `missing` lists the required items still unanswered) keeps its answers but has no
    scores. `answers` and the free text in it are the respondent's alone."""

    instrument: str
    version: int
    is_complete: bool
    missing: tuple[str, ...]
    answers: Mapping[str, Answer]
    dimensions: tuple[BandedScore, ...] = ()
    overall: BandedScore | None = None
    style: StyleReading | None = None
    figures: Mapping[str, int] = field(default_factory=dict)

    def dimension(self, key: str) -> BandedScore:
        """The score of one dimension (KeyError when absent, e.g. on a draft)."""
        for dimension in self.dimensions:
            if dimension.key == key:
                return dimension
        raise KeyError(key)

    def summary(self) -> ScoreSummary:
        """The shareable part; a draft has none."""
        if not self.is_complete:
            raise DraftError(
                f"{self.instrument} v{self.version}: a draft has no summary "
                f"(unanswered: {', '.join(self.missing)})"
            )
        return ScoreSummary(
            instrument=self.instrument,
            version=self.version,
            dimensions=self.dimensions,
            overall=self.overall,
            style=self.style,
            figures=self.figures,
        )


def _check_answer(instrument: Instrument, item: InstrumentItem, value: object) -> Answer | None:
    """The answer as stored (None when it counts as unanswered), or AnswerError."""
    if item.kind in ("text", "date"):
        if not isinstance(value, str):
            raise AnswerError(f"{item.key}: expected text, got {value!r}")
        text = value.strip()
        if not text:
            return None
        if item.kind == "date":
            try:
                return dt.date.fromisoformat(text).isoformat()
            except ValueError as exc:
                raise AnswerError(f"{item.key}: {value!r} is not a date (YYYY-MM-DD)") from exc
        return text
    if isinstance(value, bool) or not isinstance(value, int):
        raise AnswerError(f"{item.key}: expected a whole number, got {value!r}")
    if item.kind == "likert":
        scale = instrument.scale
        if not scale.min <= value <= scale.max:
            raise AnswerError(f"{item.key}: {value} is outside the scale {scale.min}..{scale.max}")
    elif value not in {option.value for option in item.options}:
        allowed = ", ".join(str(option.value) for option in item.options)
        raise AnswerError(f"{item.key}: {value} is not one of the options ({allowed})")
    return value


def item_score(instrument: Instrument, item: InstrumentItem, answer: int) -> int:
    """The point an answer scores on its dimension: the answer itself, or for a reverse-keyed
    item min + max − answer (on a 1..5 scale, 1 scores 5 and 4 scores 2)."""
    if item.reverse:
        return instrument.scale.min + instrument.scale.max - answer
    return answer


def find_band(bands: Sequence[Band], score: float) -> Band:
    """The band with from ≤ score < to; 100 falls in the last band."""
    for band in bands:
        if band.from_score <= score < band.to_score:
            return band
    if score == bands[-1].to_score:
        return bands[-1]
    raise ValueError(f"score {score} is outside 0..100")


def _banded(instrument: Instrument, key: str, title: str, score: float) -> BandedScore:
    band = find_band(instrument.bands[key], score)
    return BandedScore(key, title, score, band.key, band.label, band.guidance)


def score_response(instrument: Instrument, answers: Mapping[str, Answer]) -> Score:
    """Validate and score one response.

    Dimension score (0..100, one decimal) = (mean item score − scale min) / (scale max − scale
    min) × 100, over the dimension's likert items, reverse-keyed ones counted as min + max −
    answer. Overall (when the instrument has one) = mean of the dimension scores, so each
    dimension weighs the same whatever its number of items. Behaviour-style instruments read
    their two axis scores as a style (`place_style`). Out-of-range or ill-typed answers and
    unknown item keys raise AnswerError; a response missing a required item is a draft."""
    known = {item.key for item in instrument.items}
    for key in answers:
        if key not in known:
            raise AnswerError(f"{key}: not an item of {instrument.key} v{instrument.version}")
    stored: dict[str, Answer] = {}
    for item in instrument.items:
        if item.key in answers:
            checked = _check_answer(instrument, item, answers[item.key])
            if checked is not None:
                stored[item.key] = checked
    missing = tuple(i.key for i in instrument.items if i.required and i.key not in stored)
    base = Score(instrument.key, instrument.version, not missing, missing, stored)
    if missing:
        return base
    span = instrument.scale.max - instrument.scale.min
    dimensions = []
    for dimension in instrument.dimensions:
        points = [
            item_score(instrument, item, cast(int, stored[item.key]))
            for item in instrument.items_of(dimension.key)
        ]
        score = round((statistics.fmean(points) - instrument.scale.min) / span * 100, 1)
        dimensions.append(_banded(instrument, dimension.key, dimension.title, score))
    overall = None
    if instrument.scoring.overall:
        mean = round(statistics.fmean(d.score for d in dimensions), 1)
        overall = _banded(instrument, OVERALL, "Overall", mean)
    style = None
    if instrument.scoring.method == "style_axes":
        style = place_style(dimensions[0].score, dimensions[1].score)
    figures = {name: cast(int, stored[key]) for name, key in instrument.scoring.figures.items()}
    return Score(
        instrument=instrument.key,
        version=instrument.version,
        is_complete=True,
        missing=(),
        answers=stored,
        dimensions=tuple(dimensions),
        overall=overall,
        style=style,
        figures=figures,
    )


@dataclass(frozen=True)
class GroupFigure:
    """One dimension (or the overall score) across a group: mean 0..100 and people per band."""

    key: str
    mean: float  # 0..100, one decimal
    bands: Mapping[str, int]  # band key → people

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "mean": self.mean, "bands": dict(self.bands)}


@dataclass(frozen=True)
class GroupAggregate:
    """Summaries of one instrument version across a group of at least `MIN_GROUP` people."""

    instrument: str
    version: int
    people: int
    dimensions: tuple[GroupFigure, ...]
    overall: GroupFigure | None
    styles: Mapping[str, int]  # primary style → people (empty for scaled instruments)
    figures: Mapping[str, float]  # declared figure → mean

    def to_json(self) -> dict[str, Any]:
        return {
            "instrument": self.instrument,
            "version": self.version,
            "people": self.people,
            "dimensions": [d.to_json() for d in self.dimensions],
            "overall": None if self.overall is None else self.overall.to_json(),
            "styles": dict(self.styles),
            "figures": dict(self.figures),
        }


def _group_figure(key: str, scores: Sequence[BandedScore]) -> GroupFigure:
    return GroupFigure(
        key=key,
        mean=round(statistics.fmean(s.score for s in scores), 1),
        bands=dict(sorted(Counter(s.band for s in scores).items())),
    )


def aggregate_summaries(
    summaries: Sequence[ScoreSummary], *, min_group: int = MIN_GROUP
) -> GroupAggregate | None:
    """Mean score and band counts per dimension over a group, one summary per person; None
    (suppressed) when fewer than `min_group` people (never fewer than 5) answered."""
    if min_group < MIN_GROUP:
        raise ValueError(f"min_group must be at least {MIN_GROUP}, not {min_group}")
    if len(summaries) < min_group:
        return None
    refs = {(s.instrument, s.version) for s in summaries}
    if len(refs) > 1:
        raise ValueError(f"summaries of different instrument versions: {sorted(refs)}")
    first = summaries[0]
    dimensions = tuple(
        _group_figure(d.key, [next(x for x in s.dimensions if x.key == d.key) for s in summaries])
        for d in first.dimensions
    )
    overalls = [s.overall for s in summaries if s.overall is not None]
    styles = Counter(s.style.primary for s in summaries if s.style is not None)
    return GroupAggregate(
        instrument=first.instrument,
        version=first.version,
        people=len(summaries),
        dimensions=dimensions,
        overall=_group_figure(OVERALL, overalls) if overalls else None,
        styles={style: styles[style] for style in STYLES if styles[style]},
        figures={
            name: round(statistics.fmean(s.figures[name] for s in summaries), 1)
            for name in first.figures
        },
    )
