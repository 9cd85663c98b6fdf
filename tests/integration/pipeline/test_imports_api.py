"""POST /api/v1/imports: the same imports and rules as the page, as a JSON contract."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from salescoach.pipeline.models import Deal, ImportRun
from tests.world import World

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "imports"


def _client(world: World, key: str) -> Client:
    client = Client()
    client.force_login(world.people[key].user)
    return client


def _post(client: Client, kind: str, name: str, content: bytes | None = None, **extra):
    data = content if content is not None else (FIXTURES / name).read_bytes()
    return client.post(
        "/api/v1/imports", {"kind": kind, "file": SimpleUploadedFile(name, data), **extra}
    )


@pytest.fixture
def stocked(world: World) -> World:
    assert _post(_client(world, "E"), "stages", "stages.csv").status_code == 200
    assert _post(_client(world, "AD"), "people", "people.csv").status_code == 200
    return world


def test_an_accepted_file_answers_its_summary(stocked: World) -> None:
    response = _post(_client(stocked, "E"), "deals", "deals.csv")
    assert response.status_code == 200
    body = response.json()
    run = ImportRun.objects.latest("pk")
    assert body == {
        "id": run.pk,
        "kind": "deals",
        "file_name": "deals.csv",
        "accepted": True,
        "rows": 4,
        "created": 4,
        "updated": 0,
        "unchanged": 0,
        "rejected": 0,
        "problem_count": 0,
        "problems": [],
        "notes": [],
    }
    again = _post(_client(stocked, "E"), "deals", "deals.csv").json()
    assert (again["created"], again["unchanged"]) == (0, 4)


def test_a_refused_file_answers_400_with_the_problems_and_stores_nothing(stocked: World) -> None:
    before = Deal.objects.count()
    response = _post(_client(stocked, "E"), "deals", "bad_deals.csv")
    assert response.status_code == 400
    body = response.json()
    assert body["detail"] == "5 problems; nothing was imported from this file"
    assert (body["accepted"], body["problem_count"], body["rejected"]) == (False, 5, 6)
    assert (
        "row 4, column 'owner_email': no person ghost@acme.test in the organisation"
        in (body["problems"])
    )
    assert Deal.objects.count() == before


def test_a_salesforce_layout_and_a_mapping_file_are_taken(stocked: World) -> None:
    client = _client(stocked, "E")
    forced = _post(client, "deals", "salesforce_deals.csv", layout="salesforce")
    assert forced.status_code == 200, forced.json()
    assert forced.json()["created"] == 2
    mapping = SimpleUploadedFile("mapping.json", (FIXTURES / "mapping.json").read_bytes())
    mapped = _post(client, "deals", "custom_deals.csv", mapping=mapping)
    assert mapped.status_code == 200, mapped.json()
    assert Deal.objects.filter(external_id="X-1").exists()


def test_a_bad_request_answers_400_or_422_with_a_reason(stocked: World) -> None:
    client = _client(stocked, "E")
    wrong_layout = _post(client, "stages", "stages.csv", layout="hubspot")
    assert wrong_layout.status_code == 400
    assert wrong_layout.json() == {"detail": "layout: hubspot exports are read for deals only"}
    assert _post(client, "invoices", "stages.csv").status_code == 422
    assert client.post("/api/v1/imports", {"kind": "stages"}).status_code == 422


def test_a_role_that_may_not_import_a_kind_gets_403(stocked: World) -> None:
    response = _post(_client(stocked, "R1"), "deals", "deals.csv")
    assert response.status_code == 403
    assert response.json() == {"detail": "Your role may not import deals."}
    assert _post(_client(stocked, "E"), "people", "people.csv").status_code == 403


def test_a_calendar_for_someone_outside_the_callers_scope_is_404(stocked: World) -> None:
    client = _client(stocked, "M2")
    outside = _post(client, "calendar", "calendar.ics", person_id=str(stocked.people["R1"].pk))
    assert outside.status_code == 404
    inside = _post(client, "calendar", "calendar.ics", person_id=str(stocked.people["R2"].pk))
    assert inside.status_code == 200
    assert inside.json()["created"] == 2


def test_the_import_operation_is_documented_with_its_answers(client: Client) -> None:
    spec = client.get("/api/v1/openapi.json").json()
    operation = spec["paths"]["/api/v1/imports"]["post"]
    assert set(operation["responses"]) >= {"200", "400", "401", "403", "404", "422"}
    assert "multipart/form-data" in operation["requestBody"]["content"]
