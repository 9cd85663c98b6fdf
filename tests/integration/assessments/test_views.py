"""The assessment pages: taking an instrument with htmx saves, results, sharing, export."""

from __future__ import annotations

import json

from django.test import Client

from salescoach.assessments.models import AssessmentResponse, ResponseStatus, SummaryShare
from tests.integration.assessments.answer_sheets import sheet, submit
from tests.world import World


def _client(world: World, key: str) -> Client:
    client = Client()
    client.force_login(world.people[key].user)
    return client


def _form(key: str, response_id: int, likert: int = 4) -> dict[str, str]:
    data = {f"item-{k}": str(v) for k, v in sheet(key, likert).items()}
    data["response"] = str(response_id)
    return data


def test_opening_an_instrument_starts_a_draft_and_reopening_resumes_it(world: World) -> None:
    client = _client(world, "R1")
    page = client.get("/assessments/take/achievement_drive/")
    assert page.status_code == 200
    draft = AssessmentResponse.objects.get(person=world.people["R1"])
    assert f'name="response" value="{draft.pk}"' in page.content.decode()
    assert 'name="viewport"' in page.content.decode()  # phone-sized screens
    client.get("/assessments/take/achievement_drive/")
    assert AssessmentResponse.objects.filter(person=world.people["R1"]).count() == 1


def test_an_htmx_post_saves_one_answer_and_answers_with_the_fragment(world: World) -> None:
    client = _client(world, "R1")
    client.get("/assessments/take/achievement_drive/")
    draft = AssessmentResponse.objects.get(person=world.people["R1"])
    response = client.post(
        "/assessments/take/achievement_drive/",
        {"response": draft.pk, "save_item": "sb_luck", "item-sb_luck": "2"},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert body.startswith('<span id="saved-sb_luck"')
    assert "Saved" in body
    assert "<html" not in body
    draft.refresh_from_db()
    assert draft.answers == {"sb_luck": 2}
    assert draft.status == ResponseStatus.DRAFT
    assert draft.summary is None


def test_an_out_of_range_answer_is_refused_naming_the_item(world: World) -> None:
    client = _client(world, "R1")
    client.get("/assessments/take/achievement_drive/")
    draft = AssessmentResponse.objects.get(person=world.people["R1"])
    one = client.post(
        "/assessments/take/achievement_drive/",
        {"response": draft.pk, "save_item": "sb_luck", "item-sb_luck": "7"},
        headers={"HX-Request": "true"},
    )
    assert one.status_code == 400
    assert "sb_luck: 7 is outside the scale 1..5" in one.content.decode()
    data = _form("achievement_drive", draft.pk)
    data["item-co_drop"] = "0"
    whole = client.post("/assessments/take/achievement_drive/", data)
    assert whole.status_code == 400
    assert "co_drop: 0 is outside the scale 1..5" in whole.content.decode()
    draft.refresh_from_db()
    assert draft.answers == {}
    assert draft.status == ResponseStatus.DRAFT


def test_submitting_a_complete_form_shows_results_with_bands_and_a_chart(world: World) -> None:
    client = _client(world, "R1")
    client.get("/assessments/take/achievement_drive/")
    draft = AssessmentResponse.objects.get(person=world.people["R1"])
    data = _form("achievement_drive", draft.pk)
    data["item-lb_thought"] = "Big accounts are not for me."
    response = client.post("/assessments/take/achievement_drive/", data, follow=True)
    assert response.status_code == 200
    body = response.content.decode()
    assert "<svg" in body
    assert "Self-belief" in body
    assert "58.3" in body  # (4 + 4 + 2) / 3 = 3.333 → (3.333 − 1) / 4 × 100
    assert "Big accounts are not for me." in body  # the owner sees their own words


def test_an_incomplete_form_is_kept_as_a_draft(world: World) -> None:
    client = _client(world, "R1")
    client.get("/assessments/take/purpose/")
    draft = AssessmentResponse.objects.get(person=world.people["R1"])
    response = client.post(
        "/assessments/take/purpose/", {"response": draft.pk, "item-cl_explain": "5"}
    )
    assert response.status_code == 200
    assert "Saved as a draft" in response.content.decode()
    draft.refresh_from_db()
    assert draft.answers == {"cl_explain": 5}
    assert draft.summary is None


def test_a_tampered_response_id_cannot_score_someone_elses_response(world: World) -> None:
    _client(world, "R2").get("/assessments/take/purpose/")
    theirs = AssessmentResponse.objects.get(person=world.people["R2"])
    client = _client(world, "R1")
    response = client.post("/assessments/take/purpose/", _form("purpose", theirs.pk))
    assert response.status_code == 404
    one = client.post(
        "/assessments/take/purpose/",
        {"response": theirs.pk, "save_item": "cl_explain", "item-cl_explain": "5"},
        headers={"HX-Request": "true"},
    )
    assert one.status_code == 404
    theirs.refresh_from_db()
    assert theirs.answers == {}
    assert theirs.status == ResponseStatus.DRAFT


def test_sharing_and_revoking_from_the_page(world: World) -> None:
    submit(world.people["R1"], "achievement_drive")
    client = _client(world, "R1")
    client.post(
        "/assessments/share/",
        {"instrument": "achievement_drive", "recipient": world.people["M1"].pk},
    )
    share = SummaryShare.objects.get()
    manager = _client(world, "M1")
    page = manager.get(f"/assessments/people/{world.people['R1'].pk}/").content.decode()
    assert "Self-belief" in page
    assert "sb_luck" not in page
    client.post(f"/assessments/shares/{share.pk}/revoke/")
    page = manager.get(f"/assessments/people/{world.people['R1'].pk}/").content.decode()
    assert "shares no summary with you" in page


def test_export_downloads_every_answer_as_json(world: World) -> None:
    submit(world.people["R1"], "achievement_drive", lb_thought="Mine alone.")
    response = _client(world, "R1").get("/assessments/export/")
    assert response["Content-Disposition"].startswith("attachment;")
    data = json.loads(response.content)
    assert data["format"] == "salescoach.assessments.export"
    assert data["responses"][0]["answers"]["lb_thought"] == "Mine alone."


def test_delete_asks_first_then_removes_everything(world: World) -> None:
    submit(world.people["R1"], "achievement_drive")
    client = _client(world, "R1")
    assert "Delete all my answers?" in client.get("/assessments/delete/").content.decode()
    assert AssessmentResponse.objects.count() == 1
    client.post("/assessments/delete/")
    assert AssessmentResponse.objects.count() == 0


def test_the_organisation_page_withholds_small_groups_and_is_for_enablement(
    world: World,
) -> None:
    submit(world.people["R1"], "achievement_drive")
    page = _client(world, "E").get("/assessments/organisation/")
    assert page.status_code == 200
    assert "Withheld: fewer than 5 people" in page.content.decode()
    for key in ("R1", "M1", "AD"):
        assert _client(world, key).get("/assessments/organisation/").status_code == 404


def test_an_observed_customer_style_gets_the_three_as_against_the_reps_own_style(
    world: World,
) -> None:
    # Own style: every likert 5 → assertiveness items 5,5,5 and reverse 1,1,1 → mean 3 → 50;
    # the same for responsiveness → 50, 50: Talker (50 counts as tell / emotive).
    submit(world.people["R1"], "behaviour_style", likert=5)
    client = _client(world, "R1")
    page = client.get("/assessments/take/observed_style/?subject=Jo Buyer").content.decode()
    assert 'value="Jo Buyer"' in page
    draft = AssessmentResponse.objects.get(person=world.people["R1"], status="draft")
    assert draft.subject == "Jo Buyer"
    # Observed: every likert 1 → each axis: two items 1 and one reverse-keyed 5 → mean 7/3 →
    # (2.333 − 1) / 4 × 100 = 33.3 on both axes: Controller.
    result = client.post(
        "/assessments/take/observed_style/", _form("observed_style", draft.pk, 1), follow=True
    )
    body = result.content.decode()
    assert "Primary style <strong>Controller</strong>" in body
    assert "Awareness" in body
    assert "Action" in body


def test_enablement_places_the_organisation_and_sees_it_beside_the_records(
    world: World,
) -> None:
    client = _client(world, "E")
    client.get("/assessments/take/coaching_maturity/")
    draft = AssessmentResponse.objects.get(person=world.people["E"])
    result = client.post(
        "/assessments/take/coaching_maturity/", _form("coaching_maturity", draft.pk, 5), follow=True
    )
    assert result.status_code == 200
    assert "<svg" in result.content.decode()
    page = client.get("/assessments/organisation/").content.decode()
    assert "Your placement:" in page
    assert "What the coaching records support" in page


def test_a_manager_reflects_on_coaching_readiness_and_may_share_it_with_enablement(
    world: World,
) -> None:
    submit(world.people["M1"], "coaching_readiness", likert=4)
    client = _client(world, "M1")
    index = client.get("/assessments/").content.decode()
    assert "<strong>Coaching readiness</strong>" in index
    client.post(
        "/assessments/share/",
        {"instrument": "coaching_readiness", "recipient": world.people["E"].pk},
    )
    page = _client(world, "E").get("/assessments/organisation/").content.decode()
    assert "Person M1" in page


def test_a_response_id_posted_to_another_instruments_form_is_refused(world: World) -> None:
    client = _client(world, "R1")
    client.get("/assessments/take/achievement_drive/")
    draft = AssessmentResponse.objects.get(person=world.people["R1"])
    response = client.post("/assessments/take/purpose/", _form("purpose", draft.pk))
    assert response.status_code == 404
    draft.refresh_from_db()
    assert draft.answers == {}


def test_the_index_and_person_pages_do_not_grow_queries_with_history(world: World) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    submit(world.people["R1"], "achievement_drive")
    client = _client(world, "R1")
    manager = _client(world, "M1")
    client.post(
        "/assessments/share/",
        {"instrument": "achievement_drive", "recipient": world.people["M1"].pk},
    )
    person_url = f"/assessments/people/{world.people['R1'].pk}/"

    def count(c: Client, url: str) -> int:
        with CaptureQueriesContext(connection) as queries:
            assert c.get(url).status_code == 200
        return len(queries)

    before = (count(client, "/assessments/"), count(manager, person_url))
    for _ in range(3):
        submit(world.people["R1"], "achievement_drive")
        submit(world.people["R1"], "purpose")
    assert (count(client, "/assessments/"), count(manager, person_url)) == before
