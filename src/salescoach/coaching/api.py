"""JSON API for coaching: sessions, their notes (as the caller may read them), commitments and
the goals agreed in coaching."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone
from ninja import Field, Router, Schema
from ninja.pagination import PageNumberPagination, paginate
from ninja.responses import Status

from salescoach.coaching import selectors, services
from salescoach.coaching.models import CoachingSession, Commitment, SessionNote
from salescoach.coaching.scorecard_api import GoalProgressOut, progress_json
from salescoach.goals import selectors as goal_selectors
from salescoach.goals import services as goal_services
from salescoach.goals.models import Goal
from salescoach.org import selectors as org_selectors
from salescoach.org.access import Viewer
from salescoach.org.api import ERRORS, ErrorOut, api_viewer

router = Router(tags=["coaching"])


class ValidationErrorOut(Schema):
    detail: list[dict[str, Any]]


WRITE_ERRORS: dict[int, type[Schema]] = {400: ErrorOut, 422: ValidationErrorOut, **ERRORS}


class SessionOut(Schema):
    id: int
    organization_id: int
    manager_id: int
    rep_id: int
    kind: str = Field(description="opportunity | skill")
    deal_id: int | None
    scheduled_for: dt.datetime
    status: str = Field(description="planned | held | cancelled")
    held_at: dt.datetime | None
    duration_min: int
    outcomes: str
    conversations: list[str]


class NoteOut(Schema):
    id: int
    session_id: int
    author_id: int
    visibility: str = Field(description="manager_only (its author alone) | shared (with the rep)")
    text: str
    created_at: dt.datetime
    updated_at: dt.datetime


class CommitmentOut(Schema):
    id: int
    session_id: int | None
    rep_id: int
    owner_id: int
    text: str
    due_on: dt.date
    status: str = Field(description="open | done | dropped")
    followed_up_in_id: int | None


class SessionDetailOut(SessionOut):
    agenda: dict[str, Any] = Field(
        description=(
            "The agenda by the three conversations, as prepared from the evidence, less the "
            "items drawn from a summary or recommendation you may not read now; "
            "shared_summaries counts the summaries behind it that you may read."
        )
    )
    notes: list[NoteOut]
    commitments: list[CommitmentOut]
    follow_ups: list[CommitmentOut] = Field(
        description="Commitments from earlier sessions that this one follows up."
    )


class SessionIn(Schema):
    rep_id: int
    scheduled_for: dt.datetime
    kind: str = "skill"
    deal_id: int | None = None


class NoteIn(Schema):
    text: str
    visibility: str = "manager_only"


class CommitmentIn(Schema):
    session_id: int
    text: str
    due_on: dt.date
    owner_id: int | None = Field(None, description="The rep (default) or the session's manager.")


class CommitmentStatusIn(Schema):
    status: str = Field(description="open | done | dropped")
    session_id: int | None = Field(None, description="The session that followed it up.")


class GoalOut(Schema):
    id: int
    person_id: int
    kind: str = Field(description="sales | learning | personal")
    title: str
    why: str
    practice: str
    measure: str
    period_start: dt.date
    period_end: dt.date
    status: str
    agreed_on: dt.date | None
    progress: GoalProgressOut | None = Field(
        description="A learning goal's figure on the day it was agreed and now, each with the "
        'evidence behind it (docs/metrics.md, "Learning-goal progress"); null for other goals '
        "and for a measure that is not a diagnosis figure."
    )


class GoalIn(Schema):
    person_id: int
    kind: str
    title: str
    period_start: dt.date
    period_end: dt.date
    why: str = ""
    practice: str = ""
    measure: str = ""


def _bad(error: Exception) -> Status[dict[str, str]]:
    return Status(400, {"detail": str(error)})


@router.get(
    "/coaching/sessions", response={200: list[SessionOut], **ERRORS}, summary="Sessions in scope"
)
@paginate(PageNumberPagination, page_size=50)
def list_sessions(request: HttpRequest, rep_id: int | None = None) -> QuerySet[CoachingSession]:
    return selectors.visible_sessions(viewer=api_viewer(request), rep_id=rep_id)


@router.post(
    "/coaching/sessions",
    response={201: SessionDetailOut, **WRITE_ERRORS},
    summary="Plan a session (its agenda is prepared from the evidence)",
)
def create_session(request: HttpRequest, payload: SessionIn) -> Status[Any]:
    viewer = api_viewer(request)
    try:
        session = services.prepare_session(
            viewer=viewer,
            rep_id=payload.rep_id,
            scheduled_for=payload.scheduled_for,
            kind=payload.kind,
            deal_id=payload.deal_id,
        )
    except services.CoachingError as error:
        return _bad(error)
    return Status(201, _detail(request, session))


def _detail(request: HttpRequest, session: CoachingSession) -> dict[str, Any]:
    viewer = api_viewer(request)
    return {
        **SessionOut.model_validate(session).model_dump(),
        "agenda": selectors.agenda_for_viewer(viewer=viewer, session=session),
        "notes": list(selectors.visible_notes(viewer=viewer, session=session)),
        "commitments": list(selectors.session_commitments(viewer=viewer, session=session)),
        "follow_ups": list(selectors.commitments_to_follow_up(viewer=viewer, session=session)),
    }


@router.get(
    "/coaching/sessions/{session_id}",
    response={200: SessionDetailOut, **ERRORS},
    summary="One session with its agenda, the notes you may read and its commitments",
)
def get_session(request: HttpRequest, session_id: int) -> dict[str, Any]:
    session = selectors.get_session_for_viewer(viewer=api_viewer(request), pk=session_id)
    return _detail(request, session)


@router.get(
    "/coaching/sessions/{session_id}/notes",
    response={200: list[NoteOut], **ERRORS},
    summary="A session's notes: your own, and those shared with the rep",
)
@paginate(PageNumberPagination, page_size=50)
def list_notes(request: HttpRequest, session_id: int) -> QuerySet[SessionNote]:
    viewer = api_viewer(request)
    session = selectors.get_session_for_viewer(viewer=viewer, pk=session_id)
    return selectors.visible_notes(viewer=viewer, session=session)


@router.post(
    "/coaching/sessions/{session_id}/notes",
    response={201: NoteOut, **WRITE_ERRORS},
    summary="Add a note (a rep's note is always shared)",
)
def create_note(request: HttpRequest, session_id: int, payload: NoteIn) -> Status[Any]:
    viewer = api_viewer(request)
    session = selectors.get_session_for_viewer(viewer=viewer, pk=session_id)
    try:
        note = services.add_note(
            viewer=viewer, session=session, text=payload.text, visibility=payload.visibility
        )
    except services.CoachingError as error:
        return _bad(error)
    return Status(201, note)


class NoteEditIn(Schema):
    text: str
    visibility: str | None = Field(None, description="The manager may change who reads it.")


@router.patch(
    "/coaching/notes/{note_id}",
    response={200: NoteOut, **WRITE_ERRORS},
    summary="Edit a note: its author only (anyone else gets 404)",
)
def update_note(request: HttpRequest, note_id: int, payload: NoteEditIn) -> Status[Any]:
    viewer = api_viewer(request)
    note = selectors.get_note_for_author(viewer=viewer, pk=note_id)
    try:
        edited = services.edit_note(
            viewer=viewer, note_id=note.pk, text=payload.text, visibility=payload.visibility
        )
    except services.CoachingError as error:
        return _bad(error)
    return Status(200, edited)


@router.get(
    "/coaching/commitments",
    response={200: list[CommitmentOut], **ERRORS},
    summary="Commitments in scope, soonest due first",
)
@paginate(PageNumberPagination, page_size=50)
def list_commitments(
    request: HttpRequest, rep_id: int | None = None, status: str | None = None
) -> QuerySet[Commitment]:
    return selectors.visible_commitments(viewer=api_viewer(request), rep_id=rep_id, status=status)


@router.post(
    "/coaching/commitments",
    response={201: CommitmentOut, **WRITE_ERRORS},
    summary="Record a commitment agreed in a session",
)
def create_commitment(request: HttpRequest, payload: CommitmentIn) -> Status[Any]:
    viewer = api_viewer(request)
    session = selectors.get_session_for_viewer(viewer=viewer, pk=payload.session_id)
    try:
        commitment = services.add_commitment(
            viewer=viewer,
            session=session,
            text=payload.text,
            due_on=payload.due_on,
            owner_id=payload.owner_id,
        )
    except services.CoachingError as error:
        return _bad(error)
    return Status(201, commitment)


@router.patch(
    "/coaching/commitments/{commitment_id}",
    response={200: CommitmentOut, **WRITE_ERRORS},
    summary="Follow a commitment up: done, dropped or open again",
)
def update_commitment(
    request: HttpRequest, commitment_id: int, payload: CommitmentStatusIn
) -> Status[Any]:
    viewer = api_viewer(request)
    commitment = selectors.get_commitment_for_viewer(viewer=viewer, pk=commitment_id)
    session = (
        selectors.get_session_for_viewer(viewer=viewer, pk=payload.session_id)
        if payload.session_id is not None
        else None
    )
    try:
        updated = services.follow_up_commitment(
            viewer=viewer, commitment=commitment, status=payload.status, session=session
        )
    except services.CoachingError as error:
        return _bad(error)
    return Status(200, updated)


def _goals_json(goals: list[Goal], viewer: Viewer) -> list[dict[str, Any]]:
    """Goals in the shape of GoalOut, the progress of all their learning goals read at once
    (self-belief readings only for a viewer the rep shares them with: `goals_progress`)."""
    progress = goal_selectors.goals_progress(goals=goals, as_of=timezone.localdate(), viewer=viewer)
    fields = [name for name in GoalOut.model_fields if name != "progress"]
    return [
        {
            **{name: getattr(goal, name) for name in fields},
            "progress": progress_json(progress.get(goal.pk)),
        }
        for goal in goals
    ]


class GoalPagination(PageNumberPagination):
    """Pages of goals with their progress: the evidence behind every learning goal of a page is
    read in one go, so a page costs the same few queries whatever its size."""

    def paginate_queryset(
        self,
        queryset: QuerySet[Goal],
        pagination: PageNumberPagination.Input,
        request: HttpRequest,
        **params: Any,
    ) -> dict[str, Any]:
        page: dict[str, Any] = super().paginate_queryset(queryset, pagination, request, **params)
        page[self.items_attribute] = _goals_json(
            list(page[self.items_attribute]), api_viewer(request)
        )
        return page


@router.get(
    "/coaching/goals",
    response={200: list[GoalOut], **ERRORS},
    summary="Goals in scope: sales, learning and personal, each with its progress",
    description=(
        "Goals of the people in the caller's scope, by person, kind and newest period first. "
        "A learning goal whose measure is a diagnosis figure carries its progress: the figure "
        "read on the day it was agreed and today (or at the end of its period), each over a "
        "window before its date, with the evidence behind it; a reading short of the figure's "
        "minimum evidence has `value: null` and `enough_evidence: false`. A self-belief goal "
        "of a rep who does not share their achievement-drive summary with the caller (the rep "
        "always sees their own) has `at_start` and `now` null and says why in `withheld`."
    ),
)
@paginate(GoalPagination, page_size=50)
def list_goals(request: HttpRequest, person_id: int | None = None) -> QuerySet[Goal]:
    return goal_selectors.visible_goals(viewer=api_viewer(request), person_id=person_id)


@router.post(
    "/coaching/goals",
    response={201: GoalOut, **WRITE_ERRORS},
    summary="Set a goal for yourself, or with a rep you coach",
)
def create_goal(request: HttpRequest, payload: GoalIn) -> Status[Any]:
    viewer = api_viewer(request)
    person = org_selectors.get_person_for_viewer(viewer=viewer, pk=payload.person_id)
    try:
        goal = goal_services.set_goal(
            viewer=viewer,
            person=person,
            kind=payload.kind,
            title=payload.title,
            period_start=payload.period_start,
            period_end=payload.period_end,
            why=payload.why,
            practice=payload.practice,
            measure=payload.measure,
        )
    except goal_services.GoalError as error:
        return _bad(error)
    return Status(201, _goals_json([goal], viewer)[0])
