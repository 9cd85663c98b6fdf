"""The JSON API's authentication, /me, pagination and error answers."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.utils import timezone

from salescoach.org.models import ApiToken
from salescoach.org.services import create_api_token, revoke_api_token
from tests.world import World


def _bearer(secret: str) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": f"Bearer {secret}"}


def test_an_anonymous_request_gets_401_with_a_clear_message(world: World) -> None:
    response = Client().get("/api/v1/deals")
    assert response.status_code == 401
    assert "Not authenticated" in response.json()["detail"]


def test_me_describes_the_caller_by_token(world: World) -> None:
    m1 = world.people["M1"]
    issued = create_api_token(user=m1.user)
    response = Client().get("/api/v1/me", **_bearer(issued.secret))
    assert response.status_code == 200
    assert response.json() == {
        "id": m1.pk,
        "email": m1.email,
        "name": m1.name,
        "role": "manager",
        "organization_id": world.orgs["A"].pk,
        "team_ids": [world.teams["T1"].pk],  # leads T1 only; T1a is led by M1a
    }


def test_a_deal_carries_owner_team_and_organization_ids(world: World) -> None:
    client = Client()
    client.force_login(world.people["R1"].user)
    body = client.get("/api/v1/deals").json()
    assert body["count"] == 1
    item = body["items"][0]
    assert item["owner_id"] == world.people["R1"].pk
    assert item["team_id"] == world.teams["T1"].pk
    assert item["organization_id"] == world.orgs["A"].pk


@pytest.mark.parametrize(
    ("make_bad", "reason"),
    [
        (
            lambda t: ApiToken.objects.filter(pk=t.pk).update(
                expires_at=timezone.now() - dt.timedelta(seconds=1)
            ),
            "token expired",
        ),
        (lambda t: revoke_api_token(token=t), "token revoked"),
    ],
)
def test_an_expired_or_revoked_token_is_refused_with_the_reason(
    world: World, make_bad, reason
) -> None:
    issued = create_api_token(user=world.people["R1"].user)
    make_bad(issued.token)
    response = Client().get("/api/v1/me", **_bearer(issued.secret))
    assert response.status_code == 401
    assert reason in response.json()["detail"]


def test_an_unknown_token_is_refused(world: World) -> None:
    response = Client().get("/api/v1/me", **_bearer("sc_not-a-real-token"))
    assert response.status_code == 401
    assert "unknown token" in response.json()["detail"]


def test_only_the_digest_of_a_token_is_stored(world: World) -> None:
    issued = create_api_token(user=world.people["R1"].user)
    stored = ApiToken.objects.get(pk=issued.token.pk)
    assert issued.secret not in (stored.digest, stored.prefix)
    assert len(stored.digest) == 64


def test_lists_are_paginated(world: World) -> None:
    client = Client()
    client.force_login(world.people["E"].user)
    body = client.get("/api/v1/people?page=1").json()
    assert body["count"] == 8  # everyone in organisation A
    assert len(body["items"]) == 8
    assert client.get("/api/v1/people?page=2").status_code in (200, 404)


def test_the_openapi_document_lists_every_endpoint(world: World) -> None:
    doc = Client().get("/api/v1/openapi.json").json()
    assert {
        "/api/v1/me",
        "/api/v1/people",
        "/api/v1/people/{person_id}",
        "/api/v1/deals",
        "/api/v1/deals/{deal_id}",
        "/api/v1/activities",
    } <= set(doc["paths"])
    for path, operations in doc["paths"].items():
        for operation in operations.values():
            assert {"401", "404"} <= set(operation["responses"]), path


def test_another_organisations_deal_answers_404_not_403(world: World) -> None:
    client = Client()
    client.force_login(world.people["E"].user)
    response = client.get(f"/api/v1/deals/{world.deals['RB'].pk}")
    assert response.status_code == 404
    assert response.json() == {"detail": "Not found"}
