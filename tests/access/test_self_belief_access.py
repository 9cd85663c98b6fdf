"""Generated access matrix for self-belief figures outside the rep's own self-assessment pages:
a self-belief learning goal's progress and a recommendation's self-belief evidence, on the
scorecard page, the scorecard API and the goals list of the API, for every viewer × rep, with
the achievement-drive summary shared, never shared, and shared then revoked; against the
hand-written tables in matrix.py."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from salescoach.assessments import services as assessment_services
from salescoach.assessments.models import AssessmentResponse, SummaryShare
from salescoach.goals.models import Goal, Recommendation
from salescoach.goals.selectors import self_belief_diagnosable
from salescoach.goals.services import RecommendationIn, store_recommendations
from salescoach.org.access import restrict, summary_readers_of, viewer_for_person
from salescoach.org.models import Person, Role
from tests.access.matrix import (
    ACHIEVEMENT_ADVICE_VISIBLE,
    ACHIEVEMENT_ADVICE_VISIBLE_UNSHARED,
    DIRECT_COACHES,
    REPS,
    SELF_BELIEF_DIAGNOSED,
    SELF_BELIEF_VISIBLE,
    SELF_BELIEF_VISIBLE_UNSHARED,
    VIEWERS,
    WORK_VISIBLE,
)
from tests.integration.assessments.answer_sheets import submit
from tests.world import World

SHARES = {"R1": "M1", "R1a": "M1a", "RB": "MB"}  # R2 shares nothing (as in matrix.py)
SCENARIOS = ("shared", "never shared", "revoked")
# Every answer 4 of 5: the self-belief items 4, 4 and a reverse-keyed 4 → 2; (10/3 − 1)/4 × 100.
SELF_BELIEF = 58.3
EVIDENCE = [
    {
        "metric": "results_trend",
        "label": "growth of won amount per period, relative to the average period",
        "unit": "share",
        "value": -0.05,
        "team_median": 0.1,
        "org_median": 0.08,
        "sample": 4,
        "holds": True,
    },
    {
        "metric": "self_belief",
        "label": "self-belief score",
        "unit": "points (0-100)",
        "value": 41.7,
        "team_median": 62.5,
        "org_median": 66.7,
        "sample": 2,
        "holds": True,
    },
]
OWN_MARKS = ("41.7", str(SELF_BELIEF))  # the rep's own scores: only for a reader
POOLED_MARKS = ("62.5", "66.7")  # medians of colleagues' private scores: for nobody
REC = RecommendationIn(
    "achievement_drive", "Set a stretch goal the rep believes in", "Flat results.", EVIDENCE, 0.7
)


def _readers(scenario: str) -> dict[str, frozenset[str]]:
    return SELF_BELIEF_VISIBLE if scenario == "shared" else SELF_BELIEF_VISIBLE_UNSHARED


def _advised(scenario: str) -> dict[str, frozenset[str]]:
    """Whose achievement-drive recommendation each viewer sees."""
    return (
        ACHIEVEMENT_ADVICE_VISIBLE if scenario == "shared" else ACHIEVEMENT_ADVICE_VISIBLE_UNSHARED
    )


@pytest.fixture(params=SCENARIOS)
def scenario(request: pytest.FixtureRequest, world: World) -> str:
    """Every rep has answered the achievement-drive self-assessment ten days ago, has a
    self-belief learning goal agreed five days ago and an open recommendation whose evidence
    holds a self-belief figure; the summary is shared as in SHARES, never, or shared and then
    revoked."""
    today = timezone.localdate()
    for key in REPS:
        rep = world.people[key]
        response = submit(rep, "achievement_drive", likert=4)
        AssessmentResponse.objects.filter(pk=response.pk).update(
            submitted_at=timezone.now() - dt.timedelta(days=10)
        )
        # Stored before the goal: a rep already working on an area is not recommended it.
        store_recommendations(person=rep, recommendations=[REC], rules_version="2")
        Goal.objects.create(
            organization=rep.organization,
            person=rep,
            kind="learning",
            title=f"Believe {key}",
            measure="self_belief",
            period_start=today - dt.timedelta(days=5),
            period_end=today + dt.timedelta(days=80),
            agreed_on=today - dt.timedelta(days=5),
        )
    if request.param != "never shared":
        for key, recipient in SHARES.items():
            viewer = viewer_for_person(world.people[key])
            share = assessment_services.share_summary(
                viewer=viewer, key="achievement_drive", recipient_id=world.people[recipient].pk
            )
            if request.param == "revoked":
                assessment_services.revoke_share(viewer=viewer, share_id=share.pk)
    assert SummaryShare.objects.filter(revoked_at__isnull=True).count() == (
        len(SHARES) if request.param == "shared" else 0
    )
    return str(request.param)


def _client(world: World, key: str) -> Client:
    client = Client()
    client.force_login(world.people[key].user)
    return client


def _check_progress(progress: dict[str, Any], readable: bool, where: str) -> None:
    assert (progress["metric"], progress["unit"]) == ("self_belief", "points (0-100)"), where
    if readable:
        assert progress["withheld"] is None, where
        for reading in (progress["at_start"], progress["now"]):
            assert (reading["value"], reading["evidence"]) == (SELF_BELIEF, 1), where
        assert progress["direction"] == "unchanged", where
    else:
        assert progress["withheld"].startswith("not shared:"), where
        assert (progress["at_start"], progress["now"], progress["direction"]) == (
            None,
            None,
            None,
        ), where
        assert progress["evidence_unit"] == "", where


def _check_evidence(evidence: list[dict[str, Any]], readable: bool, where: str) -> None:
    trend, belief = evidence
    assert trend == EVIDENCE[0], where  # nothing private in a deal figure
    if readable:
        assert belief == {**EVIDENCE[1], "team_median": None, "org_median": None}, where
    else:
        assert belief["withheld"].startswith("not shared:"), where
        assert [belief[k] for k in ("value", "team_median", "org_median", "sample", "holds")] == [
            None
        ] * 5, where
        assert (belief["metric"], belief["label"]) == ("self_belief", "self-belief score"), where


@pytest.mark.parametrize("viewer", VIEWERS)
def test_the_goals_list_shows_self_belief_readings_only_as_shared(
    world: World, scenario: str, viewer: str
) -> None:
    response = _client(world, viewer).get("/api/v1/coaching/goals?page_size=100")
    assert response.status_code == 200
    listed = {item["person_id"]: item for item in response.json()["items"]}
    for rep in REPS:
        pk = world.people[rep].pk
        assert (pk in listed) is (rep in WORK_VISIBLE[viewer]), (viewer, rep)
        if pk in listed:
            readable = rep in _readers(scenario)[viewer]
            _check_progress(listed[pk]["progress"], readable, f"{viewer} → {rep}, {scenario}")


@pytest.mark.parametrize("rep", REPS)
@pytest.mark.parametrize("viewer", VIEWERS)
def test_the_scorecard_api_shows_self_belief_figures_only_as_shared(
    world: World, scenario: str, viewer: str, rep: str
) -> None:
    response = _client(world, viewer).get(f"/api/v1/people/{world.people[rep].pk}/scorecard")
    where = f"{viewer} → {rep}, {scenario}"
    if rep not in WORK_VISIBLE[viewer]:
        assert response.status_code == 404, where
        return
    assert response.status_code == 200, where
    body = response.json()
    readable = rep in _readers(scenario)[viewer]
    (goal,) = body["goals"]
    _check_progress(goal["progress"], readable, where)
    if rep in _advised(scenario)[viewer]:
        (recommendation,) = body["recommendations"]
        assert recommendation["area"] == "achievement_drive", where
        _check_evidence(recommendation["evidence"], readable, where)
    else:
        # The advice itself would tell the rep's low self-belief: not there at all.
        assert body["recommendations"] == [], where


@pytest.mark.parametrize("rep", REPS)
@pytest.mark.parametrize("viewer", VIEWERS)
def test_the_scorecard_page_shows_self_belief_figures_only_as_shared(
    world: World, scenario: str, viewer: str, rep: str
) -> None:
    response = _client(world, viewer).get(f"/coaching/people/{world.people[rep].pk}/scorecard/")
    where = f"{viewer} → {rep}, {scenario}"
    if rep not in WORK_VISIBLE[viewer]:
        assert response.status_code == 404, where
        return
    assert response.status_code == 200, where
    body = response.content.decode()
    assert f"Believe {rep}" in body, where  # the goal itself is there for everyone who sees it
    assert (REC.title in body) is (rep in _advised(scenario)[viewer]), where
    if rep in _readers(scenario)[viewer]:
        assert f"{SELF_BELIEF} → {SELF_BELIEF}" in body, where
        assert all(mark in body for mark in OWN_MARKS), where
        assert "data-withheld" not in body, where
    else:
        # The goal's readings; the recommendation, whose evidence held the other, is not shown.
        assert body.count('data-withheld="self_belief"') == 1, where
        assert "Not shared: self-belief comes from the rep&#x27;s achievement-drive" in body, where
        assert not any(mark in body for mark in OWN_MARKS), where
    assert not any(mark in body for mark in POOLED_MARKS), where


@pytest.mark.parametrize("rep", ["R1", "R1a"])
def test_a_manager_setting_a_self_belief_goal_sees_its_readings_only_as_shared(
    world: World, scenario: str, rep: str
) -> None:
    # M1 manages both: R1 shares with M1; R1a shares with M1a, not with M1.
    today = timezone.localdate()
    response = _client(world, "M1").post(
        "/api/v1/coaching/goals",
        {
            "person_id": world.people[rep].pk,
            "kind": "learning",
            "title": "Believe it",
            "period_start": (today - dt.timedelta(days=5)).isoformat(),
            "period_end": (today + dt.timedelta(days=80)).isoformat(),
            "measure": "self_belief",
        },
        content_type="application/json",
    )
    assert response.status_code == 201
    progress = response.json()["progress"]
    readable = scenario == "shared" and rep == "R1"
    assert progress["withheld"] is None if readable else progress["withheld"] is not None
    # Agreed today: its first reading holds the self-assessment of ten days ago.
    assert (progress["at_start"] or {}).get("value") == (SELF_BELIEF if readable else None)


@pytest.mark.parametrize("viewer", VIEWERS)
def test_the_access_layer_names_whose_summary_each_viewer_reads(
    world: World, scenario: str, viewer: str
) -> None:
    reps = {world.people[rep].pk: rep for rep in REPS}
    found = summary_readers_of(
        AssessmentResponse,
        viewer_for_person(world.people[viewer]),
        instrument="achievement_drive",
        person_ids=reps,
    )
    assert {reps[pk] for pk in found} == _readers(scenario)[viewer]
    # Another instrument is not shared by sharing this one.
    other = summary_readers_of(
        AssessmentResponse,
        viewer_for_person(world.people[viewer]),
        instrument="behaviour_style",
        person_ids=reps,
    )
    assert {reps[pk] for pk in other} == SELF_BELIEF_VISIBLE_UNSHARED[viewer]


def test_only_a_model_with_a_shareable_summary_has_summary_readers(world: World) -> None:
    with pytest.raises(LookupError):
        summary_readers_of(
            Goal,
            viewer_for_person(world.people["M1"]),
            instrument="achievement_drive",
            person_ids=[world.people["R1"].pk],
        )


@pytest.mark.parametrize("enablement", [True, False], ids=["enablement", "no enablement"])
def test_the_diagnosis_reads_self_belief_shared_with_the_direct_coaches(
    world: World, scenario: str, enablement: bool
) -> None:
    if not enablement:
        Person.objects.filter(role=Role.ENABLEMENT).update(is_active=False)
    readers = _readers(scenario)
    diagnosed: set[str] = set()
    for org in world.orgs.values():
        reps = {world.people[k].pk: k for k in REPS if world.people[k].organization_id == org.pk}
        found = self_belief_diagnosable(organization=org, person_ids=list(reps))
        diagnosed |= {reps[pk] for pk in found}
    # From the tables: every direct coach of the rep reads their self-belief; enablement and
    # leads further up do not count (they never see the advice: ACHIEVEMENT_ADVICE_VISIBLE).
    derived = {rep for rep in REPS if all(rep in readers[coach] for coach in DIRECT_COACHES[rep])}
    assert diagnosed == derived == SELF_BELIEF_DIAGNOSED[(scenario, enablement)]


@pytest.mark.parametrize("viewer", VIEWERS)
def test_a_goal_accepted_from_achievement_drive_advice_is_seen_only_as_shared(
    world: World, scenario: str, viewer: str
) -> None:
    """The goal carries the advice's title and why; the rep's other goals show as before."""
    today = timezone.localdate()
    for key in REPS:
        rep = world.people[key]
        Goal.objects.create(
            organization=rep.organization,
            person=rep,
            kind="learning",
            title=f"Stretch {key}",
            why=REC.why,
            period_start=today,
            period_end=today + dt.timedelta(days=80),
            source=Recommendation.objects.get(person=rep, area="achievement_drive"),
        )
    response = _client(world, viewer).get("/api/v1/coaching/goals?page_size=100")
    assert response.status_code == 200
    titles = {item["title"] for item in response.json()["items"]}
    for rep in REPS:
        where = f"{viewer} → {rep}, {scenario}"
        assert (f"Believe {rep}" in titles) is (rep in WORK_VISIBLE[viewer]), where
        assert (f"Stretch {rep}" in titles) is (rep in _advised(scenario)[viewer]), where


@pytest.mark.parametrize("viewer", VIEWERS)
def test_achievement_drive_advice_is_listed_once_to_whom_the_rep_shares_with(
    world: World, scenario: str, viewer: str
) -> None:
    """The access layer's read-time condition on its own: one row per recommendation, however
    many shares the rep holds (the share with M1 is doubled here, as an old revoked one)."""
    if scenario == "shared":
        share = SummaryShare.objects.get(person=world.people["R1"])
        SummaryShare.objects.create(
            organization=share.organization,
            person=share.person,
            instrument=share.instrument,
            recipient=share.recipient,
            revoked_at=timezone.now(),
        )
    seen = restrict(Recommendation.objects.all(), viewer_for_person(world.people[viewer]))
    name = {world.people[key].pk: key for key in REPS}
    owners = [name[pk] for pk in seen.values_list("person_id", flat=True)]
    assert sorted(owners) == sorted(_advised(scenario)[viewer])
