"""Records refuse impossible outcomes; the two-sided gate rule and gate ordering."""

from __future__ import annotations

import pytest

from salescoach.domain.pipeline.gates import GateDef, GateProgress, gates_passed, is_gate_passed
from tests.unit.domain.pipeline.builders import deal


def test_a_deal_with_an_unknown_outcome_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown outcome 'maybe'"):
        deal("D1", "maybe")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("category", "history", "expected"),
    [
        ("commit", (), True),
        ("best_case", (), True),
        ("closed", ("pipeline", "commit"), True),  # committed at some point before closing
        ("closed", ("pipeline", "omitted"), False),
        ("pipeline", (), False),
    ],
)
def test_a_deal_was_forecast_when_commit_or_best_case_at_close_or_before(
    category: str, history: tuple[str, ...], expected: bool
) -> None:
    assert deal("D1", forecast=category, history=history).was_forecast is expected


@pytest.mark.parametrize(
    ("seller", "customer", "expected"),
    [(True, True, True), (True, False, False), (False, True, False), (False, False, False)],
)
def test_a_gate_is_passed_only_with_evidence_on_both_sides(
    seller: bool, customer: bool, expected: bool
) -> None:
    assert is_gate_passed(seller_evidence=seller, customer_evidence=customer) is expected


GATES = (GateDef("g1", "Interview"), GateDef("g2", "Demonstrate"), GateDef("g3", "Validate"))


@pytest.mark.parametrize(
    ("evidence", "expected"),
    [
        ([], GateProgress((), None, (), ())),
        ([("g1", "seller")], GateProgress((), None, ("g1",), ())),
        (
            [("g1", "seller"), ("g1", "customer"), ("g2", "customer")],
            GateProgress(("g1",), "g1", ("g2",), ()),
        ),
        # g3 has both sides but g2 has none: g3 does not count, the furthest stays g1.
        (
            [("g1", "seller"), ("g1", "customer"), ("g3", "seller"), ("g3", "customer")],
            GateProgress(("g1",), "g1", (), ("g3",)),
        ),
        (
            [(g, side) for g in ("g1", "g2", "g3") for side in ("seller", "customer")]
            + [("g1", "seller"), ("unknown", "seller")],  # repeats and strangers are ignored
            GateProgress(("g1", "g2", "g3"), "g3", (), ()),
        ),
    ],
)
def test_gates_count_only_up_to_the_first_gate_missing_a_side(
    evidence: list[tuple[str, str]], expected: GateProgress
) -> None:
    assert gates_passed(GATES, evidence) == expected  # type: ignore[arg-type]
