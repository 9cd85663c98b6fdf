"""The pipeline figures kept between requests: served again only for the same organisation,
data version, day, viewer scope and options; every write the figures read changes them."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from typing import Any

import pytest
from django.core.cache import cache
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext

from salescoach.org.access import Viewer, viewer_for_person
from salescoach.org.models import Person, Role, Team
from salescoach.org.services import create_organization, create_person
from salescoach.pipeline.models import (
    Activity,
    DataVersion,
    Deal,
    SalesProcess,
    Stage,
    StageChange,
)
from salescoach.pipeline.selectors import (
    PipelineAnalytics,
    cached_pipeline_analytics,
    data_version,
    pipeline_analytics,
)
from salescoach.pipeline.services import import_file
from tests.integration.pipeline.test_analytics import AS_OF, _deal, pipeline
from tests.world import World

__all__ = ["pipeline"]  # the fixture, shared with the analytics tests

RECORD_TABLES = ('"pipeline_deal"', '"pipeline_activity"', '"pipeline_stagechange"')


def _read(viewer: Viewer, **options: Any) -> tuple[PipelineAnalytics, bool]:
    """The cached figures, and whether they were worked out from the records (a miss)."""
    with CaptureQueriesContext(connection) as captured:
        data = cached_pipeline_analytics(viewer=viewer, as_of=AS_OF, **options)
    return data, any(t in q["sql"] for q in captured.captured_queries for t in RECORD_TABLES)


def _viewer(world: World, key: str) -> Viewer:
    return viewer_for_person(Person.objects.get(pk=world.people[key].pk))


def _shown(data: PipelineAnalytics) -> tuple[object, ...]:
    """Everything the page shows of the figures, as plain values."""
    return (
        [g.label for g in data.groups],
        data.headline_rows(),
        data.period_rows(),
        data.loss_rows(),
        data.conversion_rows(),
        data.stage_times,
        [(r.deal.pk, r.days_in_stage) for r in data.stalled_deals],
    )


def _win_rates(data: PipelineAnalytics) -> list[str]:
    return dict(data.headline_rows())["Win rate"]


def _client(world: World, key: str) -> Client:
    client = Client()
    client.force_login(world.people[key].user)
    return client


def test_a_second_request_is_served_from_the_cache(
    pipeline: World, pin_today: Callable[[dt.date], None]
) -> None:
    pin_today(AS_OF)
    client = _client(pipeline, "M1")
    with CaptureQueriesContext(connection) as first:
        page = client.get("/pipeline/analytics/")
    with CaptureQueriesContext(connection) as second:
        again = client.get("/pipeline/analytics/")
    # M1's teams (R1, R1a): W1, W2 won, L1, L2 lost; the organisation also won W3.
    assert "50% (2 of 4)" in page.content.decode()
    assert _shown(again.context["data"]) == _shown(page.context["data"])
    read = [q["sql"] for q in first.captured_queries]
    assert any(t in sql for sql in read for t in RECORD_TABLES)
    reread = [q["sql"] for q in second.captured_queries]
    assert not any(t in sql for sql in reread for t in RECORD_TABLES)
    assert len(reread) < len(read)


def test_the_cache_is_keyed_on_the_options(pipeline: World) -> None:
    enablement = _viewer(pipeline, "E")
    r1 = pipeline.people["R1"].pk
    assert _read(enablement)[1]
    assert _read(enablement, person_id=r1)[1]
    assert _read(enablement, period="6m")[1]
    assert not _read(enablement, person_id=r1)[1]
    assert not _read(enablement, period="6m")[1]
    assert not _read(enablement, period="no such period")[1]  # read as the default, 4q
    data, _ = _read(enablement, person_id=r1)
    assert [g.label for g in data.groups] == ["Person R1", "Team T1", "Organisation"]


def _add_won_deal(world: World) -> None:
    _deal(
        world,
        "R2",
        "W4",
        created=dt.date(2026, 5, 1),
        closed=dt.date(2026, 6, 1),
        outcome="won",
        history=[("Approach", dt.date(2026, 5, 1))],
    )


def _win_lost_deal(world: World) -> None:
    deal = Deal.objects.get(external_id="L2")
    deal.outcome = "won"
    deal.save()


def _delete_won_deal(world: World) -> None:
    Deal.objects.get(external_id="W3").delete()


def _move_to_validate(world: World) -> None:
    deal = Deal.objects.get(external_id="L2")
    StageChange.objects.create(
        organization=deal.organization,
        deal=deal,
        stage=Stage.objects.get(process__organization=deal.organization, name="Validate"),
        entered_at=dt.datetime(2026, 3, 21, 9, tzinfo=dt.UTC),
    )


def _rename_stage(world: World) -> None:
    stage = Stage.objects.get(process__organization=world.orgs["A"], name="Validate")
    stage.name = "Proof"
    stage.save()


def _retire_process(world: World) -> None:
    process = SalesProcess.objects.get(organization=world.orgs["A"])
    process.is_default = False
    process.save()


def _add_activity(world: World) -> None:
    person = world.people["R1a"]
    Activity.objects.create(
        organization=person.organization,
        external_id="act-4",
        type="meeting",
        person=person,
        occurred_at=dt.datetime(2026, 6, 3, 10, tzinfo=dt.UTC),
        duration_min=30,
        customer_facing=True,
    )


def _delete_activity(world: World) -> None:
    Activity.objects.get(external_id="act-3").delete()


def _move_rep_to_t2(world: World) -> None:
    person = Person.objects.get(pk=world.people["R1a"].pk)
    person.team = world.teams["T2"]
    person.save()


def _rename_team(world: World) -> None:
    team = Team.objects.get(pk=world.teams["T2"].pk)
    team.name = "Two"
    team.save()


def _conversion(data: PipelineAnalytics) -> list[tuple[str, list[str]]]:
    return data.conversion_rows()


def _people(data: PipelineAnalytics) -> list[int]:
    return [g.people for g in data.groups]


# Enablement looking at R2 (team T2, alone in it): R2 won W3; the organisation won W1, W2, W3
# and lost L1, L2. Each write, then what the figures show before and after it.
WRITES = [
    ("a new deal", _add_won_deal, _win_rates, ["100% (1 of 1)"] * 2 + ["60% (3 of 5)"],
     ["100% (2 of 2)"] * 2 + ["67% (4 of 6)"]),
    ("a deal changed", _win_lost_deal, _win_rates, ["100% (1 of 1)"] * 2 + ["60% (3 of 5)"],
     ["100% (1 of 1)"] * 2 + ["80% (4 of 5)"]),
    ("a deal deleted", _delete_won_deal, _win_rates, ["100% (1 of 1)"] * 2 + ["60% (3 of 5)"],
     ["—", "—", "50% (2 of 4)"]),
    # W1, L1, W2, W3 reached Validate of the 5 decided deals; L2 too after the change.
    ("a stage change", _move_to_validate, lambda d: _conversion(d)[1][1][2], "80% of 5",
     "100% of 5"),
    ("a stage renamed", _rename_stage, lambda d: _conversion(d)[1][0],
     "Interview → Validate", "Interview → Proof"),
    ("the process no longer the default", _retire_process, _conversion,
     [("Approach → Interview", ["100% of 1", "100% of 1", "100% of 5"]),
      ("Interview → Validate", ["100% of 1", "100% of 1", "80% of 5"])], []),
    # People with activities in the window: R2 (act-3); the organisation R1 and R2.
    ("an activity", _add_activity, _people, [1, 1, 2], [1, 1, 3]),
    ("an activity deleted", _delete_activity, _people, [1, 1, 2], [0, 0, 1]),
    # R1a (W2 won) joins T2.
    ("a person's team", _move_rep_to_t2, _win_rates, ["100% (1 of 1)"] * 2 + ["60% (3 of 5)"],
     ["100% (1 of 1)", "100% (2 of 2)", "60% (3 of 5)"]),
    ("a team renamed", _rename_team, lambda d: d.groups[1].label, "Team T2", "Team Two"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("write", "shown", "before", "after"),
    [pytest.param(*case[1:], id=case[0]) for case in WRITES],
)
def test_every_write_the_figures_read_changes_the_next_figures(
    pipeline: World,
    write: Callable[[World], None],
    shown: Callable[[PipelineAnalytics], object],
    before: object,
    after: object,
) -> None:
    enablement = _viewer(pipeline, "E")
    r2 = pipeline.people["R2"].pk
    assert shown(_read(enablement, person_id=r2)[0]) == before
    assert not _read(enablement, person_id=r2)[1]  # kept
    write(pipeline)
    data, computed = _read(enablement, person_id=r2)
    assert computed
    assert shown(data) == after
    assert _shown(data) == _shown(
        pipeline_analytics(viewer=_viewer(pipeline, "E"), as_of=AS_OF, person_id=r2)
    )


DEALS_CSV = (
    "deal_id,name,account,owner_email,amount,created_at,closed_at,stage,outcome\n"
    "W5,Deal W5,Customer,r2@acme.test,80,2026-05-02,2026-06-02,Approach,won\n"
)
ACTIVITIES_CSV = (
    "activity_id,person_email,type,occurred_at,duration_min,attendees\n"
    "act-5,r1a@acme.test,meeting,2026-06-04T10:00:00Z,45,buyer@customer.test\n"
)
CALENDAR_ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
    "BEGIN:VEVENT\r\nUID:cal-1@test\r\nDTSTART:20260605T090000Z\r\nDTEND:20260605T100000Z\r\n"
    "SUMMARY:Discovery\r\nATTENDEE:mailto:buyer@customer.test\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


def _import(world: World, kind: str, text: str, **options: Any) -> None:
    summary, run = import_file(
        viewer=_viewer(world, "E"),
        kind=kind,
        file_name=f"{kind}.csv",
        open_chunks=lambda: [text.encode()],
        **options,
    )
    assert run.accepted, run.problems
    assert summary.created + summary.updated == 1


def test_an_import_of_new_and_changed_deals_changes_the_next_figures(pipeline: World) -> None:
    enablement = _viewer(pipeline, "E")
    assert _win_rates(_read(enablement)[0]) == ["60% (3 of 5)"]
    _import(pipeline, "deals", DEALS_CSV)  # a new row: stored by a bulk insert, no signal
    data, computed = _read(enablement)
    assert computed
    assert _win_rates(data) == ["67% (4 of 6)"]
    assert not _read(enablement)[1]
    _import(pipeline, "deals", DEALS_CSV.replace(",won\n", ",lost\n"))  # the same row, updated
    data, computed = _read(enablement)
    assert computed
    assert _win_rates(data) == ["50% (3 of 6)"]


@pytest.mark.parametrize(
    ("kind", "text", "options"),
    [
        ("activities", ACTIVITIES_CSV, {}),
        ("calendar", CALENDAR_ICS, {"person": "R1a"}),
    ],
)
def test_an_import_of_activities_or_a_calendar_changes_the_next_figures(
    pipeline: World, kind: str, text: str, options: dict[str, str]
) -> None:
    enablement = _viewer(pipeline, "E")
    assert _people(_read(enablement)[0]) == [2]  # R1 and R2 have activities in the window
    if "person" in options:
        options = {"person_id": pipeline.people[options["person"]].pk}
    _import(pipeline, kind, text, **options)
    data, computed = _read(enablement)
    assert computed
    assert _people(data) == [3]


def test_a_write_rolled_back_leaves_the_cached_figures_in_place(pipeline: World) -> None:
    enablement = _viewer(pipeline, "E")
    version = data_version(organization_id=enablement.organization_id)
    assert _read(enablement)[1]
    inside: list[str] = []

    def write_then_fail() -> None:
        with transaction.atomic():
            _add_won_deal(pipeline)
            inside.append(data_version(organization_id=enablement.organization_id))
            raise RuntimeError

    with pytest.raises(RuntimeError):
        write_then_fail()
    assert len(inside) == 1
    assert inside[0] != version  # changed inside the transaction, then rolled back
    assert data_version(organization_id=enablement.organization_id) == version
    data, computed = _read(enablement)
    assert not computed
    assert _win_rates(data) == ["60% (3 of 5)"]


def test_a_write_in_one_organisation_keeps_the_others_figures(pipeline: World) -> None:
    other = _viewer(pipeline, "EB")
    assert _read(other)[1]
    _add_won_deal(pipeline)  # organisation A
    assert not _read(other)[1]


def test_the_figures_of_a_new_day_are_worked_out_again(
    pipeline: World, pin_today: Callable[[dt.date], None]
) -> None:
    client = _client(pipeline, "R1")
    pin_today(AS_OF)
    # the days R1's deal has sat in its stage, as the table cell shows them (a bare "176"
    # could also be part of a deal's id in a link)
    assert '<td class="num">176</td>' in client.get("/pipeline/analytics/").content.decode()
    pin_today(AS_OF + dt.timedelta(days=1))
    with CaptureQueriesContext(connection) as captured:
        body = client.get("/pipeline/analytics/").content.decode()
    assert any(t in q["sql"] for q in captured.captured_queries for t in RECORD_TABLES)
    assert '<td class="num">177</td>' in body
    assert '<td class="num">176</td>' not in body


VIEWERS = ("E", "M1", "M1a", "M2", "R1", "R1a", "R2", "EB", "MB", "RB")


def test_viewers_of_different_scope_never_share_cached_figures(pipeline: World) -> None:
    viewers = {key: _viewer(pipeline, key) for key in VIEWERS}
    fresh = {
        key: _shown(pipeline_analytics(viewer=viewer, as_of=AS_OF))
        for key, viewer in viewers.items()
    }
    for first, second in itertools.permutations(VIEWERS, 2):
        cache.clear()
        assert _read(viewers[first])[1]
        data, computed = _read(viewers[second])
        assert computed, f"{second} was served what {first} read"
        assert _shown(data) == fresh[second]


def test_enablement_leads_of_one_organisation_share_cached_figures(pipeline: World) -> None:
    second = create_person(
        organization=pipeline.orgs["A"],
        name="Person E2",
        email="e2@acme.test",
        role=Role.ENABLEMENT,
    )
    assert _read(_viewer(pipeline, "E"))[1]
    data, computed = _read(viewer_for_person(second))
    assert not computed
    assert _shown(data) == _shown(pipeline_analytics(viewer=viewer_for_person(second), as_of=AS_OF))


def test_a_rep_is_never_listed_another_reps_stalled_deal(
    pipeline: World, pin_today: Callable[[dt.date], None]
) -> None:
    pin_today(AS_OF)
    cache.clear()
    manager = _client(pipeline, "M1").get("/pipeline/analytics/").content.decode()
    assert "Deal R1a" in manager
    for _ in range(2):
        rep = _client(pipeline, "R1").get("/pipeline/analytics/").content.decode()
        assert "Deal R1" in rep
        assert "Deal R1a" not in rep


def test_an_organisation_has_a_data_version_from_its_creation(db: None) -> None:
    organization = create_organization(name="New", slug="new", email_domains="new.test")
    assert data_version(organization_id=organization.pk) is not None


def test_without_a_data_version_the_figures_are_worked_out_every_time(pipeline: World) -> None:
    enablement = _viewer(pipeline, "E")
    DataVersion.objects.filter(organization_id=enablement.organization_id).delete()
    assert _read(enablement)[1]
    data, computed = _read(enablement)
    assert computed
    assert _win_rates(data) == ["60% (3 of 5)"]
