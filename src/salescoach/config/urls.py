"""URL routes: pages per app, the admin, and the JSON API under /api/v1/."""

from django.contrib import admin
from django.urls import include, path

from salescoach.config.api import api

urlpatterns = [
    path("", include("salescoach.web.urls")),
    path("people/", include("salescoach.org.urls")),
    path("pipeline/", include("salescoach.pipeline.urls")),
    path("calls/", include("salescoach.calls.urls")),
    path("coaching/", include("salescoach.coaching.urls")),
    path("goals/", include("salescoach.goals.urls")),
    path("assessments/", include("salescoach.assessments.urls")),
    path("admin/", admin.site.urls),
    path("api/v1/", api.urls),
]

handler403 = "salescoach.web.errors.forbidden"
handler404 = "salescoach.web.errors.not_found"
handler500 = "salescoach.web.errors.server_error"
