"""The signal that a person's evidence changed, sent once the change is committed.

The apps that store evidence (pipeline, calls, assessments) sit below the one that diagnoses
it (goals) and may not import it; they announce the change here and goals listens."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.db import transaction
from django.dispatch import Signal

logger = logging.getLogger(__name__)

# Sent with `organization_id` (int) and `person_ids` (a frozenset of Person ids whose own
# evidence changed, or None when the change may concern anyone of the organisation). The
# sender is a short name of the evidence: "deals", "activities", "calendar", "calls", …
evidence_changed = Signal()

_quiet: ContextVar[bool] = ContextVar("evidence_changes_quiet", default=False)


@contextmanager
def quiet_evidence_changes() -> Iterator[None]:
    """Announce no evidence change made inside this block: for a loader that stores the
    diagnosis of what it loaded itself, as of its own day (the demo), which a diagnosis run on
    today's evidence would replace."""
    token = _quiet.set(True)
    try:
        yield
    finally:
        _quiet.reset(token)


def announce_evidence_change(
    *, sender: str, organization_id: int, person_ids: Iterable[int] | None = None
) -> None:
    """Send `evidence_changed` after the current transaction commits (at once outside one);
    nothing is sent when it rolls back. A failing receiver is logged, never raised: the
    evidence is stored by then and the caller's work is done. Inside `quiet_evidence_changes`
    nothing is sent."""
    if _quiet.get():
        return
    ids = None if person_ids is None else frozenset(person_ids)

    def send() -> None:
        for receiver, outcome in evidence_changed.send_robust(
            sender=sender, organization_id=organization_id, person_ids=ids
        ):
            if isinstance(outcome, Exception):
                logger.error("evidence_changed receiver %r failed", receiver, exc_info=outcome)

    transaction.on_commit(send)
