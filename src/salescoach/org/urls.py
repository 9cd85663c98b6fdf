"""Routes for people."""

from django.urls import path

from salescoach.org import views

app_name = "org"
urlpatterns = [
    path("", views.person_list, name="person_list"),
    path("<int:pk>/", views.person_detail, name="person_detail"),
]
