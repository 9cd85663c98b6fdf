"""JSON API for the caller, people and teams."""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Field, Router, Schema
from ninja.pagination import PageNumberPagination, paginate

from salescoach.org import selectors
from salescoach.org.access import Viewer, viewer_for_user
from salescoach.org.models import Person

router = Router(tags=["people"])


class ErrorOut(Schema):
    detail: str


ERRORS: dict[int, type[Schema]] = {401: ErrorOut, 403: ErrorOut, 404: ErrorOut}


class MeOut(Schema):
    id: int = Field(description="The person's id (the one `owner_id` uses on deals).")
    email: str
    name: str
    role: str
    organization_id: int
    team_ids: list[int]


class PersonOut(Schema):
    id: int
    name: str
    email: str
    role: str
    organization_id: int
    team_id: int | None
    manager_id: int | None
    is_active: bool


def api_viewer(request: HttpRequest) -> Viewer:
    """The access-layer viewer for an authenticated API request."""
    return viewer_for_user(request.auth)  # type: ignore[attr-defined]


@router.get("/me", response={200: MeOut, **ERRORS}, summary="Who am I")
def me(request: HttpRequest) -> MeOut:
    viewer = api_viewer(request)
    person = selectors.get_person_for_viewer(viewer=viewer, pk=viewer.person_id)
    return MeOut(
        id=person.pk,
        email=person.email,
        name=person.name,
        role=person.role,
        organization_id=person.organization_id,
        team_ids=selectors.team_ids_of(person),
    )


@router.get("/people", response={200: list[PersonOut], **ERRORS}, summary="People in scope")
@paginate(PageNumberPagination, page_size=50)
def list_people(
    request: HttpRequest, search: str = "", team_id: int | None = None
) -> QuerySet[Person]:
    viewer = api_viewer(request)
    return selectors.visible_people(viewer=viewer, search=search, team_id=team_id)


@router.get("/people/{person_id}", response={200: PersonOut, **ERRORS}, summary="One person")
def get_person(request: HttpRequest, person_id: int) -> Person:
    return selectors.get_person_for_viewer(viewer=api_viewer(request), pk=person_id)
