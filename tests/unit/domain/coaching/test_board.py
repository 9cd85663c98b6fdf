"""Who to coach next: urgency points from overdue commitments, waiting time and flags."""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import given
from hypothesis import strategies as st

from salescoach.domain.coaching.board import RepBoardRow, next_to_coach

D = dt.date
AS_OF = D(2026, 3, 10)

ROWS = [
    RepBoardRow("ann", D(2026, 3, 1)),  # 9 days: within the 14-day cadence → 0
    RepBoardRow("bob", D(2026, 2, 1), overdue_commitments=2),  # 20 + (37 − 14) = 43
    RepBoardRow("cat", None, flags=("limited_performance",), next_session_on=D(2026, 3, 12)),
    # cat: never coached 45 + flag 20 − booked 10 = 55
    RepBoardRow("dan", D(2025, 10, 1), overdue_commitments=5, flags=("custom flag",)),
    # dan: 3 × 10 (at most three counted) + min(160 − 14, 45) + 20 = 95
    RepBoardRow("eve", D(2026, 2, 24), overdue_commitments=1),  # 14 days is not late: 10
    RepBoardRow("fay", None),  # 45
    RepBoardRow("gus", D(2026, 1, 10)),  # min(59 − 14, 45) = 45: ties with fay
]


def test_reps_are_ranked_by_points_by_hand() -> None:
    ranked = next_to_coach(ROWS, as_of=AS_OF)
    assert [(p.rep, p.points) for p in ranked] == [
        ("dan", 95), ("cat", 55), ("fay", 45), ("gus", 45), ("bob", 43), ("eve", 10), ("ann", 0),
    ]  # fmt: skip


def test_each_rank_says_why() -> None:
    by_rep = {p.rep: p for p in next_to_coach(ROWS, as_of=AS_OF)}
    assert by_rep["bob"].reasons == ("2 overdue commitments", "37 days since the last session")
    assert by_rep["cat"].reasons == (
        "no coaching session on record",
        "results have plateaued and nobody is stretching them",
        "a session is booked for 2026-03-12",
    )
    assert by_rep["dan"].reasons[-1] == "custom flag"
    assert by_rep["eve"].reasons == ("1 overdue commitment",)
    assert by_rep["ann"].reasons == ("nothing pressing",)
    assert by_rep["ann"].days_since_last_session == 9
    assert by_rep["fay"].days_since_last_session is None
    assert by_rep["bob"].to_json()["points"] == 43


def test_a_booking_only_counts_within_the_cadence_and_points_never_go_negative() -> None:
    late = RepBoardRow("hal", None, next_session_on=D(2026, 4, 30))
    past = RepBoardRow("ivy", None, next_session_on=D(2026, 3, 1))
    soon = RepBoardRow("jo", D(2026, 3, 9), next_session_on=D(2026, 3, 10))
    by_rep = {p.rep: p for p in next_to_coach([late, past, soon], as_of=AS_OF)}
    assert by_rep["hal"].points == 45
    assert by_rep["ivy"].points == 45
    assert by_rep["jo"].points == 0
    assert by_rep["jo"].reasons == ("a session is booked for 2026-03-10",)


@given(
    st.lists(
        st.builds(
            RepBoardRow,
            rep=st.text(min_size=1, max_size=3),
            last_session_on=st.none() | st.dates(D(2025, 1, 1), D(2026, 3, 10)),
            overdue_commitments=st.integers(0, 9),
            flags=st.lists(st.sampled_from(["limited_performance", "x"]), max_size=2).map(tuple),
            next_session_on=st.none() | st.dates(D(2026, 1, 1), D(2026, 6, 1)),
        ),
        max_size=8,
    )
)
def test_points_are_never_negative_and_the_ranking_never_rises(rows: list[RepBoardRow]) -> None:
    ranked = next_to_coach(rows, as_of=AS_OF)
    assert len(ranked) == len(rows)
    assert all(p.points >= 0 and p.reasons for p in ranked)
    assert all(a.points >= b.points for a, b in itertools.pairwise(ranked))
