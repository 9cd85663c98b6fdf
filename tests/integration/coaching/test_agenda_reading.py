"""Stored agendas read for each viewer: items whose source the viewer may not read now are left
out wherever an agenda is read, the team board's coaching figures included."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.utils import timezone

from salescoach.assessments import services as assessment_services
from salescoach.coaching.agenda_access import StoredAgenda, agendas_for_viewer
from salescoach.coaching.board_selectors import team_board_for_viewer
from salescoach.coaching.models import CoachingSession
from salescoach.domain.assessments.scoring import ScoreSummary
from salescoach.domain.assessments.styles import place_style
from salescoach.domain.coaching.agenda import build_agenda
from salescoach.org.access import viewer_for_person
from tests.integration.coaching.coaching_history import hold_session
from tests.world import World

pytestmark = pytest.mark.django_db

STYLE = ScoreSummary("behaviour_style", 1, (), style=place_style(80.0, 40.0))


def _share(world: World, rep: str, instrument: str, recipient: str) -> None:
    assessment_services.share_summary(
        viewer=viewer_for_person(world.people[rep]),
        key=instrument,
        recipient_id=world.people[recipient].pk,
    )


def _item(kind: str, source_id: str, source_key: str, title: str) -> dict[str, Any]:
    return {
        "title": title,
        "detail": "",
        "source_kind": kind,
        "source_id": source_id,
        "source_key": source_key,
        "priority": 1,
    }


def _agenda(themselves: list[dict[str, Any]]) -> dict[str, Any]:
    sections = [
        {"conversation": c, "title": c, "items": [], "missing_evidence": "none", "omitted": 0}
        for c in ("customers", "themselves", "coach")
    ]
    sections[1]["items"] = themselves
    return {"as_of": "2026-11-20", "sections": sections, "shared_summaries": 0}


def _titles(world: World, viewer: str, agenda: dict[str, Any]) -> set[str]:
    stored = StoredAgenda(world.people["R1a"].pk, world.people["M1a"].pk, agenda)
    (read,) = agendas_for_viewer(viewer=viewer_for_person(world.people[viewer]), agendas=[stored])
    return {item["title"] for section in read["sections"] for item in section["items"]}


def test_a_recommendation_no_longer_stored_is_judged_by_its_recorded_area(world: World) -> None:
    _share(world, "R1a", "achievement_drive", "M1a")
    agenda = _agenda(
        [
            _item("recommendation", "999998", "achievement_drive", "gone advice on drive"),
            _item("recommendation", "999999", "priority_management", "gone advice on time"),
        ]
    )
    # R1a shares achievement drive with M1a, not with M1 above; priorities are nobody's secret.
    assert _titles(world, "R1a", agenda) == {"gone advice on drive", "gone advice on time"}
    assert _titles(world, "M1a", agenda) == {"gone advice on drive", "gone advice on time"}
    assert _titles(world, "M1", agenda) == {"gone advice on time"}


def test_a_summary_item_whose_instrument_cannot_be_told_is_the_reps_alone(world: World) -> None:
    for instrument in ("achievement_drive", "behaviour_style"):
        _share(world, "R1a", instrument, "M1a")
    agenda = _agenda([_item("assessment", "mystery", "", "an unnamed summary")])
    assert _titles(world, "R1a", agenda) == {"an unnamed summary"}
    assert _titles(world, "M1a", agenda) == set()
    assert _titles(world, "M1", agenda) == set()


def test_the_coaching_figures_on_the_board_read_the_agenda_as_the_viewer_may(
    world: World,
) -> None:
    """A held session whose agenda coaches a behaviour only through the rep's behaviour style
    (the title "Behaviour style: …" is a behaviour cue): it counts as coaching a behaviour for
    M1a, whom R1a shares that summary with, and not for M1 above, who may not read it."""
    _share(world, "R1a", "behaviour_style", "M1a")
    session = hold_session(world.people["M1a"], world.people["R1a"], days_ago=3)
    agenda = build_agenda(
        open_commitments=[],
        recommendations=[],
        recent_call_moments=[],
        deals_at_gate=[],
        shared_mindset_summaries=[STYLE],
        as_of=timezone.localdate() - dt.timedelta(days=3),
    )
    CoachingSession.objects.filter(pk=session.pk).update(
        agenda={
            **agenda.to_json(),
            "shared_summaries": 1,
            "summary_instruments": ["behaviour_style"],
        }
    )
    today = timezone.localdate()

    def behaviour_share(viewer: str) -> float | None:
        board = team_board_for_viewer(viewer=viewer_for_person(world.people[viewer]), as_of=today)
        (row,) = [r for r in board.rows if r.person.pk == world.people["R1a"].pk]
        assert row.coaching.sessions == 1
        return row.coaching.behaviour_share

    assert behaviour_share("M1a") == 1.0
    assert behaviour_share("M1") == 0.0
