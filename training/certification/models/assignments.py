"""Certification: programs, role requirements, assignments and their history, extensions,
exemptions, the append-only certification records and the reminders sent."""

import pgtrigger
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q

from training.learning.models import FIRST_PERIOD
from training.people.models import Employee, JobRole

from .status import AssignmentQuerySet, Status


class RenewalBasis(models.TextChoices):
    COMPLETION = "completion", "From completion (new expiry = completion + validity)"
    EXPIRY = "expiry", "From expiry (renewing early loses nothing)"
    FIXED = "fixed", "Fixed yearly date for everyone"


class CertificationProgram(models.Model):
    name = models.CharField(max_length=200, unique=True)
    description = models.TextField(blank=True)
    courses = models.ManyToManyField(
        "content.CoursePage",
        related_name="programs",
        help_text="Courses that must all be completed.",
    )
    validity_months = models.PositiveSmallIntegerField(
        default=12,
        validators=[MinValueValidator(1), MaxValueValidator(120)],
        help_text="How long a certification is valid, in calendar months.",
    )
    renewal_window_days = models.PositiveSmallIntegerField(
        default=60, help_text="Renewal opens this many days before expiry."
    )
    grace_days = models.PositiveSmallIntegerField(
        default=14, help_text="Days after expiry before the person counts as overdue."
    )
    initial_due_days = models.PositiveSmallIntegerField(
        default=30, help_text="Days after assignment by which the first certification is due."
    )
    renewal_basis = models.CharField(
        max_length=12, choices=RenewalBasis.choices, default=RenewalBasis.EXPIRY
    )
    fixed_due_month = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(12)],
        help_text="For a fixed yearly date: the month (1–12).",
    )
    fixed_due_day = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(31)],
        help_text="For a fixed yearly date: the day of the month.",
    )
    renewal_by_assessment = models.BooleanField(
        default=True,
        help_text="On renewal, a learner may take a renewal check per module instead of rereading "
        "it; failing sends them to the lessons and quiz. Switch off where full retraining is "
        "required. A first certification always requires the lessons.",
    )
    active = models.BooleanField(default=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def clean(self):
        errors = {}
        if self.renewal_window_days >= self.validity_months * 28:
            errors["renewal_window_days"] = "The renewal window must be shorter than the validity."
        if self.renewal_basis == RenewalBasis.FIXED:
            if not (self.fixed_due_month and self.fixed_due_day):
                errors["fixed_due_month"] = "A fixed yearly date needs a month and a day."
            elif (
                self.fixed_due_day
                > [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][self.fixed_due_month - 1]
            ):
                errors["fixed_due_day"] = "That month has no such day."
            if self.validity_months != 12:
                errors["validity_months"] = "A fixed yearly date means a validity of 12 months."
        if errors:
            raise ValidationError(errors)


class RoleRequirement(models.Model):
    job_role = models.ForeignKey(JobRole, on_delete=models.CASCADE, related_name="requirements")
    program = models.ForeignKey(
        CertificationProgram, on_delete=models.CASCADE, related_name="requirements"
    )
    due_days = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Overrides the program's initial due days for this role."
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["job_role", "program"], name="one_requirement_per_role")
        ]

    def __str__(self):
        return f"{self.job_role} → {self.program}"


class Assignment(models.Model):
    """An employee must hold a program's certification. Ended, never deleted.

    Carries its current facts (cycle, due date, validity, renewal opening), kept by the services in
    the same transaction as the event that changes them; `AssignmentEvent` keeps their history.
    """

    class Source(models.TextChoices):
        ROLE = "role", "Job role"
        MANUAL = "manual", "By hand"

    employee = models.ForeignKey(Employee, on_delete=models.PROTECT, related_name="assignments")
    program = models.ForeignKey(
        CertificationProgram, on_delete=models.PROTECT, related_name="assignments"
    )
    source = models.CharField(max_length=10, choices=Source.choices, default=Source.ROLE)
    assigned_at = models.DateTimeField()
    ended_at = models.DateTimeField(null=True, blank=True)
    end_reason = models.CharField(max_length=200, blank=True)
    cycle = models.PositiveIntegerField(default=1)
    cycle_started_at = models.DateTimeField(default=FIRST_PERIOD)
    due_at = models.DateTimeField()
    valid_until = models.DateTimeField(null=True, blank=True)
    renewal_opens_at = models.DateTimeField(null=True, blank=True)
    exempt = models.BooleanField(default=False)

    objects = AssignmentQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["employee", "program"],
                condition=Q(ended_at__isnull=True),
                name="one_open_assignment_per_program",
            )
        ]
        indexes = [
            models.Index(fields=["due_at"], name="assignment_due_at_idx"),
            models.Index(fields=["valid_until"], name="assignment_valid_until_idx"),
        ]

    def __str__(self):
        return f"{self.employee} · {self.program}"

    @property
    def status_label(self) -> str:
        """The words for the `status` that `with_status()` annotated."""
        return Status(self.status).label


class AssignmentEvent(models.Model):
    """Something that changed an assignment's facts, with the facts after it and why."""

    class Kind(models.TextChoices):
        ASSIGNED = "assigned", "Assigned"
        CERTIFIED = "certified", "Certified"
        RENEWAL_OPENED = "renewal_opened", "Renewal opened"
        EXTENDED = "extended", "Due date extended"
        EXEMPTED = "exempted", "Exempted"
        EXEMPTION_LIFTED = "exemption_lifted", "Exemption lifted"
        ENDED = "ended", "Ended"

    assignment = models.ForeignKey(Assignment, on_delete=models.PROTECT, related_name="events")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    at = models.DateTimeField()
    cycle = models.PositiveIntegerField()
    cycle_started_at = models.DateTimeField()
    due_at = models.DateTimeField()
    valid_until = models.DateTimeField(null=True, blank=True)
    renewal_opens_at = models.DateTimeField(null=True, blank=True)
    exempt = models.BooleanField(default=False)
    ended = models.BooleanField(default=False)
    explanation = models.TextField(help_text="How the dates were derived, in words.")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["at", "id"]
        indexes = [models.Index(fields=["assignment", "at"], name="assignmentevent_at_idx")]
        # History: on PostgreSQL the database refuses to change or remove an event.
        triggers = [
            pgtrigger.Protect(
                name="assignmentevent_append_only",
                operation=pgtrigger.Update | pgtrigger.Delete,
            )
        ]

    def __str__(self):
        return f"{self.get_kind_display()} at {self.at:%Y-%m-%d}"


class Extension(models.Model):
    assignment = models.ForeignKey(Assignment, on_delete=models.PROTECT, related_name="extensions")
    new_due_date = models.DateField(
        help_text="The new due date (end of that day, employee's time zone)."
    )
    reason = models.TextField()
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField()

    def __str__(self):
        return f"Extension to {self.new_due_date} for {self.assignment}"


class Exemption(models.Model):
    assignment = models.ForeignKey(Assignment, on_delete=models.PROTECT, related_name="exemptions")
    reason = models.TextField()
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField()

    def __str__(self):
        return f"Exemption for {self.assignment}"
