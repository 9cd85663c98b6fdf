"""The scorecard's "with themselves" column shows only what the rep shares."""

from __future__ import annotations

from django.test import Client

from salescoach.assessments import services
from salescoach.calls.services import record_call
from salescoach.org.access import viewer_for_person
from tests.integration.assessments.answer_sheets import submit
from tests.world import World


def _page(world: World, viewer: str, rep: str) -> str:
    client = Client()
    client.force_login(world.people[viewer].user)
    response = client.get(f"/coaching/people/{world.people[rep].pk}/scorecard/")
    assert response.status_code == 200
    return response.content.decode()


def test_the_manager_sees_the_summary_only_while_it_is_shared(world: World) -> None:
    submit(world.people["R1"], "achievement_drive", lb_thought="PRIVATE WORDS")
    assert "Self-belief" not in _page(world, "M1", "R1")
    share = services.share_summary(
        viewer=viewer_for_person(world.people["R1"]),
        key="achievement_drive",
        recipient_id=world.people["M1"].pk,
    )
    page = _page(world, "M1", "R1")
    assert "Self-belief" in page
    assert "PRIVATE WORDS" not in page
    services.revoke_share(viewer=viewer_for_person(world.people["R1"]), share_id=share.pk)
    assert "Self-belief" not in _page(world, "M1", "R1")


TRANSCRIPT = """WEBVTT

00:00:00.000 --> 00:00:06.000
<v Person R1>Tell me how you report on the quarter today, and what gets in the way.</v>

00:00:06.500 --> 00:00:10.000
<v Jo Buyer>It takes us two weeks and it is always late.</v>
"""


def test_the_rep_sees_their_own_and_the_talk_estimate_beside_the_calls(world: World) -> None:
    submit(world.people["R1"], "selling_focus", talk_share_estimate=30)  # an estimate of 30%
    page = _page(world, "R1", "R1")
    assert "Own estimate of their talk share" in page
    assert ">30%<" in page
    assert "Measured on 0 analysed sales calls" in page
    imported = record_call(
        organization=world.orgs["A"],
        data=TRANSCRIPT.encode(),
        source_name="c.vtt",
        owner=world.people["R1"],
    )
    share = imported.call.analysis.rep_talk_share
    page = _page(world, "R1", "R1")
    assert "Measured on 1 analysed sales call<" in page
    assert f">{round(share * 100)}%<" in page
