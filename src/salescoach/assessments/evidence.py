"""Coaching-record figures for the maturity comparison, supplied by the coaching app.

Assessments sits below coaching in the app layers, so it cannot read coaching sessions itself.
The coaching app registers a function at start-up (`provide_coaching_evidence`) that computes
the figures; without one, the maturity page says that no coaching records are available.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class CoachingRecordFigures:
    """What the coaching records of one organisation show over a recent window."""

    window_days: int
    managers: int  # managers in the organisation
    sessions_held: int  # coaching sessions held in the window
    sessions_per_manager_month: float  # sessions held per manager per 30 days
    has_defined_process: bool  # coaching guides exist for the sales process
    guide_share: float  # share of held sessions run from a prepared agenda, 0..1
    managers_measured: bool  # whether the records show managers measured on coaching

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


EvidenceSource = Callable[[int, dt.date], CoachingRecordFigures]
_sources: list[EvidenceSource] = []


def provide_coaching_evidence(source: EvidenceSource) -> None:
    """Register the function that computes the figures (organisation id, today) → figures."""
    _sources[:] = [source]


def coaching_evidence(organization_id: int, today: dt.date) -> CoachingRecordFigures | None:
    """The registered figures for an organisation, or None when no source is registered."""
    return _sources[0](organization_id, today) if _sources else None
