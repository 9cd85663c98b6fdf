"""The signal that a person's evidence changed, sent once the change is committed.

The apps that store evidence (pipeline, calls, assessments) sit below the one that diagnoses
it (goals) and may not import it; they announce the change here and goals listens. Changes to
the organisation itself (a rep's team or manager, who is active, a team's lead) decide whose
self-belief the diagnosis may read, and are announced here too (`OrgConfig.ready` connects the
model signals below)."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.dispatch import Signal

from salescoach.org import selectors
from salescoach.org.models import Person, Role, Team

logger = logging.getLogger(__name__)

# Sent with `organization_id` (int) and `person_ids` (a frozenset of Person ids whose own
# evidence changed, or None when the change may concern anyone of the organisation). The
# sender is a short name of the evidence: "deals", "activities", "calendar", "calls", …
evidence_changed = Signal()

_quiet: ContextVar[bool] = ContextVar("evidence_changes_quiet", default=False)


@dataclass
class _Gathered:
    """The evidence changes of one organisation announced inside `one_evidence_change`."""

    changed: bool = False
    person_ids: set[int] | None = field(default_factory=set)  # None: anyone

    def add(self, person_ids: Iterable[int] | None) -> None:
        self.changed = True
        if person_ids is None:
            self.person_ids = None
        elif self.person_ids is not None:
            self.person_ids |= set(person_ids)


_gathering: ContextVar[dict[int, _Gathered] | None] = ContextVar(
    "evidence_changes_gathering", default=None
)


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


@contextmanager
def one_evidence_change(*, sender: str, organization_id: int) -> Iterator[None]:
    """Announce the organisation's evidence changes made inside this block as one, on leaving
    it (whom they name together; anyone when one of them names anyone), and nothing when the
    block raises: for a writer that saves many records in one go (an import of people saves
    each person, and each save that moves a rep would announce on its own)."""
    gathered = _Gathered()
    token = _gathering.set({**(_gathering.get() or {}), organization_id: gathered})
    try:
        yield
    finally:
        _gathering.reset(token)
    if gathered.changed:
        announce_evidence_change(
            sender=sender, organization_id=organization_id, person_ids=gathered.person_ids
        )


def announce_evidence_change(
    *, sender: str, organization_id: int, person_ids: Iterable[int] | None = None
) -> None:
    """Send `evidence_changed` after the current transaction commits (at once outside one);
    nothing is sent when it rolls back. A failing receiver is logged, never raised: the
    evidence is stored by then and the caller's work is done. Inside `quiet_evidence_changes`
    nothing is sent; inside `one_evidence_change` for the organisation, the change joins the
    block's one announcement."""
    if _quiet.get():
        return
    gathered = (_gathering.get() or {}).get(organization_id)
    if gathered is not None:
        gathered.add(person_ids)
        return
    ids = None if person_ids is None else frozenset(person_ids)

    def send() -> None:
        for receiver, outcome in evidence_changed.send_robust(
            sender=sender, organization_id=organization_id, person_ids=ids
        ):
            if isinstance(outcome, Exception):
                logger.error("evidence_changed receiver %r failed", receiver, exc_info=outcome)

    transaction.on_commit(send)


# --- Changes to the organisation: whose self-belief the diagnosis may read ----------------
#
# The diagnosis reads a rep's self-belief only when each of their direct coaches (their manager
# and their own team's lead, when active) may read their achievement-drive summary
# (`goals.selectors.self_belief_diagnosable`). These receivers announce the reps whose direct
# coaches, or whose being diagnosed at all, a saved or deleted person or team changes.

# Of a person: what makes them a diagnosed rep and who coaches them directly. Of a coach,
# `is_active` and `role` also decide whether they coach (and read summaries) at all.
_PERSON_FIELDS = ("team_id", "manager_id", "is_active", "role")
_COACH_FIELDS = frozenset({"is_active", "role"})
_TEAM_FIELDS = ("lead_id",)
_BEFORE = "_salescoach_coaching_before"  # on the instance, from pre_save to post_save
_LOSING_COACH = "_salescoach_losing_coach"  # on the instance, from pre_delete to post_delete


def _watched(instance: Person | Team) -> tuple[str, ...]:
    return _PERSON_FIELDS if isinstance(instance, Person) else _TEAM_FIELDS


def remember_coaching_before_save(
    sender: type[Person | Team],
    instance: Person | Team,
    raw: bool = False,
    update_fields: Iterable[str] | None = None,
    **kwargs: Any,
) -> None:
    """Receiver of `pre_save` for people and teams: keep the stored values of the fields that
    decide direct coaches, for `announce_coaching_change` to compare (one query; none for a new
    record, a save of other fields, a fixture or inside `quiet_evidence_changes`)."""
    if raw or _quiet.get() or instance._state.adding or instance.pk is None:
        return
    fields = _watched(instance)
    if update_fields is not None:
        named = {name.removesuffix("_id") for name in update_fields}
        if not named & {name.removesuffix("_id") for name in fields}:
            return
    stored = type(instance)._default_manager.filter(pk=instance.pk).values(*fields).first()
    if stored is not None:
        vars(instance)[_BEFORE] = stored


def announce_coaching_change(
    sender: type[Person | Team],
    instance: Person | Team,
    created: bool = False,
    raw: bool = False,
    **kwargs: Any,
) -> None:
    """Receiver of `post_save` for people and teams: announce the reps whose direct coaches
    the save changed. A new active rep: themself, who has no diagnosis yet (a new coach or team
    coaches nobody yet). A person who moved team or manager, or was (de)activated or given
    another role: themself; a person (de)activated or given another role: also those they coach
    directly. A team with another lead: its members. Fixtures (`raw`) announce nothing."""
    if created:
        new_rep = isinstance(instance, Person) and instance.role == Role.REP and instance.is_active
        if new_rep and not raw:
            announce_evidence_change(
                sender="people", organization_id=instance.organization_id, person_ids=[instance.pk]
            )
        return
    before: dict[str, Any] | None = vars(instance).pop(_BEFORE, None)
    if before is None:
        return
    changed = {name for name, value in before.items() if getattr(instance, name) != value}
    if not changed:
        return
    if isinstance(instance, Person):
        affected = {instance.pk}
        if changed & _COACH_FIELDS:
            affected |= selectors.coached_by(coach_id=instance.pk)
        sender_name = "people"
    else:
        affected = set(selectors.team_members(team_id=instance.pk))
        sender_name = "teams"
    if affected:
        announce_evidence_change(
            sender=sender_name, organization_id=instance.organization_id, person_ids=affected
        )


def remember_coached_before_delete(
    sender: type[Person | Team], instance: Person | Team, **kwargs: Any
) -> None:
    """Receiver of `pre_delete` for people and teams: whom the deletion leaves without this
    coach (a person's reports and the members of the teams they lead) or this team's lead
    (its members), found before the references to it are cleared."""
    if _quiet.get():
        return
    if isinstance(instance, Person):
        vars(instance)[_LOSING_COACH] = selectors.coached_by(coach_id=instance.pk)
    else:
        vars(instance)[_LOSING_COACH] = selectors.team_members(team_id=instance.pk)


def announce_coach_deleted(
    sender: type[Person | Team], instance: Person | Team, **kwargs: Any
) -> None:
    """Receiver of `post_delete` for people and teams: announce whom `pre_delete` found."""
    affected: frozenset[int] = vars(instance).pop(_LOSING_COACH, frozenset())
    affected -= {instance.pk} if isinstance(instance, Person) else set()
    if affected:
        announce_evidence_change(
            sender="people" if isinstance(instance, Person) else "teams",
            organization_id=instance.organization_id,
            person_ids=affected,
        )
