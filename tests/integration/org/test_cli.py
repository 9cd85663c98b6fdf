"""The `salescoach` console script: users, tokens and usage errors."""

from __future__ import annotations

import json

import pytest

from salescoach.org.models import ApiToken
from tests.world import World


def test_users_list_prints_every_login_as_json(
    cli, world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(["users", "list", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 11
    m1 = next(r for r in rows if r["email"] == world.people["M1"].email)
    assert m1 == {
        "email": "m1@acme.test",
        "name": "Person M1",
        "role": "manager",
        "team": None,
        "organization": "acme",
    }


def test_token_create_prints_a_working_token(
    cli, world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    from django.test import Client

    assert cli(["token", "create", world.people["R2"].email]) == 0
    secret = capsys.readouterr().out.strip()
    assert secret.startswith("sc_")
    response = Client().get("/api/v1/me", HTTP_AUTHORIZATION=f"Bearer {secret}")
    assert response.json()["id"] == world.people["R2"].pk


def test_token_create_for_an_unknown_login_fails_with_exit_1(
    cli, world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(["token", "create", "nobody@acme.test"]) == 1
    assert "no login with e-mail nobody@acme.test" in capsys.readouterr().err
    assert ApiToken.objects.count() == 0


@pytest.mark.parametrize(
    "argv", [["users"], ["users", "list", "--format", "xml"], ["token"], ["demo", "--seed", "x"]]
)
def test_bad_usage_exits_2_with_a_usage_message(
    cli, db: None, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(argv) == 2
    assert "usage:" in capsys.readouterr().err
