"""App configuration for calls."""

from django.apps import AppConfig


class CallsConfig(AppConfig):
    name = "salescoach.calls"
    label = "calls"
    verbose_name = "Calls"
