"""/api/v1/assessments as a contract: drafts, answers, submission, shares, export, deletion."""

from __future__ import annotations

from typing import Any

from django.test import Client

from tests.integration.assessments.answer_sheets import sheet
from tests.world import World


def _client(world: World, key: str) -> Client:
    client = Client()
    client.force_login(world.people[key].user)
    return client


def _post(client: Client, url: str, body: dict[str, Any]) -> Any:
    return client.post(url, body, content_type="application/json")


def test_a_rep_takes_an_instrument_through_the_api(world: World) -> None:
    client = _client(world, "R1")
    keys = {i["key"] for i in client.get("/api/v1/assessments/instruments").json()}
    assert keys == {
        "achievement_drive",
        "behaviour_style",
        "observed_style",
        "purpose",
        "selling_focus",
    }
    started = _post(client, "/api/v1/assessments", {"instrument": "achievement_drive"})
    assert started.status_code == 201
    draft = started.json()
    assert draft["status"] == "draft"
    assert "sb_luck" in draft["missing"]
    url = f"/api/v1/assessments/{draft['id']}"

    bad = _post(client, f"{url}/answers", {"answers": {"sb_luck": 6}})
    assert bad.status_code == 400
    assert bad.json()["detail"].startswith("sb_luck: 6 is outside the scale")

    partial = _post(client, f"{url}/submit", {"answers": {"sb_luck": 2}})
    assert partial.status_code == 200
    assert partial.json()["status"] == "draft"
    assert partial.json()["summary"] is None

    done = _post(client, f"{url}/submit", {"answers": sheet("achievement_drive", 4)})
    body = done.json()
    assert body["status"] == "submitted"
    # Three items per dimension, one reverse-keyed: (4 + 4 + 2) / 3 → 58.3.
    assert body["summary"]["overall"]["score"] == 58.3
    again = _post(client, f"{url}/answers", {"answers": {"sb_luck": 3}})
    assert again.status_code == 400  # a submitted response is never changed


def test_shares_through_the_api_open_and_close_the_summary(world: World) -> None:
    rep = _client(world, "R1")
    draft = _post(rep, "/api/v1/assessments", {"instrument": "purpose"}).json()
    _post(rep, f"/api/v1/assessments/{draft['id']}/submit", {"answers": sheet("purpose")})
    refused = _post(
        rep,
        "/api/v1/assessments/shares",
        {"instrument": "purpose", "recipient_id": world.people["M2"].pk},
    )
    assert refused.status_code == 400
    share = _post(
        rep,
        "/api/v1/assessments/shares",
        {"instrument": "purpose", "recipient_id": world.people["M1"].pk},
    ).json()
    summaries = f"/api/v1/assessments/people/{world.people['R1'].pk}/summaries"
    seen = _client(world, "M1").get(summaries).json()
    assert [s["instrument"] for s in seen] == ["purpose"]
    assert "answers" not in seen[0]["summary"]
    revoked = _post(rep, f"/api/v1/assessments/shares/{share['id']}/revoke", {})
    assert revoked.json()["revoked_at"] is not None
    assert _client(world, "M1").get(summaries).json() == []


def test_export_and_delete_through_the_api(world: World) -> None:
    rep = _client(world, "R1")
    draft = _post(rep, "/api/v1/assessments", {"instrument": "purpose"}).json()
    exported = rep.get("/api/v1/assessments/export").json()
    assert [r["id"] for r in exported["responses"]] == [draft["id"]]
    deleted = rep.delete("/api/v1/assessments")
    assert deleted.json() == {"deleted": 1}
    assert rep.get("/api/v1/assessments").json() == []


def test_an_unknown_instrument_is_a_clear_400(world: World) -> None:
    response = _post(_client(world, "R1"), "/api/v1/assessments", {"instrument": "grit"})
    assert response.status_code == 400
    assert "grit" in response.json()["detail"]


def test_the_api_needs_a_sign_in(world: World) -> None:
    assert Client().get("/api/v1/assessments").status_code == 401
