"""Routes for goals."""

from django.urls import path

from salescoach.goals import views

app_name = "goals"
urlpatterns = [
    path(
        "recommendations/<int:pk>/accept/",
        views.recommendation_accept,
        name="recommendation_accept",
    ),
    path(
        "recommendations/<int:pk>/dismiss/",
        views.recommendation_dismiss,
        name="recommendation_dismiss",
    ),
    path("people/<int:pk>/diagnose/", views.diagnose_person, name="diagnose_person"),
]
