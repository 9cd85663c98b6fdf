"""JSON API for assessments: the caller's instruments, responses, shares, export and the
summaries shared with them; enablement's group figures."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.http import HttpRequest
from ninja import Router, Schema
from ninja.responses import Status

from salescoach.assessments import selectors, services
from salescoach.assessments.instruments import instruments_for
from salescoach.assessments.models import AssessmentResponse, SummaryShare
from salescoach.assessments.selectors import MINDSET_INSTRUMENTS
from salescoach.domain.assessments.scoring import Answer
from salescoach.org.access import Viewer
from salescoach.org.api import ERRORS, ErrorOut, api_viewer
from salescoach.org.selectors import get_person_for_viewer

router = Router(tags=["assessments"])


class OptionOut(Schema):
    value: int
    label: str


class ItemOut(Schema):
    key: str
    text: str
    kind: str
    dimension: str | None
    reverse: bool
    required: bool
    options: list[OptionOut]


class InstrumentOut(Schema):
    key: str
    version: int
    title: str
    audience: str
    intro: str
    scale_min: int
    scale_max: int
    items: list[ItemOut]


class ResponseOut(Schema):
    """One of the caller's own responses, answers included."""

    id: int
    instrument: str
    version: int
    status: str
    subject: str
    answers: dict[str, Answer]
    missing: list[str]
    summary: dict[str, Any] | None
    started_at: dt.datetime
    submitted_at: dt.datetime | None


class StartIn(Schema):
    instrument: str
    subject: str = ""


class AnswersIn(Schema):
    answers: dict[str, Answer]


class SummaryOut(Schema):
    """A submitted response as its shareable summary: scores and bands, never answers."""

    response_id: int
    person_id: int
    instrument: str
    version: int
    submitted_at: dt.datetime
    summary: dict[str, Any]


class ShareIn(Schema):
    instrument: str
    recipient_id: int


class ShareOut(Schema):
    id: int
    instrument: str
    recipient_id: int
    shared_at: dt.datetime
    revoked_at: dt.datetime | None


class GroupOut(Schema):
    instrument: str
    version: int
    people: int
    withheld: bool
    aggregate: dict[str, Any] | None


class DeletedOut(Schema):
    deleted: int


def _response_out(response: AssessmentResponse) -> ResponseOut:
    score = selectors.score_of(response)
    return ResponseOut(
        id=response.pk,
        instrument=response.instrument,
        version=response.version,
        status=response.status,
        subject=response.subject,
        answers=dict(response.answers),
        missing=list(score.missing),
        summary=response.summary,
        started_at=response.started_at,
        submitted_at=response.submitted_at,
    )


def _share_out(share: SummaryShare) -> ShareOut:
    return ShareOut(
        id=share.pk,
        instrument=share.instrument,
        recipient_id=share.recipient_id,
        shared_at=share.shared_at,
        revoked_at=share.revoked_at,
    )


def _bad(error: Exception) -> Status[dict[str, str]]:
    return Status(400, {"detail": str(error)})


@router.get(
    "/assessments/instruments",
    response={200: list[InstrumentOut], **ERRORS},
    summary="Instruments the caller fills in (latest versions)",
)
def list_instruments(request: HttpRequest) -> list[InstrumentOut]:
    viewer = api_viewer(request)
    return [
        InstrumentOut(
            key=i.key,
            version=i.version,
            title=i.title,
            audience=i.audience,
            intro=i.intro,
            scale_min=i.scale.min,
            scale_max=i.scale.max,
            items=[
                ItemOut(
                    key=item.key,
                    text=item.text,
                    kind=item.kind,
                    dimension=item.dimension,
                    reverse=item.reverse,
                    required=item.required,
                    options=[OptionOut(value=o.value, label=o.label) for o in item.options],
                )
                for item in i.items
            ],
        )
        for i in instruments_for(viewer.role)
    ]


@router.get("/assessments", response={200: list[ResponseOut], **ERRORS}, summary="My responses")
def list_responses(request: HttpRequest, instrument: str | None = None) -> list[ResponseOut]:
    viewer = api_viewer(request)
    return [_response_out(r) for r in selectors.my_responses(viewer=viewer, instrument=instrument)]


@router.post(
    "/assessments",
    response={201: ResponseOut, 400: ErrorOut, **ERRORS},
    summary="Start (or resume) my draft of an instrument",
)
def start(request: HttpRequest, payload: StartIn) -> Status[Any]:
    try:
        draft = services.start_response(
            viewer=api_viewer(request), key=payload.instrument, subject=payload.subject
        )
    except services.AssessmentError as error:
        return _bad(error)
    return Status(201, _response_out(draft))


@router.delete(
    "/assessments",
    response={200: DeletedOut, **ERRORS},
    summary="Delete all my answers and shares",
)
def delete_all(request: HttpRequest) -> DeletedOut:
    return DeletedOut(deleted=services.delete_my_answers(viewer=api_viewer(request)))


@router.get(
    "/assessments/export",
    response={200: dict[str, Any], **ERRORS},
    summary="Everything I answered and shared (docs/formats.md)",
)
def export(request: HttpRequest) -> dict[str, Any]:
    return selectors.export_for_viewer(viewer=api_viewer(request))


@router.get("/assessments/shares", response={200: list[ShareOut], **ERRORS}, summary="My shares")
def list_shares(request: HttpRequest) -> list[ShareOut]:
    return [_share_out(s) for s in selectors.my_shares(viewer=api_viewer(request))]


@router.post(
    "/assessments/shares",
    response={201: ShareOut, 400: ErrorOut, **ERRORS},
    summary="Share the summaries of one instrument with my manager",
)
def create_share(request: HttpRequest, payload: ShareIn) -> Status[Any]:
    try:
        share = services.share_summary(
            viewer=api_viewer(request), key=payload.instrument, recipient_id=payload.recipient_id
        )
    except services.AssessmentError as error:
        return _bad(error)
    return Status(201, _share_out(share))


@router.post(
    "/assessments/shares/{share_id}/revoke",
    response={200: ShareOut, **ERRORS},
    summary="Stop sharing",
)
def revoke_share(request: HttpRequest, share_id: int) -> ShareOut:
    return _share_out(services.revoke_share(viewer=api_viewer(request), share_id=share_id))


@router.get(
    "/assessments/people/{person_id}/summaries",
    response={200: list[SummaryOut], **ERRORS},
    summary="A person's summaries I may read (mine, or shared with me)",
)
def person_summaries(request: HttpRequest, person_id: int) -> list[SummaryOut]:
    viewer = api_viewer(request)
    person = get_person_for_viewer(viewer=viewer, pk=person_id)
    return [
        SummaryOut(
            response_id=r.response_id,
            person_id=r.person_id,
            instrument=r.instrument,
            version=r.version,
            submitted_at=r.submitted_at,
            summary=r.summary.to_json(),
        )
        for r in selectors.summaries_for_viewer(viewer=viewer, person_id=person.pk)
    ]


@router.get(
    "/assessments/organisation",
    response={200: list[GroupOut], **ERRORS},
    summary="Group figures (enablement; at least 5 people each)",
)
def organisation(request: HttpRequest) -> list[GroupOut]:
    viewer: Viewer = api_viewer(request)
    rows = selectors.group_figures(
        viewer=viewer, instruments=[*MINDSET_INSTRUMENTS, "coaching_readiness"]
    )
    return [
        GroupOut(
            instrument=r.instrument,
            version=r.version,
            people=r.people,
            withheld=r.aggregate is None,
            aggregate=None if r.aggregate is None else r.aggregate.to_json(),
        )
        for r in rows
    ]


@router.get(
    "/assessments/{response_id}", response={200: ResponseOut, **ERRORS}, summary="One of mine"
)
def get_response(request: HttpRequest, response_id: int) -> ResponseOut:
    return _response_out(
        selectors.get_response_for_viewer(viewer=api_viewer(request), pk=response_id)
    )


@router.post(
    "/assessments/{response_id}/answers",
    response={200: ResponseOut, 400: ErrorOut, **ERRORS},
    summary="Save answers to my draft (each checked; an error names the item)",
)
def save_answers(request: HttpRequest, response_id: int, payload: AnswersIn) -> Any:
    try:
        response = services.save_answers(
            viewer=api_viewer(request), response_id=response_id, answers=payload.answers
        )
    except services.AssessmentError as error:
        return _bad(error)
    return _response_out(response)


@router.post(
    "/assessments/{response_id}/submit",
    response={200: ResponseOut, 400: ErrorOut, **ERRORS},
    summary="Submit my draft: scored when complete, kept as a draft otherwise",
)
def submit(request: HttpRequest, response_id: int, payload: AnswersIn | None = None) -> Any:
    try:
        response, _score = services.submit_response(
            viewer=api_viewer(request),
            response_id=response_id,
            answers=payload.answers if payload else None,
        )
    except services.AssessmentError as error:
        return _bad(error)
    return _response_out(response)
