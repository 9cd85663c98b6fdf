"""Background work for goals: diagnose reps again once their evidence has changed."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from django.db import transaction
from django.utils import timezone
from django_tasks import TaskResultStatus, task
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.models import DBTaskResult

from salescoach.goals import services
from salescoach.org.models import Organization, Person, Role


@task()
def diagnose_organization_in_background(
    *, organization_id: int, person_ids: list[int] | None = None
) -> int:
    """Diagnose these reps (None: every active rep of the organisation) on today's evidence and
    store their recommendations (`store_recommendations`: open ones brought up to date,
    decided ones stay). Peers are always
    the whole organisation. Answers how many reps were diagnosed."""
    organization = Organization.objects.filter(pk=organization_id).first()
    if organization is None:  # deleted since the change
        return 0
    found = services.diagnose_organization(
        organization=organization,
        as_of=timezone.localdate(),
        save=True,
        only_person_ids=person_ids,
    )
    return len(found)


def request_rediagnosis(*, organization_id: int, person_ids: Collection[int] | None) -> None:
    """Queue a diagnosis of the active reps among `person_ids` (None: every rep of the
    organisation). Nothing is queued when none of them is an active rep. While a run for the
    organisation still waits in the database queue, the reps join that run instead of
    queueing another: a burst of imports costs one run, plus at most one after it."""
    wanted: list[int] | None = None
    if person_ids is not None:
        wanted = sorted(
            Person.objects.filter(
                pk__in=list(person_ids),
                organization_id=organization_id,
                role=Role.REP,
                is_active=True,
            ).values_list("pk", flat=True)
        )
        if not wanted:
            return
    if _join_waiting_run(organization_id=organization_id, person_ids=wanted):
        return
    diagnose_organization_in_background.enqueue(organization_id=organization_id, person_ids=wanted)


def _join_waiting_run(*, organization_id: int, person_ids: list[int] | None) -> bool:
    """Add the reps to a run of this organisation that no worker has claimed yet; False when
    there is none (or the queue is not the database one). The row is locked while it changes,
    and a worker claims only unlocked rows, so a run never starts half-updated."""
    runner = diagnose_organization_in_background
    if not isinstance(runner.get_backend(), DatabaseBackend):
        return False
    with transaction.atomic():
        waiting = (
            DBTaskResult.objects.select_for_update(skip_locked=True)
            .filter(
                status=TaskResultStatus.READY,
                backend_name=runner.backend,
                queue_name=runner.queue_name,
                task_path=runner.module_path,
                args_kwargs__kwargs__organization_id=organization_id,
            )
            .first()
        )
        if waiting is None:
            return False
        queued: list[int] | None = waiting.args_kwargs["kwargs"].get("person_ids")
        merged = (
            None if queued is None or person_ids is None else sorted(set(queued) | set(person_ids))
        )
        if merged != queued:
            waiting.args_kwargs = {
                "args": [],
                "kwargs": {"organization_id": organization_id, "person_ids": merged},
            }
            waiting.save(update_fields=["args_kwargs"])
    return True


def rediagnose_after_evidence_change(
    sender: object,
    *,
    organization_id: int,
    person_ids: frozenset[int] | None,
    **kwargs: Any,
) -> None:
    """Receiver of `org.signals.evidence_changed`: queue the diagnosis of whom it names."""
    request_rediagnosis(organization_id=organization_id, person_ids=person_ids)
