"""Stage-to-stage conversion and stalls: how far deals get, and where they sit too long."""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import NamedTuple

from salescoach.domain.pipeline.records import DealRecord, StageChangeRecord, StageDef

STALL_FACTOR = 2.0  # a deal stalls when it has sat in a stage longer than twice the norm


@dataclass(frozen=True)
class StageConversion:
    """Of the deals decided at a stage, how many reached the next one."""

    stage: str
    next_stage: str
    reached: int  # deals that reached `stage` and are no longer sitting there open
    advanced: int  # of those, deals that reached `next_stage` (or any later stage)

    @property
    def rate(self) -> float | None:
        """advanced / reached, 0..1; None when no deal was decided at the stage."""
        return self.advanced / self.reached if self.reached else None


def furthest_stage_orders(
    deals: Iterable[DealRecord],
    changes: Iterable[StageChangeRecord],
    stages: Sequence[StageDef],
) -> dict[str, int]:
    """Deal id → the highest stage order the deal ever entered, from its stage history and its
    current stage; stages not in `stages` are ignored (0 when none is known)."""
    order = {s.name: s.order for s in stages}
    furthest = {d.deal_id: order.get(d.stage, 0) for d in deals}
    for change in changes:
        if change.deal_id in furthest:
            furthest[change.deal_id] = max(furthest[change.deal_id], order.get(change.stage, 0))
    return furthest


def measure_stage_conversion(
    deals: Sequence[DealRecord],
    changes: Iterable[StageChangeRecord],
    stages: Sequence[StageDef],
) -> tuple[StageConversion, ...]:
    """For each stage but the last, in process order: of the deals that reached it, the share
    that reached the next stage (0..1). A deal that reached a later stage counts as having
    passed every earlier one, even when its history skips stages. An open deal still sitting in
    a stage is left out of that stage's count: its fate there is not known yet."""
    furthest = furthest_stage_orders(deals, changes, stages)
    ordered = sorted(stages, key=lambda s: s.order)
    rows = []
    for here, following in pairwise(ordered):
        reached = advanced = 0
        for deal in deals:
            top = furthest[deal.deal_id]
            if top < here.order or (deal.outcome == "open" and top == here.order):
                continue
            reached += 1
            advanced += top >= following.order
        rows.append(StageConversion(here.name, following.name, reached, advanced))
    return tuple(rows)


class StageStint(NamedTuple):
    """A stretch a deal spent in one stage, in whole calendar days. A named tuple rather than
    a frozen dataclass: the analytics page makes one per stage of every deal on each request,
    and a tuple is made in a tenth of the time."""

    deal_id: str
    stage: str
    entered_on: dt.date
    days: int
    ongoing: bool  # the deal is open and still in this stage on the as-of date


def stage_stints(
    deals: Iterable[DealRecord], changes: Iterable[StageChangeRecord], *, as_of: dt.date
) -> tuple[StageStint, ...]:
    """Each deal's stints: from entering a stage to entering the next, to closing, or (open
    deals) to `as_of`; counted in calendar days between the dates. A deal without any stage
    history is taken to have sat in its current stage since it was created. History entered
    after `as_of` is ignored."""
    entries: dict[str, list[tuple[dt.datetime, str]]] = {}
    for change in changes:
        if change.entered_at.date() <= as_of:
            entries.setdefault(change.deal_id, []).append((change.entered_at, change.stage))
    stints = []
    for deal in deals:
        history = [(at.date(), stage) for at, stage in sorted(entries.get(deal.deal_id, []))]
        if not history:
            history = [(deal.created_on, deal.stage)]
        for (start, stage), (end, _) in pairwise(history):
            stints.append(StageStint(deal.deal_id, stage, start, (end - start).days, False))
        start, stage = history[-1]
        ongoing = deal.outcome == "open"
        end = as_of if ongoing or deal.closed_on is None else min(deal.closed_on, as_of)
        stints.append(StageStint(deal.deal_id, stage, start, max(0, (end - start).days), ongoing))
    return tuple(stints)


def stage_norms(stints: Iterable[StageStint]) -> dict[str, float]:
    """Stage → median days of the finished stints in it (the organisation's norm when the
    stints are the organisation's). Ongoing stints are left out: they are not over yet."""
    days: dict[str, list[int]] = {}
    for stint in stints:
        if not stint.ongoing:
            days.setdefault(stint.stage, []).append(stint.days)
    return {stage: float(statistics.median(values)) for stage, values in days.items()}


@dataclass(frozen=True)
class StalledDeal:
    """An open deal that has sat in its stage much longer than the norm for that stage."""

    deal_id: str
    stage: str
    days_in_stage: int
    norm_days: float  # median days of finished stints in this stage
    ratio: float  # days_in_stage / norm_days


def find_stalled_deals(
    stints: Iterable[StageStint],
    *,
    norms: Mapping[str, float],
    factor: float = STALL_FACTOR,
) -> tuple[StalledDeal, ...]:
    """Ongoing stints longer than `factor` × the stage's norm, longest relative to the norm
    first. Stages without a norm, or with a norm of 0 days, flag nothing."""
    stalled = [
        StalledDeal(s.deal_id, s.stage, s.days, norm, s.days / norm)
        for s in stints
        if s.ongoing and (norm := norms.get(s.stage, 0.0)) > 0 and s.days > factor * norm
    ]
    return tuple(sorted(stalled, key=lambda d: (-d.ratio, d.deal_id)))
