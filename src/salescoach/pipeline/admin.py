"""Configuration screens for the sales process (deals and activities come from imports)."""

from django.contrib import admin

from salescoach.org.admin import OrganizationScopedAdmin
from salescoach.pipeline.models import Gate, SalesProcess, Stage


class StageInline(admin.TabularInline):  # type: ignore[type-arg]
    model = Stage
    extra = 0


@admin.register(SalesProcess)
class SalesProcessAdmin(OrganizationScopedAdmin):
    list_display = ("name", "is_default")
    inlines = (StageInline,)


@admin.register(Gate)
class GateAdmin(OrganizationScopedAdmin):
    list_display = ("name", "stage")
