"""The four sales checkpoints in order, their verdict, and the service-call steps."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from salescoach.domain.calls import lexicon as lx
from salescoach.domain.calls import screen as sc

CHECKPOINTS = ("need_admitted", "open_to_solution", "agrees_to_discuss", "decision_authority")
MISSING_CHECKPOINT = {
    "need_admitted": ("No need admitted: a weak prospect with no compelling reason to act yet."),
    "open_to_solution": (
        "A need was admitted but no openness to a solution: no disposition to change yet."
    ),
    "agrees_to_discuss": (
        "Open to a solution but no agreement to discuss ours: no disposition to buy from us yet."
    ),
    "decision_authority": (
        "Every checkpoint but authority: the contact may not be the one who decides."
    ),
}
ALL_REACHED = "All four checkpoints reached, in order."
# The need checkpoint is the first sentence marked as a need (Said.need); the others are read
# from their phrases.
_CHECKPOINT_PATTERNS: dict[str, tuple[re.Pattern[str], int]] = {
    "open_to_solution": (lx.OPEN_TO_SOLUTION, sc.OPEN_TO_SOLUTION),
    "agrees_to_discuss": (lx.AGREES_TO_DISCUSS, sc.AGREES_TO_DISCUSS),
    "decision_authority": (lx.DECISION_AUTHORITY, sc.DECISION_AUTHORITY),
}
SERVICE_STEP_NAMES = tuple(name for name, _ in lx.SERVICE_STEPS)


class Said(NamedTuple):
    """A sentence as the checkpoint search sees it: when, who, the words, lower-cased. (A named
    tuple: a call makes hundreds.)"""

    at_s: float
    speaker: str
    text: str
    lowered: str
    need: bool = False  # marked as a need (statements.is_need)
    bits: int = sc.ALL  # the patterns `lowered` could match (screen.PHRASES)


@dataclass(frozen=True, slots=True)
class Reached:
    """A checkpoint or step: whether it was reached, and the moment that shows it."""

    reached: bool
    at_s: float | None = None
    quote: str | None = None
    speaker: str | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "reached": self.reached,
            "at_s": None if self.at_s is None else round(self.at_s, 2),
            "quote": self.quote,
        }


NOT_REACHED = Reached(reached=False)


def find_checkpoints(customer: Sequence[Said]) -> tuple[dict[str, Reached], str]:
    """Each checkpoint is the first customer sentence matching its phrases (for the need,
    the first marked as a need) after the sentence of the checkpoint before it; once one is
    missing, the later ones are missing too. The verdict names what the first missing
    checkpoint means."""
    found: dict[str, Reached] = {}
    position = 0
    missing: str | None = None
    for key in CHECKPOINTS:
        hit = None
        if missing is None and key == "need_admitted":
            hit = next((i for i in range(position, len(customer)) if customer[i].need), None)
        elif missing is None:
            pattern, bit = _CHECKPOINT_PATTERNS[key]
            for index in range(position, len(customer)):
                if customer[index].bits & bit and pattern.search(customer[index].lowered):
                    hit = index
                    break
        if hit is None:
            found[key] = NOT_REACHED
            missing = missing or key
            continue
        said = customer[hit]
        found[key] = Reached(True, said.at_s, said.text, said.speaker)
        position = hit + 1
    return found, MISSING_CHECKPOINT[missing] if missing else ALL_REACHED


def find_service_steps(everyone: Sequence[Said]) -> dict[str, Reached]:
    """Understand → diagnose → resolve → confirm, each the first sentence (anyone's) matching
    its phrases after the last step found; a step not found does not block the next."""
    steps: dict[str, Reached] = {}
    position = 0
    for (name, pattern), bit in zip(lx.SERVICE_STEPS, sc.SERVICE_STEPS, strict=True):
        hit = next(
            (
                i
                for i in range(position, len(everyone))
                if everyone[i].bits & bit and pattern.search(everyone[i].lowered)
            ),
            None,
        )
        if hit is None:
            steps[name] = NOT_REACHED
            continue
        said = everyone[hit]
        steps[name] = Reached(True, said.at_s, said.text, said.speaker)
        position = hit + 1
    return steps
