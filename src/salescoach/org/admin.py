"""Configuration screens for administrators, scoped to their own organisation."""

from __future__ import annotations

import contextlib
from typing import Any

from django.contrib import admin
from django.db import models
from django.db.models import QuerySet
from django.forms import ModelChoiceField
from django.http import HttpRequest

from salescoach.org.access import Viewer, restrict, viewer_for_person
from salescoach.org.models import Organization, Person, Role, Team


def _admin_viewer(request: HttpRequest) -> Viewer | None:
    if not request.user.is_authenticated:
        return None
    person = Person.objects.filter(user_id=request.user.pk, is_active=True).first()
    if person is None or person.role != Role.ADMIN:
        return None
    return viewer_for_person(person)


class OrganizationScopedAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    """Admin screens open only to the organisation's administrators, and only on its records."""

    def _viewer(self, request: HttpRequest) -> Viewer | None:
        if not hasattr(request, "_admin_viewer"):
            request._admin_viewer = _admin_viewer(request)  # type: ignore[attr-defined]
        return request._admin_viewer  # type: ignore[attr-defined, no-any-return]

    def has_module_permission(self, request: HttpRequest) -> bool:
        return self._viewer(request) is not None

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._viewer(request) is not None

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._viewer(request) is not None

    def has_add_permission(self, request: HttpRequest) -> bool:
        return self._viewer(request) is not None

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._viewer(request) is not None

    def get_queryset(self, request: HttpRequest) -> QuerySet[Any]:
        viewer = self._viewer(request)
        queryset = super().get_queryset(request)
        return restrict(queryset, viewer, "change") if viewer else queryset.none()

    def formfield_for_foreignkey(
        self, db_field: models.ForeignKey[Any, Any], request: HttpRequest, **kwargs: Any
    ) -> ModelChoiceField[Any] | None:
        viewer = self._viewer(request)
        related = db_field.related_model
        if viewer is not None and isinstance(related, type) and related is not Organization:
            with contextlib.suppress(LookupError):
                kwargs["queryset"] = restrict(related._default_manager.all(), viewer)
        if related is Organization and viewer is not None:
            kwargs["queryset"] = Organization.objects.filter(pk=viewer.organization_id)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(Team)
class TeamAdmin(OrganizationScopedAdmin):
    list_display = ("name", "parent", "lead")
    search_fields = ("name",)


@admin.register(Person)
class PersonAdmin(OrganizationScopedAdmin):
    list_display = ("name", "email", "role", "team", "manager", "is_active")
    list_filter = ("role", "is_active")
    search_fields = ("name", "email")
    exclude = ("user",)
