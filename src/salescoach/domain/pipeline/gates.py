"""The two-sided gate rule: past a gate only when seller and customer both have evidence."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

Side = Literal["seller", "customer"]


@dataclass(frozen=True)
class GateDef:
    """A gate of the sales process: what the seller must do and the customer must confirm."""

    gate_id: str
    stage: str  # the stage the gate closes
    seller_step: str = ""  # e.g. "sent a needs-analysis summary"
    customer_step: str = ""  # e.g. "the key stakeholder replied confirming it"


@dataclass(frozen=True)
class GateProgress:
    """How far a deal got through its gates, in process order.

    `passed`: the gates counted as passed — the longest run from the first gate in which every
    gate has both sides evidenced. `furthest`: the last of those (None when not even the first).
    `one_sided`: gates with evidence on one side only. `out_of_order`: gates with both sides
    evidenced that do not count because an earlier gate is not passed."""

    passed: tuple[str, ...]
    furthest: str | None
    one_sided: tuple[str, ...]
    out_of_order: tuple[str, ...]


def is_gate_passed(*, seller_evidence: bool, customer_evidence: bool) -> bool:
    """True only when the seller's step and the customer's confirmation are both evidenced."""
    return seller_evidence and customer_evidence


def gates_passed(gates: Sequence[GateDef], evidence: Iterable[tuple[str, Side]]) -> GateProgress:
    """Apply the two-sided rule to each gate, then count gates only up to the first gap.

    `evidence` holds (gate_id, side) pairs; repeats and gates not in `gates` are ignored."""
    sides: dict[str, set[str]] = {}
    for gate_id, side in evidence:
        sides.setdefault(gate_id, set()).add(side)
    passed: list[str] = []
    one_sided: list[str] = []
    out_of_order: list[str] = []
    gap = False
    for gate in gates:
        have = sides.get(gate.gate_id, set())
        both = is_gate_passed(
            seller_evidence="seller" in have, customer_evidence="customer" in have
        )
        if not both:
            gap = True
            if have:
                one_sided.append(gate.gate_id)
        elif gap:
            out_of_order.append(gate.gate_id)
        else:
            passed.append(gate.gate_id)
    return GateProgress(
        passed=tuple(passed),
        furthest=passed[-1] if passed else None,
        one_sided=tuple(one_sided),
        out_of_order=tuple(out_of_order),
    )
