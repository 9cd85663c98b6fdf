"""Reads of the sales process, deals, activities and quotas, always through the access layer."""

from __future__ import annotations

import datetime as dt
import hashlib
import statistics
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from typing import Any, cast

from django.core.cache import cache
from django.db import connections
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.models import CharField, Count, Func, Prefetch, Q, QuerySet, Sum
from django.db.models.sql.compiler import SQLCompiler
from django.utils import timezone

from salescoach.domain.pipeline.comparison import PipelineFigures, summarise_pipeline
from salescoach.domain.pipeline.conversion import StageStint, stage_norms, stage_stints
from salescoach.domain.pipeline.forecast import PeriodForecast
from salescoach.domain.pipeline.gates import is_gate_passed
from salescoach.domain.pipeline.periods import PeriodUnit, last_periods
from salescoach.domain.pipeline.records import (
    DealRecord,
    Outcome,
    StageChangeRecord,
    StageDef,
)
from salescoach.domain.pipeline.time_allocation import TimeAllocation, allocate_time_by_person
from salescoach.domain.pipeline.win_loss import WinLoss
from salescoach.org.access import Viewer, get_or_404, restrict
from salescoach.org.models import Organization, Person, Role, Team
from salescoach.pipeline.models import (
    Activity,
    DataVersion,
    Deal,
    Gate,
    GateEvidence,
    ImportRun,
    SalesProcess,
    Side,
    Stage,
    StageChange,
)


def visible_deals(
    *,
    viewer: Viewer,
    owner_id: int | None = None,
    team_id: int | None = None,
    outcome: str | None = None,
    search: str = "",
) -> QuerySet[Deal]:
    """Deals the viewer may see, newest first, with optional filters."""
    deals = restrict(Deal.objects.select_related("owner", "owner__team", "stage"), viewer)
    if owner_id is not None:
        deals = deals.filter(owner_id=owner_id)
    if team_id is not None:
        deals = deals.filter(owner__team_id=team_id)
    if outcome:
        deals = deals.filter(outcome=outcome)
    if search:
        deals = deals.filter(Q(name__icontains=search) | Q(account__icontains=search))
    return deals.order_by("-created_on", "-pk")


def find_deal_by_external_id(*, organization: Organization, external_id: str) -> Deal | None:
    """A deal by its CRM id inside one organisation (operator commands and importers)."""
    return Deal.objects.filter(organization=organization, external_id=external_id).first()


def get_deal_for_viewer(*, viewer: Viewer, pk: int) -> Deal:
    """One deal the viewer may see; 404 when missing or out of scope."""
    return get_or_404(Deal.objects.select_related("owner", "owner__team", "stage"), viewer, pk=pk)


def visible_activities(
    *,
    viewer: Viewer,
    person_id: int | None = None,
    deal_id: int | None = None,
    since: dt.datetime | None = None,
) -> QuerySet[Activity]:
    """Activities the viewer may see, newest first."""
    activities = restrict(Activity.objects.select_related("person", "deal"), viewer)
    if person_id is not None:
        activities = activities.filter(person_id=person_id)
    if deal_id is not None:
        activities = activities.filter(deal_id=deal_id)
    if since is not None:
        activities = activities.filter(occurred_at__gte=since)
    return activities.order_by("-occurred_at", "-pk")


def stage_history(*, viewer: Viewer, deal: Deal) -> QuerySet[StageChange]:
    return restrict(StageChange.objects.select_related("stage"), viewer).filter(deal=deal)


def default_process(*, viewer: Viewer) -> SalesProcess | None:
    """The organisation's default sales process with its stages and gates."""
    processes = restrict(SalesProcess.objects.all(), viewer).filter(is_default=True)
    stages = Stage.objects.order_by("order").prefetch_related(
        Prefetch("gates", queryset=Gate.objects.order_by("pk"))
    )
    return processes.prefetch_related(Prefetch("stages", queryset=stages)).first()


@dataclass(frozen=True)
class GateStatus:
    """One gate of a deal's process with the evidence on each side."""

    gate: Gate
    seller: GateEvidence | None
    customer: GateEvidence | None

    @property
    def passed(self) -> bool:
        return is_gate_passed(
            seller_evidence=self.seller is not None, customer_evidence=self.customer is not None
        )


def gate_statuses(*, viewer: Viewer, deal: Deal) -> list[GateStatus]:
    """Every gate of the deal's process, in order, with the evidence recorded for each side."""
    if deal.stage is None:
        return []
    gates = (
        restrict(Gate.objects.select_related("stage"), viewer)
        .filter(stage__process_id=deal.stage.process_id)
        .order_by("stage__order", "pk")
    )
    evidence = restrict(GateEvidence.objects.select_related("activity"), viewer).filter(deal=deal)
    by_key = {(e.gate_id, e.side): e for e in evidence}
    return [
        GateStatus(
            gate=g,
            seller=by_key.get((g.pk, Side.SELLER)),
            customer=by_key.get((g.pk, Side.CUSTOMER)),
        )
        for g in gates
    ]


@dataclass(frozen=True)
class OwnerSummary:
    """Deal counts and won amount for one owner."""

    owner_id: int
    open_deals: int
    won: int
    lost: int
    won_amount: float

    @property
    def win_rate(self) -> float | None:
        """Won over won + lost, 0..1; None when nothing has closed."""
        closed = self.won + self.lost
        return self.won / closed if closed else None


def deal_summary_by_owner(
    *, viewer: Viewer, since: dt.date | None = None
) -> dict[int, OwnerSummary]:
    """Per owner in scope: open, won and lost deals (closed since a date) and the won amount."""
    deals = visible_deals(viewer=viewer)
    if since is not None:
        deals = deals.filter(Q(outcome="open") | Q(closed_on__gte=since))
    rows = (
        deals.order_by()
        .values("owner_id")
        .annotate(
            open_deals=Count("pk", filter=Q(outcome="open")),
            won=Count("pk", filter=Q(outcome="won")),
            lost=Count("pk", filter=Q(outcome="lost")),
            won_amount=Sum("amount", filter=Q(outcome="won")),
        )
    )
    return {
        r["owner_id"]: OwnerSummary(
            owner_id=r["owner_id"],
            open_deals=r["open_deals"],
            won=r["won"],
            lost=r["lost"],
            won_amount=float(r["won_amount"] or 0),
        )
        for r in rows
    }


def visible_import_runs(*, viewer: Viewer) -> QuerySet[ImportRun]:
    """Import attempts the viewer may see, newest first: their own, their teams' (managers),
    the organisation's (enablement, administrators)."""
    runs = ImportRun.objects.select_related("imported_by", "for_person")
    return restrict(runs, viewer).order_by("-created_at", "-pk")


def get_import_run_for_viewer(*, viewer: Viewer, pk: int) -> ImportRun:
    """One import attempt with its summary or problems; 404 outside the viewer's scope."""
    return get_or_404(ImportRun.objects.select_related("imported_by", "for_person"), viewer, pk=pk)


def calendar_owners(*, viewer: Viewer) -> QuerySet[Person]:
    """Active people whose calendar the viewer may import: themself, their teams (managers),
    anyone in the organisation (enablement, administrators)."""
    return restrict(Person.objects.filter(is_active=True), viewer).order_by("name", "pk")


# --- Pipeline analytics: a rep, a team or the organisation beside its comparison groups -------

ANALYTICS_PERIODS: dict[str, tuple[PeriodUnit, int]] = {
    "4q": ("quarter", 4),
    "8q": ("quarter", 8),
    "6m": ("month", 6),
    "12m": ("month", 12),
}
ANALYTICS_PERIOD_LABELS = {
    "4q": "Last 4 quarters",
    "8q": "Last 8 quarters",
    "6m": "Last 6 months",
    "12m": "Last 12 months",
}
STALLED_LISTED = 10


@dataclass(frozen=True)
class AnalyticsGroup:
    """One column of the comparison: whose deals, their figures and their time allocation."""

    label: str
    figures: PipelineFigures
    people: int  # people with activities in the window
    selling_hours_per_week: float | None  # mean customer-facing h/week per such person
    internal_hours_per_week: float | None
    fragmentation: float | None  # pooled: short-block minutes / scheduled minutes, 0..1


@dataclass(frozen=True)
class StageTime:
    """Time in one stage: the organisation's norm beside the first group's."""

    stage: str
    org_norm_days: float | None
    subject_median_days: float | None
    subject_stints: int  # finished stints of the first group in this stage
    stalled: int  # the first group's open deals sitting over twice the norm


@dataclass(frozen=True)
class StalledDealRow:
    deal: Deal
    stage: str
    days_in_stage: int
    norm_days: float
    ratio: float


@dataclass(frozen=True)
class PipelineAnalytics:
    """Everything the analytics page shows; `groups[0]` is the subject."""

    period: str
    unit: PeriodUnit
    window_start: dt.date
    as_of: dt.date
    periods: tuple[str, ...]
    stages: tuple[StageDef, ...]
    groups: tuple[AnalyticsGroup, ...]
    stage_times: tuple[StageTime, ...]
    stalled_deals: tuple[StalledDealRow, ...]

    @property
    def subject(self) -> AnalyticsGroup:
        return self.groups[0]

    def headline_rows(self) -> list[tuple[str, list[str]]]:
        """The headline figures, one row each, a cell per group (display text)."""

        def row(label: str, show: Callable[[AnalyticsGroup], str]) -> tuple[str, list[str]]:
            return label, [show(g) for g in self.groups]

        return [
            row("Win rate", lambda g: _won_of(g.figures.outcomes)),
            row("Win-loss ratio", lambda g: _number(g.figures.outcomes.win_loss_ratio, 2)),
            row("Win rate of forecasted deals", lambda g: _won_of(g.figures.forecasted)),
            row("Median cycle time (won deals)", lambda g: _days(g.figures.cycle.median_days)),
            row("Open deals", lambda g: str(g.figures.outcomes.open)),
            row("Open deals stalled (over 2× the norm)", lambda g: str(len(g.figures.stalled))),
            row(
                "Customer-facing hours a week, per person",
                lambda g: _number(g.selling_hours_per_week, 1),
            ),
            row(
                "Internal hours a week, per person", lambda g: _number(g.internal_hours_per_week, 1)
            ),
            row("Time in blocks under 30 minutes", lambda g: _share(g.fragmentation)),
        ]

    def period_rows(self) -> list[tuple[str, list[str], list[str]]]:
        """Per period (oldest first): each group's win rate, then each group's forecast
        accuracy (commit forecast against the amount won)."""
        empty = WinLoss(0, 0, 0)
        forecasts = [{f.period: f for f in g.figures.forecast} for g in self.groups]
        return [
            (
                key,
                [_won_of(g.figures.by_period.get(key, empty)) for g in self.groups],
                [_accuracy(by_period.get(key)) for by_period in forecasts],
            )
            for key in self.periods
        ]

    def loss_rows(self) -> list[tuple[str, list[str]]]:
        """Per stage (process order): each group's lost deals there and their share of the
        group's losses."""
        rows = []
        for stage in self.stages:
            cells = []
            for g in self.groups:
                total = sum(g.figures.losses_by_stage.values())
                lost = g.figures.losses_by_stage.get(stage.name, 0)
                cells.append(f"{lost} ({_share(lost / total)})" if total else "0")
            rows.append((stage.name, cells))
        return rows

    def conversion_rows(self) -> list[tuple[str, list[str]]]:
        """Per stage but the last: each group's share of deals that went on to the next stage,
        with how many were decided there."""
        if not self.subject.figures.conversion:
            return []
        return [
            (
                f"{step.stage} → {step.next_stage}",
                [
                    f"{_share(g.figures.conversion[i].rate)} of {g.figures.conversion[i].reached}"
                    for g in self.groups
                ],
            )
            for i, step in enumerate(self.subject.figures.conversion)
        ]

    def loss_chart(self) -> list[ChartBar]:
        """Bars: the subject's share of losses per stage beside the organisation's."""
        org = self.groups[-1].figures.losses_by_stage
        mine = self.subject.figures.losses_by_stage
        org_total, my_total = sum(org.values()), sum(mine.values())
        rows: list[tuple[str, float | None, bool]] = []
        for stage in self.stages:
            if len(self.groups) > 1:
                share = mine.get(stage.name, 0) / my_total if my_total else None
                rows.append((f"{stage.name} · {self.subject.label}", share, True))
            share = org.get(stage.name, 0) / org_total if org_total else None
            rows.append((f"{stage.name} · Organisation", share, len(self.groups) == 1))
        return [
            ChartBar(label, share or 0.0, _share(share), mark)
            for label, share, mark in rows
            if share is not None
        ]

    def win_rate_chart(self) -> list[ChartBar]:
        """Bars: the subject's win rate per period beside the organisation's."""
        bars = []
        groups = (self.subject, self.groups[-1]) if len(self.groups) > 1 else (self.subject,)
        for key in self.periods:
            for i, g in enumerate(groups):
                rate = g.figures.by_period.get(key, WinLoss(0, 0, 0)).win_rate
                if rate is not None:
                    bars.append(ChartBar(f"{key} · {g.label}", rate, _share(rate), i == 0))
        return bars


@dataclass(frozen=True)
class ChartBar:
    """One bar: its label, its length as a share of the full width (0..1) and its value."""

    label: str
    share: float  # 0.0-1.0 of the chart width
    display: str
    highlight: bool = False

    @property
    def pct(self) -> float:
        """Bar length in percent of the width (an SVG attribute, not an inline style)."""
        return round(self.share * 100, 1)


def _share(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


def _number(value: float | None, places: int) -> str:
    return "—" if value is None else f"{value:.{places}f}"


def _days(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f} days"


def _won_of(outcomes: WinLoss) -> str:
    if not outcomes.closed:
        return "—"
    return f"{_share(outcomes.win_rate)} ({outcomes.won} of {outcomes.closed})"


def _accuracy(forecast: PeriodForecast | None) -> str:
    if forecast is None or forecast.accuracy is None:
        return "—"
    return f"{_share(forecast.accuracy)} ({forecast.actual:,.0f} won of {forecast.forecast:,.0f})"


class AnalyticsScopeError(Exception):
    """The viewer's role reads no pipeline figures (administrators)."""


def _deal_records(deals: QuerySet[Deal]) -> list[DealRecord]:
    rows = deals.values_list(
        "pk",
        "owner_id",
        "amount",
        "created_on",
        "closed_on",
        "stage__name",
        "outcome",
        "loss_reason",
        "forecast_category",
        "forecast_history",
    )
    return [
        DealRecord(
            deal_id=str(pk),
            owner=str(owner),
            amount=amount,
            created_on=created,
            closed_on=closed,
            stage=stage or "",
            outcome=cast(Outcome, outcome),
            loss_reason=reason,
            forecast_category=forecast,
            forecast_history=tuple(history or ()),
        )
        for pk, owner, amount, created, closed, stage, outcome, reason, forecast, history in rows
    ]


class _AsStored(Func):
    """A column's value as the database driver hands it over, without Django's conversion of
    every row (a boolean stays the driver's 0/1 or bool)."""

    template = "%(expressions)s"
    output_field = CharField()  # a field Django converts nothing for


class _StoredMoment(_AsStored):
    """A date-time column as the driver hands it over: the stored text on SQLite (cast, so that
    the sqlite3 module does not parse it either), the driver's own date-time elsewhere (psycopg
    builds it in C). Read the values with `_moment_reader`."""

    def as_sqlite(
        self, compiler: SQLCompiler, connection: BaseDatabaseWrapper, **extra_context: Any
    ) -> tuple[str, list[Any]]:
        sql, params = super().as_sql(
            compiler, connection, template="CAST(%(expressions)s AS TEXT)", **extra_context
        )
        return sql, list(params)


def _moment_reader(zone: dt.tzinfo | None) -> Callable[[str | dt.datetime], dt.datetime]:
    """Turns `_StoredMoment` values into the date-times Django itself returns for the column:
    SQLite stores a moment as text in the connection's time zone (`connection.timezone`: UTC
    unless the database settings name another; None without time-zone support), other
    drivers hand over date-times already."""
    parse = dt.datetime.fromisoformat

    def read(value: str | dt.datetime) -> dt.datetime:
        if isinstance(value, dt.datetime):
            return value
        if zone is dt.UTC:
            return parse(value + "+00:00")  # far quicker than .replace(tzinfo=...)
        return parse(value).replace(tzinfo=zone)

    return read


def _allocation(
    allocations: Mapping[str, TimeAllocation], owners: Collection[str] | None
) -> tuple[int, float | None, float | None, float | None]:
    """People with activities among `owners` (None: everyone), their mean customer and internal
    hours per week, and the pooled fragmentation (blocks are merged per person, never across
    people)."""
    chosen = [a for person, a in allocations.items() if owners is None or person in owners]
    if not chosen:
        return 0, None, None, None
    scheduled = sum(a.scheduled_min for a in chosen)
    short = sum(a.short_block_min for a in chosen)
    return (
        len(chosen),
        statistics.fmean(a.customer_hours_per_week for a in chosen),
        statistics.fmean(a.internal_hours_per_week for a in chosen),
        short / scheduled if scheduled else None,
    )


def analytics_teams(*, viewer: Viewer) -> QuerySet[Team]:
    """Teams the viewer may pick on the analytics page: their own and led teams, or all."""
    return restrict(Team.objects.all(), viewer).order_by("name", "pk")


def analytics_people(*, viewer: Viewer) -> QuerySet[Person]:
    """People whose own figures the viewer may open: themself, their teams, or everyone."""
    people = restrict(
        Person.objects.filter(is_active=True).select_related("team"), viewer
    ).order_by("name", "pk")
    if viewer.team_person_ids is not None:
        people = people.filter(pk__in=viewer.team_person_ids)
    return people


def pipeline_analytics(
    *,
    viewer: Viewer,
    as_of: dt.date,
    period: str = "4q",
    team_id: int | None = None,
    person_id: int | None = None,
) -> PipelineAnalytics:
    """Pipeline figures of a subject beside its comparison groups, over the last periods.

    The subject is a person (with their team and the organisation beside them), a team (with the
    organisation), or by default: a rep themself, a manager's teams, the whole organisation for
    enablement. Comparison groups are read as aggregates (the access layer's "aggregate"
    action): counted, never listed. A person or team outside the viewer's scope is a 404.
    Deals count when they closed inside the window or are still open; stage norms are the
    organisation's."""
    if viewer.is_admin:
        raise AnalyticsScopeError("administrators do not read selling records")
    unit, count = ANALYTICS_PERIODS.get(period, ANALYTICS_PERIODS["4q"])
    period = period if period in ANALYTICS_PERIODS else "4q"
    periods = last_periods(as_of, unit=unit, count=count)
    window_start = _first_day(periods[0])
    # Moments bounding the window's days (compared as moments: a date cast per row is slow).
    zone = timezone.get_current_timezone()
    window_opens = dt.datetime.combine(window_start, dt.time(), tzinfo=zone)
    window_closes = dt.datetime.combine(as_of + dt.timedelta(days=1), dt.time(), tzinfo=zone)

    org_deals_qs = restrict(Deal.objects.all(), viewer, "aggregate").filter(
        Q(outcome="open") | Q(closed_on__gte=window_start, closed_on__lte=as_of)
    )
    deals = _deal_records(org_deals_qs)
    change_qs = restrict(StageChange.objects.all(), viewer, "aggregate").filter(
        deal__in=org_deals_qs.values("pk")
    )
    read_moment = _moment_reader(connections[change_qs.db].timezone)
    changes = [
        StageChangeRecord(str(deal_id), stage, read_moment(entered_at))
        for deal_id, stage, entered_at in change_qs.values_list(
            "deal_id", "stage__name", _StoredMoment("entered_at")
        )
    ]
    process = restrict(SalesProcess.objects.all(), viewer).filter(is_default=True).first()
    stages = (
        tuple(
            StageDef(s.order, s.name, s.phase)
            for s in Stage.objects.filter(process=process).order_by("order")
        )
        if process
        else ()
    )
    # Each person's time allocation, from one pass over the window's activities in index order
    # (person, moment); the columns are read without Django's per-row conversions.
    activity_qs = restrict(Activity.objects.all(), viewer, "aggregate").filter(
        occurred_at__gte=window_opens, occurred_at__lt=window_closes, duration_min__gt=0
    )
    read_moment = _moment_reader(connections[activity_qs.db].timezone)
    activity_rows = activity_qs.order_by("person_id", "occurred_at", "pk").values_list(
        "person_id",
        _StoredMoment("occurred_at"),
        "duration_min",
        _AsStored("customer_facing"),
    )
    allocations = {
        str(person): allocation
        for person, allocation in allocate_time_by_person(
            (
                (person, read_moment(at), minutes, facing)
                for person, at, minutes, facing in activity_rows
            ),
            start=window_start,
            end=as_of,
        ).items()
    }
    # Team membership of the people behind the counted records: the deals' owners, then the
    # people with counted activities who own none of those deals (few: read by person).
    team_of: dict[int, int | None] = dict(
        org_deals_qs.order_by().values_list("owner_id", "owner__team_id").distinct()
    )
    without_deals = [int(p) for p in allocations if int(p) not in team_of]
    if without_deals:
        team_of.update(
            restrict(Activity.objects.all(), viewer, "aggregate")
            .filter(person_id__in=without_deals)
            .order_by()
            .values_list("person_id", "person__team_id")
            .distinct()
        )

    groups: list[tuple[str, frozenset[str] | None]] = []  # label, owners (None: everyone)
    if person_id is not None:
        person = get_or_404(analytics_people(viewer=viewer), viewer, pk=person_id)
        groups.append((person.name, frozenset({str(person.pk)})))
        if person.team_id is not None:
            members = frozenset(str(p) for p, t in team_of.items() if t == person.team_id)
            groups.append((f"Team {person.team.name}" if person.team else "Team", members))
    elif team_id is not None:
        team = get_or_404(analytics_teams(viewer=viewer), viewer, pk=team_id)
        members = frozenset(str(p) for p, t in team_of.items() if t == team.pk)
        groups.append((f"Team {team.name}", members))
    elif viewer.role == Role.REP:
        me = get_or_404(Person.objects.select_related("team"), viewer, pk=viewer.person_id)
        groups.append(("You", frozenset({str(me.pk)})))
        if me.team_id is not None:
            members = frozenset(str(p) for p, t in team_of.items() if t == me.team_id)
            groups.append((f"Team {me.team.name}" if me.team else "Team", members))
    elif viewer.team_person_ids is not None:
        mine = frozenset(str(p) for p in viewer.team_person_ids if p != viewer.person_id)
        groups.append(("Your teams", mine))
    groups.append(("Organisation", None))

    # Stints are worked out once for every deal; a group's are its deals' own, in deal order.
    stints = stage_stints(deals, changes, as_of=as_of)
    norms = stage_norms(stints)
    stints_of: dict[str, list[StageStint]] = {}
    for stint in stints:
        stints_of.setdefault(stint.deal_id, []).append(stint)
    built = []
    group_stints = []
    for label, owners in groups:
        subset = deals if owners is None else [d for d in deals if d.owner in owners]
        own_stints = (
            stints
            if owners is None
            else tuple(s for d in subset for s in stints_of.get(d.deal_id, ()))
        )
        group_stints.append(own_stints)
        figures = summarise_pipeline(
            subset, changes, stages, as_of=as_of, unit=unit, norms=norms, stints=own_stints
        )
        people, selling, internal, fragmentation = _allocation(allocations, owners)
        built.append(AnalyticsGroup(label, figures, people, selling, internal, fragmentation))

    subject_stints = group_stints[0]
    subject_norms = stage_norms(subject_stints)
    finished: dict[str, int] = {}
    for stint in subject_stints:
        if not stint.ongoing:
            finished[stint.stage] = finished.get(stint.stage, 0) + 1
    stalled = built[0].figures.stalled
    stalled_by_stage: dict[str, int] = {}
    for s in stalled:
        stalled_by_stage[s.stage] = stalled_by_stage.get(s.stage, 0) + 1
    stage_times = tuple(
        StageTime(
            st.name,
            norms.get(st.name),
            subject_norms.get(st.name),
            finished.get(st.name, 0),
            stalled_by_stage.get(st.name, 0),
        )
        for st in stages
    )
    # Only deals the viewer may open are listed by name; the subject is always in scope.
    listed = {
        d.pk: d
        for d in visible_deals(viewer=viewer).filter(
            pk__in=[int(s.deal_id) for s in stalled[:STALLED_LISTED]]
        )
    }
    stalled_rows = tuple(
        StalledDealRow(listed[int(s.deal_id)], s.stage, s.days_in_stage, s.norm_days, s.ratio)
        for s in stalled[:STALLED_LISTED]
        if int(s.deal_id) in listed
    )
    return PipelineAnalytics(
        period=period,
        unit=unit,
        window_start=window_start,
        as_of=as_of,
        periods=periods,
        stages=stages,
        groups=tuple(built),
        stage_times=stage_times,
        stalled_deals=stalled_rows,
    )


# --- The figures cached per organisation, data version, day, viewer scope and request -------

ANALYTICS_CACHE_SECONDS = 12 * 60 * 60  # entries of past versions and days just expire


def data_version(*, organization_id: int) -> str | None:
    """The organisation's current data version (`DataVersion`). Every organisation has one from
    its first save on (and the migration that brought them gave one to those before); None
    would mean figures that cannot be cached."""
    return (
        DataVersion.objects.filter(organization_id=organization_id)
        .values_list("token", flat=True)
        .first()
    )


def _scope_key(viewer: Viewer) -> str:
    """What the figures depend on in the viewer: role, the people and teams in scope, and the
    person (a rep's "You", a manager's teams without themself). Enablement reads the whole
    organisation whoever they are, so enablement viewers share their entries."""
    person = None if viewer.role == Role.ENABLEMENT else viewer.person_id
    people = None if viewer.team_person_ids is None else sorted(viewer.team_person_ids)
    teams = None if viewer.team_ids is None else sorted(viewer.team_ids)
    scope = repr((viewer.organization_id, str(viewer.role), person, people, teams))
    return hashlib.sha256(scope.encode()).hexdigest()


def cached_pipeline_analytics(
    *,
    viewer: Viewer,
    as_of: dt.date,
    period: str = "4q",
    team_id: int | None = None,
    person_id: int | None = None,
) -> PipelineAnalytics:
    """`pipeline_analytics`, kept in Django's cache between requests. The key holds the
    organisation, its data version (changed by every write the figures read, see
    `services.change_data_version`), the day the figures are as of, the time zone, the
    viewer's scope and the request's options, so an entry is never served after a write, on
    another day or to a viewer with another scope. The version is read before the records:
    figures stored under it are never older than it. A 404 or an administrator's refusal is
    raised again at every request, never cached."""
    if viewer.is_admin:
        raise AnalyticsScopeError("administrators do not read selling records")
    period = period if period in ANALYTICS_PERIODS else "4q"
    version = data_version(organization_id=viewer.organization_id)
    if version is None:
        return pipeline_analytics(
            viewer=viewer, as_of=as_of, period=period, team_id=team_id, person_id=person_id
        )
    key = ":".join(
        (
            "pipeline-analytics",
            str(viewer.organization_id),
            version,
            as_of.isoformat(),
            timezone.get_current_timezone_name(),
            _scope_key(viewer),
            period,
            str(team_id),
            str(person_id),
        )
    )
    found = cache.get(key)
    if isinstance(found, PipelineAnalytics):
        return found
    data = pipeline_analytics(
        viewer=viewer, as_of=as_of, period=period, team_id=team_id, person_id=person_id
    )
    cache.set(key, data, ANALYTICS_CACHE_SECONDS)
    return data


def _first_day(key: str) -> dt.date:
    """The first day of a period key ("2026-03" or "2026-Q1")."""
    year, rest = key.split("-")
    month = (int(rest[1]) - 1) * 3 + 1 if rest.startswith("Q") else int(rest)
    return dt.date(int(year), month, 1)
