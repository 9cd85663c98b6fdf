"""App configuration for goals."""

from django.apps import AppConfig


class GoalsConfig(AppConfig):
    name = "salescoach.goals"
    label = "goals"
    verbose_name = "Goals"
