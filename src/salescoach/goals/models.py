"""Goals beside each other (sales, learning, personal) and the recommendations behind them."""

from __future__ import annotations

from typing import Any, ClassVar

from django.db import models
from django.utils import timezone

from salescoach.org.models import Organization, Person


class Area(models.TextChoices):
    """What a recommendation is about: the skill or mindset area the evidence points to."""

    DECISION_PROCESS = "decision_process", "Navigating the decision process"
    NEEDS_DISCOVERY = "needs_discovery", "Needs discovery"
    EMPATHY = "empathy", "Empathy and listening"
    QUALIFICATION = "qualification", "Qualification"
    PRIORITY_MANAGEMENT = "priority_management", "Priority management"
    ACHIEVEMENT_DRIVE = "achievement_drive", "Achievement drive"


class RecommendationStatus(models.TextChoices):
    OPEN = "open", "Open"
    ACCEPTED = "accepted", "Accepted"
    DISMISSED = "dismissed", "Dismissed"


class Recommendation(models.Model):
    """A learning goal the diagnosis suggests, with its evidence; it becomes a goal only when
    both the manager and the rep accept it."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE)
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="recommendations")
    area = models.CharField(max_length=30, choices=Area.choices)
    title = models.CharField(max_length=300)
    why = models.TextField()
    evidence: models.JSONField[list[dict[str, Any]]] = models.JSONField(default=list)
    confidence = models.FloatField()  # 0.0-1.0
    rules_version = models.CharField(max_length=20)
    generated_at = models.DateTimeField(default=timezone.now)
    status = models.CharField(
        max_length=12, choices=RecommendationStatus.choices, default=RecommendationStatus.OPEN
    )
    manager_accepted_at = models.DateTimeField(null=True, blank=True)
    rep_accepted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering: ClassVar = ["-confidence", "pk"]
        constraints: ClassVar = [
            models.CheckConstraint(
                condition=models.Q(confidence__gte=0) & models.Q(confidence__lte=1),
                name="recommendation_confidence_0_1",
            ),
        ]

    def __str__(self) -> str:
        return self.title


class DiagnosisRun(models.Model):
    """One diagnosis run that stores recommendations. Runs are numbered (the primary key) in
    the order they start, before they read any evidence, so a later run has read evidence at
    least as new as an earlier one's."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE)
    as_of = models.DateField()  # the day whose evidence the run read
    started_at = models.DateTimeField(default=timezone.now)
    # When the run had stored every rep's recommendations; null while it runs (or if it died).
    finished_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"diagnosis run {self.pk} as of {self.as_of}"


class RepDiagnosis(models.Model):
    """The run that last stored a rep's recommendations; an earlier run never replaces them."""

    person = models.OneToOneField(
        Person, on_delete=models.CASCADE, primary_key=True, related_name="diagnosis"
    )
    run = models.ForeignKey(DiagnosisRun, on_delete=models.CASCADE, related_name="+")

    def __str__(self) -> str:
        return f"{self.person} by {self.run}"


class GoalKind(models.TextChoices):
    SALES = "sales", "Sales goal"
    LEARNING = "learning", "Learning goal"
    PERSONAL = "personal", "Personal goal"


class GoalStatus(models.TextChoices):
    ACTIVE = "active", "Active"
    ACHIEVED = "achieved", "Achieved"
    DROPPED = "dropped", "Dropped"


class Goal(models.Model):
    """A goal a rep owns. A learning goal names the skill, why, how it is practised and which
    evidence metric should move."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE)
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="goals")
    kind = models.CharField(max_length=10, choices=GoalKind.choices)
    title = models.CharField(max_length=300)
    why = models.TextField(blank=True)
    practice = models.TextField(blank=True, help_text="How it will be practised.")
    measure = models.CharField(
        max_length=60, blank=True, help_text="The evidence metric that should move."
    )
    baseline = models.DecimalField(max_digits=14, decimal_places=4, null=True, blank=True)
    target = models.DecimalField(max_digits=14, decimal_places=4, null=True, blank=True)
    period_start = models.DateField()
    period_end = models.DateField()
    status = models.CharField(max_length=10, choices=GoalStatus.choices, default=GoalStatus.ACTIVE)
    source = models.ForeignKey(
        Recommendation, null=True, blank=True, on_delete=models.SET_NULL, related_name="goals"
    )
    agreed_on = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering: ClassVar = ["person", "kind", "-period_start"]
        constraints: ClassVar = [
            models.CheckConstraint(
                condition=models.Q(period_end__gte=models.F("period_start")),
                name="goal_period_ordered",
            ),
            models.CheckConstraint(
                condition=models.Q(kind__in=[k.value for k in GoalKind]), name="goal_kind_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.title
