"""Sign-in, sign-out, role home pages and the htmx partials."""

from __future__ import annotations

from django.test import Client

from tests.world import PASSWORD, World


def test_pages_require_sign_in(world: World) -> None:
    response = Client().get("/pipeline/deals/")
    assert response.status_code == 302
    assert response["Location"].startswith("/login/")


def test_a_wrong_password_says_so_and_signs_nobody_in(world: World) -> None:
    client = Client()
    response = client.post("/login/", {"username": world.people["R1"].email, "password": "nope"})
    assert response.status_code == 200
    assert "do not match an active login" in response.content.decode()
    assert client.get("/").status_code == 302


def test_an_unknown_user_gets_the_same_message(world: World) -> None:
    response = Client().post("/login/", {"username": "ghost@acme.test", "password": PASSWORD})
    assert "do not match an active login" in response.content.decode()


def test_a_manager_signs_in_and_sees_their_team_on_the_home_page(world: World) -> None:
    client = Client()
    response = client.post(
        "/login/", {"username": world.people["M1"].email, "password": PASSWORD}, follow=True
    )
    body = response.content.decode()
    assert "Your team" in body
    assert "Person R1<" in body
    assert "Person R1a<" in body
    assert "Person R2<" not in body


def test_sign_out_ends_the_session(world: World) -> None:
    client = Client()
    client.force_login(world.people["R1"].user)
    client.post("/logout/")
    assert client.get("/").status_code == 302


def test_an_htmx_request_gets_only_the_table(world: World) -> None:
    client = Client()
    client.force_login(world.people["E"].user)
    full = client.get("/people/?q=R1").content.decode()
    partial = client.get("/people/?q=R1", HTTP_HX_REQUEST="true").content.decode()
    assert "<html" in full
    assert "<html" not in partial
    assert "Person R1<" in partial
    assert "Person R2<" not in partial


def test_deal_list_filters_by_outcome_and_ignores_unknown_values(world: World) -> None:
    client = Client()
    client.force_login(world.people["E"].user)
    assert "Deal R1<" not in client.get("/pipeline/deals/?outcome=won").content.decode()
    assert "Deal R1<" in client.get("/pipeline/deals/?outcome=bogus").content.decode()


def test_pages_send_a_content_security_policy_and_no_store(world: World) -> None:
    client = Client()
    client.force_login(world.people["R1"].user)
    response = client.get("/")
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert response["Cache-Control"] == "no-store"


def test_the_home_page_query_count_does_not_grow_with_the_team(
    world: World, django_assert_max_num_queries
) -> None:
    client = Client()
    client.force_login(world.people["E"].user)
    with django_assert_max_num_queries(12):
        client.get("/")
