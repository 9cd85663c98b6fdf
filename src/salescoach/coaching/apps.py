"""App configuration for coaching."""

from django.apps import AppConfig


class CoachingConfig(AppConfig):
    name = "salescoach.coaching"
    label = "coaching"
    verbose_name = "Coaching"

    def ready(self) -> None:
        # The maturity view in assessments (below coaching) reads the coaching records through
        # this function; the models can only be imported once the apps are loaded.
        from salescoach.assessments.evidence import provide_coaching_evidence  # noqa: PLC0415
        from salescoach.coaching.maturity_evidence import coaching_record_figures  # noqa: PLC0415

        provide_coaching_evidence(coaching_record_figures)
