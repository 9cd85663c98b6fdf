"""Reads of people and teams, always through the access layer."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from salescoach.org.access import Viewer, get_or_404, restrict
from salescoach.org.models import Organization, Person, Team, User


def visible_people(
    *, viewer: Viewer, search: str = "", team_id: int | None = None
) -> QuerySet[Person]:
    """People the viewer may see, optionally filtered by a name/e-mail search and a team."""
    people = restrict(Person.objects.select_related("team", "manager"), viewer)
    if search:
        people = people.filter(Q(name__icontains=search) | Q(email__icontains=search))
    if team_id is not None:
        people = people.filter(team_id=team_id)
    return people.order_by("name", "pk")


def get_person_for_viewer(*, viewer: Viewer, pk: int) -> Person:
    """One person the viewer may see; 404 when missing or out of scope."""
    return get_or_404(
        Person.objects.select_related("team", "manager", "organization"), viewer, pk=pk
    )


def visible_teams(*, viewer: Viewer) -> QuerySet[Team]:
    """Teams the viewer may see."""
    return restrict(Team.objects.select_related("lead", "parent"), viewer).order_by("name")


def team_ids_of(person: Person) -> list[int]:
    """The team a person belongs to plus the teams they lead."""
    ids = {person.team_id} if person.team_id else set()
    ids |= set(Team.objects.filter(lead_id=person.pk).values_list("id", flat=True))
    return sorted(ids)


def coached_by(*, coach_id: int) -> frozenset[int]:
    """The people whose direct coach this person is: those they manage and the members of the
    teams they lead (operator read, for the organisation's own bookkeeping)."""
    return frozenset(
        Person.objects.filter(Q(manager_id=coach_id) | Q(team__lead_id=coach_id))
        .exclude(pk=coach_id)
        .values_list("pk", flat=True)
    )


def team_members(*, team_id: int) -> frozenset[int]:
    """The people of one team, not of the teams below it (operator read)."""
    return frozenset(Person.objects.filter(team_id=team_id).values_list("pk", flat=True))


def get_organization(*, slug: str) -> Organization | None:
    """An organisation by its slug (used by operator commands, not by viewers)."""
    return Organization.objects.filter(slug=slug).first()


def find_person(*, organization: Organization, email: str) -> Person | None:
    """A person of an organisation by e-mail, case-insensitively (operator commands)."""
    return Person.objects.filter(organization=organization, email__iexact=email.strip()).first()


def only_organization() -> Organization | None:
    """The organisation when the database holds exactly one, else None."""
    orgs = list(Organization.objects.all()[:2])
    return orgs[0] if len(orgs) == 1 else None


def all_logins() -> QuerySet[Person]:
    """Every person with a login, across organisations: for the operator's `users list` command."""
    return (
        Person.objects.filter(user__isnull=False)
        .select_related("organization", "team", "user")
        .order_by("organization__slug", "email")
    )


def find_login(*, email: str) -> User | None:
    """A login by e-mail address, case-insensitively (operator commands only)."""
    return User.objects.filter(email__iexact=email.strip()).first()
