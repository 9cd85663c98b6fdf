"""Taking, submitting, sharing, exporting and deleting responses, on the database."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied
from django.http import Http404

from salescoach.assessments import selectors, services
from salescoach.assessments.models import (
    AssessmentResponse,
    MaturityAssessment,
    ResponseStatus,
    SummaryShare,
)
from salescoach.org.access import viewer_for_person
from tests.integration.assessments.answer_sheets import sheet, submit
from tests.world import World


def test_a_submitted_response_stores_its_scores_worked_out_by_hand(world: World) -> None:
    response = submit(world.people["R1"], "achievement_drive", likert=4)
    # Each dimension: two items answered 4 score 4, one reverse-keyed item answered 4 scores
    # 1 + 5 - 4 = 2; mean (4 + 4 + 2) / 3 = 3.333; (3.333 - 1) / (5 - 1) × 100 = 58.3.
    assert response.status == ResponseStatus.SUBMITTED
    assert response.summary is not None
    assert {d["key"]: d["score"] for d in response.summary["dimensions"]} == {
        "self_belief": 58.3,
        "motivation": 58.3,
        "attitude": 58.3,
        "goal_clarity": 58.3,
        "commitment": 58.3,
    }
    assert response.summary["overall"]["score"] == 58.3
    assert "answers" not in response.summary


def test_an_incomplete_submission_stays_a_draft_without_scores(world: World) -> None:
    viewer = viewer_for_person(world.people["R1"])
    draft = services.start_response(viewer=viewer, key="achievement_drive")
    response, score = services.submit_response(
        viewer=viewer, response_id=draft.pk, answers={"sb_big_deals": 5}
    )
    assert response.status == ResponseStatus.DRAFT
    assert response.summary is None
    assert response.answers == {"sb_big_deals": 5}
    assert "sb_luck" in score.missing
    # Resuming finds the same draft with the answer kept.
    assert services.start_response(viewer=viewer, key="achievement_drive").pk == draft.pk


def test_an_out_of_range_answer_is_refused_naming_the_item_and_nothing_is_saved(
    world: World,
) -> None:
    viewer = viewer_for_person(world.people["R1"])
    draft = services.start_response(viewer=viewer, key="achievement_drive")
    services.save_answers(viewer=viewer, response_id=draft.pk, answers={"sb_big_deals": 2})
    with pytest.raises(services.AssessmentError, match=r"^sb_luck: 9 is outside the scale 1..5"):
        services.save_answers(
            viewer=viewer, response_id=draft.pk, answers={"sb_big_deals": 3, "sb_luck": 9}
        )
    draft.refresh_from_db()
    assert draft.answers == {"sb_big_deals": 2}


def test_someone_elses_response_id_cannot_be_answered_or_submitted(world: World) -> None:
    mine = services.start_response(viewer=viewer_for_person(world.people["R1"]), key="purpose")
    intruder = viewer_for_person(world.people["R2"])
    with pytest.raises(Http404):
        services.save_answers(viewer=intruder, response_id=mine.pk, answers={"cl_explain": 5})
    with pytest.raises(Http404):
        services.submit_response(viewer=intruder, response_id=mine.pk, answers=sheet("purpose"))
    manager = viewer_for_person(world.people["M1"])  # R1's own manager cannot either
    with pytest.raises(Http404):
        services.submit_response(viewer=manager, response_id=mine.pk, answers=sheet("purpose"))
    mine.refresh_from_db()
    assert mine.status == ResponseStatus.DRAFT
    assert mine.answers == {}


def test_a_role_takes_only_its_own_instruments(world: World) -> None:
    with pytest.raises(PermissionDenied):
        services.start_response(
            viewer=viewer_for_person(world.people["R1"]), key="coaching_readiness"
        )
    with pytest.raises(PermissionDenied):
        services.start_response(viewer=viewer_for_person(world.people["AD"]), key="purpose")


def test_stored_scores_never_move_when_the_answers_are_read_again(world: World) -> None:
    response = submit(world.people["R1"], "achievement_drive", likert=4)
    # Change the stored answers behind the service's back: the summary read for sharing
    # and history is the one computed at submission, not a re-score.
    AssessmentResponse.objects.filter(pk=response.pk).update(
        answers=sheet("achievement_drive", likert=5)
    )
    rows = selectors.summaries_for_viewer(
        viewer=viewer_for_person(world.people["R1"]), person_id=world.people["R1"].pk
    )
    assert [r.summary.overall.score for r in rows if r.summary.overall] == [58.3]


def test_a_share_opens_the_summary_to_that_manager_only_until_revoked(world: World) -> None:
    rep = world.people["R1"]
    submit(rep, "achievement_drive")
    viewer = viewer_for_person(rep)

    def seen_by(key: str) -> int:
        return len(
            selectors.summaries_for_viewer(
                viewer=viewer_for_person(world.people[key]), person_id=rep.pk
            )
        )

    assert seen_by("M1") == 0
    share = services.share_summary(
        viewer=viewer, key="achievement_drive", recipient_id=world.people["M1"].pk
    )
    assert (seen_by("M1"), seen_by("M2"), seen_by("E"), seen_by("AD"), seen_by("R1")) == (
        1,
        0,
        0,
        0,
        1,
    )
    services.revoke_share(viewer=viewer, share_id=share.pk)
    share.refresh_from_db()
    assert share.revoked_at is not None
    assert seen_by("M1") == 0


def test_a_share_covers_one_instrument_only(world: World) -> None:
    rep = world.people["R1"]
    submit(rep, "achievement_drive")
    submit(rep, "purpose")
    services.share_summary(
        viewer=viewer_for_person(rep), key="purpose", recipient_id=world.people["M1"].pk
    )
    rows = selectors.summaries_for_viewer(
        viewer=viewer_for_person(world.people["M1"]), person_id=rep.pk
    )
    assert [r.instrument for r in rows] == ["purpose"]


def test_a_rep_cannot_share_with_someone_who_is_not_their_manager(world: World) -> None:
    rep = world.people["R1"]
    with pytest.raises(services.AssessmentError, match=r"^recipient:"):
        services.share_summary(
            viewer=viewer_for_person(rep), key="purpose", recipient_id=world.people["M2"].pk
        )
    assert not SummaryShare.objects.exists()


def _new_rep(world: World, n: int) -> None:
    from salescoach.org.models import Role
    from salescoach.org.services import create_person

    world.people[f"X{n}"] = create_person(
        organization=world.orgs["A"],
        name=f"Extra {n}",
        email=f"x{n}@acme.test",
        role=Role.REP,
        team=world.teams["T2"],
        manager=world.people["M2"],
        password="a-long-test-password",
    )


def test_enablement_sees_group_figures_only_from_five_people(world: World) -> None:
    enablement = viewer_for_person(world.people["E"])
    for key, likert in (("R1", 4), ("R1a", 5), ("R2", 3)):
        submit(world.people[key], "achievement_drive", likert=likert)
    _new_rep(world, 1)
    submit(world.people["X1"], "achievement_drive", likert=4)
    (row,) = selectors.group_figures(viewer=enablement, instruments=["achievement_drive"])
    assert (row.people, row.aggregate) == (4, None)
    _new_rep(world, 2)
    submit(world.people["X2"], "achievement_drive", likert=4)
    (row,) = selectors.group_figures(viewer=enablement, instruments=["achievement_drive"])
    assert row.people == 5
    assert row.aggregate is not None
    # All likert answers v score per dimension (two items v, one reverse-keyed 6 - v):
    # v=3 → 50.0, v=4 → 58.3, v=5 → (5+5+1)/3 = 3.667 → 66.7; mean of 58.3, 66.7, 50.0,
    # 58.3, 58.3 = 291.6 / 5 = 58.32 → 58.3.
    assert row.aggregate.dimensions[0].mean == 58.3
    with pytest.raises(PermissionDenied):
        selectors.group_figures(
            viewer=viewer_for_person(world.people["M1"]), instruments=["achievement_drive"]
        )


def test_export_holds_every_answer_and_delete_removes_them(world: World) -> None:
    rep = world.people["R1"]
    submit(rep, "achievement_drive", lb_thought="I am not a closer.")
    viewer = viewer_for_person(rep)
    services.share_summary(
        viewer=viewer, key="achievement_drive", recipient_id=world.people["M1"].pk
    )
    submit(world.people["R2"], "purpose")
    data = selectors.export_for_viewer(viewer=viewer)
    assert [r["instrument"] for r in data["responses"]] == ["achievement_drive"]
    assert data["responses"][0]["answers"]["lb_thought"] == "I am not a closer."
    assert data["shares"][0]["recipient"] == "Person M1"
    assert services.delete_my_answers(viewer=viewer) == 1
    assert not AssessmentResponse.objects.filter(person=rep).exists()
    assert not SummaryShare.objects.filter(person=rep).exists()
    assert AssessmentResponse.objects.filter(person=world.people["R2"]).count() == 1


def test_the_maturity_assessment_records_the_organisations_level(world: World) -> None:
    # Every likert answer 5: process has three items scoring 5 and two reverse-keyed scoring
    # 1, mean (15 + 2) / 5 = 3.4 → (3.4 − 1) / 4 × 100 = 60.0; alignment four items 5 →
    # 100.0; overall (60 + 100) / 2 = 80.0.
    submit(world.people["E"], "coaching_maturity", likert=5)
    assessment = MaturityAssessment.objects.get()
    assert assessment.summary["overall"]["score"] == 80.0
    assert assessment.level == assessment.summary["overall"]["band"]
    view = selectors.organisation_maturity(
        viewer=viewer_for_person(world.people["E"]), today=assessment.submitted_at.date()
    )
    assert view.assessment == assessment
