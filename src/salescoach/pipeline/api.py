"""JSON API for deals and activities."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Router, Schema
from ninja.pagination import PageNumberPagination, paginate

from salescoach.org.api import ERRORS, api_viewer
from salescoach.pipeline import selectors
from salescoach.pipeline.models import Activity, Deal

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
