"""Background work for coaching: check-in invites and reminders, retried when mail is down."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone
from django_tasks import task

from salescoach.coaching import services

REMINDER_RETRY_DELAYS = (
    dt.timedelta(minutes=5),
    dt.timedelta(minutes=30),
    dt.timedelta(hours=2),
    dt.timedelta(hours=6),
)


@task()
def send_check_in_invite_in_background(check_in_id: int) -> str:
    """E-mail the check-in's calendar invite to the rep; retried later when mail is down."""
    return _deliver(check_in_id, kind="invite")


@task()
def send_check_in_reminder_in_background(check_in_id: int) -> str:
    """E-mail the reminder a day before the check-in; retried later when mail is down."""
    return _deliver(check_in_id, kind="reminder")


def _deliver(check_in_id: int, *, kind: str) -> str:
    outcome = services.deliver_check_in_mail(check_in_id=check_in_id, kind=kind)
    if outcome.retry_in is not None:
        retry = (
            send_check_in_invite_in_background
            if kind == "invite"
            else send_check_in_reminder_in_background
        )
        when = timezone.now() + outcome.retry_in
        transaction.on_commit(lambda: retry.using(run_after=when).enqueue(check_in_id))
    return outcome.status


def schedule_check_in_mail(check_in_id: int, *, reminder_at: dt.datetime) -> None:
    """After the check-in is committed: send the invite now and the reminder when it is due."""
    send_check_in_invite_in_background.enqueue(check_in_id)
    send_check_in_reminder_in_background.using(run_after=reminder_at).enqueue(check_in_id)
