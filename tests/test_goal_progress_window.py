"""A learning goal's progress reads each figure over a window before each date, with the
evidence behind each reading, and says so when a window holds too little to read it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.test import Client

from salescoach.assessments.models import AssessmentResponse
from salescoach.goals.models import Goal
from salescoach.goals.selectors import goal_progress, rep_evidence
from salescoach.org.access import Viewer, viewer_for_person
from salescoach.pipeline.models import Deal, Stage
from tests.integration.assessments.answer_sheets import submit
from tests.world import World

AGREED = dt.date(2026, 6, 1)
PERIOD_END = dt.date(2026, 8, 24)
TODAY = dt.date(2026, 12, 1)  # after the period: the second reading is on PERIOD_END


def _stages(world: World) -> dict[str, Stage]:
    """The world's process has Approach (order 1); add Validate (order 4) for deciding."""
    approach = Stage.objects.get(process__organization=world.orgs["A"])
    validate = Stage.objects.create(
        process=approach.process, order=4, name="Validate", phase="validate"
    )
    return {"Approach": approach, "Validate": validate}


def _lost(
    world: World, key: str, stage: Stage, *, created: dt.date, closed: dt.date, rep: str = "R1"
) -> None:
    owner = world.people[rep]
    Deal.objects.create(
        organization=owner.organization,
        external_id=key,
        name=key,
        owner=owner,
        amount=Decimal(1000),
        created_on=created,
        closed_on=closed,
        outcome="lost",
        stage=stage,
    )


def _plant_losses(world: World, *, late_losses: int = 8) -> None:
    """Before the goal: 8 deals lost in January, 6 of them while the customer decided. After:
    `late_losses` deals lost in July, 2 of them while the customer decided; one of those (LEAK)
    was created before the goal was agreed."""
    stages = _stages(world)
    for n in range(8):
        stage = stages["Validate"] if n < 6 else stages["Approach"]
        _lost(world, f"JAN-{n}", stage, created=dt.date(2025, 11, 1), closed=dt.date(2026, 1, 10))
    _lost(
        world, "LEAK", stages["Validate"], created=dt.date(2026, 5, 15), closed=dt.date(2026, 7, 5)
    )
    for n in range(late_losses - 1):
        stage = stages["Validate"] if n < 1 else stages["Approach"]
        _lost(world, f"JUL-{n}", stage, created=dt.date(2026, 6, 10), closed=dt.date(2026, 7, 20))


def _r1(world: World) -> Viewer:
    """R1, whose goal it is: the rep always sees their own readings."""
    return viewer_for_person(world.people["R1"])


def _goal(world: World, measure: str = "loss_share_decide") -> Goal:
    rep = world.people["R1"]
    return Goal.objects.create(
        organization=rep.organization,
        person=rep,
        kind="learning",
        title="Map and steer the customer's decision process",
        measure=measure,
        period_start=AGREED,
        period_end=PERIOD_END,
        agreed_on=AGREED,
    )


def test_deal_figures_are_read_over_the_deals_closed_in_the_180_days_before_each_date(
    world: World,
) -> None:
    _plant_losses(world)
    progress = goal_progress(goal=_goal(world), as_of=TODAY, viewer=_r1(world))
    assert progress is not None
    assert progress.end is not None
    # On 1 Jun the window is 4 Dec 2025 … 1 Jun: the eight January losses, 6 while deciding
    # → 6/8 = 0.75. LEAK closed on 5 Jul, after that day, so it is not counted then.
    assert (progress.start.on, progress.at_start, progress.start.evidence) == (AGREED, 0.75, 8)
    # On 24 Aug the window is 26 Feb … 24 Aug: the eight July losses (LEAK and JUL-0 while
    # deciding) → 2/8 = 0.25. Read over all deals it would have been 8/16 = 0.5.
    assert (progress.end.on, progress.now, progress.end.evidence) == (PERIOD_END, 0.25, 8)
    assert progress.start.needed == 8
    assert (progress.better, progress.direction) == ("lower", "better")
    assert progress.window == "deals closed in the 180 days up to each date"


def test_a_window_with_too_few_deals_has_no_figure(world: World) -> None:
    _plant_losses(world, late_losses=7)
    progress = goal_progress(goal=_goal(world), as_of=TODAY, viewer=_r1(world))
    assert progress is not None
    assert progress.end is not None
    # July: LEAK and six more lost, 7 lost deals, one short of the 8 the figure needs.
    assert (progress.now, progress.end.evidence, progress.end.enough) == (None, 7, False)
    assert progress.at_start == 0.75
    assert progress.short_of_evidence
    assert progress.direction is None


def test_the_diagnosis_still_reads_every_deal_to_date(world: World) -> None:
    _plant_losses(world)
    evidence, _team = rep_evidence(
        organization=world.orgs["A"], as_of=TODAY, person_ids=[world.people["R1"].pk]
    )[world.people["R1"].pk]
    # January and July together: 16 lost, 8 of them while deciding; the world's open deal.
    assert (evidence.deals.lost, evidence.deals.open) == (16, 1)
    assert evidence.deals.loss_share_decide == 0.5


def test_self_belief_is_read_from_the_self_assessments_of_the_180_days_before(
    world: World,
) -> None:
    r1 = world.people["R1"]
    old = submit(r1, "achievement_drive", likert=2)
    new = submit(r1, "achievement_drive", likert=4)
    AssessmentResponse.objects.filter(pk=old.pk).update(
        submitted_at=dt.datetime(2025, 10, 1, 9, tzinfo=dt.UTC)
    )
    AssessmentResponse.objects.filter(pk=new.pk).update(
        submitted_at=dt.datetime(2026, 7, 15, 9, tzinfo=dt.UTC)
    )
    progress = goal_progress(goal=_goal(world, "self_belief"), as_of=TODAY, viewer=_r1(world))
    assert progress is not None
    assert progress.end is not None
    # On 1 Jun the only score (1 Oct 2025) is older than the window (4 Dec 2025 … 1 Jun).
    assert (progress.at_start, progress.start.evidence, progress.start.needed) == (None, 0, 1)
    # On 24 Aug: the 15 Jul response. Items 4, 4 and reverse-keyed 4 → 2; (10/3 − 1)/4 × 100.
    assert (progress.now, progress.end.evidence) == (58.3, 1)
    assert progress.end.evidence_text == "1 self-assessment"


def _scorecard(world: World, viewer: str = "M1") -> str:
    """The rep R1's scorecard page; the caller pins today to TODAY."""
    client = Client()
    client.force_login(world.people[viewer].user)
    return client.get(f"/coaching/people/{world.people['R1'].pk}/scorecard/").content.decode()


def test_the_scorecard_shows_the_evidence_behind_each_reading(world: World, pin_today) -> None:
    pin_today(TODAY)
    _plant_losses(world)
    _goal(world)
    body = _scorecard(world)
    assert "75% → 25%" in body
    assert '<span class="tag better">better</span>' in body
    assert (
        "From 8 lost deals on 1 Jun, 8 on 24 Aug; "
        "deals closed in the 180 days up to each date." in body
    )


def test_the_scorecard_says_when_a_window_holds_too_little(world: World, pin_today) -> None:
    pin_today(TODAY)
    _plant_losses(world, late_losses=7)
    _goal(world)
    body = _scorecard(world)
    assert "75% → not enough evidence" in body
    assert "From 8 lost deals on 1 Jun, 7 on 24 Aug (a reading needs 8);" in body
    assert '<span class="tag' not in body.split("75% → not enough evidence", 1)[1].split("</td>")[0]


def test_the_scorecard_api_answers_the_progress_with_its_evidence(world: World, pin_today) -> None:
    pin_today(TODAY)
    _plant_losses(world, late_losses=7)
    goal = _goal(world)
    client = Client()
    client.force_login(world.people["M1"].user)
    body = client.get(f"/api/v1/people/{world.people['R1'].pk}/scorecard").json()
    [row] = [g for g in body["goals"] if g["id"] == goal.pk]
    assert row["progress"] == {
        "metric": "loss_share_decide",
        "label": "share of lost deals lost while the customer decides (validate, negotiate)",
        "unit": "share",
        "better": "lower",
        "evidence_unit": "lost deals",
        "window": "deals closed in the 180 days up to each date",
        "at_start": {
            "on": "2026-06-01",
            "value": 0.75,
            "evidence": 8,
            "evidence_needed": 8,
            "enough_evidence": True,
        },
        "now": {
            "on": "2026-08-24",
            "value": None,
            "evidence": 7,
            "evidence_needed": 8,
            "enough_evidence": False,
        },
        "direction": None,
        "withheld": None,  # a deal figure: nothing private in it
    }


def test_the_scorecard_api_documents_the_progress(client: Client) -> None:
    spec = client.get("/api/v1/openapi.json").json()
    schemas = spec["components"]["schemas"]
    assert "progress" in schemas["ScorecardGoalOut"]["properties"]
    assert {"at_start", "now", "evidence_unit", "window"} <= set(
        schemas["GoalProgressOut"]["properties"]
    )
    assert {"evidence", "evidence_needed", "enough_evidence"} <= set(
        schemas["GoalReadingOut"]["properties"]
    )
