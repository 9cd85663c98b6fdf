"""`salescoach coaching due`: what is overdue, for one organisation, as of a date."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from salescoach.coaching.models import CheckIn, CoachingSession, Commitment
from tests.world import World

AS_OF = dt.date(2026, 3, 10)


def _plant(world: World) -> None:
    """Hand-laid records around AS_OF (services refuse past dates, so they are written here)."""
    sessions = {}
    for manager, rep in (("M1", "R1"), ("MB", "RB")):
        sessions[rep] = CoachingSession.objects.create(
            organization=world.people[rep].organization,
            manager=world.people[manager],
            rep=world.people[rep],
            scheduled_for=dt.datetime(2026, 2, 1, 9, tzinfo=dt.UTC),
        )

    def commitment(rep: str, owner: str, text: str, due: dt.date, status: str = "open") -> None:
        Commitment.objects.create(
            organization=world.people[rep].organization,
            session=sessions[rep],
            rep=world.people[rep],
            owner=world.people[owner],
            text=text,
            due_on=due,
            status=status,
        )

    commitment("R1", "R1", "Call back the buyer", dt.date(2026, 3, 7))  # 3 days overdue
    commitment("R1", "M1", "Listen to two calls", dt.date(2026, 3, 9))  # 1 day overdue
    commitment("R1", "R1", "Due today", AS_OF)  # not overdue yet
    commitment("R1", "R1", "Already done", dt.date(2026, 3, 1), status="done")
    commitment("RB", "RB", "Other organisation", dt.date(2026, 3, 1))

    def check_in(rep: str, manager: str, title: str, due: dt.datetime, status: str) -> None:
        CheckIn.objects.create(
            organization=world.people[rep].organization,
            session=sessions[rep],
            person=world.people[rep],
            manager=world.people[manager],
            title=title,
            due_at=due,
            status=status,
        )

    check_in("R1", "M1", "Plan check-in", dt.datetime(2026, 3, 8, 15, tzinfo=dt.UTC), "scheduled")
    check_in("R1", "M1", "Called off", dt.datetime(2026, 3, 8, 15, tzinfo=dt.UTC), "cancelled")
    check_in("R1", "M1", "Next week", dt.datetime(2026, 3, 17, 15, tzinfo=dt.UTC), "scheduled")


def test_due_lists_overdue_check_ins_and_commitments_as_json(
    cli, world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    _plant(world)
    assert (
        cli(["coaching", "due", "--org", "acme", "--as-of", "2026-03-10", "--format", "json"]) == 0
    )
    out = json.loads(capsys.readouterr().out)
    assert (out["organization"], out["as_of"]) == ("acme", "2026-03-10")
    # 10 March - 8 March = 2 days; commitments 10 - 7 = 3 days and 10 - 9 = 1 day.
    assert [(c["title"], c["days_overdue"], c["rep"]) for c in out["check_ins"]] == [
        ("Plan check-in", 2, "r1@acme.test")
    ]
    assert [(c["text"], c["days_overdue"], c["owner"]) for c in out["commitments"]] == [
        ("Call back the buyer", 3, "r1@acme.test"),
        ("Listen to two calls", 1, "m1@acme.test"),
    ]


def test_due_as_text_and_with_nothing_overdue(
    cli, world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    _plant(world)
    assert cli(["coaching", "due", "--org", "acme", "--as-of", "2026-03-10"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "acme: overdue as of 2026-03-10"
    assert len(lines) == 4
    assert "Call back the buyer" in lines[2]
    assert cli(["coaching", "due", "--org", "acme", "--as-of", "2026-03-01"]) == 0
    assert capsys.readouterr().out.splitlines()[1] == "  nothing overdue"


def test_due_refuses_an_unknown_organisation_or_a_bad_date(
    cli, world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(["coaching", "due", "--org", "nope"]) == 1
    assert "--org: no organisation 'nope'" in capsys.readouterr().err
    assert cli(["coaching", "due", "--org", "acme", "--as-of", "10/03/2026"]) == 1
    assert "--as-of: '10/03/2026' is not a date" in capsys.readouterr().err
    # Two organisations and no --org: which one is meant must be said.
    assert cli(["coaching", "due"]) == 1
    assert "--org is needed" in capsys.readouterr().err
