"""App configuration for the demo organisation and the serve command."""

from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "salescoach.demo"
    label = "demo"
    verbose_name = "Demo organisation"
