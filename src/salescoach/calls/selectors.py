"""Reads of calls and their analyses, always through the access layer."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from salescoach.calls.models import Call
from salescoach.org.access import Viewer, get_or_404, restrict
from salescoach.org.models import Organization, Person, Role


def visible_calls(
    *, viewer: Viewer, owner_id: int | None = None, deal_id: int | None = None, search: str = ""
) -> QuerySet[Call]:
    """Calls the viewer may see, newest first, with their analyses."""
    calls = restrict(Call.objects.select_related("owner", "deal", "analysis"), viewer)
    if owner_id is not None:
        calls = calls.filter(owner_id=owner_id)
    if deal_id is not None:
        calls = calls.filter(deal_id=deal_id)
    if search:
        calls = calls.filter(Q(title__icontains=search) | Q(owner__name__icontains=search))
    return calls.defer("cues").order_by("-occurred_at", "-pk")


def get_call_for_viewer(*, viewer: Viewer, pk: int) -> Call:
    """One call with its transcript and analysis; 404 when missing or out of scope."""
    return get_or_404(Call.objects.select_related("owner", "deal", "analysis"), viewer, pk=pk)


def people_who_sell(*, organization: Organization) -> QuerySet[Person]:
    """The organisation's reps and managers, whose names identify the seller in a transcript."""
    return Person.objects.filter(
        organization=organization, role__in=[Role.REP, Role.MANAGER], is_active=True
    )


def calls_needing_analysis(
    *, version: str, organization: Organization | None = None
) -> QuerySet[Call]:
    """Calls without an analysis, or analysed by another analyser version."""
    calls = Call.objects.exclude(analysis__analyzer_version=version)
    if organization is not None:
        calls = calls.filter(organization=organization)
    return calls.order_by("pk")
