"""App configuration for the web shell."""

from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "salescoach.web"
    label = "web"
    verbose_name = "Web shell"
