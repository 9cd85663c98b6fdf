"""App configuration for organisations and people."""

from django.apps import AppConfig


class OrgConfig(AppConfig):
    name = "salescoach.org"
    label = "org"
    verbose_name = "Organisations and people"
