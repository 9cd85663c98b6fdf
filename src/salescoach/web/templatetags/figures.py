"""Template filters that print figures: shares as percentages, seconds, hours; a dash for none."""

from __future__ import annotations

from django import template

register = template.Library()


@register.filter
def pct(value: object, places: int = 0) -> str:
    """0.456 → "46%"; None (or anything not a number) → "—"."""
    if not isinstance(value, int | float):
        return "—"
    return f"{value * 100:.{places}f}%"


@register.filter
def num(value: object, places: int = 1) -> str:
    """4.25 → "4.3"; None (or anything not a number) → "—"."""
    if not isinstance(value, int | float):
        return "—"
    return f"{value:.{places}f}"


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
