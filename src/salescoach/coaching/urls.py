"""Routes for coaching."""

from django.urls import path

from salescoach.coaching import views

app_name = "coaching"
urlpatterns = [
    path("people/<int:pk>/scorecard/", views.scorecard, name="scorecard"),
]
