"""Reads of the sales process, deals, activities and quotas, always through the access layer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Count, Prefetch, Q, QuerySet, Sum

from salescoach.domain.pipeline.gates import is_gate_passed
from salescoach.org.access import Viewer, get_or_404, restrict
from salescoach.org.models import Organization, Person
from salescoach.pipeline.models import (
    Activity,
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
