"""Stage-to-stage conversion from stage history, stints in stages, norms and stalled deals."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from salescoach.domain.pipeline.conversion import (
    StageStint,
    StalledDeal,
    find_stalled_deals,
    furthest_stage_orders,
    measure_stage_conversion,
    stage_norms,
    stage_stints,
)
from salescoach.domain.pipeline.records import DealRecord
from tests.unit.domain.pipeline.builders import D0, STAGES, change, deal

THREE = STAGES[:3]  # Approach, Interview, Demonstrate


def test_a_deal_reaching_a_later_stage_counts_as_passing_the_earlier_ones() -> None:
    deals = [
        deal("A", "won", "Demonstrate"),
        deal("B", "lost", "Approach"),
        deal("C", "lost", "Interview"),
        deal("D", "open", "Interview"),  # still in Interview: not decided there
        deal("E", "lost", "Approach"),
    ]
    # E was in Demonstrate once (history), then moved back: its furthest stage is Demonstrate.
    changes = [change("A", "Approach", D0), change("E", "Demonstrate", D0)]
    assert furthest_stage_orders(deals, changes, THREE) == {"A": 3, "B": 1, "C": 2, "D": 2, "E": 3}
    first, second = measure_stage_conversion(deals, changes, THREE)
    # Approach: all five reached it; A, C, D, E reached Interview or beyond → 4 / 5.
    assert (first.stage, first.next_stage, first.reached, first.advanced) == (
        "Approach",
        "Interview",
        5,
        4,
    )
    assert first.rate == pytest.approx(0.8)
    # Interview: A, C, E decided there (D is open in it); A and E went on → 2 / 3.
    assert (second.reached, second.advanced) == (3, 2)
    assert second.rate == pytest.approx(2 / 3)


def test_a_stage_nobody_was_decided_at_has_no_rate() -> None:
    (row,) = measure_stage_conversion([deal("A", "open", "Approach")], [], STAGES[:2])
    assert (row.reached, row.rate) == (0, None)


def test_unknown_stages_in_history_are_ignored() -> None:
    assert furthest_stage_orders([deal("A", stage="Gone")], [change("A", "Lost", D0)], THREE) == {
        "A": 0
    }
    assert furthest_stage_orders([deal("A")], [change("Z", "Interview", D0)], THREE) == {"A": 1}


AS_OF = dt.date(2026, 3, 1)


def test_stints_run_from_one_stage_entry_to_the_next_or_to_close_or_to_the_as_of_date() -> None:
    deals = [
        deal("A", "won", "Interview", closed=dt.date(2026, 1, 25)),
        deal("B", "open", "Interview"),
        deal("C", "open", "Approach", created=dt.date(2026, 2, 20)),  # no history at all
        deal("L", "lost", "Approach", closed=dt.date(2026, 4, 1)),  # closes after as_of
    ]
    changes = [
        change("A", "Approach", dt.date(2026, 1, 1)),
        change("A", "Interview", dt.date(2026, 1, 11)),
        change("B", "Interview", dt.date(2026, 1, 1)),
        change("B", "Demonstrate", dt.date(2026, 3, 5)),  # after as_of: ignored
        change("L", "Approach", dt.date(2026, 2, 1)),
    ]
    assert stage_stints(deals, changes, as_of=AS_OF) == (
        StageStint("A", "Approach", dt.date(2026, 1, 1), 10, False),  # 1 → 11 Jan
        StageStint("A", "Interview", dt.date(2026, 1, 11), 14, False),  # 11 → 25 Jan (closed)
        StageStint("B", "Interview", dt.date(2026, 1, 1), 59, True),  # 31 + 28 days to 1 Mar
        StageStint("C", "Approach", dt.date(2026, 2, 20), 9, True),  # 20 Feb → 1 Mar
        StageStint("L", "Approach", dt.date(2026, 2, 1), 28, False),  # cut at as_of
    )


def test_a_closed_deal_without_a_close_date_is_measured_to_the_as_of_date() -> None:
    undated = DealRecord("X", "ana@acme.test", Decimal(1), D0, None, "Close", "won")
    (stint,) = stage_stints([undated], [change("X", "Close", dt.date(2026, 2, 27))], as_of=AS_OF)
    assert (stint.days, stint.ongoing) == (2, False)


def test_norms_are_medians_of_finished_stints_and_stalls_exceed_twice_the_norm() -> None:
    stints = [
        StageStint("A", "Interview", D0, 10, False),
        StageStint("B", "Interview", D0, 20, False),
        StageStint("C", "Interview", D0, 40, False),
        StageStint("D", "Interview", D0, 41, True),  # open: 41 > 2 × 20 → stalled
        StageStint("E", "Interview", D0, 40, True),  # exactly twice: not stalled
        StageStint("F", "Approach", D0, 0, False),
        StageStint("G", "Approach", D0, 5, True),  # norm 0 days flags nothing
        StageStint("H", "Close", D0, 99, True),  # no norm for Close
        StageStint("I", "Validate", D0, 3, False),
        StageStint("J", "Validate", D0, 9, True),  # 9 > 2 × 3, and further past its norm
    ]
    norms = stage_norms(stints)
    assert norms == {"Interview": 20.0, "Approach": 0.0, "Validate": 3.0}
    assert find_stalled_deals(stints, norms=norms) == (
        StalledDeal("J", "Validate", 9, 3.0, 3.0),
        StalledDeal("D", "Interview", 41, 20.0, 2.05),
    )
    assert find_stalled_deals(stints, norms=norms, factor=4.0) == ()
