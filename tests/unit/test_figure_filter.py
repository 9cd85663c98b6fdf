"""The figure filter prints each unit as a reader expects it."""

from __future__ import annotations

import pytest

from salescoach.web.templatetags.figures import figure


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        (0.434, "share", "43%"),  # 43.4 % rounds down
        (0.435, "share", "44%"),  # 43.5 → 44 (0.435 × 100 = 43.50000000000001)
        (53.2, "seconds", "53 s"),
        (11.24, "hours", "11.2 h"),
        (2.5, "count", "2.5"),
        (3.0, "count", "3"),
        (None, "share", "—"),
        ("", "share", "—"),
        ("n/a", "share", "n/a"),
    ],
)
def test_figures_print_in_their_unit(value: object, unit: str, expected: str) -> None:
    assert figure(value, unit) == expected
