"""JSON API for calls: list, one call with its analysis, and upload."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import File, Form, Router, Schema
from ninja.files import UploadedFile
from ninja.pagination import PageNumberPagination, paginate
from ninja.responses import Status

from salescoach.calls import selectors, services
from salescoach.calls.models import Call
from salescoach.org.api import ERRORS, ErrorOut, api_viewer

router = Router(tags=["calls"])


class CallOut(Schema):
    id: int
    title: str
    kind: str
    owner_id: int
    deal_id: int | None
    organization_id: int
    occurred_at: dt.datetime
    duration_s: float
    source_format: str
    rep_talk_share: float | None
    questions_total: int | None

    @staticmethod
    def resolve_rep_talk_share(obj: Call) -> float | None:
        analysis = getattr(obj, "analysis", None)
        return analysis.rep_talk_share if analysis else None

    @staticmethod
    def resolve_questions_total(obj: Call) -> int | None:
        analysis = getattr(obj, "analysis", None)
        return analysis.questions_total if analysis else None


class CallDetailOut(CallOut):
    speaker_roles: dict[str, str]
    analysis: dict[str, Any]

    @staticmethod
    def resolve_analysis(obj: Call) -> dict[str, Any]:
        return services.result_of(obj)


class CallImportOut(Schema):
    call: CallDetailOut
    warnings: list[str]


class CallUploadIn(Schema):
    kind: str = "sales"
    deal_id: int | None = None
    owner_id: int | None = None
    rep_name: str | None = None


@router.get("/calls", response={200: list[CallOut], **ERRORS}, summary="Calls in scope")
@paginate(PageNumberPagination, page_size=50)
def list_calls(
    request: HttpRequest, owner_id: int | None = None, deal_id: int | None = None
) -> QuerySet[Call]:
    return selectors.visible_calls(viewer=api_viewer(request), owner_id=owner_id, deal_id=deal_id)


@router.get("/calls/{call_id}", response={200: CallDetailOut, **ERRORS}, summary="One call")
def get_call(request: HttpRequest, call_id: int) -> Call:
    return selectors.get_call_for_viewer(viewer=api_viewer(request), pk=call_id)


@router.post(
    "/calls",
    response={201: CallImportOut, 400: ErrorOut, 422: ErrorOut, **ERRORS},
    summary="Upload a transcript",
)
def upload_call(
    request: HttpRequest, transcript: File[UploadedFile], meta: Form[CallUploadIn]
) -> Status[dict[str, Any]]:
    try:
        imported = services.upload_call(
            viewer=api_viewer(request),
            data=transcript.read(),
            source_name=transcript.name or "transcript",
            deal_id=meta.deal_id,
            kind=meta.kind,
            rep_names=[meta.rep_name] if meta.rep_name else [],
            owner_id=meta.owner_id,
        )
    except services.CallImportError as error:
        return Status(400, {"detail": str(error)})
    return Status(201, {"call": imported.call, "warnings": list(imported.warnings)})
