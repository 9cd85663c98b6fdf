"""App configuration for the pipeline."""

from django.apps import AppConfig


class PipelineConfig(AppConfig):
    name = "salescoach.pipeline"
    label = "pipeline"
    verbose_name = "Pipeline"

    def ready(self) -> None:
        # Every saved or deleted record the pipeline figures read gives its organisation a new
        # data version, which the cached figures are keyed on. Bulk writes send no signal: the
        # services that make them change the version themselves (`one_data_version_change`).
        from django.db.models.signals import post_delete, post_save  # noqa: PLC0415

        from salescoach.org.models import Organization, Person, Team  # noqa: PLC0415
        from salescoach.pipeline.models import (  # noqa: PLC0415
            Activity,
            Deal,
            SalesProcess,
            Stage,
            StageChange,
        )
        from salescoach.pipeline.services import data_changed  # noqa: PLC0415

        for model in (Organization, Person, Team, SalesProcess, Stage, Deal, StageChange, Activity):
            for signal in (post_save, post_delete):
                signal.connect(
                    data_changed,
                    sender=model,
                    dispatch_uid=f"pipeline.data_changed.{model._meta.label}.{signal is post_save}",
                )
