"""The instrument catalogue, loaded and validated once per process."""

from __future__ import annotations

from functools import cache

from django.conf import settings

from salescoach.domain.assessments.instruments import (
    DATA_PACKAGE,
    Catalogue,
    Instrument,
    load_instruments,
)


@cache
def catalogue() -> Catalogue:
    """Every instrument version of the package named by the setting
    SALESCOACH_INSTRUMENTS_PACKAGE (default: the shipped files); raises InstrumentSchemaError,
    naming the file and field, on a bad file."""
    return load_instruments(getattr(settings, "SALESCOACH_INSTRUMENTS_PACKAGE", DATA_PACKAGE))


def instruments_for(role: str) -> tuple[Instrument, ...]:
    """The latest version of every instrument a role fills in, in catalogue order."""
    latest = [catalogue().latest(key) for key in catalogue().keys()]  # noqa: SIM118 (a method, not a dict)
    return tuple(instrument for instrument in latest if instrument.audience == role)
