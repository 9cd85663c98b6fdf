"""The coaching API as a contract: sessions, notes (by visibility), commitments and goals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from salescoach.coaching import services
from salescoach.coaching.models import CoachingSession, Commitment, SessionNote
from salescoach.goals.models import Goal
from salescoach.org.access import viewer_for_person
from salescoach.org.services import create_api_token
from tests.integration.coaching.test_sessions import LATER, plant_evidence, prepared
from tests.integration.goals.goal_evidence import AS_OF, plant_goal_history
from tests.world import World


def api(world: World, key: str) -> Client:
    issued = create_api_token(user=world.people[key].user)
    return Client(HTTP_AUTHORIZATION=f"Bearer {issued.secret}")


def test_a_manager_plans_a_session_through_the_api_and_gets_its_agenda(world: World) -> None:
    plant_evidence(world)
    response = api(world, "M1").post(
        "/api/v1/coaching/sessions",
        {"rep_id": world.people["R1"].pk, "scheduled_for": LATER.isoformat(), "kind": "skill"},
        content_type="application/json",
    )
    assert response.status_code == 201
    body = response.json()
    assert body["rep_id"] == world.people["R1"].pk
    assert body["status"] == "planned"
    assert [s["conversation"] for s in body["agenda"]["sections"]] == [
        "customers",
        "themselves",
        "coach",
    ]
    assert [c["text"] for c in body["follow_ups"]] == ["Send the needs summary to the buyer"]


def test_planning_outside_the_managers_teams_is_a_400_naming_the_field(world: World) -> None:
    response = api(world, "M2").post(
        "/api/v1/coaching/sessions",
        {"rep_id": world.people["R1"].pk, "scheduled_for": LATER.isoformat()},
        content_type="application/json",
    )
    assert response.status_code == 400
    assert response.json() == {"detail": "rep: not someone in the teams you lead"}
    bad_kind = api(world, "M1").post(
        "/api/v1/coaching/sessions",
        {"rep_id": world.people["R1"].pk, "scheduled_for": LATER.isoformat(), "kind": "chat"},
        content_type="application/json",
    )
    assert bad_kind.status_code == 400
    assert bad_kind.json()["detail"].startswith("kind: must be one of")
    assert CoachingSession.objects.count() == 0


def test_sessions_are_listed_in_pages_and_404_outside_scope(world: World) -> None:
    ours = [prepared(world) for _ in range(3)]
    theirs = prepared(world, "M2", "R2")
    page = api(world, "M1").get("/api/v1/coaching/sessions?page_size=2").json()
    assert page["count"] == 3
    assert len(page["items"]) == 2
    assert {s["id"] for s in page["items"]} <= {s.pk for s in ours}
    assert api(world, "M1").get(f"/api/v1/coaching/sessions/{theirs.pk}").status_code == 404
    assert api(world, "R2").get(f"/api/v1/coaching/sessions/{theirs.pk}").status_code == 200
    assert api(world, "E").get("/api/v1/coaching/sessions").json()["count"] == 0


def test_a_rep_never_receives_a_manager_only_note(world: World) -> None:
    session = prepared(world)
    manager = api(world, "M1")
    url = f"/api/v1/coaching/sessions/{session.pk}/notes"
    for text, visibility in (("Private worry", "manager_only"), ("Well done", "shared")):
        response = manager.post(
            url, {"text": text, "visibility": visibility}, content_type="application/json"
        )
        assert response.status_code == 201
    assert [n["text"] for n in manager.get(url).json()["items"]] == ["Private worry", "Well done"]
    rep = api(world, "R1")
    assert [n["text"] for n in rep.get(url).json()["items"]] == ["Well done"]
    detail = rep.get(f"/api/v1/coaching/sessions/{session.pk}").json()
    assert [n["text"] for n in detail["notes"]] == ["Well done"]
    assert "Private worry" not in str(detail)
    # A rep's own note is shared, whatever they ask for.
    mine = rep.post(
        url, {"text": "Thanks", "visibility": "manager_only"}, content_type="application/json"
    )
    assert mine.json()["visibility"] == "shared"
    empty = rep.post(url, {"text": " "}, content_type="application/json")
    assert empty.status_code == 400
    assert empty.json()["detail"] == "text: a note cannot be empty"
    assert SessionNote.objects.count() == 3


def test_commitments_are_created_listed_and_followed_up(world: World) -> None:
    session = prepared(world)
    manager = api(world, "M1")
    due = (timezone.localdate() + dt.timedelta(days=5)).isoformat()
    created = manager.post(
        "/api/v1/coaching/commitments",
        {"session_id": session.pk, "text": "Record one discovery call", "due_on": due},
        content_type="application/json",
    )
    assert created.status_code == 201
    commitment = created.json()
    assert (commitment["owner_id"], commitment["status"]) == (world.people["R1"].pk, "open")
    past = manager.post(
        "/api/v1/coaching/commitments",
        {"session_id": session.pk, "text": "x", "due_on": "2020-01-01"},
        content_type="application/json",
    )
    assert past.status_code == 400
    assert past.json()["detail"] == "due_on: the due date is in the past"
    bad_date = manager.post(
        "/api/v1/coaching/commitments",
        {"session_id": session.pk, "text": "x", "due_on": "soon"},
        content_type="application/json",
    )
    assert bad_date.status_code == 422
    assert "due_on" in str(bad_date.json()["detail"])
    listed = api(world, "R1").get("/api/v1/coaching/commitments?status=open").json()
    assert [c["id"] for c in listed["items"]] == [commitment["id"]]
    assert api(world, "M2").get("/api/v1/coaching/commitments").json()["count"] == 0

    next_session = prepared(world)
    done = api(world, "R1").patch(
        f"/api/v1/coaching/commitments/{commitment['id']}",
        {"status": "done", "session_id": next_session.pk},
        content_type="application/json",
    )
    assert done.status_code == 200
    assert (done.json()["status"], done.json()["followed_up_in_id"]) == ("done", next_session.pk)
    wrong = manager.patch(
        f"/api/v1/coaching/commitments/{commitment['id']}",
        {"status": "forgotten"},
        content_type="application/json",
    )
    assert wrong.status_code == 400
    assert wrong.json()["detail"].startswith("status: must be one of")
    stranger = api(world, "M2").patch(
        f"/api/v1/coaching/commitments/{commitment['id']}",
        {"status": "dropped"},
        content_type="application/json",
    )
    assert stranger.status_code == 404
    assert Commitment.objects.get().status == "done"


def test_goals_are_set_through_the_goals_rules_and_listed_in_scope(world: World) -> None:
    start, end = timezone.localdate(), timezone.localdate() + dt.timedelta(days=90)
    manager = api(world, "M1")
    created = manager.post(
        "/api/v1/coaching/goals",
        {
            "person_id": world.people["R1"].pk,
            "kind": "learning",
            "title": "Let the customer talk first",
            "period_start": start.isoformat(),
            "period_end": end.isoformat(),
        },
        content_type="application/json",
    )
    assert created.status_code == 201
    assert created.json()["kind"] == "learning"
    reversed_period = manager.post(
        "/api/v1/coaching/goals",
        {
            "person_id": world.people["R1"].pk,
            "kind": "learning",
            "title": "x",
            "period_start": end.isoformat(),
            "period_end": start.isoformat(),
        },
        content_type="application/json",
    )
    assert reversed_period.status_code == 400
    assert reversed_period.json()["detail"] == "period_end: the period ends before it starts"
    outside = api(world, "M2").post(
        "/api/v1/coaching/goals",
        {
            "person_id": world.people["R1"].pk,
            "kind": "sales",
            "title": "x",
            "period_start": start.isoformat(),
            "period_end": end.isoformat(),
        },
        content_type="application/json",
    )
    assert outside.status_code == 404
    assert Goal.objects.count() == 1
    assert api(world, "R1").get("/api/v1/coaching/goals").json()["count"] == 1
    assert api(world, "R2").get("/api/v1/coaching/goals").json()["count"] == 0


def test_the_exercise_goal_shows_up_as_a_personal_goal(world: World) -> None:
    session = prepared(world)
    services.run_achievement_exercise(
        viewer=viewer_for_person(world.people["M1"]),
        session=session,
        goal="Speak at a conference",
        sphere="professional",
        skills=["Storytelling"],
        belief="I present well to customers",
        actions=[services.PlannedAction("Submit a talk", timezone.localdate())],
        check_in_at=timezone.now() + dt.timedelta(days=30),
    )
    goals = api(world, "R1").get("/api/v1/coaching/goals").json()["items"]
    assert [(g["kind"], g["title"]) for g in goals] == [("personal", "Speak at a conference")]


def test_a_commitment_is_followed_up_only_in_a_session_with_its_rep(world: World) -> None:
    session = prepared(world, "M1", "R1")
    other = prepared(world, "M1", "R1a")
    commitment = services.add_commitment(
        viewer=viewer_for_person(world.people["M1"]),
        session=session,
        text="Shadow a senior rep",
        due_on=timezone.localdate(),
    )
    response = api(world, "M1").patch(
        f"/api/v1/coaching/commitments/{commitment.pk}",
        {"status": "done", "session_id": other.pk},
        content_type="application/json",
    )
    assert response.status_code == 400
    assert response.json()["detail"].startswith("session: ")
    commitment.refresh_from_db()
    assert (commitment.status, commitment.followed_up_in_id) == ("open", None)


def test_a_note_is_edited_by_its_author_and_a_rep_cannot_hide_their_note(world: World) -> None:
    session = prepared(world)
    manager, rep = api(world, "M1"), api(world, "R1")
    note = manager.post(
        f"/api/v1/coaching/sessions/{session.pk}/notes",
        {"text": "Draft thought", "visibility": "manager_only"},
        content_type="application/json",
    ).json()
    shared = manager.patch(
        f"/api/v1/coaching/notes/{note['id']}",
        {"text": "Shared thought", "visibility": "shared"},
        content_type="application/json",
    )
    assert (shared.status_code, shared.json()["visibility"]) == (200, "shared")
    empty = manager.patch(
        f"/api/v1/coaching/notes/{note['id']}", {"text": ""}, content_type="application/json"
    )
    assert (empty.status_code, empty.json()["detail"]) == (400, "text: a note cannot be empty")
    # The rep reads the shared note but cannot edit it.
    edit = rep.patch(
        f"/api/v1/coaching/notes/{note['id']}",
        {"text": "mine now"},
        content_type="application/json",
    )
    assert edit.status_code == 404
    own = rep.post(
        f"/api/v1/coaching/sessions/{session.pk}/notes",
        {"text": "Rep note"},
        content_type="application/json",
    ).json()
    hidden = rep.patch(
        f"/api/v1/coaching/notes/{own['id']}",
        {"text": "Rep note, edited", "visibility": "manager_only"},
        content_type="application/json",
    )
    assert (hidden.status_code, hidden.json()["visibility"]) == (200, "shared")
    assert SessionNote.objects.get(pk=note["id"]).text == "Shared thought"


def _goals_by_title(client: Client, query: str = "") -> dict[str, dict[str, Any]]:
    response = client.get(f"/api/v1/coaching/goals?page_size=100{query}")
    assert response.status_code == 200
    return {g["title"]: g for g in response.json()["items"]}


def test_the_goals_list_gives_each_learning_goal_its_progress(
    world: World, pin_today: Callable[[dt.date], None]
) -> None:
    pin_today(AS_OF)
    goals = plant_goal_history(world)
    listed = _goals_by_title(api(world, "E"))
    assert set(listed) == set(goals)
    assert listed["sales"]["progress"] is None
    assert listed["referrals"]["progress"] is None  # not a diagnosis figure
    # R1a's calls every ten days from 4 Apr, talk share 0.50 − 0.01 k: calls 3–11 in the 90 days
    # up to 1 Aug (mean 0.43), calls 13–21 in those up to 31 Oct, the end of the period (0.33).
    talk = listed["talk"]["progress"]
    assert talk["now"]["value"] == pytest.approx(0.33)
    talk["now"]["value"] = 0.33
    assert talk == {
        "metric": "discovery_rep_talk_share",
        "label": "rep's share of talk in discovery",
        "unit": "share",
        "better": "lower",
        "evidence_unit": "analysed sales calls",
        "window": "analysed sales calls in the 90 days up to each date",
        "at_start": {
            "on": "2026-08-01",
            "value": 0.43,
            "evidence": 9,
            "evidence_needed": 5,
            "enough_evidence": True,
        },
        "now": {
            "on": "2026-10-31",
            "value": 0.33,
            "evidence": 9,
            "evidence_needed": 5,
            "enough_evidence": True,
        },
        "direction": "better",
        "withheld": None,
    }
    # R1's deals on 1 Jun: 7 lost in the 180 days before, one short of the figure's 8.
    decide = listed["decide"]["progress"]
    assert decide["at_start"] == {
        "on": "2026-06-01",
        "value": None,
        "evidence": 7,
        "evidence_needed": 8,
        "enough_evidence": False,
    }
    assert decide["direction"] is None
    # The list answers what the rep's scorecard answers for the same goals.
    card = api(world, "E").get(f"/api/v1/people/{world.people['R1'].pk}/scorecard").json()
    for row in card["goals"]:
        assert row["progress"] == listed[row["title"]]["progress"], row["title"]


def test_a_page_of_goals_reads_their_progress_in_the_queries_of_one_goal(world: World) -> None:
    plant_goal_history(world)
    client = api(world, "E")
    client.get("/api/v1/me")  # the token's first use is recorded once; keep it out of the counts
    r1a = world.people["R1a"].pk
    counts, pages = {}, {}
    for name, query in (
        ("one goal", f"&person_id={r1a}&page_size=1"),
        ("one person's goals", f"&person_id={r1a}"),
        ("every goal", ""),
    ):
        with CaptureQueriesContext(connection) as queries:
            listed = _goals_by_title(client, query)
        counts[name] = len(queries)
        pages[name] = {title for title, goal in listed.items() if goal["progress"] is not None}
    # R1a's two goals ("talk" first by kind and newest period: agreed in August, "won" in May);
    # every learning goal of the three reps and the manager.
    assert pages == {
        "one goal": {"talk"},
        "one person's goals": {"talk", "won"},
        "every goal": {"decide", "hours", "talk", "won", "belief", "fragments", "pitch", "manager"},
    }
    # Sign-in, the page and its count, then the evidence of the page's people in one go; with
    # R2's self-belief goal on the page, one query more: whether R2 shares it with E (no).
    assert counts["one goal"] == counts["one person's goals"] == counts["every goal"] - 1


def test_a_goal_set_through_the_api_answers_its_first_reading(world: World) -> None:
    today = timezone.localdate()
    created = api(world, "M1").post(
        "/api/v1/coaching/goals",
        {
            "person_id": world.people["R1"].pk,
            "kind": "learning",
            "title": "Let the customer talk first",
            "period_start": today.isoformat(),
            "period_end": (today + dt.timedelta(days=84)).isoformat(),
            "measure": "discovery_rep_talk_share",
        },
        content_type="application/json",
    )
    assert created.status_code == 201
    progress = created.json()["progress"]
    # Agreed today: one reading, on the world's single call (unanalysed): no analysed call yet.
    assert progress["at_start"] == {
        "on": today.isoformat(),
        "value": None,
        "evidence": 0,
        "evidence_needed": 5,
        "enough_evidence": False,
    }
    assert progress["now"] is None


def test_the_openapi_document_gives_goals_their_progress(world: World) -> None:
    schemas = Client().get("/api/v1/openapi.json").json()["components"]["schemas"]
    progress = schemas["GoalOut"]["properties"]["progress"]
    # Always sent, null for goals without progress.
    assert progress["anyOf"] == [{"$ref": "#/components/schemas/GoalProgressOut"}, {"type": "null"}]
    assert "progress" in schemas["GoalOut"]["required"]
