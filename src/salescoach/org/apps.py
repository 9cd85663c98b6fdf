"""App configuration for organisations and people."""

from django.apps import AppConfig


class OrgConfig(AppConfig):
    name = "salescoach.org"
    label = "org"
    verbose_name = "Organisations and people"

    def ready(self) -> None:
        # A saved or deleted person or team can change a rep's direct coaches, and with them
        # whether the diagnosis may read the rep's self-belief: announced as an evidence change
        # (`org.signals`). Bulk writes send no model signal; their callers announce themselves.
        from django.db.models.signals import post_delete, post_save, pre_delete, pre_save  # noqa: PLC0415

        from salescoach.org import signals  # noqa: PLC0415
        from salescoach.org.models import Person, Team  # noqa: PLC0415

        for model in (Person, Team):
            label = model._meta.label
            pre_save.connect(
                signals.remember_coaching_before_save,
                sender=model,
                dispatch_uid=f"org.coaching_before_save.{label}",
            )
            post_save.connect(
                signals.announce_coaching_change,
                sender=model,
                dispatch_uid=f"org.coaching_change.{label}",
            )
            pre_delete.connect(
                signals.remember_coached_before_delete,
                sender=model,
                dispatch_uid=f"org.coached_before_delete.{label}",
            )
            post_delete.connect(
                signals.announce_coach_deleted,
                sender=model,
                dispatch_uid=f"org.coach_deleted.{label}",
            )
