"""Generated access matrix for mindset answers: responses, shared summaries and organisation
figures on every page and API surface, against the hand-written tables in matrix.py."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.test import Client

from salescoach.assessments import services
from salescoach.assessments.models import AssessmentResponse, SummaryShare
from salescoach.org.access import viewer_for_person
from salescoach.org.models import Role
from salescoach.org.services import create_person
from tests.access.matrix import (
    ANSWERS_VISIBLE,
    MIN_GROUP,
    ORG_A,
    ORG_B,
    ORGANISATION_FIGURES,
    PEOPLE_VISIBLE,
    SUMMARIES_VISIBLE,
    VIEWERS,
)
from tests.integration.assessments.answer_sheets import submit
from tests.world import PASSWORD, World

RESPONDENTS = ("R1", "R1a", "R2", "RB", "M1", "M1a", "M2", "MB")
SHARES = {"R1": "M1", "R1a": "M1a", "RB": "MB", "M1a": "E"}
SECRET = "SECRET-REFLECTION-{key}"


@pytest.fixture
def responses(world: World) -> dict[str, AssessmentResponse]:
    out = {}
    for key in RESPONDENTS:
        person = world.people[key]
        if person.role == Role.REP:
            out[key] = submit(person, "achievement_drive", lb_thought=SECRET.format(key=key))
        else:
            out[key] = submit(person, "coaching_readiness", rd_reflection=SECRET.format(key=key))
    for key, recipient in SHARES.items():
        services.share_summary(
            viewer=viewer_for_person(world.people[key]),
            key=out[key].instrument,
            recipient_id=world.people[recipient].pk,
        )
    return out


def _client(world: World, viewer: str) -> Client:
    client = Client()
    client.force_login(world.people[viewer].user)
    return client


@dataclass(frozen=True)
class Surface:
    """A surface that shows one respondent's response (detail) or summaries (per person)."""

    name: str
    url: Callable[[World, dict[str, AssessmentResponse], str], str]
    table: dict[str, frozenset[str]]
    per_person: bool  # 200 for anyone in the viewer's directory, listing what they may read
    marker: Callable[[AssessmentResponse], str]


SURFACES = (
    Surface(
        "page results",
        lambda w, r, k: f"/assessments/responses/{r[k].pk}/",
        ANSWERS_VISIBLE,
        False,
        lambda r: "",
    ),
    Surface(
        "api response",
        lambda w, r, k: f"/api/v1/assessments/{r[k].pk}",
        ANSWERS_VISIBLE,
        False,
        lambda r: '"answers"',
    ),
    Surface(
        "page shared summaries",
        lambda w, r, k: f"/assessments/people/{w.people[k].pk}/",
        SUMMARIES_VISIBLE,
        True,
        lambda r: f'data-summary="{r.pk}"',
    ),
    Surface(
        "api shared summaries",
        lambda w, r, k: f"/api/v1/assessments/people/{w.people[k].pk}/summaries",
        SUMMARIES_VISIBLE,
        True,
        lambda r: f'"response_id":{r.pk},',
    ),
)

CASES = [
    pytest.param(surface, viewer, target, id=f"{surface.name}:{viewer}->{target}")
    for surface in SURFACES
    for viewer in VIEWERS
    for target in RESPONDENTS
]


@pytest.mark.parametrize(("surface", "viewer", "target"), CASES)
def test_mindset_access_matrix(
    world: World,
    responses: dict[str, AssessmentResponse],
    surface: Surface,
    viewer: str,
    target: str,
) -> None:
    response = _client(world, viewer).get(surface.url(world, responses, target))
    body = response.content.decode().replace(" ", "")
    allowed = target in surface.table[viewer]
    if surface.per_person:
        in_directory = target in PEOPLE_VISIBLE[viewer]
        assert response.status_code == (200 if in_directory else 404)
        assert (surface.marker(responses[target]).replace(" ", "") in body) is allowed
    else:
        assert response.status_code == (200 if allowed else 404)
    # Free text never leaves its author, on any surface.
    if viewer != target:
        assert SECRET.format(key=target) not in response.content.decode()


@pytest.mark.parametrize("viewer", VIEWERS)
def test_lists_and_exports_hold_the_viewers_own_answers_only(
    world: World, responses: dict[str, AssessmentResponse], viewer: str
) -> None:
    client = _client(world, viewer)
    listed = {r["id"] for r in client.get("/api/v1/assessments").json()}
    exported = {r["id"] for r in client.get("/assessments/export/").json()["responses"]}
    expected = {responses[k].pk for k in ANSWERS_VISIBLE[viewer]}
    assert listed == expected
    assert exported == expected


@pytest.mark.parametrize(
    ("viewer", "target"),
    [pytest.param(v, t, id=f"{v}->{t}") for v in VIEWERS for t in RESPONDENTS if v != t],
)
def test_nobody_answers_or_submits_someone_elses_response(
    world: World, responses: dict[str, AssessmentResponse], viewer: str, target: str
) -> None:
    client = _client(world, viewer)
    draft = services.start_response(
        viewer=viewer_for_person(world.people[target]), key=responses[target].instrument
    )
    url = f"/api/v1/assessments/{draft.pk}"
    assert client.post(f"{url}/answers", {"answers": {}}, "application/json").status_code == 404
    assert client.post(f"{url}/submit", {"answers": {}}, "application/json").status_code == 404
    page = client.post(
        f"/assessments/take/{draft.instrument}/", {"response": draft.pk, "item-x": "1"}
    )
    assert page.status_code in (403, 404)
    draft.refresh_from_db()
    assert draft.answers == {}


def test_a_revoked_share_closes_the_summary_again(
    world: World, responses: dict[str, AssessmentResponse]
) -> None:
    share = SummaryShare.objects.get(person=world.people["R1"])
    url = f"/assessments/people/{world.people['R1'].pk}/"
    marker = f'data-summary="{responses["R1"].pk}"'
    assert marker in _client(world, "M1").get(url).content.decode()
    _client(world, "R1").post(f"/assessments/shares/{share.pk}/revoke/")
    assert marker not in _client(world, "M1").get(url).content.decode()


@pytest.mark.parametrize("viewer", VIEWERS)
def test_organisation_figures_are_for_enablement_and_groups_of_at_least_five(
    world: World, responses: dict[str, AssessmentResponse], viewer: str
) -> None:
    # Organisation A has three reps who answered: fewer than MIN_GROUP, so withheld.
    client = _client(world, viewer)
    page = client.get("/assessments/organisation/")
    api = client.get("/api/v1/assessments/organisation")
    if viewer not in ORGANISATION_FIGURES:
        assert page.status_code == 404
        assert api.status_code == 403
        return
    assert page.status_code == 200
    rows = {r["instrument"]: r for r in api.json()}
    drive = rows["achievement_drive"]
    expected_people = 3 if viewer in ORG_A else 1  # never the other organisation's
    assert (drive["people"], drive["withheld"]) == (expected_people, True)
    assert drive["aggregate"] is None
    body = page.content.decode()
    for key in (*ORG_A, *ORG_B):
        assert SECRET.format(key=key) not in body


def test_enablement_gets_the_figures_once_five_people_answered(
    world: World, responses: dict[str, AssessmentResponse]
) -> None:
    for n in range(MIN_GROUP - 3):
        person = create_person(
            organization=world.orgs["A"],
            name=f"Extra {n}",
            email=f"extra{n}@acme.test",
            role=Role.REP,
            team=world.teams["T2"],
            manager=world.people["M2"],
            password=PASSWORD,
        )
        submit(person, "achievement_drive")
    rows = {
        r["instrument"]: r
        for r in _client(world, "E").get("/api/v1/assessments/organisation").json()
    }
    assert rows["achievement_drive"]["people"] == MIN_GROUP
    assert rows["achievement_drive"]["withheld"] is False
    assert rows["achievement_drive"]["aggregate"]["people"] == MIN_GROUP
    # Organisation B's enablement still sees only its own single respondent, withheld.
    rows_b = {
        r["instrument"]: r
        for r in _client(world, "EB").get("/api/v1/assessments/organisation").json()
    }
    assert rows_b["achievement_drive"]["withheld"] is True
