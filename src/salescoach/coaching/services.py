"""Writes for coaching: plan and hold sessions, notes, commitments, check-ins and their mail."""

from __future__ import annotations

import datetime as dt
import smtplib
from dataclasses import dataclass
from enum import StrEnum

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.utils import timezone

from salescoach.coaching import selectors, tasks
from salescoach.coaching.calendar import check_in_invite
from salescoach.coaching.models import (
    CheckIn,
    CoachingGuide,
    CoachingSession,
    Commitment,
    CommitmentStatus,
    NoteVisibility,
    SessionKind,
    SessionNote,
    SessionStatus,
)
from salescoach.goals import services as goal_services
from salescoach.goals.models import Goal, GoalKind
from salescoach.org.access import Viewer, restrict
from salescoach.org.models import Person, Role
from salescoach.pipeline.models import Deal, Stage

REMINDER_BEFORE = dt.timedelta(hours=24)
MAX_DELIVERY_ATTEMPTS = 5
CONVERSATIONS = ("customers", "themselves", "coach")
MAX_GUIDE_QUESTIONS = 20


class CoachingError(Exception):
    """A coaching change that is not allowed; the message names the field or the rule."""


def _coached_rep(viewer: Viewer, rep_id: int) -> Person:
    """The rep, if the viewer is a manager whose teams include them."""
    if viewer.role != Role.MANAGER:
        raise CoachingError("only a manager can plan coaching sessions")
    rep = restrict(Person.objects.all(), viewer).filter(pk=rep_id).first()
    if rep is None or rep.pk == viewer.person_id:
        raise CoachingError("rep: not someone in the teams you lead")
    return rep


def plan_session(
    *,
    viewer: Viewer,
    rep_id: int,
    scheduled_for: dt.datetime,
    kind: str = SessionKind.SKILL,
    deal_id: int | None = None,
) -> CoachingSession:
    """A manager plans a session with one of their reps."""
    rep = _coached_rep(viewer, rep_id)
    if kind not in SessionKind.values:
        raise CoachingError(f"kind: must be one of {', '.join(SessionKind.values)}")
    deal = None
    if deal_id is not None:
        deal = restrict(Deal.objects.all(), viewer).filter(pk=deal_id, owner=rep).first()
        if deal is None:
            raise CoachingError("deal: not one of this rep's deals")
    return CoachingSession.objects.create(
        organization_id=rep.organization_id,
        manager_id=viewer.person_id,
        rep=rep,
        kind=kind,
        deal=deal,
        scheduled_for=scheduled_for,
    )


def _session_in_scope(viewer: Viewer, session: CoachingSession) -> CoachingSession:
    found = restrict(CoachingSession.objects.all(), viewer).filter(pk=session.pk).first()
    if found is None:
        raise CoachingError("session: not found")
    return found


def record_session_held(
    *,
    viewer: Viewer,
    session: CoachingSession,
    duration_min: int,
    outcomes: str = "",
    conversations: list[str] | None = None,
    held_at: dt.datetime | None = None,
) -> CoachingSession:
    """The manager records that the session took place, how long, and what it covered."""
    session = _session_in_scope(viewer, session)
    if session.manager_id != viewer.person_id:
        raise CoachingError("only the manager who leads the session can record it")
    if not 1 <= duration_min <= 600:
        raise CoachingError("duration_min: between 1 and 600 minutes")
    covered = list(conversations or [])
    unknown = sorted(set(covered) - set(CONVERSATIONS))
    if unknown:
        raise CoachingError(f"conversations: unknown {', '.join(unknown)}")
    session.status = SessionStatus.HELD
    session.held_at = held_at or timezone.now()
    session.duration_min = duration_min
    session.outcomes = outcomes
    session.conversations = covered
    session.save()
    return session


def add_note(
    *,
    viewer: Viewer,
    session: CoachingSession,
    text: str,
    visibility: str = NoteVisibility.MANAGER_ONLY,
) -> SessionNote:
    """A note by the session's manager (private or shared) or by the rep (always shared)."""
    session = _session_in_scope(viewer, session)
    if not text.strip():
        raise CoachingError("text: a note cannot be empty")
    if visibility not in NoteVisibility.values:
        raise CoachingError(f"visibility: must be one of {', '.join(NoteVisibility.values)}")
    if viewer.person_id == session.rep_id:
        visibility = NoteVisibility.SHARED
    elif viewer.person_id != session.manager_id:
        raise CoachingError("only the session's manager and rep can add notes")
    return SessionNote.objects.create(
        organization_id=session.organization_id,
        session=session,
        author_id=viewer.person_id,
        visibility=visibility,
        text=text.strip(),
    )


def edit_note(
    *, viewer: Viewer, note_id: int, text: str, visibility: str | None = None
) -> SessionNote:
    """Only a note's author may edit it."""
    note = restrict(SessionNote.objects.all(), viewer, "change").filter(pk=note_id).first()
    if note is None:
        raise CoachingError("note: only its author can edit it")
    if not text.strip():
        raise CoachingError("text: a note cannot be empty")
    note.text = text.strip()
    if visibility is not None and viewer.person_id != note.session.rep_id:
        if visibility not in NoteVisibility.values:
            raise CoachingError(f"visibility: must be one of {', '.join(NoteVisibility.values)}")
        note.visibility = visibility
    note.updated_at = timezone.now()
    note.save()
    return note


def add_commitment(
    *,
    viewer: Viewer,
    session: CoachingSession,
    text: str,
    due_on: dt.date,
    owner_id: int | None = None,
    today: dt.date | None = None,
) -> Commitment:
    """An action item from a session, owned by the rep (default) or the manager."""
    session = _session_in_scope(viewer, session)
    if viewer.person_id not in (session.manager_id, session.rep_id):
        raise CoachingError("only the session's manager and rep can add commitments")
    if not text.strip():
        raise CoachingError("text: say what will be done")
    if due_on < (today or timezone.localdate()):
        raise CoachingError("due_on: the due date is in the past")
    owner = owner_id or session.rep_id
    if owner not in (session.manager_id, session.rep_id):
        raise CoachingError("owner: the rep or the manager of this session")
    return Commitment.objects.create(
        organization_id=session.organization_id,
        session=session,
        rep_id=session.rep_id,
        owner_id=owner,
        text=text.strip()[:500],
        due_on=due_on,
    )


def follow_up_commitment(
    *, viewer: Viewer, commitment: Commitment, status: str, session: CoachingSession | None = None
) -> Commitment:
    """Mark a commitment done or dropped, optionally as reviewed in a (later) session."""
    found = restrict(Commitment.objects.all(), viewer).filter(pk=commitment.pk).first()
    if found is None:
        raise CoachingError("commitment: not found")
    if status not in CommitmentStatus.values:
        raise CoachingError(f"status: must be one of {', '.join(CommitmentStatus.values)}")
    if session is not None:
        reviewed_in = _session_in_scope(viewer, session)
        if reviewed_in.rep_id != found.rep_id:
            raise CoachingError("session: a commitment is followed up in a session with its rep")
        found.followed_up_in = reviewed_in
    found.status = status
    found.save()
    return found


def schedule_check_in(
    *,
    viewer: Viewer,
    session: CoachingSession,
    due_at: dt.datetime,
    title: str = "",
    duration_min: int = 30,
) -> CheckIn:
    """A dated check-in: the rep gets a calendar invite now and a reminder a day before."""
    session = _session_in_scope(viewer, session)
    if viewer.person_id != session.manager_id:
        raise CoachingError("only the session's manager schedules check-ins")
    now = timezone.now()
    if due_at <= now:
        raise CoachingError("due_at: a check-in cannot be in the past")
    with transaction.atomic():
        check_in = CheckIn.objects.create(
            organization_id=session.organization_id,
            session=session,
            person_id=session.rep_id,
            manager_id=session.manager_id,
            title=title or f"Check-in with {session.rep.name}",
            due_at=due_at,
            duration_min=duration_min,
        )
        reminder_at = max(now, due_at - REMINDER_BEFORE)
        transaction.on_commit(
            lambda: tasks.schedule_check_in_mail(check_in.pk, reminder_at=reminder_at)
        )
    return check_in


@dataclass(frozen=True)
class Delivery:
    status: str  # "sent" | "skipped" | "retrying" | "failed"
    retry_in: dt.timedelta | None = None


def deliver_check_in_mail(*, check_in_id: int, kind: str) -> Delivery:
    """Send the invite or reminder; on an SMTP failure record it and say when to try again."""
    check_in = CheckIn.objects.select_related("person", "manager").filter(pk=check_in_id).first()
    if check_in is None or check_in.status != "scheduled":
        return Delivery("skipped")
    already = check_in.invite_sent_at if kind == "invite" else check_in.reminder_sent_at
    if already is not None:
        return Delivery("skipped")
    now = timezone.now()
    when = timezone.localtime(check_in.due_at).strftime("%A %d %B %Y, %H:%M")
    if kind == "invite":
        subject = f"Check-in: {check_in.title}"
        body = (
            f"{check_in.manager.name} scheduled a check-in with you on {when}.\n"
            "The calendar invite is attached."
        )
    else:
        subject = f"Reminder: {check_in.title} ({when})"
        body = (
            f"Your check-in with {check_in.manager.name} is on {when}.\n"
            "Bring what moved since the session and what got in the way."
        )
    message = EmailMessage(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[check_in.person.email],
        cc=[check_in.manager.email],
    )
    message.attach(
        "check-in.ics", check_in_invite(check_in, now=now), "text/calendar; method=REQUEST"
    )
    try:
        message.send(fail_silently=False)
    except (smtplib.SMTPException, OSError) as error:
        check_in.delivery_attempts += 1
        check_in.delivery_error = f"{kind} not sent ({now:%Y-%m-%d %H:%M}): {error}"
        check_in.save(update_fields=["delivery_attempts", "delivery_error"])
        if check_in.delivery_attempts >= MAX_DELIVERY_ATTEMPTS:
            return Delivery("failed")
        delays = tasks.REMINDER_RETRY_DELAYS
        return Delivery("retrying", delays[min(check_in.delivery_attempts - 1, len(delays) - 1)])
    field = "invite_sent_at" if kind == "invite" else "reminder_sent_at"
    setattr(check_in, field, now)
    check_in.delivery_error = ""
    check_in.save(update_fields=[field, "delivery_error"])
    return Delivery("sent")


def save_coaching_guide(*, viewer: Viewer, stage: Stage, questions: list[str]) -> CoachingGuide:
    """Enablement (or an administrator) writes a new version of a stage's coaching questions;
    earlier versions stay as they were, so sessions keep the questions they were prepared with."""
    if viewer.role not in (Role.ENABLEMENT, Role.ADMIN):
        raise CoachingError("only enablement and administrators edit coaching guides")
    cleaned = [q.strip() for q in questions if q.strip()]
    if not cleaned:
        raise CoachingError("questions: a guide needs at least one question")
    if len(cleaned) > MAX_GUIDE_QUESTIONS:
        raise CoachingError(f"questions: at most {MAX_GUIDE_QUESTIONS} questions per stage")
    too_long = next((n for n, q in enumerate(cleaned, start=1) if len(q) > 500), None)
    if too_long is not None:
        raise CoachingError(f"questions: question {too_long} is longer than 500 characters")
    if stage.process.organization_id != viewer.organization_id:
        raise CoachingError("stage: not found")
    with transaction.atomic():
        latest = CoachingGuide.objects.filter(stage=stage).order_by("-version").first()
        return CoachingGuide.objects.create(
            organization_id=viewer.organization_id,
            stage=stage,
            version=(latest.version + 1) if latest else 1,
            questions=cleaned,
            edited_by_id=viewer.person_id,
        )


# --- The session workspace: prepare from the evidence, the achievement-drive exercise -------


def refresh_agenda(
    *, viewer: Viewer, session: CoachingSession, as_of: dt.date | None = None
) -> CoachingSession:
    """Build the session's agenda from the rep's current evidence and keep it on the session.
    A held session keeps the agenda it was held with."""
    session = _session_in_scope(viewer, session)
    if session.manager_id != viewer.person_id:
        raise CoachingError("only the manager who leads the session prepares its agenda")
    if session.status != SessionStatus.PLANNED:
        raise CoachingError("status: only a planned session's agenda can be refreshed")
    evidence = selectors.agenda_for_session(
        viewer=viewer, session=session, as_of=as_of or timezone.localdate()
    )
    session.agenda = {
        **evidence.agenda.to_json(),
        "shared_summaries": evidence.shared_summaries,
        # Which summaries those were, so each reader is shown only the count they may read.
        "summary_instruments": list(evidence.summary_instruments),
    }
    session.save(update_fields=["agenda"])
    return session


def prepare_session(
    *,
    viewer: Viewer,
    rep_id: int,
    scheduled_for: dt.datetime,
    kind: str = SessionKind.SKILL,
    deal_id: int | None = None,
    as_of: dt.date | None = None,
) -> CoachingSession:
    """Plan a session and prepare its agenda from the evidence, both or neither."""
    with transaction.atomic():
        session = plan_session(
            viewer=viewer, rep_id=rep_id, scheduled_for=scheduled_for, kind=kind, deal_id=deal_id
        )
        return refresh_agenda(viewer=viewer, session=session, as_of=as_of)


class GoalSphere(StrEnum):
    """Where the goal the rep wants lives: at work or in the rest of their life."""

    PROFESSIONAL = "professional"
    PERSONAL = "personal"


@dataclass(frozen=True)
class PlannedAction:
    """One specific action of the plan, and the day it is due."""

    text: str
    due_on: dt.date


@dataclass(frozen=True)
class ExerciseOutcome:
    """What the achievement-drive exercise leaves behind."""

    goal: Goal
    commitments: list[Commitment]
    check_in: CheckIn


def run_achievement_exercise(
    *,
    viewer: Viewer,
    session: CoachingSession,
    goal: str,
    sphere: str,
    skills: list[str],
    belief: str,
    actions: list[PlannedAction],
    check_in_at: dt.datetime,
    today: dt.date | None = None,
) -> ExerciseOutcome:
    """The four steps of the exercise, written together: the rep's goal (a personal goal), one
    commitment per planned action, and a check-in (its invite and reminder follow by e-mail).
    Everything is checked first; a failure leaves nothing behind."""
    session = _session_in_scope(viewer, session)
    if session.manager_id != viewer.person_id:
        raise CoachingError("only the manager who leads the session runs the exercise with the rep")
    today = today or timezone.localdate()
    if not goal.strip():
        raise CoachingError("goal: say what the rep wants to achieve")
    if sphere not in {s.value for s in GoalSphere}:
        raise CoachingError("sphere: professional or personal")
    skills = [s.strip() for s in skills if s.strip()]
    if not skills:
        raise CoachingError("skills: name at least one skill or capability the goal needs")
    if not belief.strip():
        raise CoachingError("belief: say what will build the belief that it can be done")
    if not actions:
        raise CoachingError("actions: plan at least one specific action")
    for number, action in enumerate(actions, start=1):
        if not action.text.strip():
            raise CoachingError(f"action_{number}: say what will be done")
        if action.due_on < today:
            raise CoachingError(f"due_{number}: the due date is in the past")
    if check_in_at <= timezone.now():
        raise CoachingError("check_in_at: a check-in cannot be in the past")
    last_day = max([check_in_at.date(), *(a.due_on for a in actions)])
    plan = "; ".join(f"{a.text.strip()} (by {a.due_on.isoformat()})" for a in actions)
    with transaction.atomic():
        try:
            personal_goal = goal_services.set_goal(
                viewer=viewer,
                person=session.rep,
                kind=GoalKind.PERSONAL,
                title=goal.strip()[:300],
                why=f"A {sphere} goal the rep wants. What builds belief: {belief.strip()}",
                practice=f"Skills and capabilities: {'; '.join(skills)}. Plan: {plan}",
                period_start=today,
                period_end=last_day,
            )
        except goal_services.GoalError as error:
            raise CoachingError(str(error)) from error
        commitments = [
            add_commitment(
                viewer=viewer, session=session, text=a.text, due_on=a.due_on, today=today
            )
            for a in actions
        ]
        check_in = schedule_check_in(
            viewer=viewer,
            session=session,
            due_at=check_in_at,
            title=f"Your goal: {goal.strip()}"[:300],
        )
    return ExerciseOutcome(goal=personal_goal, commitments=commitments, check_in=check_in)
