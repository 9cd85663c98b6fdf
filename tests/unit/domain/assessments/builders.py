"""A small test instrument as plain data, to vary one field at a time."""

from __future__ import annotations

import copy
from typing import Any

from salescoach.domain.assessments.instruments import Instrument, parse_instrument


def _bands(*cuts: tuple[str, int, int]) -> list[dict[str, Any]]:
    return [
        {"key": key, "from": low, "to": high, "label": key.title(), "guidance": f"{key} advice"}
        for key, low, high in cuts
    ]


LOW_HIGH = _bands(("low", 0, 50), ("high", 50, 100))


def drive_data(version: int = 1) -> dict[str, Any]:
    """Two dimensions on a 1..5 scale: focus (f1, f2 reversed, f3) and grit_free (g1), a
    choice item feeding a figure, an optional text prompt and an optional date."""
    return copy.deepcopy(
        {
            "key": "drive",
            "version": version,
            "title": "Drive",
            "audience": "rep",
            "intro": "A test instrument.",
            "scale": {
                "min": 1,
                "max": 5,
                "labels": [{"value": v, "label": f"point {v}"} for v in range(1, 6)],
            },
            "dimensions": [
                {"key": "focus", "title": "Focus", "description": "Staying on task."},
                {"key": "energy", "title": "Energy", "description": "Getting going."},
            ],
            "items": [
                {"key": "f1", "kind": "likert", "dimension": "focus", "text": "F one"},
                {"key": "f2", "kind": "likert", "dimension": "focus", "text": "F two",
                 "reverse": True},
                {"key": "f3", "kind": "likert", "dimension": "focus", "text": "F three"},
                {"key": "e1", "kind": "likert", "dimension": "energy", "text": "E one"},
                {"key": "share", "kind": "choice", "text": "Share?",
                 "options": [{"value": 20, "label": "20%"}, {"value": 60, "label": "60%"}]},
                {"key": "note", "kind": "text", "text": "Anything else?", "required": False},
                {"key": "when", "kind": "date", "text": "When?", "required": False},
            ],
            "scoring": {"method": "mean_rescaled", "overall": True,
                        "figures": {"share_pct": "share"}},
            "bands": {"focus": LOW_HIGH, "energy": LOW_HIGH, "overall": LOW_HIGH},
        }
    )  # fmt: skip


def drive(version: int = 1) -> Instrument:
    return parse_instrument(drive_data(version), source=f"drive.v{version}.yaml")
