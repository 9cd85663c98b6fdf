"""Small coaching histories for the board, quality, export and access tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.utils import timezone

from salescoach.coaching.models import CoachingSession, NoteVisibility
from salescoach.coaching.services import add_note, plan_session, record_session_held
from salescoach.org.access import viewer_for_person
from salescoach.org.models import Person
from salescoach.pipeline.models import Deal, Quota


def hold_session(
    manager: Person,
    rep: Person,
    *,
    days_ago: int,
    note: str = "",
    private_note: str = "",
    duration_min: int = 30,
    conversations: tuple[str, ...] = ("customers",),
) -> CoachingSession:
    """A session planned and recorded as held `days_ago` days ago, through the services."""
    viewer = viewer_for_person(manager)
    when = timezone.now() - dt.timedelta(days=days_ago)
    session = plan_session(viewer=viewer, rep_id=rep.pk, scheduled_for=when)
    record_session_held(
        viewer=viewer,
        session=session,
        duration_min=duration_min,
        conversations=list(conversations),
        held_at=when,
    )
    if note:
        add_note(viewer=viewer, session=session, text=note, visibility=NoteVisibility.SHARED)
    if private_note:
        add_note(
            viewer=viewer,
            session=session,
            text=private_note,
            visibility=NoteVisibility.MANAGER_ONLY,
        )
    return session


def plant_flat_results(rep: Person, *, today: dt.date, attainment: Decimal) -> None:
    """Twelve months with the same quota (10,000 a month) and the same won amount each month:
    results as flat as they get, and a quota that never rises."""
    month = dt.date(today.year, today.month, 1)
    for back in range(1, 13):
        index = month.year * 12 + month.month - 1 - back
        start = dt.date(index // 12, index % 12 + 1, 1)
        next_index = index + 1
        end = dt.date(next_index // 12, next_index % 12 + 1, 1) - dt.timedelta(days=1)
        Quota.objects.create(
            organization=rep.organization,
            person=rep,
            period_start=start,
            period_end=end,
            amount=Decimal(10000),
        )
        Deal.objects.create(
            organization=rep.organization,
            external_id=f"flat-{rep.pk}-{back}",
            name=f"Flat deal {back}",
            owner=rep,
            amount=Decimal(10000) * attainment,
            created_on=start,
            closed_on=start + dt.timedelta(days=10),
            outcome="won",
        )
