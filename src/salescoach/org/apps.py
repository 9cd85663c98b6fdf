"""App configuration for organisations and people."""

from django.apps import AppConfig


class OrgConfig(AppConfig):
    name = "salescoach.org"
    label = "org"
    verbose_name = "Organisations and people"

    def ready(self) -> None:
        # A saved or deleted person or team can change a rep's direct coaches, and with them
        # whether the diagnosis may read the rep's self-belief: announced as an evidence change
        # (`org.signals`), and so is a new rep, who has no diagnosis yet. Bulk writes send no
        # model signal; their callers announce themselves.
        from django.db.models.signals import post_delete, post_save, pre_delete, pre_save  # noqa: PLC0415

        from salescoach.org import signals  # noqa: PLC0415
        from salescoach.org.models import Person, Team  # noqa: PLC0415

        receivers = (
            (pre_save, signals.remember_coaching_before_save, "coaching_before_save"),
            (post_save, signals.announce_coaching_change, "coaching_change"),
            (pre_delete, signals.remember_coached_before_delete, "coached_before_delete"),
            (post_delete, signals.announce_coach_deleted, "coach_deleted"),
        )
        for model in (Person, Team):
            for signal, receiver, name in receivers:
                signal.connect(
                    receiver, sender=model, dispatch_uid=f"org.{name}.{model._meta.label}"
                )
