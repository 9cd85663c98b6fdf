"""The coaching session workspace: planning, the agenda from the evidence, notes, commitments,
recording a session as held, and the achievement-drive exercise."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.utils import timezone

from salescoach.calls.models import CallAnalysis
from salescoach.coaching import services
from salescoach.coaching.models import (
    CheckIn,
    CoachingGuide,
    CoachingSession,
    Commitment,
    SessionNote,
)
from salescoach.coaching.selectors import notable_moments
from salescoach.coaching.services import PlannedAction
from salescoach.goals.models import Goal, Recommendation
from salescoach.org.access import viewer_for_person
from salescoach.pipeline.models import Gate, GateEvidence
from tests.world import World

LATER = (timezone.now() + dt.timedelta(days=2)).replace(second=0, microsecond=0)


def plant_evidence(world: World) -> dict[str, object]:
    """R1's evidence: a deal whose stage gate has seller evidence only (with a guide for the
    stage), an analysed call, an open recommendation, and an open commitment from an earlier
    session."""
    deal = world.deals["R1"]
    assert deal.stage is not None
    gate = Gate.objects.create(
        stage=deal.stage,
        name="Needs confirmed",
        seller_requirement="sent a summary of the needs heard",
        customer_confirmation="the buyer confirmed the summary in writing",
    )
    GateEvidence.objects.create(organization=deal.organization, deal=deal, gate=gate, side="seller")
    CoachingGuide.objects.create(
        organization=deal.organization,
        stage=deal.stage,
        version=1,
        questions=["An old question?"],
    )
    CoachingGuide.objects.create(
        organization=deal.organization,
        stage=deal.stage,
        version=2,
        questions=["Who else has to agree before they buy?"],
    )
    call = world.calls["R1"]
    CallAnalysis.objects.create(
        organization=call.organization,
        call=call,
        analyzer_version="test",
        result={
            "evidence": [
                {"kind": "question_open", "at_s": 0.0, "speaker": "x", "quote": "What brings?"},
                {"kind": "need", "at_s": 65.0, "speaker": "C", "quote": "We struggle with it."},
                {"kind": "pitch_before_need", "at_s": 30.0, "speaker": "R", "quote": "Our tool"},
            ]
        },
    )
    recommendation = Recommendation.objects.create(
        organization=deal.organization,
        person=world.people["R1"],
        area="needs_discovery",
        title="Ask before you present",
        why="Two of three calls pitched before a need was admitted.",
        confidence=0.8,
        rules_version="test",
    )
    earlier = services.plan_session(
        viewer=viewer_for_person(world.people["M1"]),
        rep_id=world.people["R1"].pk,
        scheduled_for=timezone.now() - dt.timedelta(days=14),
    )
    commitment = services.add_commitment(
        viewer=viewer_for_person(world.people["M1"]),
        session=earlier,
        text="Send the needs summary to the buyer",
        due_on=timezone.localdate(),
    )
    return {
        "gate": gate,
        "call": call,
        "recommendation": recommendation,
        "earlier": earlier,
        "commitment": commitment,
    }


def signed_in(world: World, key: str) -> Client:
    client = Client()
    client.force_login(world.people[key].user)
    return client


def prepared(world: World, manager: str = "M1", rep: str = "R1") -> CoachingSession:
    return services.prepare_session(
        viewer=viewer_for_person(world.people[manager]),
        rep_id=world.people[rep].pk,
        scheduled_for=LATER,
    )


# --- notable moments (pure) ---------------------------------------------------------------


def test_notable_moments_follow_the_order_of_interest_and_keep_the_first_of_each_kind() -> None:
    result = {
        "evidence": [
            {"kind": "need", "at_s": 10.0, "quote": "first need"},
            {"kind": "need", "at_s": 50.0, "quote": "second need"},
            {"kind": "objection", "at_s": 40.0, "quote": "too dear"},
            {"kind": "question_open", "at_s": 5.0, "quote": "not notable"},
        ]
    }
    moments = notable_moments(call_id=7, result=result, limit=2)
    # objection ranks before need in NOTABLE_MOMENTS; the second need is dropped.
    assert [(m.quote, m.at_s, m.call_id) for m in moments] == [
        ("too dear", 40.0, "7"),
        ("first need", 10.0, "7"),
    ]
    assert notable_moments(call_id=7, result={}) == []


# --- planning -------------------------------------------------------------------------------


def test_a_manager_plans_a_session_and_the_agenda_comes_from_the_evidence(world: World) -> None:
    planted = plant_evidence(world)
    response = signed_in(world, "M1").post(
        "/coaching/sessions/plan/",
        {
            "rep": world.people["R1"].pk,
            "kind": "skill",
            "scheduled_for": LATER.strftime("%Y-%m-%dT%H:%M"),
        },
    )
    assert response.status_code == 302
    session = CoachingSession.objects.exclude(pk=planted["earlier"].pk).get()  # type: ignore[attr-defined]
    assert response["Location"] == f"/coaching/sessions/{session.pk}/"
    sections = {s["conversation"]: s for s in session.agenda["sections"]}
    customers = [(i["source_kind"], i["source_id"]) for i in sections["customers"]["items"]]
    # The deal misses customer evidence (priority 1) and the recommendation is confident (0.8,
    # priority 1, after deals); the two call moments follow (priority 2).
    assert customers == [
        ("deal_gate", str(world.deals["R1"].pk)),
        ("recommendation", str(planted["recommendation"].pk)),  # type: ignore[attr-defined]
        ("call_moment", str(world.calls["R1"].pk)),
        ("call_moment", str(world.calls["R1"].pk)),
    ]
    deal_item = sections["customers"]["items"][0]
    assert "customer: the buyer confirmed the summary in writing" in deal_item["detail"]
    assert "seller:" not in deal_item["detail"]  # the seller side has its evidence
    assert "Who else has to agree before they buy?" in deal_item["detail"]  # newest guide
    assert "An old question?" not in deal_item["detail"]
    labels = [i["title"] for i in sections["customers"]["items"][2:]]
    assert labels == [
        "Presented the solution before the customer admitted a need",
        "The customer admitted a need",
    ]
    coach = sections["coach"]["items"]
    assert [(i["source_kind"], i["title"]) for i in coach] == [
        ("commitment", "Send the needs summary to the buyer")
    ]
    assert sections["themselves"]["items"] == []
    assert session.agenda["shared_summaries"] == 0

    page = signed_in(world, "M1").get(response["Location"]).content.decode()
    assert "No shared self-assessment." in page
    assert "Send the needs summary to the buyer" in page
    assert f'href="/pipeline/deals/{world.deals["R1"].pk}/"' in page


def test_a_session_for_someone_outside_the_managers_teams_is_refused(world: World) -> None:
    response = signed_in(world, "M2").post(
        "/coaching/sessions/plan/",
        {
            "rep": world.people["R1"].pk,
            "kind": "skill",
            "scheduled_for": LATER.strftime("%Y-%m-%dT%H:%M"),
        },
    )
    assert response.status_code == 400
    assert "rep: not someone in the teams you lead" in response.content.decode()
    assert CoachingSession.objects.count() == 0


def test_the_rep_picker_lists_only_people_in_the_managers_teams(world: World) -> None:
    body = signed_in(world, "M1").get("/coaching/sessions/plan/").content.decode()
    picker = body.split('name="rep"', 1)[1].split("</select>", 1)[0]
    for key in ("R1", "R1a", "M1a"):
        assert f'value="{world.people[key].pk}"' in picker
    for key in ("R2", "M1", "M2", "RB", "E"):
        assert f'value="{world.people[key].pk}"' not in picker


@pytest.mark.parametrize("key", ["R1", "E", "AD"])
def test_only_a_manager_plans_sessions(world: World, key: str) -> None:
    assert signed_in(world, key).get("/coaching/sessions/plan/").status_code == 403


def test_a_manager_lists_their_reps_sessions_and_a_rep_their_own(world: World) -> None:
    mine = prepared(world, "M1", "R1")
    theirs = prepared(world, "M2", "R2")
    body = signed_in(world, "M1").get("/coaching/sessions/").content.decode()
    assert f"/coaching/sessions/{mine.pk}/" in body
    assert f"/coaching/sessions/{theirs.pk}/" not in body
    assert "Plan a session" in body
    rep_body = signed_in(world, "R2").get("/coaching/sessions/").content.decode()
    assert f"/coaching/sessions/{theirs.pk}/" in rep_body
    assert "Plan a session" not in rep_body


# --- notes ----------------------------------------------------------------------------------


def test_notes_are_added_in_place_and_a_private_note_never_reaches_the_rep(world: World) -> None:
    session = prepared(world)
    manager = signed_in(world, "M1")
    url = f"/coaching/sessions/{session.pk}/notes/"
    private = manager.post(
        url, {"text": "Seems tired lately", "visibility": "manager_only"}, HTTP_HX_REQUEST="true"
    )
    assert private.status_code == 200
    assert "<html" not in private.content.decode()  # the notes panel only
    assert "Seems tired lately" in private.content.decode()
    shared = manager.post(url, {"text": "Great discovery questions", "visibility": "shared"})
    assert shared.status_code == 302

    rep_page = signed_in(world, "R1").get(f"/coaching/sessions/{session.pk}/").content.decode()
    assert "Great discovery questions" in rep_page
    assert "Seems tired lately" not in rep_page
    # The rep's own note is always shared, whatever the form says.
    signed_in(world, "R1").post(url, {"text": "I want more call reviews", "visibility": "x"})
    assert SessionNote.objects.get(text="I want more call reviews").visibility == "shared"


def test_an_empty_note_is_refused_with_the_field_named(world: World) -> None:
    session = prepared(world)
    response = signed_in(world, "M1").post(
        f"/coaching/sessions/{session.pk}/notes/", {"text": "   "}, HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 400
    assert "text:" in response.content.decode()
    assert SessionNote.objects.count() == 0


def test_only_the_author_edits_a_note(world: World) -> None:
    session = prepared(world)
    note = services.add_note(
        viewer=viewer_for_person(world.people["M1"]),
        session=session,
        text="Shared thought",
        visibility="shared",
    )
    url = f"/coaching/notes/{note.pk}/edit/"
    # The rep can read it, but it is not theirs to edit: they get what a stranger gets.
    assert signed_in(world, "R1").get(url).status_code == 404
    assert signed_in(world, "R1").post(url, {"text": "changed"}).status_code == 404
    assert signed_in(world, "M2").get(url).status_code == 404
    note.refresh_from_db()
    assert note.text == "Shared thought"
    response = signed_in(world, "M1").post(url, {"text": "Sharper", "visibility": "manager_only"})
    assert response.status_code == 302
    note.refresh_from_db()
    assert (note.text, note.visibility) == ("Sharper", "manager_only")


def test_a_session_from_another_team_is_404(world: World) -> None:
    session = prepared(world, "M2", "R2")
    for key in ("M1", "R1", "E", "AD", "MB"):
        assert signed_in(world, key).get(f"/coaching/sessions/{session.pk}/").status_code == 404


# --- commitments and follow-up --------------------------------------------------------------


def test_a_commitment_is_recorded_in_place_and_a_past_date_is_refused(world: World) -> None:
    session = prepared(world)
    manager = signed_in(world, "M1")
    url = f"/coaching/sessions/{session.pk}/commitments/"
    tomorrow = timezone.localdate() + dt.timedelta(days=1)
    ok = manager.post(
        url,
        {"text": "Book two discovery calls", "due_on": tomorrow.isoformat(), "owner": "rep"},
        HTTP_HX_REQUEST="true",
    )
    assert ok.status_code == 200
    assert "Book two discovery calls" in ok.content.decode()
    bad = manager.post(
        url,
        {"text": "Too late", "due_on": "2020-01-01", "owner": "manager"},
        HTTP_HX_REQUEST="true",
    )
    assert bad.status_code == 400
    assert "due_on: the due date is in the past" in bad.content.decode()
    assert list(Commitment.objects.values_list("text", "owner_id")) == [
        ("Book two discovery calls", world.people["R1"].pk)
    ]


def test_the_next_session_follows_up_the_previous_sessions_open_commitments(world: World) -> None:
    planted = plant_evidence(world)
    commitment = planted["commitment"]
    session = prepared(world)
    page = signed_in(world, "M1").get(f"/coaching/sessions/{session.pk}/").content.decode()
    assert f'id="commitment-{commitment.pk}"' in page  # type: ignore[attr-defined]
    response = signed_in(world, "M1").post(
        f"/coaching/commitments/{commitment.pk}/follow-up/",  # type: ignore[attr-defined]
        {"status": "done", "session": session.pk},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200
    commitment.refresh_from_db()  # type: ignore[attr-defined]
    assert commitment.status == "done"  # type: ignore[attr-defined]
    assert commitment.followed_up_in_id == session.pk  # type: ignore[attr-defined]
    # Done and reviewed here: it stays listed in this session, no longer on a fresh agenda.
    assert "Send the needs summary to the buyer" in response.content.decode()
    services.refresh_agenda(viewer=viewer_for_person(world.people["M1"]), session=session)
    session.refresh_from_db()
    coach = next(s for s in session.agenda["sections"] if s["conversation"] == "coach")
    assert coach["items"] == []


def test_an_unknown_commitment_status_is_refused(world: World) -> None:
    planted = plant_evidence(world)
    commitment = planted["commitment"]
    response = signed_in(world, "M1").post(
        f"/coaching/commitments/{commitment.pk}/follow-up/",  # type: ignore[attr-defined]
        {"status": "forgotten"},
    )
    assert response.status_code == 302
    commitment.refresh_from_db()  # type: ignore[attr-defined]
    assert commitment.status == "open"  # type: ignore[attr-defined]


# --- holding the session --------------------------------------------------------------------


def test_the_manager_marks_the_session_held_with_duration_and_outcomes(world: World) -> None:
    session = prepared(world)
    url = f"/coaching/sessions/{session.pk}/held/"
    bad = signed_in(world, "M1").post(url, {"duration_min": "0"})
    assert bad.status_code == 400
    assert "duration_min:" in bad.content.decode()
    ok = signed_in(world, "M1").post(
        url,
        {
            "duration_min": "45",
            "outcomes": "Agreed to ask three needs questions before any demo.",
            "conversations": ["customers", "coach"],
        },
    )
    assert ok.status_code == 302
    session.refresh_from_db()
    assert (session.status, session.duration_min) == ("held", 45)
    assert session.conversations == ["customers", "coach"]
    # The rep cannot record it.
    assert signed_in(world, "R1").post(url, {"duration_min": "5"}).status_code == 400
    session.refresh_from_db()
    assert session.duration_min == 45


# --- the achievement-drive exercise ---------------------------------------------------------


def _exercise_data(step: int, **overrides: str) -> dict[str, str]:
    soon = (timezone.localdate() + dt.timedelta(days=7)).isoformat()
    data = {
        "step": str(step),
        "goal": "Run a half marathon in spring",
        "sphere": "personal",
        "skills": "Pacing\nSticking to a plan",
        "belief": "I ran 10 km last year without training",
        "action_1": "Run three times a week",
        "due_1": soon,
        "action_2": "Sign up for the race",
        "due_2": soon,
        "action_3": "",
        "due_3": "",
        "check_in_at": (timezone.localtime() + dt.timedelta(days=14)).strftime("%Y-%m-%dT%H:%M"),
    }
    data.update(overrides)
    return data


def test_each_step_of_the_exercise_is_checked_before_the_next(world: World) -> None:
    session = prepared(world)
    client = signed_in(world, "M1")
    url = f"/coaching/sessions/{session.pk}/exercise/"
    assert "Step 1 of 4" in client.get(url).content.decode()
    missing_goal = client.post(url, _exercise_data(1, goal=""))
    assert missing_goal.status_code == 400
    assert "goal:" in missing_goal.content.decode()
    step2 = client.post(url, _exercise_data(1))
    assert "Step 2 of 4" in step2.content.decode()
    # The goal travels on as a hidden field.
    assert 'type="hidden" name="goal" value="Run a half marathon in spring"' in (
        step2.content.decode()
    )
    no_action = client.post(url, _exercise_data(3, action_1="", due_1="", action_2="", due_2=""))
    assert no_action.status_code == 400
    assert "Step 3 of 4" in no_action.content.decode()
    past = client.post(url, _exercise_data(4, check_in_at="2020-01-01T09:00"))
    assert past.status_code == 400
    assert "A check-in cannot be in the past." in past.content.decode()
    # An earlier step tampered with on the way sends the manager back to it.
    tampered = client.post(url, _exercise_data(4, skills="  "))
    assert "Step 2 of 4" in tampered.content.decode()
    assert Goal.objects.count() == 0
    assert Commitment.objects.count() == 0
    assert CheckIn.objects.count() == 0


def test_the_exercise_writes_a_personal_goal_commitments_and_a_check_in(
    world: World, django_capture_on_commit_callbacks
) -> None:
    session = prepared(world)
    with django_capture_on_commit_callbacks() as callbacks:
        response = signed_in(world, "M1").post(
            f"/coaching/sessions/{session.pk}/exercise/", _exercise_data(4)
        )
    assert response.status_code == 302
    goal = Goal.objects.get()
    assert (goal.kind, goal.title, goal.person_id) == (
        "personal",
        "Run a half marathon in spring",
        world.people["R1"].pk,
    )
    assert "Pacing; Sticking to a plan" in goal.practice
    assert "I ran 10 km last year" in goal.why
    assert sorted(Commitment.objects.values_list("text", flat=True)) == [
        "Run three times a week",
        "Sign up for the race",
    ]
    check_in = CheckIn.objects.get()
    assert check_in.title == "Your goal: Run a half marathon in spring"  # the invite's subject
    assert check_in.person_id == world.people["R1"].pk
    assert check_in.session_id == session.pk
    assert len(callbacks) == 1  # the invite and reminder are queued once it is all committed


def test_only_the_sessions_manager_runs_the_exercise(world: World) -> None:
    session = prepared(world)
    url = f"/coaching/sessions/{session.pk}/exercise/"
    assert signed_in(world, "R1").get(url).status_code == 403
    assert signed_in(world, "M2").get(url).status_code == 404


def test_a_failing_exercise_leaves_nothing_behind(world: World) -> None:
    session = prepared(world)
    viewer = viewer_for_person(world.people["M1"])
    soon = timezone.localdate() + dt.timedelta(days=3)
    with pytest.raises(services.CoachingError, match="due_2: the due date is in the past"):
        services.run_achievement_exercise(
            viewer=viewer,
            session=session,
            goal="Lead the team one day",
            sphere="professional",
            skills=["Coaching others"],
            belief="I already mentor the new hire",
            actions=[
                PlannedAction("Shadow a team meeting", soon),
                PlannedAction("Read a book", dt.date(2020, 1, 1)),
            ],
            check_in_at=timezone.now() + dt.timedelta(days=10),
        )
    with pytest.raises(services.CoachingError, match="check_in_at"):
        services.run_achievement_exercise(
            viewer=viewer,
            session=session,
            goal="Lead the team one day",
            sphere="professional",
            skills=["Coaching others"],
            belief="I already mentor the new hire",
            actions=[PlannedAction("Shadow a team meeting", soon)],
            check_in_at=timezone.now() - dt.timedelta(hours=1),
        )
    assert (Goal.objects.count(), Commitment.objects.count(), CheckIn.objects.count()) == (0, 0, 0)


def test_the_agenda_uses_only_the_self_assessment_summary_the_rep_shares(world: World) -> None:
    from salescoach.assessments import services as assessment_services
    from tests.integration.assessments.answer_sheets import submit

    rep = world.people["R1"]
    submit(rep, "achievement_drive", likert=2)
    unshared = prepared(world)
    themselves = next(s for s in unshared.agenda["sections"] if s["conversation"] == "themselves")
    assert (unshared.agenda["shared_summaries"], themselves["items"]) == (0, [])

    assessment_services.share_summary(
        viewer=viewer_for_person(rep), key="achievement_drive", recipient_id=world.people["M1"].pk
    )
    shared = prepared(world)
    themselves = next(s for s in shared.agenda["sections"] if s["conversation"] == "themselves")
    assert shared.agenda["shared_summaries"] == 1
    assert [i["source_kind"] for i in themselves["items"]] == ["assessment"]
    assert themselves["items"][0]["source_id"].startswith("achievement_drive.v")
    page = signed_in(world, "M1").get(f"/coaching/sessions/{shared.pk}/").content.decode()
    assert "No shared self-assessment." not in page
    # M2 coaches nobody in T1 and sees nothing of it: the session is outside their scope.
    assert signed_in(world, "M2").get(f"/coaching/sessions/{shared.pk}/").status_code == 404


def test_the_manager_prepares_the_agenda_again_from_todays_evidence(world: World) -> None:
    session = prepared(world)
    assert "Mind the decision process" not in str(session.agenda)
    Recommendation.objects.create(
        organization=world.orgs["A"],
        person=world.people["R1"],
        area="decision_process",
        title="Mind the decision process",
        why="Three losses at the decision stage.",
        confidence=0.5,
        rules_version="test",
    )
    url = f"/coaching/sessions/{session.pk}/agenda/"
    signed_in(world, "R1").post(url)  # the rep cannot: the agenda stays as it was
    session.refresh_from_db()
    assert "Mind the decision process" not in str(session.agenda)
    response = signed_in(world, "M1").post(url, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert "Mind the decision process" in response.content.decode()
    assert "<html" not in response.content.decode()
    session.refresh_from_db()
    assert "Mind the decision process" in str(session.agenda)
    services.record_session_held(
        viewer=viewer_for_person(world.people["M1"]), session=session, duration_min=30
    )
    with pytest.raises(services.CoachingError, match="status: only a planned session"):
        services.refresh_agenda(viewer=viewer_for_person(world.people["M1"]), session=session)


def test_the_agenda_raises_the_longest_waiting_deals_and_the_sessions_own_deal_first(
    world: World,
) -> None:
    from decimal import Decimal

    from salescoach.coaching.selectors import DEALS_ON_AGENDA
    from salescoach.pipeline.models import Deal, StageChange

    plant_evidence(world)  # gives the stage a gate and a guide; Deal R1 has no stage change
    rep, stage = world.people["R1"], world.deals["R1"].stage
    today = timezone.localdate()
    deals = {}
    for name, days in (("Waited 40", 40), ("Waited 10", 10), ("Waited 25", 25), ("Waited 2", 2)):
        deals[name] = Deal.objects.create(
            organization=rep.organization,
            external_id=name,
            name=name,
            owner=rep,
            amount=Decimal(100),
            created_on=today - dt.timedelta(days=400),
            stage=stage,
        )
        entered = timezone.now() - dt.timedelta(days=days)
        StageChange.objects.create(
            organization=rep.organization, deal=deals[name], stage=stage, entered_at=entered
        )
    world.deals["R1"].created_on = today - dt.timedelta(days=30)  # no stage change: since created
    world.deals["R1"].save()
    session = services.prepare_session(
        viewer=viewer_for_person(world.people["M1"]),
        rep_id=rep.pk,
        scheduled_for=LATER,
        kind="opportunity",
        deal_id=deals["Waited 2"].pk,
        as_of=today,
    )
    customers = next(s for s in session.agenda["sections"] if s["conversation"] == "customers")
    titles = [i["title"] for i in customers["items"] if i["source_kind"] == "deal_gate"]
    assert DEALS_ON_AGENDA == 3
    # Of five waiting deals three are raised: the session's own deal whatever its wait, then
    # the longest waits, 40 days and Deal R1's 30 (since it was created); 25 and 10 days stay
    # out. The agenda itself orders them (same priority and missing evidence: by id).
    assert sorted(titles) == [
        "Deal R1 (30 days in the stage): the gate out of Approach",
        "Waited 2 (2 days in the stage): the gate out of Approach",
        "Waited 40 (40 days in the stage): the gate out of Approach",
    ]
    # The gate's text ends with no doubled full stop.
    assert ".." not in customers["items"][0]["detail"]
