"""The one access layer: which records a viewer may see or change, for every model.

Every selector and service narrows its queryset through :func:`restrict`; views, the API, the
admin and the CLI never filter by organisation or owner themselves. The rules live in one table,
:data:`RULES`, which the access-matrix tests read to generate their cases.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.db import models
from django.http import Http404, HttpRequest

from salescoach.org.models import Person, Role, Team

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser

    from salescoach.org.models import User

M = TypeVar("M", bound=models.Model)
Action = Literal["view", "change", "aggregate", "summary"]


class Kind(StrEnum):
    """How a model's records are shared inside an organisation."""

    DIRECTORY = "directory"  # people and teams: who is who
    WORK = "work"  # a person's selling records: deals, activities, quotas, calls
    PROCESS = "process"  # the organisation's sales process and coaching guides
    PRIVATE = "private"  # a person's own mindset answers: theirs alone
    COACHING = "coaching"  # coaching sessions, commitments, check-ins: the rep and their managers
    NOTE = "note"  # a session note: its author, and the rep too when it is shared


@dataclass(frozen=True)
class Rule:
    """How one model is scoped: its kind and the lookup from a record to the owning Person."""

    kind: Kind
    owner: str | None  # lookup path to the owning Person; "" for Person itself; None: no owner
    # PRIVATE records with a shareable summary: the lookup from a record to its owner's shares
    # (rows with `instrument`, `recipient` and `revoked_at`); read with the action "summary".
    shared_through: str | None = None
    # Owner-scoped records some of which tell a private summary: those only for the owner and
    # whoever the owner shares that summary with right now (:class:`SummaryGate`).
    gate: SummaryGate | None = None


@dataclass(frozen=True)
class SummaryGate:
    """Records whose `field` equals `value` are read from their owner's `instrument` summary
    (an achievement-drive recommendation is built on the rep's self-belief): besides the usual
    rule, they are visible only to the owner and to a viewer the owner shares that summary with
    right now, `shared_through` leading from a record to its owner's shares."""

    field: str
    value: str
    instrument: str
    shared_through: str


# An achievement-drive recommendation is built on the rep's low self-belief, and a learning goal
# accepted from one carries its title and why.
_ACHIEVEMENT_DRIVE_ADVICE = SummaryGate(
    "area", "achievement_drive", "achievement_drive", "person__summary_shares"
)
_ACHIEVEMENT_DRIVE_GOAL = SummaryGate(
    "source__area", "achievement_drive", "achievement_drive", "person__summary_shares"
)


RULES: dict[str, Rule] = {
    "org.Organization": Rule(Kind.PROCESS, None),
    "org.Person": Rule(Kind.DIRECTORY, ""),
    "org.Team": Rule(Kind.DIRECTORY, None),
    "pipeline.SalesProcess": Rule(Kind.PROCESS, None),
    "pipeline.Stage": Rule(Kind.PROCESS, None),
    "pipeline.Gate": Rule(Kind.PROCESS, None),
    "pipeline.Deal": Rule(Kind.WORK, "owner"),
    "pipeline.StageChange": Rule(Kind.WORK, "deal__owner"),
    "pipeline.GateEvidence": Rule(Kind.WORK, "deal__owner"),
    "pipeline.Activity": Rule(Kind.WORK, "person"),
    "pipeline.Quota": Rule(Kind.WORK, "person"),
    "pipeline.ImportRun": Rule(Kind.DIRECTORY, "imported_by"),  # who imported what
    "calls.Call": Rule(Kind.WORK, "owner"),
    "calls.CallAnalysis": Rule(Kind.WORK, "call__owner"),
    "goals.Goal": Rule(Kind.WORK, "person", gate=_ACHIEVEMENT_DRIVE_GOAL),
    "goals.Recommendation": Rule(Kind.WORK, "person", gate=_ACHIEVEMENT_DRIVE_ADVICE),
    "coaching.CoachingSession": Rule(Kind.COACHING, "rep"),
    "coaching.Commitment": Rule(Kind.COACHING, "rep"),
    "coaching.CheckIn": Rule(Kind.COACHING, "person"),
    "coaching.SessionNote": Rule(Kind.NOTE, "session__rep"),
    "coaching.CoachingGuide": Rule(Kind.PROCESS, None),
    "assessments.AssessmentResponse": Rule(
        Kind.PRIVATE, "person", shared_through="person__summary_shares"
    ),
    "assessments.SummaryShare": Rule(Kind.PRIVATE, "person"),
    "assessments.MaturityAssessment": Rule(Kind.PROCESS, None),
}

# Lookup from each model to its organisation: directly, or through a parent record.
ORGANIZATION_PATH: dict[str, str] = {
    "org.Organization": "pk",
    "pipeline.Stage": "process__organization",
    "pipeline.Gate": "stage__process__organization",
}

# Which roles may change records of each kind (inside their view scope).
CHANGE_ROLES: dict[Kind, frozenset[str]] = {
    Kind.DIRECTORY: frozenset({Role.ADMIN}),
    Kind.PROCESS: frozenset({Role.ADMIN, Role.ENABLEMENT}),
    Kind.WORK: frozenset({Role.REP, Role.MANAGER, Role.ENABLEMENT}),
    Kind.PRIVATE: frozenset({Role.REP, Role.MANAGER, Role.ENABLEMENT}),
    Kind.COACHING: frozenset({Role.REP, Role.MANAGER}),
    Kind.NOTE: frozenset({Role.REP, Role.MANAGER}),
}
# Roles that see organisation-wide aggregates of personal records they cannot open one by one.
AGGREGATE_ROLES = frozenset({Role.ENABLEMENT})


@dataclass(frozen=True)
class Viewer:
    """Who is asking, with their scope worked out once per request."""

    person_id: int
    organization_id: int
    role: str
    team_person_ids: frozenset[int] | None  # people whose work records are in scope; None: all
    team_ids: frozenset[int] | None  # teams in scope; None: all of the organisation

    @property
    def is_admin(self) -> bool:
        return self.role == Role.ADMIN


class NoPersonError(Exception):
    """The login is not linked to a person of any organisation."""


def _descendant_team_ids(led: Iterable[int], parent_of: Mapping[int, int | None]) -> set[int]:
    children: dict[int, list[int]] = {}
    for team_id, parent_id in parent_of.items():
        if parent_id is not None:
            children.setdefault(parent_id, []).append(team_id)
    found: set[int] = set()
    stack = list(led)
    while stack:
        team_id = stack.pop()
        if team_id in found:
            continue
        found.add(team_id)
        stack.extend(children.get(team_id, ()))
    return found


def _report_ids(person_id: int, manager_of: Mapping[int, int | None]) -> set[int]:
    reports: dict[int, list[int]] = {}
    for pid, manager_id in manager_of.items():
        if manager_id is not None:
            reports.setdefault(manager_id, []).append(pid)
    found: set[int] = set()
    stack = list(reports.get(person_id, ()))
    while stack:
        pid = stack.pop()
        if pid in found or pid == person_id:
            continue
        found.add(pid)
        stack.extend(reports.get(pid, ()))
    return found


def viewer_for_person(person: Person) -> Viewer:
    """Work out a person's scope: own records, led teams (transitively), or the organisation."""
    org_id = person.organization_id
    if person.role in (Role.ENABLEMENT, Role.ADMIN):
        return Viewer(person.pk, org_id, person.role, None, None)
    if person.role == Role.MANAGER:
        parent_of = dict(Team.objects.filter(organization_id=org_id).values_list("id", "parent_id"))
        led = Team.objects.filter(organization_id=org_id, lead_id=person.pk).values_list(
            "id", flat=True
        )
        team_ids = _descendant_team_ids(led, parent_of)
        members = set(
            Person.objects.filter(organization_id=org_id, team_id__in=team_ids).values_list(
                "id", flat=True
            )
        )
        manager_of = dict(
            Person.objects.filter(organization_id=org_id).values_list("id", "manager_id")
        )
        members |= _report_ids(person.pk, manager_of)
        members.add(person.pk)
        if person.team_id is not None:
            team_ids.add(person.team_id)
        return Viewer(person.pk, org_id, person.role, frozenset(members), frozenset(team_ids))
    own_teams = frozenset({person.team_id}) if person.team_id is not None else frozenset()
    return Viewer(person.pk, org_id, person.role, frozenset({person.pk}), own_teams)


def viewer_for_user(user: User | AnonymousUser) -> Viewer:
    """The viewer behind a login; raises NoPersonError when the login has no person."""
    if not user.is_authenticated:
        raise NoPersonError("not signed in")
    person = Person.objects.filter(user_id=user.pk, is_active=True).first()
    if person is None:
        raise NoPersonError(f"{user} is not linked to a person of any organisation")
    return viewer_for_person(person)


def rule_for(model: type[models.Model]) -> Rule:
    label = model._meta.label
    try:
        return RULES[label]
    except KeyError:
        raise LookupError(
            f"{label} has no access rule; add it to salescoach.org.access.RULES"
        ) from None


def restrict(
    queryset: models.QuerySet[M], viewer: Viewer, action: Action = "view"
) -> models.QuerySet[M]:
    """Narrow a queryset to what the viewer may see (or change). The only scoping mechanism."""
    model = queryset.model
    label = model._meta.label
    rule = rule_for(model)
    org_path = ORGANIZATION_PATH.get(label, "organization")
    queryset = queryset.filter(**{org_path: viewer.organization_id})
    if action == "change" and viewer.role not in CHANGE_ROLES[rule.kind]:
        return queryset.none()
    if action == "aggregate" and (
        viewer.role in AGGREGATE_ROLES or (rule.kind == Kind.WORK and not viewer.is_admin)
    ):
        # Counted and averaged, never listed: selling results compare against team and
        # organisation for everyone; coaching and private records only for enablement.
        return queryset

    if rule.kind == Kind.PROCESS:
        return queryset
    if rule.kind == Kind.DIRECTORY:
        if viewer.team_person_ids is None:
            return queryset
        if label == "org.Team":
            return queryset.filter(pk__in=viewer.team_ids or ())
        return _owned_by(queryset, rule, viewer.team_person_ids)
    if rule.kind == Kind.WORK:
        if viewer.is_admin:
            return queryset.none()
        if viewer.team_person_ids is not None:
            queryset = _owned_by(queryset, rule, viewer.team_person_ids)
        return _gated(queryset, rule, viewer)
    if rule.kind == Kind.COACHING:
        if viewer.is_admin or viewer.team_person_ids is None:
            return queryset.none()  # enablement reads coaching only as aggregates
        return _owned_by(queryset, rule, viewer.team_person_ids)
    if rule.kind == Kind.NOTE:
        if viewer.is_admin or viewer.team_person_ids is None:
            return queryset.none()
        own = models.Q(author_id=viewer.person_id)
        if action == "change":
            return queryset.filter(own)
        shared = models.Q(visibility="shared", session__rep_id__in=viewer.team_person_ids)
        return queryset.filter(own | shared)
    # PRIVATE: the owner alone. With the action "summary", also the records whose owner shares
    # them with the viewer (an active share of the same instrument, the owner still in scope);
    # callers read only the summary of those, never the answers.
    owned = _owned_by(queryset, rule, frozenset({viewer.person_id}))
    if action != "summary" or rule.shared_through is None or viewer.is_admin:
        return owned
    shared = _shared_with(viewer, rule.shared_through, models.F("instrument"))
    if viewer.team_person_ids is not None:
        shared &= models.Q(**{f"{rule.owner}__in": viewer.team_person_ids})
    ids = queryset.filter(shared).values("pk")
    return queryset.filter(models.Q(pk__in=owned.values("pk")) | models.Q(pk__in=ids))


def _gated(queryset: models.QuerySet[M], rule: Rule, viewer: Viewer) -> models.QuerySet[M]:
    """The records of `queryset` a rule's :class:`SummaryGate` lets the viewer read: every
    record outside the gate; inside it, the viewer's own and those whose owner shares the gate's
    summary with the viewer right now (a subquery, so the join to the shares adds no rows)."""
    gate = rule.gate
    if gate is None or not rule.owner:
        return queryset
    model = queryset.model
    shared = model._default_manager.filter(
        _shared_with(viewer, gate.shared_through, gate.instrument)
    ).values("pk")
    return queryset.filter(
        ~models.Q(**{gate.field: gate.value})
        | models.Q(**{rule.owner: viewer.person_id})
        | models.Q(pk__in=shared)
    )


def _shared_with(viewer: Viewer, path: str, instrument: str | models.F) -> models.Q:
    """An active share of `instrument` with the viewer, `path` leading to the shares."""
    return models.Q(
        **{
            f"{path}__recipient_id": viewer.person_id,
            f"{path}__revoked_at__isnull": True,
            f"{path}__instrument": instrument,
        }
    )


def summary_readers_of(
    model: type[models.Model], viewer: Viewer, *, instrument: str, person_ids: Iterable[int]
) -> frozenset[int]:
    """Of `person_ids`, the people whose `instrument` summary in `model` (a PRIVATE model with
    `shared_through`) the viewer may read, by the rule :func:`restrict` applies with the action
    "summary": the viewer themself, and people in the viewer's scope who share that instrument
    with the viewer right now. Whether they have answered it yet does not matter, so a figure
    derived from the summary is withheld from everyone else whether or not it exists."""
    rule = rule_for(model)
    if rule.kind != Kind.PRIVATE or rule.shared_through is None or not rule.owner:
        raise LookupError(f"{model._meta.label} has no shareable summary")
    wanted = set(person_ids)
    readable = {viewer.person_id} & wanted
    if viewer.is_admin:
        return frozenset(readable)
    if viewer.team_person_ids is not None:
        wanted &= viewer.team_person_ids
    if not wanted:
        return frozenset(readable)
    # From a person to their shares: the record's path to its shares, less the step to its owner.
    to_shares = rule.shared_through.removeprefix(f"{rule.owner}__")
    sharing = Person.objects.filter(
        _shared_with(viewer, to_shares, instrument),
        organization_id=viewer.organization_id,
        pk__in=wanted,
    ).values_list("pk", flat=True)
    return frozenset(readable | set(sharing))


def _owned_by(
    queryset: models.QuerySet[M], rule: Rule, person_ids: frozenset[int]
) -> models.QuerySet[M]:
    if rule.owner is None:
        raise LookupError("records without an owner cannot be scoped by owner")
    field = f"{rule.owner}__in" if rule.owner else "pk__in"
    return queryset.filter(**{field: person_ids})


def get_or_404(
    queryset: models.QuerySet[M], viewer: Viewer, *, action: Action = "view", **lookup: Any
) -> M:
    """One record the viewer may see; missing and forbidden look the same (404)."""
    try:
        return restrict(queryset, viewer, action).get(**lookup)
    except (ObjectDoesNotExist, ValueError, TypeError):
        raise Http404(f"No {queryset.model._meta.verbose_name} matches the given query.") from None


def person_of(request: HttpRequest) -> Person | None:
    """The active person linked to the signed-in login of a web request (cached), or None."""
    if not hasattr(request, "_salescoach_person"):
        person: Person | None = None
        if request.user.is_authenticated:
            person = (
                Person.objects.select_related("organization", "team")
                .filter(user_id=request.user.pk, is_active=True)
                .first()
            )
        request._salescoach_person = person  # type: ignore[attr-defined]
    return request._salescoach_person  # type: ignore[attr-defined, no-any-return]


def viewer_of(request: HttpRequest) -> Viewer:
    """The viewer behind a web request (cached); 403 when the login has no person."""
    if not hasattr(request, "_salescoach_viewer"):
        person = person_of(request)
        if person is None:
            raise PermissionDenied("This login is not linked to a person of any organisation.")
        request._salescoach_viewer = viewer_for_person(person)  # type: ignore[attr-defined]
    return request._salescoach_viewer  # type: ignore[attr-defined, no-any-return]
