"""How a learning goal's evidence figure moved between the day it was agreed and now."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from salescoach.domain.diagnosis.rules import DEFAULT_RULES, Rule

Better = Literal["higher", "lower"]


def better_when(metric: str, rules: Sequence[Rule] = DEFAULT_RULES) -> Better | None:
    """Which way the figure should move: the opposite of the way the rules call it worse;
    None for a figure no rule reads."""
    for rule in rules:
        for signal in rule.signals:
            if signal.metric == metric:
                return "lower" if signal.worse == "higher" else "higher"
    return None


@dataclass(frozen=True)
class GoalProgress:
    """A learning goal's figure when it was agreed and now, and which way is better."""

    metric: str
    label: str
    unit: str
    at_start: float | None
    now: float | None
    better: Better | None

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
