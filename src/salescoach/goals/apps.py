"""App configuration for goals."""

from django.apps import AppConfig


class GoalsConfig(AppConfig):
    name = "salescoach.goals"
    label = "goals"
    verbose_name = "Goals"

    def ready(self) -> None:
        # Evidence stored by the apps below (pipeline, calls, assessments) makes the stored
        # diagnosis stale; they announce it through org.signals, which may not import goals.
        from salescoach.goals.tasks import rediagnose_after_evidence_change  # noqa: PLC0415
        from salescoach.org.signals import evidence_changed  # noqa: PLC0415

        evidence_changed.connect(
            rediagnose_after_evidence_change, dispatch_uid="goals.rediagnose_after_evidence"
        )
