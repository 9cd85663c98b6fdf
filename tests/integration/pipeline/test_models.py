"""Database constraints hold on SQLite and PostgreSQL alike."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction

from salescoach.pipeline.models import Deal, Quota, SalesProcess
from tests.world import World


def _deal(world: World, **overrides: object) -> Deal:
    fields: dict[str, object] = {
        "organization": world.orgs["A"],
        "external_id": "X-1",
        "name": "X",
        "owner": world.people["R1"],
        "amount": Decimal(10),
        "created_on": dt.date(2026, 3, 1),
    }
    fields.update(overrides)
    return Deal(**fields)


@pytest.mark.parametrize(
    "overrides",
    [
        {"amount": Decimal(-1)},
        {"outcome": "maybe"},
        {"outcome": "won", "closed_on": dt.date(2026, 2, 1)},  # closed before created
        {"outcome": "open", "closed_on": dt.date(2026, 4, 1)},  # open yet closed
        {"external_id": "D-R1"},  # duplicate external id in the organisation
    ],
)
def test_a_deal_that_breaks_a_rule_is_not_stored(
    world: World, overrides: dict[str, object]
) -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        _deal(world, **overrides).save()


def test_the_same_external_id_may_exist_in_another_organisation(world: World) -> None:
    _deal(world, organization=world.orgs["B"], owner=world.people["RB"], external_id="D-R1").save()
    assert Deal.objects.filter(external_id="D-R1").count() == 2


def test_an_organisation_has_one_default_process(world: World) -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        SalesProcess.objects.create(organization=world.orgs["A"], name="Second", is_default=True)


def test_a_quota_period_must_be_ordered(world: World) -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        Quota.objects.create(
            organization=world.orgs["A"],
            person=world.people["R1"],
            period_start=dt.date(2026, 4, 1),
            period_end=dt.date(2026, 3, 1),
            amount=Decimal(5),
        )
