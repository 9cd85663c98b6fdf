"""A coaching session in a real browser: prepared from the evidence, the achievement-drive
exercise, a commitment, notes by visibility, and the rep's calendar invite by e-mail."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.management import call_command
from django.utils import timezone
from icalendar import Calendar

from salescoach.coaching.models import CheckIn, CoachingSession, Commitment
from salescoach.goals.models import Goal
from tests.browser.signing import sign_in
from tests.integration.coaching.test_sessions import plant_evidence
from tests.smtp import Inbox
from tests.world import World, build_world

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def coaching_world(transactional_db: None) -> World:
    world = build_world()
    plant_evidence(world)
    return world


def test_a_manager_prepares_and_runs_a_session_and_the_rep_gets_the_invite(
    page, live_server, coaching_world: World, smtp: Inbox
) -> None:
    world = coaching_world
    earlier = CoachingSession.objects.get()
    sign_in(page, live_server, world.people["M1"].email)

    # Plan: the agenda is prepared from the evidence.
    page.click("text=Coaching sessions")
    page.click("text=Plan a session")
    page.select_option("#id_rep", str(world.people["R1"].pk))
    page.select_option("#id_kind", "skill")
    when = timezone.localtime() + dt.timedelta(days=1)
    page.fill("#id_scheduled_for", when.strftime("%Y-%m-%dT%H:%M"))
    page.click("text=Plan and prepare the agenda")
    page.wait_for_selector("#agenda-h")
    session = CoachingSession.objects.exclude(pk=earlier.pk).get()
    assert page.url.endswith(f"/coaching/sessions/{session.pk}/")
    agenda = page.inner_text("#agenda")
    assert "Deal R1 (" in agenda
    assert "days in the stage): the gate out of Approach" in agenda
    assert "Who else has to agree before they buy?" in agenda  # the stage's coaching guide
    assert "Ask before you present" in agenda  # the recommended learning goal
    assert "Presented the solution before the customer admitted a need" in agenda
    assert "Send the needs summary to the buyer" in agenda  # the earlier commitment
    assert "No shared self-assessment." in agenda

    # Notes, added in place: one kept private, one shared with the rep.
    page.fill("#note-form textarea[name=text]", "Keep an eye on energy levels")
    page.select_option("#note-form select[name=visibility]", "manager_only")
    page.click("#note-form button[type=submit]")
    page.wait_for_selector("#notes >> text=Keep an eye on energy levels")
    page.fill("#note-form textarea[name=text]", "Strong opening questions on the last call")
    page.select_option("#note-form select[name=visibility]", "shared")
    page.click("#note-form button[type=submit]")
    page.wait_for_selector("#notes >> text=Strong opening questions on the last call")

    # A commitment, recorded in place.
    due = (timezone.localdate() + dt.timedelta(days=7)).isoformat()
    page.fill("#commitment-form input[name=text]", "Ask three needs questions before any demo")
    page.fill("#commitment-form input[name=due_on]", due)
    page.click("#commitment-form button[type=submit]")
    page.wait_for_selector("#commitments >> text=Ask three needs questions before any demo")

    # The earlier commitment is followed up here.
    page.click(f"#commitment-{Commitment.objects.get(session=earlier).pk} button[value=done]")
    page.wait_for_selector("#follow-ups >> text=Done")

    # The achievement-drive exercise, step by step.
    page.click(f"a[href='/coaching/sessions/{session.pk}/exercise/']")
    page.wait_for_selector("text=Step 1 of 4")
    page.fill("#id_goal", "Become the team's best discovery caller")
    page.check("input[name=sphere][value=professional]")
    page.click("#exercise-form button[type=submit]")
    page.wait_for_selector("text=Step 2 of 4")
    page.fill("#id_skills", "Open questions\nPatience after the customer answers")
    page.click("#exercise-form button[type=submit]")
    page.wait_for_selector("text=Step 3 of 4")
    page.fill("#id_belief", "Two calls last month already went that way")
    page.fill("#id_action_1", "Listen back to one call a week")
    page.fill("#id_due_1", due)
    page.click("#exercise-form button[type=submit]")
    page.wait_for_selector("text=Step 4 of 4")
    check_in_at = (timezone.localtime() + dt.timedelta(days=14)).replace(
        hour=10, minute=0, second=0, microsecond=0
    )
    page.fill("#id_check_in_at", check_in_at.strftime("%Y-%m-%dT%H:%M"))
    page.click("#exercise-form button[type=submit]")
    page.wait_for_selector("text=the check-in invite is on its way to Person R1")

    goal = Goal.objects.get(kind="personal")
    assert goal.title == "Become the team's best discovery caller"
    assert Commitment.objects.filter(session=session).count() == 2
    check_in = CheckIn.objects.get(session=session)

    # The background worker sends the invite through the local SMTP server.
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
    invites = [m for m in smtp.messages if m["Subject"].startswith("Check-in")]
    assert len(invites) == 1
    assert invites[0]["To"] == world.people["R1"].email
    ics = [p for p in invites[0].walk() if p.get_content_type() == "text/calendar"]
    event = Calendar.from_ical(ics[0].get_payload(decode=True)).walk("VEVENT")[0]
    assert str(event["uid"]) == f"{check_in.uid}@salescoach"
    assert event.decoded("dtstart") == check_in.due_at

    # The rep sees the shared note, never the private one.
    sign_in(page, live_server, world.people["R1"].email)
    page.click("text=My coaching")
    page.click(f"a[href='/coaching/sessions/{session.pk}/']")
    page.wait_for_selector("#notes")
    notes = page.inner_text("#notes")
    assert "Strong opening questions on the last call" in notes
    assert "Keep an eye on energy levels" not in page.content()
    assert "Listen back to one call a week" in page.inner_text("#commitments")
