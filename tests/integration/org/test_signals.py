"""Changes to people and teams are announced as evidence changes of the reps whose direct
coaches they change; `one_evidence_change` gathers many into one announcement."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from typing import Any

import pytest
from django.test import Client

from salescoach.org.models import Person, Role
from salescoach.org.services import create_person
from salescoach.org.signals import (
    announce_evidence_change,
    evidence_changed,
    one_evidence_change,
    quiet_evidence_changes,
)
from salescoach.pipeline.services import import_rows
from tests.world import PASSWORD, World

Capture = Callable[..., AbstractContextManager[list[Callable[[], None]]]]


@pytest.fixture
def sent() -> Iterator[list[tuple[str, int, frozenset[int] | None]]]:
    """Every `evidence_changed` sent during the test: (sender, organisation, person ids)."""
    got: list[tuple[str, int, frozenset[int] | None]] = []

    def record(sender: str, *, organization_id: int, person_ids: Any, **kwargs: Any) -> None:
        got.append((sender, organization_id, person_ids))

    evidence_changed.connect(record, dispatch_uid="test.sent")
    yield got
    evidence_changed.disconnect(dispatch_uid="test.sent")


def _fail_inside_one_change() -> None:
    with one_evidence_change(sender="people", organization_id=1):
        announce_evidence_change(sender="people", organization_id=1, person_ids=[3])
        raise RuntimeError("the import failed")


def test_changes_gathered_in_one_block_are_announced_once_on_leaving_it(
    db: None, sent: list[Any], django_capture_on_commit_callbacks: Capture
) -> None:
    with (
        django_capture_on_commit_callbacks(execute=True),
        one_evidence_change(sender="people", organization_id=1),
    ):
        announce_evidence_change(sender="people", organization_id=1, person_ids=[3])
        announce_evidence_change(sender="teams", organization_id=1, person_ids=[4, 3])
        # Another organisation's change is its own, sent after the commit as usual.
        announce_evidence_change(sender="calls", organization_id=2, person_ids=[9])
    assert sent == [("calls", 2, frozenset({9})), ("people", 1, frozenset({3, 4}))]

    sent.clear()
    with (
        django_capture_on_commit_callbacks(execute=True),
        one_evidence_change(sender="people", organization_id=1),
    ):
        announce_evidence_change(sender="people", organization_id=1, person_ids=[3])
        announce_evidence_change(sender="deals", organization_id=1)
    assert sent == [("people", 1, None)]

    sent.clear()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        with one_evidence_change(sender="people", organization_id=1):
            pass
        with pytest.raises(RuntimeError):
            _fail_inside_one_change()
        with quiet_evidence_changes(), one_evidence_change(sender="people", organization_id=1):
            announce_evidence_change(sender="people", organization_id=1, person_ids=[3])
    assert callbacks == []
    assert sent == []


def test_an_administrator_giving_a_rep_another_manager_announces_that_rep(
    world: World, sent: list[Any], django_capture_on_commit_callbacks: Capture
) -> None:
    rep, new_manager = world.people["R1"], world.people["M2"]
    client = Client()
    assert client.login(email=world.people["AD"].user.email, password=PASSWORD)
    form = {
        "organization": rep.organization_id,
        "name": rep.name,
        "email": rep.email,
        "role": rep.role,
        "team": rep.team_id,
        "manager": new_manager.pk,
        "started_on": "",
        "is_active": "on",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/org/person/{rep.pk}/change/", form)
    assert response.status_code == 302, response.content[:2000]
    rep.refresh_from_db()
    assert rep.manager_id == new_manager.pk
    assert sent == [("people", rep.organization_id, frozenset({rep.pk}))]


def test_a_deactivated_manager_announces_the_reps_they_coach_directly(
    world: World, sent: list[Any], django_capture_on_commit_callbacks: Capture
) -> None:
    # M1a leads T1a (rep R1a) and manages nobody; M1 leads T1 (R1, M1a) and manages M1a.
    m1a = world.people["M1a"]
    with django_capture_on_commit_callbacks(execute=True):
        m1a.is_active = False
        m1a.save()
    members = frozenset({m1a.pk, world.people["R1a"].pk})
    assert sent == [("people", m1a.organization_id, members)]


def test_an_administrator_adding_a_rep_announces_the_new_rep(
    world: World, sent: list[Any], django_capture_on_commit_callbacks: Capture
) -> None:
    client = Client()
    assert client.login(email=world.people["AD"].user.email, password=PASSWORD)
    form = {
        "organization": world.orgs["A"].pk,
        "name": "Nova Newrep",
        "email": "nova@acme.test",
        "role": Role.REP,
        "team": world.teams["T2"].pk,
        "manager": world.people["M2"].pk,
        "started_on": "",
        "is_active": "on",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/admin/org/person/add/", form)
    assert response.status_code == 302, response.content[:2000]
    new = Person.objects.get(email="nova@acme.test")
    assert sent == [("people", world.orgs["A"].pk, frozenset({new.pk}))]


def test_only_a_new_active_rep_is_announced_and_quietly_not_at_all(
    world: World, sent: list[Any], django_capture_on_commit_callbacks: Capture
) -> None:
    org = world.orgs["A"]
    with django_capture_on_commit_callbacks(execute=True):
        rep = create_person(organization=org, name="Rep S", email="s@acme.test")
        # A new coach coaches nobody yet; a rep who is not active is not diagnosed.
        create_person(organization=org, name="Manager N", email="n@acme.test", role=Role.MANAGER)
        Person.objects.create(
            organization=org, name="Rep Gone", email="gone@acme.test", is_active=False
        )
        with quiet_evidence_changes():
            create_person(organization=org, name="Rep Q", email="q@acme.test")
    assert sent == [("people", org.pk, frozenset({rep.pk}))]


def test_a_people_file_adding_reps_announces_once(
    world: World, sent: list[Any], django_capture_on_commit_callbacks: Capture
) -> None:
    lines = [
        "email,name,role,team,manager_email\n",
        "s@acme.test,Rep S,rep,T2,m2@acme.test\n",
        "t@acme.test,Rep T,rep,T2,m2@acme.test\n",
    ]
    with django_capture_on_commit_callbacks(execute=True):
        summary = import_rows(organization=world.orgs["A"], kind="people", open_lines=lambda: lines)
    assert (summary.ok, summary.created) == (True, 2)
    # New people are the organisation's data: every rep, in one announcement for the file.
    assert sent == [("people", world.orgs["A"].pk, None)]
