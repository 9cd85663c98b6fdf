"""JSON API for deals and activities."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Literal

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Field, File, Form, Router, Schema
from ninja.files import UploadedFile
from ninja.pagination import PageNumberPagination, paginate
from ninja.responses import Status

from salescoach.org.api import ERRORS, ErrorOut, api_viewer
from salescoach.pipeline import selectors, services
from salescoach.pipeline.models import Activity, Deal, ImportRun

router = Router(tags=["pipeline"])


class DealOut(Schema):
    id: int
    external_id: str
    name: str
    account: str
    owner_id: int
    team_id: int | None
    organization_id: int
    amount: Decimal
    currency: str
    created_on: dt.date
    closed_on: dt.date | None
    stage: str | None
    forecast_category: str
    outcome: str
    loss_reason: str

    @staticmethod
    def resolve_team_id(obj: Deal) -> int | None:
        return obj.owner.team_id

    @staticmethod
    def resolve_stage(obj: Deal) -> str | None:
        return obj.stage.name if obj.stage else None


class ActivityOut(Schema):
    id: int
    external_id: str
    type: str
    person_id: int
    deal_id: int | None
    organization_id: int
    occurred_at: dt.datetime
    duration_min: int
    subject: str
    customer_facing: bool


@router.get("/deals", response={200: list[DealOut], **ERRORS}, summary="Deals in scope")
@paginate(PageNumberPagination, page_size=50)
def list_deals(
    request: HttpRequest,
    owner_id: int | None = None,
    team_id: int | None = None,
    outcome: str | None = None,
    search: str = "",
) -> QuerySet[Deal]:
    return selectors.visible_deals(
        viewer=api_viewer(request),
        owner_id=owner_id,
        team_id=team_id,
        outcome=outcome,
        search=search,
    )


@router.get("/deals/{deal_id}", response={200: DealOut, **ERRORS}, summary="One deal")
def get_deal(request: HttpRequest, deal_id: int) -> Deal:
    return selectors.get_deal_for_viewer(viewer=api_viewer(request), pk=deal_id)


@router.get(
    "/activities", response={200: list[ActivityOut], **ERRORS}, summary="Activities in scope"
)
@paginate(PageNumberPagination, page_size=50)
def list_activities(
    request: HttpRequest, person_id: int | None = None, deal_id: int | None = None
) -> QuerySet[Activity]:
    return selectors.visible_activities(
        viewer=api_viewer(request), person_id=person_id, deal_id=deal_id
    )


ImportKind = Literal[
    "stages", "people", "deals", "stage-changes", "activities", "quotas", "calendar"
]
ImportLayout = Literal["auto", "native", "salesforce", "hubspot"]


class ImportIn(Schema):
    kind: ImportKind = Field(description="What the file holds (docs/formats.md).")
    layout: ImportLayout = Field(
        "auto",
        description="Column layout; `auto` recognises native, Salesforce and HubSpot headers.",
    )
    person_id: int | None = Field(
        None, description="Whose calendar (calendar only); the caller's when left out."
    )


class ImportOut(Schema):
    id: int = Field(description="The import's id in the import history.")
    kind: str
    file_name: str
    accepted: bool = Field(description="True when every row was stored; false: none was.")
    rows: int
    created: int
    updated: int
    unchanged: int
    rejected: int = Field(description="Rows not stored: every row of a refused file.")
    problem_count: int
    problems: list[str] = Field(description="The first 100 problems, each naming its row.")
    notes: list[str]


class ImportRefusedOut(ImportOut):
    detail: str


@router.post(
    "/imports",
    response={200: ImportOut, 400: ImportRefusedOut | ErrorOut, 422: ErrorOut, **ERRORS},
    summary="Import a file (whole or not at all)",
    description=(
        "Multipart: `file`, `kind`, optional `layout`, optional `mapping` (YAML or JSON "
        "file: our field → your header) and `person_id` for a calendar. A file with any "
        "problem stores nothing and answers 400 with the row-numbered problems. Organisation "
        "data: administrators and enablement (people: administrators only); a calendar: your "
        "own, your teams' (managers), anyone's (enablement, administrators)."
    ),
)
def create_import(
    request: HttpRequest,
    file: File[UploadedFile],
    meta: Form[ImportIn],
    mapping: File[UploadedFile | None] = None,
) -> Status[ImportRun | dict[str, object]]:
    try:
        parsed = services.read_mapping(mapping.read()) if mapping is not None else None
        summary, run = services.import_file(
            viewer=api_viewer(request),
            kind=meta.kind,
            file_name=file.name or "upload",
            open_chunks=file.chunks,
            layout=meta.layout,
            mapping=parsed,
            person_id=meta.person_id,
        )
    except services.ImportRequestError as error:
        return Status(400, {"detail": str(error)})
    if not summary.ok:
        detail = f"{run.problem_count} problems; nothing was imported from this file"
        body = ImportOut.from_orm(run).model_dump()
        return Status(400, {**body, "detail": detail})
    return Status(200, run)
