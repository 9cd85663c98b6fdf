"""Routes for assessments."""

from django.urls import path

from salescoach.assessments import views

app_name = "assessments"
urlpatterns = [
    path("", views.index, name="index"),
    path("take/<slug:key>/", views.take, name="take"),
    path("responses/<int:pk>/", views.results, name="results"),
    path("history/<slug:key>/", views.history, name="history"),
    path("share/", views.share, name="share"),
    path("shares/<int:pk>/revoke/", views.revoke, name="revoke"),
    path("export/", views.export, name="export"),
    path("delete/", views.delete, name="delete"),
    path("people/<int:pk>/", views.person_summaries, name="person_detail"),
    path("organisation/", views.organisation, name="organisation"),
]
