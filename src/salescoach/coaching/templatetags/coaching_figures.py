"""Filters that print coaching figures: shares as percentages, missing values as a dash."""

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
