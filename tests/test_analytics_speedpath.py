"""The analytics page's quick path gives the figures of the plain one.

The page reads each person's time allocation in one pass over the window's activities (in index
order, without Django's per-row conversions) and works out stage stints once for every deal.
These tests compute the same figures the plain way, activity records through the ORM and
`allocate_time` per person, `summarise_pipeline` per group, and compare."""

from __future__ import annotations

import datetime as dt
import random
import statistics
import zoneinfo
from collections.abc import Collection
from typing import Any

import pytest
from django.db.models import Q
from hypothesis import given, settings
from hypothesis import strategies as st

from salescoach.domain.pipeline.comparison import summarise_pipeline
from salescoach.domain.pipeline.conversion import stage_norms, stage_stints
from salescoach.domain.pipeline.records import ActivityRecord, StageChangeRecord, StageDef
from salescoach.domain.pipeline.time_allocation import (
    UnsortedActivitiesError,
    allocate_time,
    allocate_time_by_person,
)
from salescoach.org.access import Viewer, viewer_for_person
from salescoach.org.models import Person
from salescoach.pipeline.models import Activity, Deal, Stage, StageChange
from salescoach.pipeline.selectors import (
    AnalyticsGroup,
    _deal_records,
    _moment_reader,
    pipeline_analytics,
)
from tests.world import World

AS_OF = dt.date(2026, 6, 30)
MONDAY = dt.date(2026, 1, 5)


# --- allocate_time_by_person: allocate_time for many people in one pass ----------------------


def _at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)


def test_one_pass_gives_each_persons_hours_and_blocks() -> None:
    rows = [
        ("ana", _at("2026-01-05T09:00"), 60, True),
        ("ana", _at("2026-01-05T10:00"), 15, False),  # touches the first: one 75-minute block
        ("ana", _at("2026-01-05T13:00"), 20, False),  # alone: a 20-minute fragment
        ("ana", _at("2026-01-05T23:50"), 20, True),  # crosses midnight, stays on Monday: alone
        ("ana", _at("2026-01-06T00:05"), 10, True),  # Tuesday: never merged with Monday's block
        ("ben", _at("2026-01-04T09:00"), 45, True),  # the Sunday before: outside the week
        ("ben", _at("2026-01-07T09:00"), 30, True),
        ("ben", _at("2026-01-07T09:10"), 10, False),  # inside the previous one
        ("cy", _at("2026-01-12T09:00"), 90, True),  # next week only: counted as a person
    ]
    answer = allocate_time_by_person(rows, start=MONDAY, end=MONDAY + dt.timedelta(days=6))
    assert list(answer) == ["ana", "ben", "cy"]
    ana, ben, cy = answer.values()
    # Ana: customer 60 + 20 + 10 = 90, internal 15 + 20 = 35; blocks 75, 20, 20, 10 → 125
    # scheduled, of which 20 + 20 + 10 = 50 in fragments.
    assert (ana.customer_min, ana.internal_min, ana.scheduled_min, ana.short_block_min) == (
        90,
        35,
        125,
        50,
    )
    # Ben: Wednesday only, one 30-minute block (not a fragment); customer 30, internal 10.
    assert (ben.customer_min, ben.internal_min, ben.scheduled_min, ben.short_block_min) == (
        30,
        10,
        30,
        0,
    )
    assert (cy.weeks, cy.customer_min, cy.scheduled_min, cy.fragmentation) == (1.0, 0, 0, None)


def test_rows_out_of_order_are_refused() -> None:
    week = {"start": MONDAY, "end": MONDAY + dt.timedelta(days=6)}
    backwards = [
        ("ana", _at("2026-01-05T10:00"), 30, True),
        ("ana", _at("2026-01-05T09:00"), 30, True),
    ]
    with pytest.raises(UnsortedActivitiesError):
        allocate_time_by_person(backwards, **week)
    apart = [
        ("ana", _at("2026-01-05T09:00"), 30, True),
        ("ben", _at("2026-01-05T09:00"), 30, True),
        ("ana", _at("2026-01-06T09:00"), 30, True),
    ]
    with pytest.raises(UnsortedActivitiesError):
        allocate_time_by_person(apart, **week)


activity_rows = st.lists(
    st.tuples(
        st.sampled_from(["ana", "ben", "cy"]),
        st.integers(0, 20 * 24 * 60 * 60).map(
            lambda s: dt.datetime(2026, 1, 1, tzinfo=dt.UTC) + dt.timedelta(seconds=s)
        ),
        st.integers(0, 300),
        st.booleans(),
    ),
    max_size=60,
)


@settings(max_examples=200, deadline=None)
@given(activity_rows, st.integers(0, 20), st.integers(-2, 20))
def test_one_pass_equals_allocate_time_for_each_person(
    rows: list[tuple[str, dt.datetime, int, bool]], first: int, length: int
) -> None:
    start = dt.date(2026, 1, 1) + dt.timedelta(days=first)
    end = start + dt.timedelta(days=length)
    rows.sort(key=lambda r: (r[0], r[1]))
    answer = allocate_time_by_person(rows, start=start, end=end)
    assert list(answer) == sorted({r[0] for r in rows})
    for person, allocation in answer.items():
        own = [ActivityRecord(p, at, m, f) for p, at, m, f in rows if p == person]
        expected = allocate_time(own, start=start, end=end)
        assert (allocation.weeks, allocation.customer_min, allocation.internal_min) == (
            expected.weeks,
            expected.customer_min,
            expected.internal_min,
        )
        # Blocks may be added up in another order: equal up to the last bits of a float.
        assert allocation.scheduled_min == pytest.approx(expected.scheduled_min, rel=1e-12)
        assert allocation.short_block_min == pytest.approx(expected.short_block_min, rel=1e-12)


def test_a_summary_uses_the_stints_it_is_given() -> None:
    """Stints worked out once for the organisation serve every group; a summary given its
    deals' stints answers as it would have worked them out itself, and uses what it is given."""
    from tests.unit.domain.pipeline.builders import D0, STAGES, change, deal

    deals = (
        deal("A1", "won", "Close", closed=D0 + dt.timedelta(days=10)),
        deal("A2", "open", "Interview"),
        deal("B1", "won", "Close", closed=D0 + dt.timedelta(days=30)),
    )
    changes = (
        change("A2", "Interview", D0),
        change("B1", "Interview", D0),
        change("B1", "Close", D0 + dt.timedelta(days=4)),
    )
    as_of = dt.date(2026, 1, 31)
    stints = stage_stints(deals, changes, as_of=as_of)
    given = summarise_pipeline(deals, changes, STAGES, as_of=as_of, stints=stints)
    assert given == summarise_pipeline(deals, changes, STAGES, as_of=as_of)
    # Interview: B1's finished 4-day stint is the norm; A2 has sat 30 days (> 2 × 4).
    assert [s.deal_id for s in given.stalled] == ["A2"]
    without_a2 = tuple(s for s in stints if s.deal_id != "A2")
    assert summarise_pipeline(deals, changes, STAGES, as_of=as_of, stints=without_a2).stalled == ()


# --- reading stored moments ------------------------------------------------------------------


def test_stored_moments_are_read_as_django_reads_them() -> None:
    utc = _moment_reader(dt.UTC)
    assert utc("2026-03-01 09:30:00") == _at("2026-03-01T09:30")
    assert utc("2026-03-01 09:30:00.250000").microsecond == 250_000
    assert utc("2026-03-01 09:30:00").utcoffset() == dt.timedelta(0)
    # A driver that hands over date-times (psycopg on PostgreSQL): taken as they are.
    moment = dt.datetime(2026, 3, 1, 9, 30, tzinfo=zoneinfo.ZoneInfo("UTC"))
    assert utc(moment) is moment
    # A database set to store local time: the text is in that zone (09:30 in Paris is 08:30 UTC).
    paris = _moment_reader(zoneinfo.ZoneInfo("Europe/Paris"))
    assert paris("2026-03-01 09:30:00") == _at("2026-03-01T08:30")
    assert _moment_reader(None)("2026-03-01 09:30:00").tzinfo is None  # no time-zone support


def test_stored_moments_match_the_orms_values(world: World) -> None:
    from django.db import connection

    from salescoach.pipeline.selectors import _StoredMoment

    Activity.objects.filter(pk=world.activities["R1"].pk).update(
        occurred_at=dt.datetime(2026, 3, 1, 23, 59, 59, 123456, tzinfo=dt.UTC)
    )
    read = _moment_reader(connection.timezone)
    rows = Activity.objects.order_by("pk").values_list("occurred_at", _StoredMoment("occurred_at"))
    assert [at for at, _ in rows] == [read(stored) for _, stored in rows]


# --- the page's figures: the quick path against the plain one --------------------------------


def _activity(person: Person, key: str, at: dt.datetime, minutes: int, facing: bool) -> None:
    Activity.objects.create(
        organization=person.organization,
        external_id=key,
        type="meeting",
        person=person,
        occurred_at=at,
        duration_min=minutes,
        customer_facing=facing,
    )


@pytest.fixture
def busy(world: World) -> World:
    """Organisation A's reps and managers with a year of seeded random calendars: overlapping
    and touching meetings, starts to the second, meetings across midnight, some without a
    duration, some outside any window; stage history for the world's open deals and for
    closed deals of several owners. Organisation B has activities that must never count."""
    rng = random.Random(20260630)
    stages = {s.name: s for s in Stage.objects.filter(process__organization=world.orgs["A"])}
    process = next(iter(stages.values())).process
    stages["Interview"] = Stage.objects.create(
        process=process, order=2, name="Interview", phase="interview"
    )
    stages["Validate"] = Stage.objects.create(
        process=process, order=3, name="Validate", phase="validate"
    )
    people = [world.people[k] for k in ("R1", "R1a", "R2", "M1", "M1a", "E", "RB")]
    calendar: list[Activity] = []

    def add(person: Person, at: dt.datetime, minutes: int, facing: bool) -> None:
        calendar.append(
            Activity(
                organization=person.organization,
                external_id=f"busy-{len(calendar)}",
                type="meeting",
                person=person,
                occurred_at=at,
                duration_min=minutes,
                customer_facing=facing,
            )
        )

    for person in people:
        for _ in range(rng.randint(60, 160)):
            day = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 600))
            seconds = rng.choice([0, 0, 0, rng.randint(0, 59)])
            hour = rng.choice([0, 7, 8, 9, 9, 10, 14, 16, 23])
            at = dt.datetime.combine(day, dt.time(hour, rng.randint(0, 59)), tzinfo=dt.UTC)
            at += dt.timedelta(seconds=seconds)
            minutes = rng.choice([0, 5, 10, 15, 20, 25, 30, 45, 60, 90])
            add(person, at, minutes, rng.random() < 0.6)
            if rng.random() < 0.3:  # a second meeting overlapping or touching the first
                later = at + dt.timedelta(minutes=rng.choice([0, 5, minutes]))
                add(person, later, rng.choice([10, 20, 40]), rng.random() < 0.5)
    Activity.objects.bulk_create(calendar)
    for i in range(40):
        owner = world.people[rng.choice(["R1", "R1a", "R2", "M1a"])]
        created = dt.date(2025, 3, 1) + dt.timedelta(days=rng.randint(0, 420))
        outcome = rng.choice(["open", "won", "lost", "lost"])
        closed = None if outcome == "open" else created + dt.timedelta(days=rng.randint(5, 90))
        history = ["Approach", "Interview", "Validate"][: rng.randint(1, 3)]
        deal = Deal.objects.create(
            organization=owner.organization,
            external_id=f"busy-deal-{i}",
            name=f"Busy deal {i}",
            owner=owner,
            amount=rng.randint(1, 90) * 100,
            created_on=created,
            closed_on=closed,
            stage=stages[history[-1]],
            outcome=outcome,
            forecast_category=rng.choice(["pipeline", "commit", "best_case"]),
        )
        entered = created
        for name in history:
            StageChange.objects.create(
                organization=owner.organization,
                deal=deal,
                stage=stages[name],
                entered_at=dt.datetime.combine(entered, dt.time(9, 30), tzinfo=dt.UTC),
            )
            entered += dt.timedelta(days=rng.randint(1, 30))
    return world


def _plain_allocation(
    activities: list[ActivityRecord], owners: Collection[str] | None, start: dt.date, end: dt.date
) -> tuple[int, float | None, float | None, float | None]:
    by_person: dict[str, list[ActivityRecord]] = {}
    for a in activities:
        if owners is None or a.person in owners:
            by_person.setdefault(a.person, []).append(a)
    if not by_person:
        return 0, None, None, None
    allocations = [allocate_time(acts, start=start, end=end) for acts in by_person.values()]
    scheduled = sum(a.scheduled_min for a in allocations)
    short = sum(a.short_block_min for a in allocations)
    return (
        len(allocations),
        statistics.fmean(a.customer_hours_per_week for a in allocations),
        statistics.fmean(a.internal_hours_per_week for a in allocations),
        short / scheduled if scheduled else None,
    )


def _assert_same_as_the_plain_path(viewer: Viewer, **options: object) -> None:
    """Each group of the page against its figures worked out the plain way."""
    from django.utils import timezone

    data = pipeline_analytics(viewer=viewer, as_of=AS_OF, **options)  # type: ignore[arg-type]
    zone = timezone.get_current_timezone()
    opens = dt.datetime.combine(data.window_start, dt.time(), tzinfo=zone)
    closes = dt.datetime.combine(AS_OF + dt.timedelta(days=1), dt.time(), tzinfo=zone)
    org = viewer.organization_id
    activities = [
        ActivityRecord(str(p), at, m, f)
        for p, at, m, f in Activity.objects.filter(
            organization_id=org, occurred_at__gte=opens, occurred_at__lt=closes, duration_min__gt=0
        ).values_list("person_id", "occurred_at", "duration_min", "customer_facing")
    ]
    deals_qs = Deal.objects.filter(organization_id=org).filter(
        Q(outcome="open") | Q(closed_on__gte=data.window_start, closed_on__lte=AS_OF)
    )
    deals = _deal_records(deals_qs)
    changes = [
        StageChangeRecord(str(d), s, at)
        for d, s, at in StageChange.objects.filter(deal__in=deals_qs).values_list(
            "deal_id", "stage__name", "entered_at"
        )
    ]
    stages = tuple(
        StageDef(s.order, s.name, s.phase)
        for s in Stage.objects.filter(process__organization_id=org).order_by("order")
    )
    norms = stage_norms(stage_stints(deals, changes, as_of=AS_OF))
    team_of = {str(p.pk): p.team_id for p in Person.objects.filter(organization_id=org)}
    for group in data.groups:
        owners = _owners_of(group, viewer, team_of, options)
        subset = deals if owners is None else [d for d in deals if d.owner in owners]
        figures = summarise_pipeline(
            subset, changes, stages, as_of=AS_OF, unit=data.unit, norms=norms
        )
        assert group.figures == figures, group.label
        people, selling, internal, fragmentation = _plain_allocation(
            activities, owners, data.window_start, AS_OF
        )
        assert group.people == people, group.label
        assert group.selling_hours_per_week == pytest.approx(selling, rel=1e-12)
        assert group.internal_hours_per_week == pytest.approx(internal, rel=1e-12)
        assert group.fragmentation == pytest.approx(fragmentation, rel=1e-12)


def _owners_of(
    group: AnalyticsGroup,
    viewer: Viewer,
    team_of: dict[str, int | None],
    options: dict[str, object],
) -> frozenset[str] | None:
    if group.label == "Organisation":
        return None
    if group.label.startswith("Team "):
        name = group.label.removeprefix("Team ")
        return frozenset(
            p for p, t in team_of.items() if t is not None and t in _team_ids_named(name)
        )
    if group.label == "Your teams":
        assert viewer.team_person_ids is not None
        return frozenset(str(p) for p in viewer.team_person_ids if p != viewer.person_id)
    person_id = options.get("person_id", viewer.person_id)
    return frozenset({str(person_id)})


def _team_ids_named(name: str) -> set[int]:
    from salescoach.org.models import Team

    return set(Team.objects.filter(name=name).values_list("pk", flat=True))


CASES = [
    ("E", {}),
    ("E", {"period": "8q"}),
    ("E", {"period": "6m"}),
    ("E", {"person_id": "R1"}),
    ("E", {"person_id": "M1a"}),
    ("E", {"team_id": "T1"}),
    ("M1", {}),
    ("M1", {"team_id": "T1a", "period": "12m"}),
    ("R1", {}),
    ("R1a", {"period": "8q"}),
    ("R2", {}),
]


@pytest.mark.parametrize("zone", ["UTC", "Pacific/Auckland", "America/Los_Angeles"])
def test_every_group_has_the_figures_of_the_plain_path(
    busy: World, settings: Any, zone: str
) -> None:
    # A site time zone far from UTC moves the window's edges off midnight UTC.
    settings.TIME_ZONE = zone
    for viewer, options in CASES:
        resolved: dict[str, object] = {
            key: (busy.teams[value].pk if key == "team_id" else busy.people[value].pk)
            if key in ("team_id", "person_id")
            else value
            for key, value in options.items()
        }
        _assert_same_as_the_plain_path(viewer_for_person(busy.people[viewer]), **resolved)


def test_the_shown_figures_are_worked_out_by_hand(world: World) -> None:
    """A small calendar whose figures are done by hand, as the page shows them."""
    r1, r1a = world.people["R1"], world.people["R1a"]
    at = dt.datetime(2026, 6, 1, 9, tzinfo=dt.UTC)
    _activity(r1, "h1", at, 60, True)  # 09:00-10:00
    _activity(r1, "h2", at + dt.timedelta(minutes=30), 45, False)  # 09:30-10:15: one 75-min block
    _activity(r1, "h3", at + dt.timedelta(days=1), 20, True)  # a lone 20-minute fragment
    _activity(r1a, "h4", at + dt.timedelta(days=2), 10, False)  # a lone 10-minute fragment
    _activity(r1a, "h5", at + dt.timedelta(days=400), 500, True)  # after the window
    data = pipeline_analytics(
        viewer=viewer_for_person(world.people["E"]), as_of=AS_OF, person_id=r1.pk
    )
    you, team, org = data.groups
    weeks = 365 / 7  # 2025-07-01 … 2026-06-30
    # R1: customer 60 + 20 = 80 min, internal 45 min.
    assert you.selling_hours_per_week == pytest.approx((80 / 60) / weeks)
    assert you.internal_hours_per_week == pytest.approx((45 / 60) / weeks)
    assert you.fragmentation == pytest.approx(20 / (75 + 20))
    # The team T1 is R1 alone (R1a is in T1a). The world's own activities are three days old,
    # after 2026-06-30, so they do not count.
    assert (team.people, team.fragmentation) == (1, you.fragmentation)
    # Organisation: R1 and R1a; R1a has 0 customer minutes and 10 internal ones.
    assert org.people == 2
    assert org.selling_hours_per_week == pytest.approx(((80 / 60) / weeks + 0) / 2)
    assert org.internal_hours_per_week == pytest.approx(((45 / 60) / weeks + (10 / 60) / weeks) / 2)
    assert org.fragmentation == pytest.approx((20 + 10) / (75 + 20 + 10))
    headline = dict(data.headline_rows())
    assert headline["Time in blocks under 30 minutes"] == ["21%", "21%", "29%"]  # 20/95; 30/105


def test_the_demo_organisations_figures_match_the_plain_path(db: None) -> None:
    """The demo's generated calendars and deals (a small organisation), read by each role."""
    from salescoach.demo.generator import generate_demo
    from salescoach.demo.load import load_demo

    load_demo(generate_demo(seed=7, reps=3, as_of=AS_OF))
    demo = Person.objects.filter(user__isnull=False).order_by("pk")
    manager = demo.filter(role="manager").first()
    enablement = demo.filter(role="enablement").first()
    assert manager is not None
    assert enablement is not None
    rep = demo.filter(role="rep", manager=manager).first()
    assert rep is not None
    assert Activity.objects.filter(person__organization=manager.organization).count() > 1000
    for viewer in (manager, enablement, rep):
        for period in ("4q", "6m"):
            _assert_same_as_the_plain_path(viewer_for_person(viewer), period=period)
    _assert_same_as_the_plain_path(viewer_for_person(enablement), person_id=rep.pk)
