"""Writes for organisations, people and API tokens."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from salescoach.org.models import ApiToken, Organization, Person, Role, Team, User

TOKEN_PREFIX = "sc_"  # noqa: S105 - a public marker that makes leaked tokens easy to spot


class TokenError(Exception):
    """A bearer token that cannot be used; the message says why (unknown, expired, revoked)."""


@dataclass(frozen=True)
class IssuedToken:
    """A freshly created token: the secret is shown once and never stored."""

    token: ApiToken
    secret: str


def create_organization(*, name: str, slug: str, email_domains: str = "") -> Organization:
    return Organization.objects.create(name=name, slug=slug, email_domains=email_domains)


def create_team(
    *, organization: Organization, name: str, lead: Person | None = None, parent: Team | None = None
) -> Team:
    return Team.objects.create(organization=organization, name=name, lead=lead, parent=parent)


def create_person(
    *,
    organization: Organization,
    name: str,
    email: str,
    role: str = Role.REP,
    team: Team | None = None,
    manager: Person | None = None,
    password: str | None = None,
    started_on: dt.date | None = None,
) -> Person:
    """Create a person; with a password they also get a login (staff when they are an admin)."""
    with transaction.atomic():
        user = None
        if password is not None:
            user = User.objects.create_user(email, password, is_staff=(role == Role.ADMIN))
        return Person.objects.create(
            organization=organization,
            name=name,
            email=email.lower(),
            role=role,
            team=team,
            manager=manager,
            user=user,
            started_on=started_on,
        )


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def create_api_token(*, user: User, name: str = "", valid_days: int | None = 90) -> IssuedToken:
    """Issue a bearer token for scripts; only its digest is stored."""
    if valid_days is not None and valid_days < 1:
        raise ValueError("a token must be valid for at least one day")
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    expires = timezone.now() + dt.timedelta(days=valid_days) if valid_days else None
    token = ApiToken.objects.create(
        user=user, name=name, prefix=secret[:10], digest=_digest(secret), expires_at=expires
    )
    return IssuedToken(token=token, secret=secret)


def revoke_api_token(*, token: ApiToken) -> None:
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])


def authenticate_api_token(*, secret: str) -> User:
    """The active login behind a bearer token; raises TokenError saying why it is refused."""
    token = ApiToken.objects.select_related("user").filter(digest=_digest(secret)).first()
    if token is None:
        raise TokenError("unknown token")
    now = timezone.now()
    if token.revoked_at is not None:
        raise TokenError("token revoked")
    if token.expires_at is not None and token.expires_at <= now:
        raise TokenError("token expired")
    if not token.user.is_active:
        raise TokenError("login disabled")
    if token.last_used_at is None or now - token.last_used_at > dt.timedelta(minutes=5):
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token.user
