"""Options the `salescoach` commands share: which organisation, and as of which day."""

from __future__ import annotations

import datetime as dt

from django.core.management.base import CommandError
from django.utils import timezone

from salescoach.org.models import Organization
from salescoach.org.selectors import get_organization, only_organization


def organization_option(slug: str | None) -> Organization:
    """The organisation `--org` names, or the only one when it is not given."""
    org = get_organization(slug=slug) if slug else only_organization()
    if org is None:
        raise CommandError(
            f"--org: no organisation '{slug}'"
            if slug
            else "--org is needed: there is not exactly one organisation"
        )
    return org


def as_of_option(value: str | None) -> dt.date:
    """The day `--as-of` names (YYYY-MM-DD), else today."""
    if not value:
        return timezone.localdate()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"--as-of: '{value}' is not a date like 2026-11-01") from None
