"""Template filters that print a figure in its unit: shares as percentages, seconds, hours."""

from __future__ import annotations

from django import template

register = template.Library()


@register.filter
def figure(value: object, unit: str = "") -> str:
    """A figure for reading: `share` 0.434 → "43%", `seconds` 53.2 → "53 s", `hours` 11.24 →
    "11.2 h", `count` 2.5 → "2.5"; "—" when there is none."""
    if value is None or value == "" or isinstance(value, bool):
        return "—"
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return str(value)
    if unit == "share":
        return f"{number * 100:.0f}%"
    if unit == "seconds":
        return f"{number:.0f} s"
    if unit == "hours":
        return f"{number:.1f} h"
    if number == int(number):
        return str(int(number))
    return f"{number:.1f}"
