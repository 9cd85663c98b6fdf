"""How a person's week is spent: customer-facing selling time, internal time, fragmentation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter
from typing import TypeVar

from salescoach.domain.pipeline.records import ActivityRecord

SHORT_BLOCK_MIN = 30  # a block of scheduled time shorter than this is a fragment

PersonKey = TypeVar("PersonKey", bound=Hashable)


@dataclass(frozen=True)
class TimeAllocation:
    """Scheduled time over a period, split by customer-facing and internal, and how chopped up.

    Customer and internal minutes add up each activity's own duration (two overlapping
    activities both count); scheduled and short-block minutes count clock time once."""

    weeks: float  # length of the period in weeks (days / 7)
    customer_min: float
    internal_min: float
    short_block_min: float  # minutes in blocks shorter than 30 minutes
    scheduled_min: float  # minutes covered by any activity (overlaps counted once)

    @property
    def customer_hours_per_week(self) -> float:
        """Customer-facing scheduled hours per week of the period (h/week, ≥ 0)."""
        return self.customer_min / 60 / self.weeks if self.weeks > 0 else 0.0

    @property
    def internal_hours_per_week(self) -> float:
        """Internal (not customer-facing) scheduled hours per week of the period (h/week)."""
        return self.internal_min / 60 / self.weeks if self.weeks > 0 else 0.0

    @property
    def fragmentation(self) -> float | None:
        """Minutes in blocks shorter than 30 min / all scheduled minutes, 0..1; None when
        nothing was scheduled."""
        return self.short_block_min / self.scheduled_min if self.scheduled_min > 0 else None

    @property
    def customer_share(self) -> float | None:
        """Customer-facing minutes / (customer-facing + internal minutes), 0..1."""
        total = self.customer_min + self.internal_min
        return self.customer_min / total if total > 0 else None


def merge_blocks(
    spans: Iterable[tuple[dt.datetime, dt.datetime]],
) -> list[tuple[dt.datetime, dt.datetime]]:
    """Merge overlapping or touching (end == next start) time spans into blocks, in order."""
    blocks: list[tuple[dt.datetime, dt.datetime]] = []
    for start, end in sorted(spans):
        if blocks and start <= blocks[-1][1]:
            blocks[-1] = (blocks[-1][0], max(blocks[-1][1], end))
        else:
            blocks.append((start, end))
    return blocks


def allocate_time(
    activities: Iterable[ActivityRecord], *, start: dt.date, end: dt.date
) -> TimeAllocation:
    """Activities that start on a day in [start, end] (both included, by the date of their own
    start time); activities without a positive duration are ignored.

    Fragmentation: per day, overlapping or touching activities merge into one block; every
    minute of a block shorter than 30 minutes counts as fragmented; fragmentation = fragmented
    minutes / all scheduled minutes. An activity crossing midnight belongs to its start day."""
    by_day: dict[dt.date, list[tuple[dt.datetime, dt.datetime]]] = {}
    customer = internal = 0.0
    for activity in activities:
        day = activity.occurred_at.date()
        if not start <= day <= end or activity.duration_min <= 0:
            continue
        if activity.customer_facing:
            customer += activity.duration_min
        else:
            internal += activity.duration_min
        finish = activity.occurred_at + dt.timedelta(minutes=activity.duration_min)
        by_day.setdefault(day, []).append((activity.occurred_at, finish))
    short = scheduled = 0.0
    for spans in by_day.values():
        for block_start, block_end in merge_blocks(spans):
            minutes = (block_end - block_start).total_seconds() / 60
            scheduled += minutes
            short += minutes if minutes < SHORT_BLOCK_MIN else 0.0
    weeks = max(0, (end - start).days + 1) / 7
    return TimeAllocation(weeks, customer, internal, short, scheduled)


class UnsortedActivitiesError(ValueError):
    """Rows for `allocate_time_by_person` came out of order (by person, then start)."""


def allocate_time_by_person(
    rows: Iterable[tuple[PersonKey, dt.datetime, int, bool]], *, start: dt.date, end: dt.date
) -> dict[PersonKey, TimeAllocation]:
    """`allocate_time` for many people in one pass: person → their allocation over [start, end].

    Rows are (person, start moment, duration in minutes, customer-facing), each person's rows
    together and in order of their start moment (the order an index on person and moment
    gives); rows out of that order raise `UnsortedActivitiesError`. Every person with a row
    is in the answer, in the order they come, even when none of their rows falls in the period
    (as `allocate_time` over that person's rows would answer). The figures are those of
    `allocate_time` over each person's rows; blocks are added up in the order of their days."""
    weeks = max(0, (end - start).days + 1) / 7
    lengths: dict[int, dt.timedelta] = {}  # one timedelta per distinct duration
    answer: dict[PersonKey, TimeAllocation] = {}
    for person, own in groupby(rows, key=itemgetter(0)):
        if person in answer:
            raise UnsortedActivitiesError(f"the rows of {person!r} are not together")
        answer[person] = _allocate_in_order(own, start, end, weeks, lengths)
    return answer


def _allocate_in_order(
    rows: Iterable[tuple[object, dt.datetime, int, bool]],
    start: dt.date,
    end: dt.date,
    weeks: float,
    lengths: dict[int, dt.timedelta],
) -> TimeAllocation:
    """One person's allocation from their rows in order of time: each block is merged while
    the rows come, as `merge_blocks` would merge the day's spans once sorted."""
    customer = internal = 0.0
    blocks: list[tuple[dt.date, dt.datetime, dt.datetime]] = []  # (day, start, end), in order
    previous: dt.datetime | None = None
    for _, at, duration_min, facing in rows:
        if previous is not None and at < previous:
            raise UnsortedActivitiesError("rows are not in order of time")
        previous = at
        day = at.date()
        if not start <= day <= end or duration_min <= 0:
            continue
        if facing:
            customer += duration_min
        else:
            internal += duration_min
        length = lengths.get(duration_min)
        if length is None:
            length = lengths[duration_min] = dt.timedelta(minutes=duration_min)
        finish = at + length
        if blocks:
            block_day, block_start, block_end = blocks[-1]
            if block_day == day and at <= block_end:
                if finish > block_end:
                    blocks[-1] = (day, block_start, finish)
                continue
        blocks.append((day, at, finish))
    short = scheduled = 0.0
    for _, block_start, block_end in blocks:
        minutes = (block_end - block_start).total_seconds() / 60
        scheduled += minutes
        short += minutes if minutes < SHORT_BLOCK_MIN else 0.0
    return TimeAllocation(weeks, customer, internal, short, scheduled)
