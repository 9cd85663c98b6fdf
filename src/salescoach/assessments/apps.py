"""App configuration for assessments: the instrument files are validated at start-up."""

from django.apps import AppConfig

from salescoach.assessments.instruments import catalogue


class AssessmentsConfig(AppConfig):
    name = "salescoach.assessments"
    label = "assessments"
    verbose_name = "Assessments"

    def ready(self) -> None:
        # A broken instrument file stops start-up with the file and field named
        # (InstrumentSchemaError), instead of failing later when someone opens the form.
        catalogue()
