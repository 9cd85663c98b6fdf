"""Generated access matrix: every viewer × record × surface, against the hand-written tables."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.test import Client

from tests.access.matrix import (
    ADMIN_SITE,
    ORG_A,
    ORG_B,
    PEOPLE_VISIBLE,
    REPS,
    VIEWERS,
    WORK_VISIBLE,
)
from tests.world import World

PEOPLE = ORG_A + ORG_B


@dataclass(frozen=True)
class Surface:
    """One way to reach a kind of record: a list (is it listed?) or a detail (200 or 404?)."""

    name: str
    kind: str  # "people" | "deals" | "activities" | "calls"
    url: Callable[[World, str], str]
    is_list: bool
    marker: Callable[[World, str], str] = lambda w, key: ""


def _id_in_api_list(body: dict[str, object], pk: int) -> bool:
    items = body["items"]
    assert isinstance(items, list)
    return any(item["id"] == pk for item in items)


SURFACES = (
    Surface("api people list", "people", lambda w, k: "/api/v1/people?page_size=100", True),
    Surface("api person detail", "people", lambda w, k: f"/api/v1/people/{w.people[k].pk}", False),
    Surface(
        "page people list",
        "people",
        lambda w, k: "/people/",
        True,
        lambda w, k: f'href="/people/{w.people[k].pk}/"',
    ),
    Surface("page person detail", "people", lambda w, k: f"/people/{w.people[k].pk}/", False),
    Surface("api deals list", "deals", lambda w, k: "/api/v1/deals", True),
    Surface("api deal detail", "deals", lambda w, k: f"/api/v1/deals/{w.deals[k].pk}", False),
    Surface(
        "page deals list",
        "deals",
        lambda w, k: "/pipeline/deals/",
        True,
        lambda w, k: f'href="/pipeline/deals/{w.deals[k].pk}/"',
    ),
    Surface("page deal detail", "deals", lambda w, k: f"/pipeline/deals/{w.deals[k].pk}/", False),
    Surface("api activities list", "activities", lambda w, k: "/api/v1/activities", True),
    Surface(
        "page activities list",
        "activities",
        lambda w, k: "/pipeline/activities/",
        True,
        lambda w, k: f"Activity {k}<",
    ),
)

CASES = [
    pytest.param(surface, viewer, target, id=f"{surface.name}:{viewer}->{target}")
    for surface in SURFACES
    for viewer in VIEWERS
    for target in (PEOPLE if surface.kind == "people" else REPS)
]


def _expected(surface: Surface, viewer: str, target: str) -> bool:
    table = PEOPLE_VISIBLE if surface.kind == "people" else WORK_VISIBLE
    return target in table[viewer]


def _pk(world: World, surface: Surface, target: str) -> int:
    if surface.kind == "people":
        return world.people[target].pk
    if surface.kind == "deals":
        return world.deals[target].pk
    if surface.kind == "calls":
        return world.calls[target].pk
    return world.activities[target].pk


@pytest.mark.parametrize(("surface", "viewer", "target"), CASES)
def test_access_matrix(world: World, surface: Surface, viewer: str, target: str) -> None:
    client = Client()
    client.force_login(world.people[viewer].user)
    response = client.get(surface.url(world, target))
    allowed = _expected(surface, viewer, target)
    if surface.is_list:
        assert response.status_code == 200
        if surface.name.startswith("api"):
            listed = _id_in_api_list(response.json(), _pk(world, surface, target))
        else:
            listed = surface.marker(world, target) in response.content.decode()
        assert listed is allowed
    else:
        assert response.status_code == (200 if allowed else 404)


@pytest.mark.parametrize("viewer", VIEWERS)
def test_only_admins_open_the_configuration_screens(world: World, viewer: str) -> None:
    client = Client()
    client.force_login(world.people[viewer].user)
    response = client.get("/admin/org/person/")
    if viewer in ADMIN_SITE:
        assert response.status_code == 200
        body = response.content.decode()
        # Scoped to the admin's own organisation: every person of A, nobody of B.
        assert all(world.people[p].email in body for p in ORG_A)
        assert not any(world.people[p].email in body for p in ORG_B)
    else:
        assert response.status_code in (302, 403)


@pytest.mark.parametrize("viewer", VIEWERS)
def test_every_role_gets_a_home_page_and_the_process_of_their_own_organisation(
    world: World, viewer: str
) -> None:
    client = Client()
    client.force_login(world.people[viewer].user)
    assert client.get("/").status_code == 200
    process = client.get("/pipeline/process/")
    assert process.status_code == 200


def test_an_admin_cannot_open_another_organisations_person_in_the_configuration_screens(
    world: World,
) -> None:
    client = Client()
    client.force_login(world.people["AD"].user)
    response = client.get(f"/admin/org/person/{world.people['RB'].pk}/change/")
    assert response.status_code in (302, 404)
    assert world.people["RB"].email not in response.content.decode()


UPLOAD = """WEBVTT

00:00:00.000 --> 00:00:04.000
<v Person {rep}>What made you look at this now?</v>

00:00:04.500 --> 00:00:09.000
<v Jo Buyer>We struggle with our reporting.</v>
"""


@pytest.mark.parametrize(
    ("viewer", "rep"),
    [
        pytest.param(v, r, id=f"upload:{v}->{r}")
        for v in VIEWERS
        for r in REPS
        if (v in ORG_A) == (r in ORG_A)  # a name from another organisation means nobody here
    ],
)
def test_a_call_can_be_uploaded_only_for_a_rep_in_scope(
    world: World, viewer: str, rep: str
) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    from salescoach.calls.models import Call

    client = Client()
    client.force_login(world.people[viewer].user)
    before = Call.objects.count()
    upload = SimpleUploadedFile("u.vtt", UPLOAD.format(rep=rep).encode())
    response = client.post("/calls/upload/", {"transcript": upload, "kind": "sales"})
    # A rep uploads only their own calls; a manager for their teams; enablement for anyone in
    # the organisation; an administrator never.
    allowed = rep in WORK_VISIBLE[viewer] and (viewer == rep or not viewer.startswith("R"))
    assert response.status_code == (302 if allowed else 400)
    assert Call.objects.count() == before + (1 if allowed else 0)


def test_a_name_from_another_organisation_is_just_a_stranger(world: World) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    from salescoach.calls.models import Call

    client = Client()
    client.force_login(world.people["RB"].user)
    upload = SimpleUploadedFile("u.vtt", UPLOAD.format(rep="R1").encode())
    assert client.post("/calls/upload/", {"transcript": upload}).status_code == 302
    call = Call.objects.latest("pk")
    assert call.owner == world.people["RB"]
    assert call.organization == world.orgs["B"]
