"""Planning opportunity coaching on one of the rep's open deals, from the page."""

from __future__ import annotations

import datetime as dt

from django.test import Client
from django.utils import timezone

from salescoach.coaching.models import CoachingSession
from tests.world import World

WHEN = (timezone.now() + dt.timedelta(days=3)).strftime("%Y-%m-%dT%H:%M")


def _manager(world: World, key: str = "M1") -> Client:
    client = Client()
    client.force_login(world.people[key].user)
    return client


def test_the_deal_list_offers_only_open_deals_of_the_managers_people(world: World) -> None:
    body = _manager(world).get("/coaching/sessions/plan/").content.decode()
    picker = body.split('name="deal"', 1)[1].split("</select>", 1)[0]
    # M1 leads R1 and (through the sub-team) R1a; R2 and RB are someone else's.
    assert f'<option value="{world.deals["R1"].pk}">Deal R1 · Approach</option>' in picker
    assert f'<option value="{world.deals["R1a"].pk}">Deal R1a · Approach</option>' in picker
    assert "Deal R2" not in picker
    assert "Deal RB" not in picker
    assert f'<optgroup label="{world.people["R1"].name}">' in picker


def test_a_closed_deal_is_not_offered(world: World) -> None:
    deal = world.deals["R1"]
    deal.outcome, deal.closed_on = "won", deal.created_on
    deal.save()
    body = _manager(world).get("/coaching/sessions/plan/").content.decode()
    assert "Deal R1 ·" not in body
    assert "Deal R1a ·" in body


def test_opportunity_coaching_is_planned_on_the_chosen_deal(world: World) -> None:
    response = _manager(world).post(
        "/coaching/sessions/plan/",
        {
            "rep": world.people["R1"].pk,
            "kind": "opportunity",
            "deal": world.deals["R1"].pk,
            "scheduled_for": WHEN,
        },
    )
    assert response.status_code == 302
    session = CoachingSession.objects.get()
    assert (session.kind, session.deal_id) == ("opportunity", world.deals["R1"].pk)


def test_opportunity_coaching_without_a_deal_is_refused_and_nothing_is_saved(
    world: World,
) -> None:
    response = _manager(world).post(
        "/coaching/sessions/plan/",
        {"rep": world.people["R1"].pk, "kind": "opportunity", "scheduled_for": WHEN},
    )
    assert response.status_code == 400
    assert "deal: opportunity coaching needs the deal it is about" in response.content.decode()
    assert not CoachingSession.objects.exists()


def test_a_deal_of_another_rep_is_refused_naming_the_deal(world: World) -> None:
    response = _manager(world).post(
        "/coaching/sessions/plan/",
        {
            "rep": world.people["R1"].pk,
            "kind": "opportunity",
            "deal": world.deals["R1a"].pk,  # in M1's scope, but R1a's deal
            "scheduled_for": WHEN,
        },
    )
    assert response.status_code == 400
    assert "deal: not one of this rep&#x27;s deals" in response.content.decode()
    assert not CoachingSession.objects.exists()


def test_a_deal_link_preselects_opportunity_coaching(world: World) -> None:
    deal = world.deals["R1"]
    body = _manager(world).get(f"/coaching/sessions/plan/?deal={deal.pk}").content.decode()
    picker = body.split('name="deal"', 1)[1].split("</select>", 1)[0]
    assert f'<option value="{deal.pk}" selected>' in picker
    assert '<option value="opportunity" selected>' in body


def test_an_open_deal_offers_its_manager_a_link_to_plan_opportunity_coaching(
    world: World,
) -> None:
    deal = world.deals["R1"]
    link = f"/coaching/sessions/plan/?rep={world.people['R1'].pk}&amp;deal={deal.pk}"
    assert link in _manager(world).get(f"/pipeline/deals/{deal.pk}/").content.decode()
    rep = Client()
    rep.force_login(world.people["R1"].user)
    assert link not in rep.get(f"/pipeline/deals/{deal.pk}/").content.decode()
