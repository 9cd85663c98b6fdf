"""Store generated demo records in the database, in one transaction per organisation."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.hashers import make_password
from django.db import transaction

from salescoach.calls.services import record_call
from salescoach.demo.assessment_history import load_assessment_history
from salescoach.demo.coaching_history import load_coaching_history, prepare_upcoming_agendas
from salescoach.demo.generator import DEMO_PASSWORD, STAGES, OrgDataset
from salescoach.goals.services import diagnose_organization
from salescoach.org.models import Organization, Person, Team, User
from salescoach.org.signals import quiet_evidence_changes
from salescoach.pipeline.models import (
    Activity,
    Deal,
    Gate,
    GateEvidence,
    Quota,
    SalesProcess,
    Stage,
    StageChange,
)

BATCH = 2000


@dataclass(frozen=True)
class LoadedLogin:
    email: str
    role: str
    name: str
    team: str | None
    profile: str | None


class DemoAlreadyLoadedError(Exception):
    """The database already holds an organisation with a demo slug."""


def stored_demo_logins() -> list[LoadedLogin]:
    """The demo organisation's logins as stored (profiles are not stored, so not shown)."""
    people = (
        Person.objects.filter(organization__slug="harbourline", user__isnull=False)
        .select_related("team")
        .order_by("role", "team__name", "name")
    )
    return [
        LoadedLogin(p.email, p.role, p.name, p.team.name if p.team else None, None) for p in people
    ]


def has_any_organization() -> bool:
    """True when the database already holds data (the demo only loads into an empty one)."""
    return Organization.objects.exists()


def load_demo(datasets: list[OrgDataset]) -> list[LoadedLogin]:
    """Store every organisation of the demo; refuses to touch an existing one. The demo stores
    its diagnosis as of its own day, so its calls queue no diagnosis run on today's evidence."""
    password_hash = make_password(DEMO_PASSWORD)  # one hash for all demo logins: fast to load
    logins: list[LoadedLogin] = []
    with quiet_evidence_changes(), transaction.atomic():
        for data in datasets:
            if Organization.objects.filter(slug=data.slug).exists():
                raise DemoAlreadyLoadedError(
                    f"organisation '{data.slug}' already exists; "
                    "the demo loads into an empty database"
                )
            logins.extend(_load_org(data, password_hash))
    return logins


def _load_org(data: OrgDataset, password_hash: str) -> list[LoadedLogin]:
    org = Organization.objects.create(name=data.name, slug=data.slug, email_domains=data.domain)
    process = SalesProcess.objects.create(organization=org, name="Customer-journey process")
    stages: dict[int, Stage] = {}
    gates: dict[int, Gate] = {}
    for order, name, phase, gate_name, seller, customer in STAGES:
        stages[order] = Stage.objects.create(process=process, order=order, name=name, phase=phase)
        gates[order] = Gate.objects.create(
            stage=stages[order],
            name=gate_name,
            seller_requirement=seller,
            customer_confirmation=customer,
        )

    users = User.objects.bulk_create(
        [
            User(email=p.key, password=password_hash, is_staff=(p.role == "admin"))
            for p in data.people
            if p.login
        ]
    )
    user_by_email = {u.email: u for u in users}
    people = Person.objects.bulk_create(
        [
            Person(
                organization=org,
                name=p.name,
                email=p.key,
                role=p.role,
                user=user_by_email.get(p.key),
                started_on=p.started_on,
            )
            for p in data.people
        ]
    )
    person = {p.email: p for p in people}
    teams = {
        t.name: Team.objects.create(organization=org, name=t.name, lead=person[t.lead])
        for t in data.teams
    }
    for record in data.people:
        row = person[record.key]
        row.team = teams[record.team] if record.team else None
        row.manager = person[record.manager] if record.manager else None
    Person.objects.bulk_update(people, ["team", "manager"])

    deals = Deal.objects.bulk_create(
        [
            Deal(
                organization=org,
                external_id=d.external_id,
                name=d.name,
                account=d.account,
                owner=person[d.owner],
                amount=d.amount,
                currency="EUR",
                created_on=d.created_on,
                closed_on=d.closed_on,
                stage=stages[d.stage_order],
                outcome=d.outcome,
                loss_reason=d.loss_reason,
                forecast_category=d.forecast_category,
                forecast_history=list(d.forecast_history),
            )
            for d in data.deals
        ],
        batch_size=BATCH,
    )
    deal = {d.external_id: d for d in deals}
    StageChange.objects.bulk_create(
        [
            StageChange(
                organization=org, deal=deal[d.external_id], stage=stages[order], entered_at=at
            )
            for d in data.deals
            for order, at in d.stage_entries
        ],
        batch_size=BATCH,
    )
    activities = Activity.objects.bulk_create(
        [
            Activity(
                organization=org,
                external_id=a.external_id,
                type=a.type,
                person=person[a.person],
                deal=deal[a.deal] if a.deal else None,
                occurred_at=a.occurred_at,
                duration_min=a.duration_min,
                subject=a.subject,
                attendees=a.attendees,
                customer_facing=a.customer_facing,
            )
            for a in data.activities
        ],
        batch_size=BATCH,
    )
    activity = {a.external_id: a for a in activities}
    GateEvidence.objects.bulk_create(
        [
            GateEvidence(
                organization=org,
                deal=deal[e.deal],
                gate=gates[e.stage_order],
                side=e.side,
                activity=activity.get(e.activity),
                note=e.note,
            )
            for e in data.evidence
        ],
        batch_size=BATCH,
    )
    Quota.objects.bulk_create(
        [
            Quota(
                organization=org,
                person=person[q.person],
                period_start=q.period_start,
                period_end=q.period_end,
                amount=q.amount,
            )
            for q in data.quotas
        ],
        batch_size=BATCH,
    )
    for call in data.calls:
        record_call(
            organization=org,
            data=call.transcript.encode("utf-8"),
            source_name=f"{call.title}.vtt",
            owner=person[call.owner],
            deal=deal[call.deal],
            occurred_at=call.occurred_at,
            title=call.title,
        )
    load_coaching_history(organization=org, data=data, people=person, stages=stages)
    load_assessment_history(organization=org, data=data, people=person)
    as_of = data.as_of or max(d.created_on for d in data.deals)
    # The recommendations a manager would find after the first diagnosis run, so scorecards
    # and agendas show them from the start.
    diagnose_organization(organization=org, as_of=as_of, save=True)
    prepare_upcoming_agendas(organization=org, as_of=as_of)
    return [LoadedLogin(p.key, p.role, p.name, p.team, p.profile) for p in data.people if p.login]
