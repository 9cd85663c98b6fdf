"""A recorded call (its transcript cues) and the stored analysis of it."""

from __future__ import annotations

from typing import Any, ClassVar

from django.db import models
from django.utils import timezone

from salescoach.org.models import Organization, Person
from salescoach.pipeline.models import Deal


class CallKind(models.TextChoices):
    SALES = "sales", "Sales call"
    SERVICE = "service", "Customer-service call"


class Call(models.Model):
    """One conversation with a customer, as timed cues (speaker, start, end, text)."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="calls")
    owner = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="calls")
    deal = models.ForeignKey(
        Deal, null=True, blank=True, on_delete=models.SET_NULL, related_name="calls"
    )
    kind = models.CharField(max_length=10, choices=CallKind.choices, default=CallKind.SALES)
    title = models.CharField(max_length=300)
    occurred_at = models.DateTimeField(default=timezone.now)
    source_name = models.CharField(max_length=300, help_text="The imported file's name.")
    source_format = models.CharField(max_length=20)
    estimated_timing = models.BooleanField(default=False)
    cues: models.JSONField[list[list[Any]]] = models.JSONField(
        help_text="[[speaker, start_s, end_s, text], …] in the order of the transcript."
    )
    speaker_roles: models.JSONField[dict[str, str]] = models.JSONField(
        default=dict, help_text="Speaker name → 'rep' or 'customer'."
    )
    duration_s = models.FloatField(default=0)
    imported_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering: ClassVar = ["-occurred_at", "-pk"]
        indexes: ClassVar = [models.Index(fields=["organization", "owner", "occurred_at"])]
        constraints: ClassVar = [
            models.CheckConstraint(
                condition=models.Q(kind__in=[k.value for k in CallKind]), name="call_kind_valid"
            ),
            models.CheckConstraint(condition=models.Q(duration_s__gte=0), name="call_duration_ok"),
        ]

    def __str__(self) -> str:
        return self.title


class CallAnalysis(models.Model):
    """The analyser's JSON for a call, with the analyser version that produced it."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE)
    call = models.OneToOneField(Call, on_delete=models.CASCADE, related_name="analysis")
    analyzer_version = models.CharField(max_length=20)
    result: models.JSONField[dict[str, Any]] = models.JSONField()
    analyzed_at = models.DateTimeField(default=timezone.now)
    rep_talk_share = models.FloatField(null=True)  # 0.0-1.0, copied out for lists and charts
    questions_total = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name_plural = "call analyses"

    def __str__(self) -> str:
        return f"Analysis {self.analyzer_version} of call {self.call_id}"
