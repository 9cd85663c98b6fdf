"""The manager's team board: which rep to coach next, and why."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

POINTS_PER_OVERDUE = 10  # per overdue commitment …
MAX_OVERDUE_COUNTED = 3  # … counting at most this many
MAX_WAIT_POINTS = 45  # one point per day past the cadence, up to this; never coached scores it
POINTS_PER_FLAG = 20
BOOKED_RELIEF = 10  # a session already booked within the cadence lowers the urgency

FLAG_LABELS: dict[str, str] = {
    "limited_performance": "results have plateaued and nobody is stretching them",
    "new_recommendation": "a new learning recommendation is waiting to be agreed",
}


@dataclass(frozen=True)
class RepBoardRow:
    """What the board knows about one rep."""

    rep: str
    last_session_on: dt.date | None
    overdue_commitments: int = 0
    flags: tuple[str, ...] = ()  # e.g. "limited_performance"
    next_session_on: dt.date | None = None


@dataclass(frozen=True)
class CoachingPriority:
    """A rep's place in the queue: urgency points (higher first) and the reasons."""

    rep: str
    points: int
    reasons: tuple[str, ...]
    days_since_last_session: int | None  # None: never coached

    def to_json(self) -> dict[str, Any]:
        return {
            "rep": self.rep,
            "points": self.points,
            "reasons": list(self.reasons),
            "days_since_last_session": self.days_since_last_session,
        }


def _priority(row: RepBoardRow, *, as_of: dt.date, cadence_days: int) -> CoachingPriority:
    points = 0
    reasons: list[str] = []
    if row.overdue_commitments:
        points += POINTS_PER_OVERDUE * min(row.overdue_commitments, MAX_OVERDUE_COUNTED)
        plural = "s" if row.overdue_commitments > 1 else ""
        reasons.append(f"{row.overdue_commitments} overdue commitment{plural}")
    days = None if row.last_session_on is None else (as_of - row.last_session_on).days
    if days is None:
        points += MAX_WAIT_POINTS
        reasons.append("no coaching session on record")
    elif days > cadence_days:
        points += min(days - cadence_days, MAX_WAIT_POINTS)
        reasons.append(f"{days} days since the last session")
    for flag in row.flags:
        points += POINTS_PER_FLAG
        reasons.append(FLAG_LABELS.get(flag, flag))
    booked = row.next_session_on
    if booked is not None and as_of <= booked <= as_of + dt.timedelta(days=cadence_days):
        points = max(0, points - BOOKED_RELIEF)
        reasons.append(f"a session is booked for {booked.isoformat()}")
    return CoachingPriority(row.rep, points, tuple(reasons) or ("nothing pressing",), days)


def next_to_coach(
    reps: Sequence[RepBoardRow], *, as_of: dt.date, cadence_days: int = 14
) -> tuple[CoachingPriority, ...]:
    """Rank reps by urgency points: 10 per overdue commitment (at most 3 counted); one per day
    since the last session beyond `cadence_days` (at most 45; never coached scores 45); 20 per
    flag; minus 10 when a session is already booked within `cadence_days`. Ties go to the rep
    waiting longest (never coached first), then by name."""
    ranked = [_priority(row, as_of=as_of, cadence_days=cadence_days) for row in reps]
    return tuple(
        sorted(
            ranked,
            key=lambda p: (
                -p.points,
                -(p.days_since_last_session if p.days_since_last_session is not None else 10**6),
                p.rep,
            ),
        )
    )
