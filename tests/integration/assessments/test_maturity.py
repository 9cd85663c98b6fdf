"""The organisation's maturity placement beside the figures from its coaching records."""

from __future__ import annotations

import datetime as dt

from django.test import Client
from django.utils import timezone

from salescoach.assessments import selectors
from salescoach.coaching.models import CoachingGuide, CoachingSession, SessionStatus
from salescoach.org.access import viewer_for_person
from salescoach.pipeline.models import Stage
from tests.integration.assessments.answer_sheets import submit
from tests.world import World


def _held(world: World, rep: str, manager: str, days_ago: int, agenda: dict[str, object]) -> None:
    when = timezone.now() - dt.timedelta(days=days_ago)
    CoachingSession.objects.create(
        organization=world.orgs["A"],
        manager=world.people[manager],
        rep=world.people[rep],
        scheduled_for=when,
        status=SessionStatus.HELD,
        held_at=when,
        agenda=agenda,
    )


def test_the_records_are_read_over_the_last_ninety_days(world: World) -> None:
    _held(world, "R1", "M1", 5, {"customers": ["a deal"]})
    _held(world, "R2", "M2", 20, {})
    _held(world, "R1a", "M1a", 200, {"customers": ["old"]})  # outside the window
    stage = Stage.objects.get(process__organization=world.orgs["A"])
    CoachingGuide.objects.create(
        organization=world.orgs["A"], stage=stage, version=1, questions=["What did they say?"]
    )
    submit(world.people["E"], "coaching_maturity", likert=5)  # placed "formal" or above
    view = selectors.organisation_maturity(
        viewer=viewer_for_person(world.people["E"]), today=timezone.localdate()
    )
    assert view.figures is not None
    # Three managers (M1, M1a, M2); two sessions held in 90 days: 2 / 3 / (90 / 30) = 0.22
    # per manager per month; one of the two ran from an agenda: 0.5.
    assert view.figures.managers == 3
    assert view.figures.sessions_held == 2
    assert view.figures.sessions_per_manager_month == 0.22
    assert view.figures.guide_share == 0.5
    assert view.figures.has_defined_process is True
    assert view.evidence is not None
    assert view.evidence.evidence_level == "ad_hoc"  # fewer than 4 sessions a manager a month
    assert view.assessment is not None
    assert view.evidence.self_placement == view.assessment.level
    assert view.evidence.agrees is False
    # The figures of the day are kept with the placement.
    assert view.assessment.evidence["sessions_held"] == 2

    client = Client()
    client.force_login(world.people["E"].user)
    page = client.get("/assessments/organisation/").content.decode()
    assert "What the coaching records support: <strong>ad_hoc</strong>" in page
    assert "2 coaching sessions held by 3 managers" in page
