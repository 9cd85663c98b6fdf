"""Routes for deals, activities and the sales process."""

from django.urls import path

from salescoach.pipeline import views

app_name = "pipeline"
urlpatterns = [
    path("deals/", views.deal_list, name="deal_list"),
    path("deals/export.csv", views.deal_export, name="deal_export"),
    path("deals/<int:pk>/", views.deal_detail, name="deal_detail"),
    path("activities/", views.activity_list, name="activity_list"),
    path("process/", views.process_detail, name="process_detail"),
    path("analytics/", views.analytics, name="analytics"),
    path("imports/", views.import_list, name="import_list"),
    path("imports/<int:pk>/", views.import_detail, name="import_detail"),
]
