"""Check-ins reach the rep as an invite and a reminder, through a real local SMTP server."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from icalendar import Calendar

from salescoach.coaching.models import CheckIn, CoachingSession
from salescoach.coaching.services import CoachingError, plan_session, schedule_check_in
from salescoach.org.access import viewer_for_person
from tests.smtp import Inbox, LocalController, refusing_port
from tests.world import World

pytestmark = pytest.mark.django_db(transaction=True)


def _session(world: World) -> CoachingSession:
    return plan_session(
        viewer=viewer_for_person(world.people["M1"]),
        rep_id=world.people["R1"].pk,
        scheduled_for=timezone.now(),
    )


def _run_worker() -> None:
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)


def test_the_rep_receives_the_invite_and_the_reminder_with_the_ics(
    world: World, smtp: Inbox
) -> None:
    session = _session(world)
    due = (timezone.now() + dt.timedelta(hours=3)).replace(second=0, microsecond=0)
    # The reminder (24 h before) is already due, so one worker run sends both.
    check_in = schedule_check_in(
        viewer=viewer_for_person(world.people["M1"]),
        session=session,
        due_at=due,
        title="How did the discovery plan go?",
    )
    _run_worker()
    subjects = sorted(m["Subject"] for m in smtp.messages)
    assert len(subjects) == 2
    assert subjects[0] == "Check-in: How did the discovery plan go?"
    assert subjects[1].startswith("Reminder: How did the discovery plan go? (")
    first = next(m for m in smtp.messages if m["Subject"].startswith("Check-in"))
    assert first["To"] == world.people["R1"].email
    parts = [p for p in first.walk() if p.get_content_type() == "text/calendar"]
    assert len(parts) == 1
    event = Calendar.from_ical(parts[0].get_payload(decode=True)).walk("VEVENT")[0]
    assert str(event["summary"]) == "How did the discovery plan go?"
    assert event.decoded("dtstart") == due
    assert str(event["uid"]) == f"{check_in.uid}@salescoach"
    check_in.refresh_from_db()
    assert check_in.invite_sent_at is not None
    assert check_in.reminder_sent_at is not None


def test_a_check_in_in_the_past_is_refused_and_nothing_is_stored(world: World) -> None:
    session = _session(world)
    with pytest.raises(CoachingError, match="due_at"):
        schedule_check_in(
            viewer=viewer_for_person(world.people["M1"]),
            session=session,
            due_at=timezone.now() - dt.timedelta(minutes=1),
        )
    assert CheckIn.objects.count() == 0


def test_when_mail_is_down_the_failure_is_visible_and_the_mail_is_retried(
    world: World, settings
) -> None:
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    session = _session(world)
    check_in = schedule_check_in(
        viewer=viewer_for_person(world.people["M1"]),
        session=session,
        due_at=timezone.now() + dt.timedelta(days=3),
    )
    with refusing_port() as port:  # nothing listens here
        settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
        _run_worker()
    check_in.refresh_from_db()
    assert check_in.invite_sent_at is None
    assert check_in.delivery_attempts == 1
    assert "invite not sent" in check_in.delivery_error
    # A retry is queued for later, and the reminder still waits for its day: nothing is lost.
    waiting = DBTaskResult.objects.filter(status="READY", run_after__gt=timezone.now())
    assert waiting.count() == 2

    inbox = Inbox()
    controller = LocalController(inbox)
    controller.start()
    try:
        settings.EMAIL_PORT = controller.port
        retry = waiting.filter(task_path__endswith="send_check_in_invite_in_background")
        retry.update(run_after=timezone.now())
        _run_worker()
    finally:
        controller.stop()
    check_in.refresh_from_db()
    assert check_in.invite_sent_at is not None
    assert check_in.delivery_error == ""
    assert [m["Subject"] for m in inbox.messages] == [f"Check-in: {check_in.title}"]


def test_a_manager_cannot_plan_a_session_with_someone_outside_their_teams(world: World) -> None:
    with pytest.raises(CoachingError, match="rep: not someone in the teams you lead"):
        plan_session(
            viewer=viewer_for_person(world.people["M2"]),
            rep_id=world.people["R1"].pk,
            scheduled_for=timezone.now(),
        )
    assert CoachingSession.objects.count() == 0
