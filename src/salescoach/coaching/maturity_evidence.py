"""The coaching-record figures that set an organisation's maturity placement in context.

Registered with the assessments app at start-up (see `CoachingConfig.ready`), which sits below
coaching and cannot read sessions itself. Operator read: the caller checks who may see it.
"""

from __future__ import annotations

import datetime as dt

from salescoach.assessments.evidence import CoachingRecordFigures
from salescoach.coaching.models import CoachingGuide, CoachingSession, SessionStatus
from salescoach.org.models import Person, Role

WINDOW_DAYS = 90


def coaching_record_figures(organization_id: int, today: dt.date) -> CoachingRecordFigures:
    """Over the last WINDOW_DAYS days: sessions held, per manager per 30 days; whether coaching
    guides exist (a defined process); the share of held sessions run from a prepared agenda
    (following the process). Whether managers are measured on coaching is not recorded in
    salescoach, so it is reported as not shown by the records."""
    start = today - dt.timedelta(days=WINDOW_DAYS)
    managers = Person.objects.filter(
        organization_id=organization_id, role=Role.MANAGER, is_active=True
    ).count()
    held = CoachingSession.objects.filter(
        organization_id=organization_id,
        status=SessionStatus.HELD,
        held_at__date__gt=start,
        held_at__date__lte=today,
    )
    sessions = held.count()
    with_agenda = sum(1 for agenda in held.values_list("agenda", flat=True) if agenda)
    per_month = sessions / managers / (WINDOW_DAYS / 30) if managers else 0.0
    return CoachingRecordFigures(
        window_days=WINDOW_DAYS,
        managers=managers,
        sessions_held=sessions,
        sessions_per_manager_month=round(per_month, 2),
        has_defined_process=CoachingGuide.objects.filter(organization_id=organization_id).exists(),
        guide_share=round(with_agenda / sessions, 3) if sessions else 0.0,
        managers_measured=False,
    )
