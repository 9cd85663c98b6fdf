"""App configuration for the pipeline."""

from django.apps import AppConfig


class PipelineConfig(AppConfig):
    name = "salescoach.pipeline"
    label = "pipeline"
    verbose_name = "Pipeline"
