"""Routes for calls."""

from django.urls import path

from salescoach.calls import views

app_name = "calls"
urlpatterns = [
    path("", views.call_list, name="call_list"),
    path("upload/", views.call_upload, name="call_upload"),
    path("export.csv", views.call_export, name="call_export"),
    path("<int:pk>/", views.call_detail, name="call_detail"),
]
