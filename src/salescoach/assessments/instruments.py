"""The instrument catalogue, loaded and validated once per process."""

from __future__ import annotations

from functools import cache

from salescoach.domain.assessments.instruments import Catalogue, Instrument, load_instruments


@cache
def catalogue() -> Catalogue:
    """Every shipped instrument version; raises InstrumentSchemaError on a bad file."""
    return load_instruments()


def instruments_for(role: str) -> tuple[Instrument, ...]:
    """The latest version of every instrument a role fills in, in catalogue order."""
    latest = [catalogue().latest(key) for key in catalogue().keys()]  # noqa: SIM118 (a method, not a dict)
    return tuple(instrument for instrument in latest if instrument.audience == role)
