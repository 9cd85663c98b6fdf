"""Filters that print coaching figures: shares as percentages, missing values as a dash."""

from __future__ import annotations

from django import template

register = template.Library()


@register.filter
def pct(value: float | None, places: int = 0) -> str:
    """0.456 → "46%"; None → "—"."""
    if value is None:
        return "—"
    return f"{value * 100:.{places}f}%"


@register.filter
def num(value: float | None, places: int = 1) -> str:
    """4.25 → "4.3"; None → "—"."""
    if value is None:
        return "—"
    return f"{value:.{places}f}"
