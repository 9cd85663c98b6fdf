"""The rep scorecard: three conversations, compared with team and organisation."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.test import Client
from django.utils import timezone

from salescoach.coaching.selectors import scorecard_for_viewer
from salescoach.org.access import viewer_for_person
from salescoach.pipeline.models import Deal
from tests.world import World


def _close(world: World, owner: str, outcome: str, n: int) -> None:
    person = world.people[owner]
    today = timezone.localdate()
    for i in range(n):
        Deal.objects.create(
            organization=person.organization,
            external_id=f"{owner}-{outcome}-{i}",
            name="x",
            owner=person,
            amount=Decimal(10),
            created_on=today - dt.timedelta(days=60),
            closed_on=today - dt.timedelta(days=5),
            outcome=outcome,
        )


def test_win_rate_is_shown_beside_team_and_organisation(world: World) -> None:
    _close(world, "R1", "won", 1)
    _close(world, "R1", "lost", 3)  # R1: 1 of 4 = 25%
    _close(world, "R1a", "won", 3)
    _close(world, "R1a", "lost", 1)  # another team: 75%
    _close(world, "R2", "won", 1)  # another team: 100%
    _close(world, "RB", "won", 5)  # another organisation: never counted
    card = scorecard_for_viewer(
        viewer=viewer_for_person(world.people["M1"]),
        person_id=world.people["R1"].pk,
        today=timezone.localdate(),
    )
    rates = card.customers["win_rate"]
    assert rates["rep"] == 0.25
    assert rates["team"] is None  # nobody else in T1 closed a deal
    # Organisation without R1: R1a 3 won 1 lost, R2 1 won → 4 of 5.
    assert rates["org"] == 0.8
    assert [b.label for b in card.customers["win_rate_bars"]] == [
        "Person R1",
        "Team",
        "Organisation",
    ]


def test_the_page_is_organised_by_the_three_conversations(world: World) -> None:
    client = Client()
    client.force_login(world.people["R1"].user)
    body = client.get(f"/coaching/people/{world.people['R1'].pk}/scorecard/").content.decode()
    for heading in (
        "With customers",
        "With themselves",
        "With the coach",
        "Recommended learning goals",
        "Goals",
    ):
        assert heading in body
