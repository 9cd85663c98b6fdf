"""How a learning goal's evidence figure moved between the day it was agreed and now, read over a
window before each date, with the evidence behind each reading."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from salescoach.domain.diagnosis.evidence import RepEvidence
from salescoach.domain.diagnosis.recommend import METRICS, SAMPLES
from salescoach.domain.diagnosis.rules import DEFAULT_RULES, Rule, Signal

Better = Literal["higher", "lower"]
EvidenceKind = Literal["deals", "calls", "activities", "results", "assessments"]

# What each sample of the rules counts (singular, plural), and which evidence it comes from.
SAMPLE_NOUNS: dict[str, tuple[str, str]] = {
    "lost_deals": ("lost deal", "lost deals"),
    "closed_deals": ("closed deal", "closed deals"),
    "decided_deals": (
        "closed deal that reached a deciding stage",
        "closed deals that reached a deciding stage",
    ),
    "calls": ("analysed sales call", "analysed sales calls"),
    "weeks": ("week with activity records", "weeks with activity records"),
    "periods": ("quarter with wins", "quarters with wins"),
    "assessments": ("self-assessment", "self-assessments"),
}
SAMPLE_KINDS: dict[str, EvidenceKind] = {
    "lost_deals": "deals",
    "closed_deals": "deals",
    "decided_deals": "deals",
    "calls": "calls",
    "weeks": "activities",
    "periods": "results",
    "assessments": "assessments",
}

# What a reading counts of each sample: the diagnosis's own counts. For time figures that is the
# weeks of the window that hold an activity record, so that a calendar kept for one week of
# twelve does not pass as twelve weeks of evidence.
PROGRESS_SAMPLES: dict[str, Callable[[RepEvidence], int]] = {
    **SAMPLES,
    "weeks": lambda rep: 0 if rep.time is None else rep.time.weeks_with_activity,
}


@dataclass(frozen=True)
class ProgressWindows:
    """How far back each reading of a learning goal's figure looks: a number of days ending on
    the reading's date, both ends counted. Activities keep the diagnosis's own `activity_weeks`
    and won amounts their last four quarters."""

    deals_days: int = 180  # deals closed in the window
    calls_days: int = 90  # analysed sales calls held in the window
    assessments_days: int = 180  # self-assessments submitted in the window
    activity_weeks: int = 12
    # Time figures are hours (or minutes) over the whole window, a week without records counting
    # as a week without time: a reading needs records in this share of the window's weeks (9 of
    # 12), so a holiday of up to three weeks passes and a calendar started within it does not.
    activity_weeks_share_needed: float = 0.75  # 0.0-1.0

    def needed(self, sample: str, minimum: int) -> int:
        """The least evidence a reading of a figure judged on `sample` needs: the rule's
        `minimum`; for weeks with activity records at least `activity_weeks_share_needed` of
        the window's weeks, rounded up."""
        if SAMPLE_KINDS.get(sample) != "activities":
            return minimum
        return max(minimum, math.ceil(self.activity_weeks * self.activity_weeks_share_needed))

    def since(self, kind: EvidenceKind, on: dt.date) -> dt.date | None:
        """The first day of the window of `kind` ending on `on`; None for the kinds with a window
        of their own (activities, results)."""
        days = {
            "deals": self.deals_days,
            "calls": self.calls_days,
            "assessments": self.assessments_days,
        }.get(kind)
        return None if days is None else on - dt.timedelta(days=days - 1)

    def describe(self, kind: EvidenceKind) -> str:
        """The window of `kind` in words, for the page."""
        return {
            "deals": f"deals closed in the {self.deals_days} days up to each date",
            "calls": f"analysed sales calls in the {self.calls_days} days up to each date",
            "activities": f"activities in the {self.activity_weeks} weeks up to each date",
            "results": "won amounts in the four quarters up to each date",
            "assessments": f"self-assessments in the {self.assessments_days} days up to each date",
        }[kind]


PROGRESS_WINDOWS = ProgressWindows()


def _signal(metric: str, rules: Sequence[Rule]) -> Signal | None:
    """The first signal of the rules that reads `metric`."""
    return next((s for rule in rules for s in rule.signals if s.metric == metric), None)


def area_of(metric: str, rules: Sequence[Rule] = DEFAULT_RULES) -> str | None:
    """The learning area of the first rule that reads `metric`; None for a figure no rule
    reads. A learning goal measured by the figure works on that area."""
    return next(
        (str(rule.area) for rule in rules for s in rule.signals if s.metric == metric), None
    )


def better_when(metric: str, rules: Sequence[Rule] = DEFAULT_RULES) -> Better | None:
    """Which way the figure should move: the opposite of the way the rules call it worse;
    None for a figure no rule reads."""
    signal = _signal(metric, rules)
    if signal is None:
        return None
    return "lower" if signal.worse == "higher" else "higher"


@dataclass(frozen=True)
class Reading:
    """A figure read on one date, with the evidence behind it."""

    on: dt.date
    value: float | None  # None when the evidence is short of `needed`, or carries no figure
    evidence: int  # units of evidence behind the reading (deals, calls, weeks…)
    needed: int  # the least evidence the figure is read from
    noun: tuple[str, str] = ("", "")  # the unit of evidence, singular and plural

    @property
    def enough(self) -> bool:
        """The evidence reaches `needed`."""
        return self.evidence >= self.needed

    @property
    def evidence_text(self) -> str:
        """The evidence in words: "14 closed deals", "1 self-assessment"; "" when the figure
        names no evidence."""
        singular, plural = self.noun
        if not plural:
            return ""
        return f"{self.evidence} {singular if self.evidence == 1 else plural}"


def read_figure(
    metric: str,
    evidence: RepEvidence | None,
    *,
    on: dt.date,
    rules: Sequence[Rule] = DEFAULT_RULES,
    windows: ProgressWindows = PROGRESS_WINDOWS,
) -> Reading:
    """The figure `metric` (a key of METRICS) from the evidence as it stood `on` a date, with the
    sample the rules judge it on (the first signal reading it: its `sample`, counted as
    PROGRESS_SAMPLES counts it, and its `min_sample`, raised for time figures by
    `ProgressWindows.needed`). Below that minimum there is no value: a share of three deals
    would mislead. No evidence (None) counts as none; a figure no rule reads needs no
    minimum."""
    signal = _signal(metric, rules)
    needed = 0 if signal is None else windows.needed(signal.sample, signal.min_sample)
    noun = ("", "") if signal is None else SAMPLE_NOUNS.get(signal.sample, ("", ""))
    if evidence is None:
        return Reading(on, None, 0, needed, noun)
    count = 0 if signal is None else PROGRESS_SAMPLES[signal.sample](evidence)
    value = METRICS[metric].read(evidence) if count >= needed else None
    return Reading(on, value, count, needed, noun)


def evidence_kind(metric: str, rules: Sequence[Rule] = DEFAULT_RULES) -> EvidenceKind | None:
    """Which evidence the figure is read from (deals, calls, activities, results,
    assessments); None for a figure no rule reads."""
    signal = _signal(metric, rules)
    return None if signal is None else SAMPLE_KINDS.get(signal.sample)


@dataclass(frozen=True)
class GoalProgress:
    """A learning goal's figure when it was agreed and now, and which way is better; or, when
    `withheld` says why, neither reading (the figure is not the viewer's to see)."""

    metric: str
    label: str
    unit: str
    start: Reading | None  # None only when withheld
    end: Reading | None  # None until a day after the goal was agreed, and when withheld
    better: Better | None
    window: str = ""  # what each reading covers, in words
    withheld: str = ""  # why the readings are left out; "" when they are shown

    @property
    def at_start(self) -> float | None:
        """The figure when the goal was agreed; None without enough evidence."""
        return None if self.start is None else self.start.value

    @property
    def now(self) -> float | None:
        """The figure now (or at the end of the goal's period); None without enough evidence
        or before there is a second reading."""
        return None if self.end is None else self.end.value

    @property
    def short_of_evidence(self) -> bool:
        """A reading holds less evidence than the figure needs."""
        if self.start is None:
            return False
        return not self.start.enough or (self.end is not None and not self.end.enough)

    @property
    def direction(self) -> Literal["better", "worse", "unchanged"] | None:
        """better / worse / unchanged from the start to now; None when either reading or the
        better direction is missing."""
        if self.at_start is None or self.now is None or self.better is None:
            return None
        if self.now == self.at_start:
            return "unchanged"
        rose = self.now > self.at_start
        return "better" if rose == (self.better == "higher") else "worse"


def measure_progress(
    metric: str,
    *,
    start: Reading,
    end: Reading | None,
    windows: ProgressWindows = PROGRESS_WINDOWS,
    rules: Sequence[Rule] = DEFAULT_RULES,
) -> GoalProgress:
    """The progress of a learning goal on `metric` from its two readings: the figure's label and
    unit, the better direction and the window the readings cover."""
    kind = evidence_kind(metric, rules)
    return GoalProgress(
        metric,
        METRICS[metric].label,
        METRICS[metric].unit,
        start,
        end,
        better_when(metric, rules),
        "" if kind is None else windows.describe(kind),
    )


def withhold_progress(
    metric: str,
    *,
    reason: str,
    windows: ProgressWindows = PROGRESS_WINDOWS,
    rules: Sequence[Rule] = DEFAULT_RULES,
) -> GoalProgress:
    """The progress of a learning goal on `metric` without its readings, saying why: what the
    figure is and which way is better, never its value nor the evidence behind it."""
    kind = evidence_kind(metric, rules)
    return GoalProgress(
        metric,
        METRICS[metric].label,
        METRICS[metric].unit,
        None,
        None,
        better_when(metric, rules),
        "" if kind is None else windows.describe(kind),
        withheld=reason,
    )
