"""Responses to instruments, the summaries a respondent shares, and the organisation's maturity."""

from __future__ import annotations

from typing import Any, ClassVar

from django.db import models
from django.utils import timezone

from salescoach.org.models import Organization, Person


class ResponseStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    SUBMITTED = "submitted", "Submitted"


class AssessmentResponse(models.Model):
    """One person's answers to one version of one instrument. A draft keeps its answers and is
    never scored; submitting stores the shareable summary, computed once with the version the
    response was taken under and never recomputed. The answers and free text are the
    respondent's alone."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE)
    person = models.ForeignKey(
        Person, on_delete=models.CASCADE, related_name="assessment_responses"
    )
    instrument = models.CharField(max_length=40)
    version = models.PositiveIntegerField()
    status = models.CharField(
        max_length=10, choices=ResponseStatus.choices, default=ResponseStatus.DRAFT
    )
    answers: models.JSONField[dict[str, Any]] = models.JSONField(default=dict, blank=True)
    subject = models.CharField(max_length=200, blank=True)  # observed_style: whom it describes
    summary: models.JSONField[dict[str, Any] | None] = models.JSONField(null=True, blank=True)
    started_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    submitted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering: ClassVar = ["-submitted_at", "-pk"]
        constraints: ClassVar = [
            models.UniqueConstraint(
                fields=["person", "instrument"],
                condition=models.Q(status="draft"),
                name="one_draft_per_person_and_instrument",
            ),
            models.CheckConstraint(
                condition=(
                    models.Q(status="draft", summary__isnull=True, submitted_at__isnull=True)
                    | models.Q(
                        status="submitted", summary__isnull=False, submitted_at__isnull=False
                    )
                ),
                name="submitted_responses_have_a_summary_drafts_none",
            ),
        ]
        indexes: ClassVar = [models.Index(fields=["organization", "instrument", "status"])]

    def __str__(self) -> str:
        return f"{self.instrument} v{self.version} ({self.status})"


class SummaryShare(models.Model):
    """A respondent lets one person (their manager) read the summaries of one instrument —
    dimension scores and bands, never answers or free text — until they revoke it."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE)
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="summary_shares")
    instrument = models.CharField(max_length=40)
    recipient = models.ForeignKey(
        Person, on_delete=models.CASCADE, related_name="summary_shares_received"
    )
    shared_at = models.DateTimeField(default=timezone.now)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering: ClassVar = ["-shared_at", "-pk"]
        constraints: ClassVar = [
            models.UniqueConstraint(
                fields=["person", "instrument", "recipient"],
                condition=models.Q(revoked_at__isnull=True),
                name="one_active_share_per_recipient",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.instrument} → {self.recipient_id}"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None


class MaturityAssessment(models.Model):
    """The organisation's placement on the coaching-maturity scale, taken by enablement, with
    the coaching-record figures the system held when it was submitted."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE)
    taken_by = models.ForeignKey(Person, null=True, on_delete=models.SET_NULL)
    response = models.OneToOneField(
        AssessmentResponse, null=True, on_delete=models.SET_NULL, related_name="maturity"
    )
    version = models.PositiveIntegerField()
    level = models.CharField(max_length=12)  # ad_hoc | informal | formal | dynamic
    summary: models.JSONField[dict[str, Any]] = models.JSONField()
    evidence: models.JSONField[dict[str, Any]] = models.JSONField(default=dict, blank=True)
    submitted_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering: ClassVar = ["-submitted_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.level} ({self.submitted_at:%Y-%m-%d})"
