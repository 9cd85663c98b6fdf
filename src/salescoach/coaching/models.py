"""The conversation with the coach: sessions, their notes, commitments and check-ins."""

from __future__ import annotations

import uuid
from typing import Any, ClassVar

from django.db import models
from django.utils import timezone

from salescoach.org.models import Organization, Person
from salescoach.pipeline.models import Deal, Stage


class SessionKind(models.TextChoices):
    OPPORTUNITY = "opportunity", "Opportunity coaching"
    SKILL = "skill", "Skill and behaviour coaching"


class SessionStatus(models.TextChoices):
    PLANNED = "planned", "Planned"
    HELD = "held", "Held"
    CANCELLED = "cancelled", "Cancelled"


class CoachingSession(models.Model):
    """A manager and a rep, one coaching conversation, prepared from the evidence."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE)
    manager = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="sessions_led")
    rep = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="sessions_received")
    kind = models.CharField(max_length=12, choices=SessionKind.choices, default=SessionKind.SKILL)
    deal = models.ForeignKey(Deal, null=True, blank=True, on_delete=models.SET_NULL)
    scheduled_for = models.DateTimeField()
    status = models.CharField(
        max_length=10, choices=SessionStatus.choices, default=SessionStatus.PLANNED
    )
    held_at = models.DateTimeField(null=True, blank=True)
    duration_min = models.PositiveIntegerField(default=0)
    agenda: models.JSONField[dict[str, Any]] = models.JSONField(default=dict, blank=True)
    outcomes = models.TextField(blank=True)
    conversations: models.JSONField[list[str]] = models.JSONField(
        default=list, blank=True, help_text="Which of customers / themselves / coach were covered."
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering: ClassVar = ["-scheduled_for", "-pk"]
        indexes: ClassVar = [models.Index(fields=["organization", "rep", "scheduled_for"])]
        constraints: ClassVar = [
            models.CheckConstraint(
                condition=~models.Q(manager=models.F("rep")), name="session_needs_two_people"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} with {self.rep} on {self.scheduled_for:%Y-%m-%d}"


class NoteVisibility(models.TextChoices):
    MANAGER_ONLY = "manager_only", "Only me"
    SHARED = "shared", "Shared with the rep"


class SessionNote(models.Model):
    """A note on a session; a manager-only note never reaches the rep."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE)
    session = models.ForeignKey(CoachingSession, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="session_notes")
    visibility = models.CharField(
        max_length=15, choices=NoteVisibility.choices, default=NoteVisibility.MANAGER_ONLY
    )
    text = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering: ClassVar = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"Note by {self.author} ({self.visibility})"


class CommitmentStatus(models.TextChoices):
    OPEN = "open", "Open"
    DONE = "done", "Done"
    DROPPED = "dropped", "Dropped"


class Commitment(models.Model):
    """An action someone committed to in a session, followed up in a later one."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE)
    session = models.ForeignKey(
        CoachingSession,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="commitments",
    )
    rep = models.ForeignKey(
        Person,
        on_delete=models.CASCADE,
        related_name="coaching_commitments",
        help_text="The rep whose coaching this commitment belongs to.",
    )
    owner = models.ForeignKey(
        Person,
        on_delete=models.CASCADE,
        related_name="commitments",
        help_text="Who has to do it: the rep, or the manager.",
    )
    text = models.CharField(max_length=500)
    due_on = models.DateField()
    status = models.CharField(
        max_length=10, choices=CommitmentStatus.choices, default=CommitmentStatus.OPEN
    )
    followed_up_in = models.ForeignKey(
        CoachingSession,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="follow_ups",
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering: ClassVar = ["due_on", "pk"]

    def __str__(self) -> str:
        return self.text


class CheckInStatus(models.TextChoices):
    SCHEDULED = "scheduled", "Scheduled"
    DONE = "done", "Done"
    CANCELLED = "cancelled", "Cancelled"


class CheckIn(models.Model):
    """A dated check-in on a goal: sent as a calendar invite, with a reminder before it."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE)
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    session = models.ForeignKey(
        CoachingSession, null=True, blank=True, on_delete=models.SET_NULL, related_name="check_ins"
    )
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="check_ins")
    manager = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="check_ins_hosted")
    title = models.CharField(max_length=300)
    due_at = models.DateTimeField()
    duration_min = models.PositiveIntegerField(default=30)
    status = models.CharField(
        max_length=10, choices=CheckInStatus.choices, default=CheckInStatus.SCHEDULED
    )
    invite_sent_at = models.DateTimeField(null=True, blank=True)
    reminder_sent_at = models.DateTimeField(null=True, blank=True)
    delivery_attempts = models.PositiveIntegerField(default=0)
    delivery_error = models.TextField(blank=True)

    class Meta:
        ordering: ClassVar = ["due_at", "pk"]

    def __str__(self) -> str:
        return self.title


class CoachingGuide(models.Model):
    """Coaching questions for one stage of the sales process; each edit is a new version."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE)
    stage = models.ForeignKey(Stage, on_delete=models.CASCADE, related_name="coaching_guides")
    version = models.PositiveIntegerField()
    questions: models.JSONField[list[str]] = models.JSONField()
    edited_by = models.ForeignKey(Person, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering: ClassVar = ["stage__order", "-version"]
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["stage", "version"], name="guide_version_unique"),
        ]

    def __str__(self) -> str:
        return f"Guide for {self.stage} v{self.version}"
