"""The JSON API: one NinjaAPI under /api/v1/, each app mounting its Router."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError
from ninja.security import APIKeyCookie, HttpBearer

from salescoach.assessments.api import router as assessments_router
from salescoach.calls.api import router as calls_router
from salescoach.coaching.api import router as coaching_router
from salescoach.coaching.scorecard_api import router as scorecard_router
from salescoach.org.access import NoPersonError
from salescoach.org.api import router as org_router
from salescoach.org.models import User
from salescoach.org.services import TokenError, authenticate_api_token
from salescoach.pipeline.api import router as pipeline_router


class BearerTokenAuth(HttpBearer):
    """`Authorization: Bearer sc_…` for scripts (`salescoach token create EMAIL`)."""

    def authenticate(self, request: HttpRequest, token: str) -> User:
        user = authenticate_api_token(secret=token)
        request.user = user
        return user


class SessionCookieAuth(APIKeyCookie):
    """The browser's signed-in session; unsafe methods also need the CSRF token."""

    param_name = "sessionid"

    def __init__(self) -> None:
        super().__init__(csrf=True)

    def authenticate(self, request: HttpRequest, key: str | None) -> User | None:
        user = request.user
        if user.is_authenticated and isinstance(user, User):
            return user
        return None


api = NinjaAPI(
    title="salescoach API",
    version="1",
    description=(
        "Scoped to the caller: a salesperson sees their own records, a manager their teams, "
        "enablement the whole organisation. Records outside that scope answer 404."
    ),
    urls_namespace="api",
    auth=[BearerTokenAuth(), SessionCookieAuth()],
    docs_url="/docs",
)
api.add_router("/", org_router)
api.add_router("/", pipeline_router)
api.add_router("/", calls_router)
api.add_router("/", assessments_router)
api.add_router("/", scorecard_router)
api.add_router("/", coaching_router)


def _error(request: HttpRequest, message: str, status: int) -> HttpResponse:
    return api.create_response(request, {"detail": message}, status=status)


@api.exception_handler(TokenError)
def _token_error(request: HttpRequest, exc: TokenError) -> HttpResponse:
    return _error(request, f"Not authenticated: {exc}", 401)


@api.exception_handler(AuthenticationError)
def _unauthenticated(request: HttpRequest, exc: Any) -> HttpResponse:
    return _error(
        request, "Not authenticated: sign in or send 'Authorization: Bearer <token>'", 401
    )


@api.exception_handler(NoPersonError)
def _no_person(request: HttpRequest, exc: NoPersonError) -> HttpResponse:
    return _error(request, str(exc), 403)


@api.exception_handler(PermissionDenied)
def _forbidden(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
    return _error(request, str(exc) or "Forbidden", 403)


@api.exception_handler(Http404)
def _not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return _error(request, "Not found", 404)
