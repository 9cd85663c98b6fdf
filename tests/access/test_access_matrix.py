"""Generated access matrix: every viewer × record × surface, against the hand-written tables."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.test import Client

from tests.access.matrix import (
    ADMIN_SITE,
    CALENDAR_FOR,
    IMPORTS_VISIBLE,
    ORG_A,
    ORG_B,
    ORG_IMPORTS,
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
    kind: str  # "people" | "deals" | "activities" | "calls" | "scorecard" (a rep's selling records)
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
        "page scorecard",
        "scorecard",
        lambda w, k: f"/coaching/people/{w.people[k].pk}/scorecard/",
        False,
    ),
    Surface(
        "api scorecard",
        "scorecard",
        lambda w, k: f"/api/v1/people/{w.people[k].pk}/scorecard",
        False,
    ),
    Surface(
        "page activities list",
        "activities",
        lambda w, k: "/pipeline/activities/",
        True,
        lambda w, k: f"Activity {k}<",
    ),
    Surface("api calls list", "calls", lambda w, k: "/api/v1/calls", True),
    Surface("api call detail", "calls", lambda w, k: f"/api/v1/calls/{w.calls[k].pk}", False),
    Surface(
        "page calls list",
        "calls",
        lambda w, k: "/calls/",
        True,
        lambda w, k: f'href="/calls/{w.calls[k].pk}/"',
    ),
    Surface("page call detail", "calls", lambda w, k: f"/calls/{w.calls[k].pk}/", False),
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


IMPORT_FILE_KINDS = ("stages", "people", "deals", "stage-changes", "activities", "quotas")


@pytest.mark.parametrize(
    ("surface", "viewer", "kind"),
    [
        pytest.param(s, v, k, id=f"import {s}:{v}:{k}")
        for s in ("page", "api")
        for v in VIEWERS
        for k in IMPORT_FILE_KINDS
    ],
)
def test_organisation_files_are_imported_only_by_the_roles_that_may(
    world: World, surface: str, viewer: str, kind: str
) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    from salescoach.pipeline.models import ImportRun

    client = Client()
    client.force_login(world.people[viewer].user)
    header_only = SimpleUploadedFile(f"{kind}.csv", b"just,a,header\n")  # refused, stores nothing
    url = "/pipeline/imports/" if surface == "page" else "/api/v1/imports"
    response = client.post(url, {"kind": kind, "file": header_only})
    allowed = kind in ORG_IMPORTS[viewer]
    if surface == "page":
        assert response.status_code == (302 if allowed else 400)
    else:
        assert response.status_code == (400 if allowed else 403)
        assert ("problems" in response.json()) is allowed
    runs = ImportRun.objects.filter(imported_by=world.people[viewer])
    assert runs.count() == (1 if allowed else 0)
    if allowed:
        assert runs.get().organization == world.people[viewer].organization


CALENDAR = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//matrix//EN\r
BEGIN:VEVENT\r
UID:matrix-1\r
DTSTART:20260120T090000Z\r
DTEND:20260120T100000Z\r
SUMMARY:Planning\r
END:VEVENT\r
END:VCALENDAR\r
"""


@pytest.mark.parametrize(
    ("surface", "viewer", "target"),
    [
        pytest.param(s, v, t, id=f"calendar {s}:{v}->{t}")
        for s in ("page", "api")
        for v in VIEWERS
        for t in PEOPLE
    ],
)
def test_a_calendar_is_imported_only_for_a_person_in_scope(
    world: World, surface: str, viewer: str, target: str
) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    from salescoach.pipeline.models import Activity

    client = Client()
    client.force_login(world.people[viewer].user)
    person = world.people[target]
    url = "/pipeline/imports/" if surface == "page" else "/api/v1/imports"
    field = "person" if surface == "page" else "person_id"
    upload = SimpleUploadedFile("cal.ics", CALENDAR)
    response = client.post(url, {"kind": "calendar", "file": upload, field: person.pk})
    allowed = target in CALENDAR_FOR[viewer]
    if surface == "page":
        assert response.status_code == (302 if allowed else 400)
    else:
        assert response.status_code == (200 if allowed else 404)
    stored = Activity.objects.filter(person=person, external_id="ics:matrix-1").exists()
    assert stored is allowed


@pytest.mark.parametrize(
    ("surface", "viewer", "target"),
    [
        pytest.param(s, v, t, id=f"import history {s}:{v}->{t}")
        for s in ("list", "detail")
        for v in VIEWERS
        for t in PEOPLE
    ],
)
def test_the_import_history_shows_the_imports_of_people_in_scope(
    world: World, surface: str, viewer: str, target: str
) -> None:
    from salescoach.pipeline.models import ImportRun

    importer = world.people[target]
    run = ImportRun.objects.create(
        organization=importer.organization,
        imported_by=importer,
        kind="deals",
        file_name=f"file-of-{target}.csv",
        accepted=True,
    )
    client = Client()
    client.force_login(world.people[viewer].user)
    allowed = target in IMPORTS_VISIBLE[viewer]
    if surface == "list":
        response = client.get("/pipeline/imports/")
        assert response.status_code == 200
        assert (f"file-of-{target}.csv<" in response.content.decode()) is allowed
    else:
        response = client.get(f"/pipeline/imports/{run.pk}/")
        assert response.status_code == (200 if allowed else 404)


@pytest.mark.parametrize(
    ("viewer", "target"),
    [pytest.param(v, t, id=f"analytics:{v}->{t}") for v in VIEWERS for t in REPS],
)
def test_pipeline_analytics_open_a_rep_only_in_scope(
    world: World, viewer: str, target: str
) -> None:
    client = Client()
    client.force_login(world.people[viewer].user)
    response = client.get("/pipeline/analytics/", {"person": world.people[target].pk})
    shown = response.status_code == 200 and f'<th class="num">Person {target}</th>' in (
        response.content.decode()
    )
    assert shown is (target in WORK_VISIBLE[viewer])
    # Administrators get the page without figures; everyone else outside scope a 404.
    assert response.status_code == (200 if shown or viewer == "AD" else 404)


@pytest.mark.parametrize(
    ("viewer", "target"),
    [pytest.param(v, t, id=f"deals export:{v}->{t}") for v in VIEWERS for t in REPS],
)
def test_the_deals_export_holds_only_deals_in_scope(world: World, viewer: str, target: str) -> None:
    client = Client()
    client.force_login(world.people[viewer].user)
    response = client.get("/pipeline/deals/export.csv")
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    assert (f"\r\nD-{target}," in body) is (target in WORK_VISIBLE[viewer])


@pytest.mark.parametrize(
    ("viewer", "target"),
    [pytest.param(v, t, id=f"calls export:{v}->{t}") for v in VIEWERS for t in REPS],
)
def test_the_calls_export_holds_only_calls_in_scope(world: World, viewer: str, target: str) -> None:
    client = Client()
    client.force_login(world.people[viewer].user)
    response = client.get("/calls/export.csv")
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    assert (f"\r\n{world.calls[target].pk},Call {target}," in body) is (
        target in WORK_VISIBLE[viewer]
    )
