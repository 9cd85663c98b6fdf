"""A small, hand-laid-out world for integration and access tests.

Organisation A ("acme"):
    enablement E, admin AD
    team T1 led by manager M1, with rep R1
      team T1a (child of T1) led by manager M1a, with rep R1a
    team T2 led by manager M2, with rep R2
Organisation B ("other"):
    enablement EB; team TB led by manager MB, with rep RB
Each rep owns one deal, one activity and one call, named after them (deal "R1" …).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils import timezone

from salescoach.calls.models import Call
from salescoach.org.models import Organization, Person, Role, Team
from salescoach.org.services import create_organization, create_person, create_team
from salescoach.pipeline.models import Activity, Deal, SalesProcess, Stage

PASSWORD = "a-long-test-password"


@dataclass
class World:
    orgs: dict[str, Organization] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    teams: dict[str, Team] = field(default_factory=dict)
    deals: dict[str, Deal] = field(default_factory=dict)
    activities: dict[str, Activity] = field(default_factory=dict)
    calls: dict[str, Call] = field(default_factory=dict)


def build_world() -> World:
    w = World()
    a = w.orgs["A"] = create_organization(name="Acme", slug="acme", email_domains="acme.test")
    b = w.orgs["B"] = create_organization(name="Other", slug="other", email_domains="other.test")

    def person(
        key: str,
        org: Organization,
        role: str,
        team: Team | None = None,
        manager: Person | None = None,
    ) -> Person:
        p = create_person(
            organization=org,
            name=f"Person {key}",
            email=f"{key.lower()}@{org.slug}.test",
            role=role,
            team=team,
            manager=manager,
            password=PASSWORD,
        )
        w.people[key] = p
        return p

    person("E", a, Role.ENABLEMENT)
    person("AD", a, Role.ADMIN)
    m1 = person("M1", a, Role.MANAGER)
    t1 = w.teams["T1"] = create_team(organization=a, name="T1", lead=m1)
    m1a = person("M1a", a, Role.MANAGER, team=t1, manager=m1)
    t1a = w.teams["T1a"] = create_team(organization=a, name="T1a", lead=m1a, parent=t1)
    m2 = person("M2", a, Role.MANAGER)
    t2 = w.teams["T2"] = create_team(organization=a, name="T2", lead=m2)
    person("R1", a, Role.REP, team=t1, manager=m1)
    person("R1a", a, Role.REP, team=t1a, manager=m1a)
    person("R2", a, Role.REP, team=t2, manager=m2)
    person("EB", b, Role.ENABLEMENT)
    mb = person("MB", b, Role.MANAGER)
    tb = w.teams["TB"] = create_team(organization=b, name="TB", lead=mb)
    person("RB", b, Role.REP, team=tb, manager=mb)

    stages = {}
    for org in (a, b):
        process = SalesProcess.objects.create(organization=org, name="Process")
        stages[org.pk] = Stage.objects.create(
            process=process, order=1, name="Approach", phase="approach"
        )
    when = timezone.now() - dt.timedelta(days=3)
    for key in ("R1", "R1a", "R2", "RB"):
        owner = w.people[key]
        w.deals[key] = Deal.objects.create(
            organization=owner.organization,
            external_id=f"D-{key}",
            name=f"Deal {key}",
            account="Customer",
            owner=owner,
            amount=Decimal(1000),
            created_on=dt.date(2026, 1, 5),
            stage=stages[owner.organization_id],
        )
        w.activities[key] = Activity.objects.create(
            organization=owner.organization,
            external_id=f"A-{key}",
            type="call",
            person=owner,
            deal=w.deals[key],
            occurred_at=when,
            duration_min=30,
            subject=f"Activity {key}",
        )
        w.calls[key] = Call.objects.create(
            organization=owner.organization,
            owner=owner,
            deal=w.deals[key],
            title=f"Call {key}",
            source_name=f"call-{key}.txt",
            source_format="text",
            cues=[
                [owner.name, 0.0, 4.0, "What brings you here today?"],
                ["Customer", 4.5, 9.0, "We struggle with our reporting."],
            ],
            speaker_roles={owner.name: "rep", "Customer": "customer"},
            duration_s=9.0,
        )
    return w
