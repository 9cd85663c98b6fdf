"""The sales process mapped to the customer's journey, and the deals and activities moving in it."""

from __future__ import annotations

from typing import ClassVar

from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone

from salescoach.org.models import Organization, Person


class Phase(models.TextChoices):
    """The customer-journey phase a stage belongs to."""

    APPROACH = "approach", "Approach"
    INTERVIEW = "interview", "Interview"
    DEMONSTRATE = "demonstrate", "Demonstrate"
    VALIDATE = "validate", "Validate"
    NEGOTIATE = "negotiate", "Negotiate"
    CLOSE = "close", "Close"


class Side(models.TextChoices):
    SELLER = "seller", "Seller"
    CUSTOMER = "customer", "Customer"


class Outcome(models.TextChoices):
    OPEN = "open", "Open"
    WON = "won", "Won"
    LOST = "lost", "Lost"


class ForecastCategory(models.TextChoices):
    PIPELINE = "pipeline", "Pipeline"
    BEST_CASE = "best_case", "Best case"
    COMMIT = "commit", "Commit"
    CLOSED = "closed", "Closed"
    OMITTED = "omitted", "Omitted"


class ActivityType(models.TextChoices):
    CALL = "call", "Call"
    EMAIL = "email", "E-mail"
    MEETING = "meeting", "Meeting"
    CONTENT_SHARE = "content_share", "Content shared"
    PROSPECT_REPLY = "prospect_reply", "Prospect reply"
    TASK = "task", "Task"


class SalesProcess(models.Model):
    """An organisation's sales process; one is the default for new deals."""

    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="sales_processes"
    )
    name = models.CharField(max_length=200)
    is_default = models.BooleanField(default=True)

    class Meta:
        verbose_name_plural = "sales processes"
        constraints: ClassVar = [
            models.UniqueConstraint(
                fields=["organization", "name"], name="process_name_unique_in_org"
            ),
            models.UniqueConstraint(
                fields=["organization"],
                condition=models.Q(is_default=True),
                name="one_default_process_per_org",
            ),
        ]

    def __str__(self) -> str:
        return self.name


class Stage(models.Model):
    """An ordered stage of a sales process, mapped to a customer-journey phase."""

    process = models.ForeignKey(SalesProcess, on_delete=models.CASCADE, related_name="stages")
    order = models.PositiveSmallIntegerField()
    name = models.CharField(max_length=100)
    phase = models.CharField(max_length=20, choices=Phase.choices)

    class Meta:
        ordering: ClassVar = ["process", "order"]
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["process", "order"], name="stage_order_unique"),
            models.UniqueConstraint(fields=["process", "name"], name="stage_name_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.order}. {self.name}"


class Gate(models.Model):
    """The exit gate of a stage: what the seller must have done and what the customer confirmed."""

    stage = models.ForeignKey(Stage, on_delete=models.CASCADE, related_name="gates")
    name = models.CharField(max_length=200)
    seller_requirement = models.TextField()
    customer_confirmation = models.TextField()

    class Meta:
        ordering: ClassVar = ["stage__order", "pk"]

    def __str__(self) -> str:
        return self.name


class Deal(models.Model):
    """An opportunity owned by a salesperson."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="deals")
    external_id = models.CharField(max_length=100)
    name = models.CharField(max_length=300)
    account = models.CharField(max_length=300, blank=True)
    owner = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="deals")
    amount = models.DecimalField(max_digits=14, decimal_places=2, validators=[MinValueValidator(0)])
    currency = models.CharField(max_length=3, default="EUR")
    created_on = models.DateField()
    closed_on = models.DateField(null=True, blank=True)
    stage = models.ForeignKey(Stage, null=True, blank=True, on_delete=models.PROTECT)
    forecast_category = models.CharField(
        max_length=20, choices=ForecastCategory.choices, default=ForecastCategory.PIPELINE
    )
    # Every forecast category the deal was in before its current one, oldest first: imports
    # append the old category when it changes, so a deal once called "commit" stays counted
    # as forecast after it closes.
    forecast_history: models.JSONField[list[str]] = models.JSONField(default=list, blank=True)
    outcome = models.CharField(max_length=10, choices=Outcome.choices, default=Outcome.OPEN)
    loss_reason = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering: ClassVar = ["-created_on", "pk"]
        constraints: ClassVar = [
            models.UniqueConstraint(
                fields=["organization", "external_id"], name="deal_external_id_unique_in_org"
            ),
            models.CheckConstraint(
                condition=models.Q(amount__gte=0), name="deal_amount_not_negative"
            ),
            models.CheckConstraint(
                condition=models.Q(outcome__in=[o.value for o in Outcome]),
                name="deal_outcome_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(closed_on__isnull=True)
                | models.Q(closed_on__gte=models.F("created_on")),
                name="deal_closed_not_before_created",
            ),
            models.CheckConstraint(
                condition=~models.Q(outcome="open") | models.Q(closed_on__isnull=True),
                name="open_deal_has_no_close_date",
            ),
        ]
        indexes: ClassVar = [models.Index(fields=["organization", "owner"])]

    def __str__(self) -> str:
        return self.name


class StageChange(models.Model):
    """A deal entering a stage at a moment."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE)
    deal = models.ForeignKey(Deal, on_delete=models.CASCADE, related_name="stage_changes")
    stage = models.ForeignKey(Stage, on_delete=models.PROTECT)
    entered_at = models.DateTimeField()

    class Meta:
        ordering: ClassVar = ["deal", "entered_at"]
        constraints: ClassVar = [
            models.UniqueConstraint(
                fields=["deal", "stage", "entered_at"], name="stage_change_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.deal_id} entered {self.stage_id} at {self.entered_at:%Y-%m-%d}"


class Activity(models.Model):
    """Something a person did: a call, an e-mail, a meeting, shared content, a prospect's reply."""

    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="activities"
    )
    external_id = models.CharField(max_length=200)
    type = models.CharField(max_length=20, choices=ActivityType.choices)
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="activities")
    deal = models.ForeignKey(
        Deal, null=True, blank=True, on_delete=models.SET_NULL, related_name="activities"
    )
    occurred_at = models.DateTimeField()
    duration_min = models.PositiveIntegerField(default=0)
    subject = models.CharField(max_length=500, blank=True)
    attendees = models.TextField(blank=True, help_text="E-mail addresses separated by ';'.")
    customer_facing = models.BooleanField(default=False)

    class Meta:
        verbose_name_plural = "activities"
        ordering: ClassVar = ["-occurred_at", "pk"]
        constraints: ClassVar = [
            models.UniqueConstraint(
                fields=["organization", "external_id"], name="activity_external_id_unique_in_org"
            ),
            models.CheckConstraint(
                condition=models.Q(type__in=[t.value for t in ActivityType]),
                name="activity_type_valid",
            ),
        ]
        indexes: ClassVar = [models.Index(fields=["organization", "person", "occurred_at"])]

    def __str__(self) -> str:
        return f"{self.get_type_display()}: {self.subject}"


class GateEvidence(models.Model):
    """Proof that one side of a gate is met for a deal, ideally pointing at the activity."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE)
    deal = models.ForeignKey(Deal, on_delete=models.CASCADE, related_name="gate_evidence")
    gate = models.ForeignKey(Gate, on_delete=models.CASCADE, related_name="evidence")
    side = models.CharField(max_length=10, choices=Side.choices)
    activity = models.ForeignKey(Activity, null=True, blank=True, on_delete=models.SET_NULL)
    note = models.CharField(max_length=500, blank=True)
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name_plural = "gate evidence"
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["deal", "gate", "side"], name="one_evidence_per_side"),
            models.CheckConstraint(
                condition=models.Q(side__in=[s.value for s in Side]), name="evidence_side_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.side} evidence for gate {self.gate_id} of deal {self.deal_id}"


class Quota(models.Model):
    """A person's sales target for a period."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE)
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="quotas")
    period_start = models.DateField()
    period_end = models.DateField()
    amount = models.DecimalField(max_digits=14, decimal_places=2)

    class Meta:
        ordering: ClassVar = ["person", "period_start"]
        constraints: ClassVar = [
            models.UniqueConstraint(
                fields=["person", "period_start", "period_end"], name="quota_period_unique"
            ),
            models.CheckConstraint(condition=models.Q(amount__gte=0), name="quota_not_negative"),
            models.CheckConstraint(
                condition=models.Q(period_end__gte=models.F("period_start")),
                name="quota_period_ordered",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.amount} from {self.period_start} to {self.period_end}"


class ImportRun(models.Model):
    """One import of a file: who brought in what, when, and what it did (or why it did nothing).

    Kept for refused files too, so the history shows every attempt; the file's rows themselves
    are stored only when the whole file was accepted."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE)
    imported_by = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="imports"
    )
    for_person = models.ForeignKey(
        Person,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="calendar_imports",
        help_text="Whose calendar it was (calendar imports only).",
    )
    kind = models.CharField(max_length=20)
    layout = models.CharField(max_length=20, blank=True)
    file_name = models.CharField(max_length=255)
    created_at = models.DateTimeField(default=timezone.now)
    accepted = models.BooleanField()
    rows = models.PositiveIntegerField(default=0)
    created = models.PositiveIntegerField(default=0)
    updated = models.PositiveIntegerField(default=0)
    unchanged = models.PositiveIntegerField(default=0)
    rejected = models.PositiveIntegerField(default=0)
    problem_count = models.PositiveIntegerField(default=0)
    problems = models.JSONField(default=list, help_text="The first 100 problems, as text.")
    notes = models.JSONField(default=list)

    class Meta:
        ordering: ClassVar = ["-created_at", "-pk"]
        indexes: ClassVar = [models.Index(fields=["organization", "created_at"])]

    def __str__(self) -> str:
        return f"{self.kind} import of {self.file_name}"


class DataVersion(models.Model):
    """A token that changes with every write the pipeline figures read (deals, stage changes,
    activities, the sales process, people and teams) of one organisation: the figures cached
    under one token stay true until it changes (`selectors.cached_pipeline_analytics`).

    A random token rather than a counter: a counter would repeat after a rolled-back
    transaction or a restored backup and bring back figures cached for other data. Keyed by
    the organisation's id without a foreign key, so that the deletion of an organisation,
    which deletes its records first, can still change the token (ids can be reused)."""

    organization_id = models.BigIntegerField(primary_key=True)
    token = models.CharField(max_length=32)

    def __str__(self) -> str:
        return f"organisation {self.organization_id}: {self.token}"
