"""App configuration for coaching."""

from django.apps import AppConfig


class CoachingConfig(AppConfig):
    name = "salescoach.coaching"
    label = "coaching"
    verbose_name = "Coaching"
