"""The evidence: append-only certification records chained by hash, and reminders sent once."""

from datetime import date

import pgtrigger
from django.db import models
from django.db.models import Case, Q, Value, When
from django.utils import timezone

from training.people.models import Employee

from .assignments import Assignment, CertificationProgram


class AppendOnlyError(Exception):
    """Certification records are evidence: the app never changes or deletes one."""


class CertificateStatus(models.TextChoices):
    """What a certificate says at a moment: valid before its record expires, expired from then on."""

    VALID = "valid", "Valid"
    EXPIRED = "expired", "Expired"


class RecordQuerySet(models.QuerySet):
    """Reads of the evidence; writes other than `save()` of a new record are refused."""

    def valid_q(self, at=None) -> Q:
        """Valid at `at` (None: now): strictly before the moment of expiry, which is expired."""
        return Q(expires_at__gt=at or timezone.now())

    def with_certificate_status(self, at=None):
        """Records with their `certificate_status` at `at` (None: now) annotated.

        `CertificationRecord.certificate_status_at` is the same rule for a record already in hand.
        """
        return self.annotate(
            certificate_status=Case(
                When(self.valid_q(at), then=Value(CertificateStatus.VALID)),
                default=Value(CertificateStatus.EXPIRED),
                output_field=models.CharField(),
            )
        )

    def update(self, **kwargs):
        raise AppendOnlyError("Certification records cannot be updated.")

    def pseudonymise(self, *, name: str, email: str, at) -> int:
        """The one change a record may take, once: a leaver's name and email replaced by a
        pseudonym (`retention.apply_retention`). The PostgreSQL trigger allows nothing else."""
        unchanged = self.filter(pseudonymised_at=None)
        return models.QuerySet.update(unchanged, name=name, email=email, pseudonymised_at=at)

    def delete(self):
        raise AppendOnlyError("Certification records cannot be deleted.")


class CertificationRecord(models.Model):
    """Who was certified for what, when, on which content, sealed into a SHA-256 hash chain.

    The hash covers a keyed digest of the name and email, not the raw values, so that a leaver's
    personal data can later be pseudonymised while the chain still verifies.
    """

    assignment = models.ForeignKey(Assignment, on_delete=models.PROTECT, related_name="records")
    employee = models.ForeignKey(Employee, on_delete=models.PROTECT, related_name="records")
    program = models.ForeignKey(
        CertificationProgram, on_delete=models.PROTECT, related_name="records"
    )
    program_name = models.CharField(max_length=200)
    cycle = models.PositiveIntegerField()
    employee_number = models.CharField(max_length=40)
    name = models.CharField(max_length=300)
    email = models.EmailField()
    department = models.CharField(max_length=120, blank=True)
    job_role = models.CharField(max_length=120, blank=True)
    personal_digest = models.CharField(max_length=64)
    completed_at = models.DateTimeField()
    expires_at = models.DateTimeField()
    modules = models.JSONField(help_text="Per module: title, quiz score, attempt and revision ids.")
    revisions = models.JSONField(help_text="Page id → Wagtail revision id of every page completed.")
    attestation_text = models.TextField()
    attested_at = models.DateTimeField()
    explanation = models.TextField()
    verification_code = models.CharField(max_length=20, unique=True)
    previous_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64, unique=True)
    issued_at = models.DateTimeField()
    pseudonymised_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When the holder's name and email were replaced by a pseudonym (retention).",
    )

    objects = RecordQuerySet.as_manager()

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(fields=["assignment", "cycle"], name="one_record_per_cycle")
        ]
        # On PostgreSQL the database itself refuses to change evidence, whoever asks.
        triggers = [
            pgtrigger.Protect(name="record_no_delete", operation=pgtrigger.Delete),
            pgtrigger.Protect(
                name="record_sealed_columns_fixed",
                operation=pgtrigger.Update,
                condition=pgtrigger.AnyChange(exclude=["name", "email", "pseudonymised_at"]),
            ),
            pgtrigger.Protect(
                name="record_pseudonymised_once",
                operation=pgtrigger.Update,
                condition=pgtrigger.Q(old__pseudonymised_at__isnull=False)
                | pgtrigger.Q(new__pseudonymised_at__isnull=True),
            ),
        ]

    def __str__(self):
        return f"{self.verification_code} · {self.name} · {self.program_name}"

    def save(self, *args, **kwargs):
        if self.pk is not None or not self._state.adding:
            raise AppendOnlyError("Certification records cannot be updated.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("Certification records cannot be deleted.")

    def certificate_status_at(self, at=None) -> CertificateStatus:
        """The Python twin of `RecordQuerySet.with_certificate_status` (`valid_q`), kept to it by a
        property test: valid while `expires_at > at`."""
        at = at or timezone.now()
        return CertificateStatus.VALID if self.expires_at > at else CertificateStatus.EXPIRED


class ChainHead(models.Model):
    """One row: the newest record's hash. Locking it orders concurrent issuing into one chain.

    The legacy boundary (`chain.legacy_boundary`): how many records were sealed with plain SHA-256
    before the chain was keyed, the seal that ends them, signed with the key at the upgrade.
    """

    last_hash = models.CharField(max_length=64)
    legacy_records = models.PositiveIntegerField(default=0)
    legacy_head = models.CharField(max_length=64, blank=True)
    legacy_taken_at = models.DateTimeField(null=True, blank=True)
    legacy_signature = models.CharField(max_length=64, blank=True)

    def __str__(self):
        return self.last_hash


def day_occasion(day: date) -> int:
    """A day as a reminder's occasion that still reads as a date in the table: 20260510."""
    return day.year * 10000 + day.month * 100 + day.day


def occasion_day(occasion: int) -> date:
    return date(occasion // 10000, occasion // 100 % 100, occasion % 100)


class Reminder(models.Model):
    """A notice about an assignment, recorded before it is sent, so that it is sent exactly once:
    unique per assignment, cycle, kind and occasion (which one of its kind in the cycle)."""

    class Kind(models.TextChoices):
        UPCOMING = "upcoming", "Due soon"
        DUE_TODAY = "due_today", "Due today"
        OVERDUE = "overdue", "Overdue"
        ESCALATION = "escalation", "Escalated to manager"
        MANUAL = "manual", "Sent by manager"

    assignment = models.ForeignKey(Assignment, on_delete=models.PROTECT, related_name="reminders")
    cycle = models.PositiveIntegerField()
    kind = models.CharField(max_length=30, choices=Kind.choices)
    occasion = models.PositiveIntegerField(
        default=0,
        help_text="Which one of its kind in the cycle: days before the deadline (upcoming), the "
        "week (overdue), the day as YYYYMMDD (manual); 0 for kinds sent once a cycle.",
    )
    recipient = models.EmailField()
    created_at = models.DateTimeField()
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["assignment", "cycle", "kind", "occasion"],
                name="one_reminder_per_occasion",
            )
        ]
        # The unsent few among hundreds of thousands sent: each claim of a batch reads this
        # small index instead of scanning the table (decision 0020).
        indexes = [
            models.Index(fields=["id"], condition=Q(sent_at__isnull=True), name="reminder_unsent")
        ]

    def __str__(self):
        return f"{self.description} for {self.assignment_id} (cycle {self.cycle})"

    @property
    def description(self) -> str:
        return self.describe(self.kind, self.occasion)

    @classmethod
    def describe(cls, kind: str, occasion: int) -> str:
        """“Due in 7 days”, “Overdue, week 2”, “Sent by manager on 2026-05-10”."""
        match kind:
            case cls.Kind.UPCOMING:
                return "Due tomorrow" if occasion == 1 else f"Due in {occasion} days"
            case cls.Kind.OVERDUE:
                return f"Overdue, week {occasion}"
            case cls.Kind.MANUAL:
                return f"Sent by manager on {occasion_day(occasion).isoformat()}"
        return cls.Kind(kind).label
