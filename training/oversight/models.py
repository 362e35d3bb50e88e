"""Oversight's own facts: the log of every export, the API clients allowed to read, and the
compliance figures of month ends that have passed."""

import hashlib
import secrets

import pgtrigger
from django.conf import settings
from django.db import models
from django.db.models import Q

from training.certification.models import CertificationProgram


class ExportLogQuerySet(models.QuerySet):
    def checkpoints(self) -> list[dict]:
        """Every chain checkpoint the log holds, oldest first (for `verify_chain`)."""
        return list(
            self.filter(checkpoint__isnull=False)
            .order_by("started_at", "id")
            .values_list("checkpoint", flat=True)
        )


class ExportLog(models.Model):
    """Every export: who, when, what filters, how many rows, and the SHA-256 of the file."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    via = models.CharField(max_length=20, help_text="ui, command or api")
    kind = models.CharField(max_length=40)
    file_format = models.CharField(max_length=10)
    filters = models.JSONField(default=dict)
    started_at = models.DateTimeField()
    finished_at = models.DateTimeField(null=True, blank=True)
    row_count = models.PositiveIntegerField(null=True, blank=True)
    sha256 = models.CharField(max_length=64, blank=True)
    checkpoint = models.JSONField(
        null=True,
        blank=True,
        help_text="The record chain's signed checkpoint when the export started "
        "(`certification.chain.take_checkpoint`).",
    )

    objects = ExportLogQuerySet.as_manager()

    class Meta:
        ordering = ["-started_at"]
        # On PostgreSQL the database refuses to delete an entry or change one once sealed; an
        # open entry takes exactly its seal (finished_at, row_count, sha256), once.
        triggers = [
            pgtrigger.Protect(name="exportlog_no_delete", operation=pgtrigger.Delete),
            pgtrigger.Protect(
                name="exportlog_sealed_once",
                operation=pgtrigger.Update,
                condition=pgtrigger.Q(old__finished_at__isnull=False)
                | pgtrigger.Q(new__finished_at__isnull=True),
            ),
            pgtrigger.Protect(
                name="exportlog_facts_fixed",
                operation=pgtrigger.Update,
                condition=pgtrigger.AnyChange(exclude=["finished_at", "row_count", "sha256"]),
            ),
        ]

    def __str__(self):
        return f"{self.kind} {self.file_format} by {self.user_id or self.via} at {self.started_at:%Y-%m-%d %H:%M}"


class ApiClient(models.Model):
    """An integration allowed to read the API. Only a hash of its token is stored."""

    name = models.CharField(max_length=120, unique=True)
    token_prefix = models.CharField(
        max_length=8, help_text="First characters, to recognise a token."
    )
    token_hash = models.CharField(max_length=64, unique=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField()
    revoked_at = models.DateTimeField(null=True, blank=True)
    last_used_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return f"{self.name} ({self.token_prefix}…)"

    @staticmethod
    def hash_token(token: str) -> str:
        return hashlib.sha256(token.encode()).hexdigest()

    @staticmethod
    def new_token() -> str:
        return "dea_" + secrets.token_urlsafe(32)


class ComplianceSnapshot(models.Model):
    """Assignments and compliant ones at the end of a month that has passed, per program and in
    all (`program` null): what `reports.compliance_counts` gave for that moment from history.

    History is append-only, so a passed month end's figure never changes: it is stored once by the
    daily job (`snapshots.store_month_ends`) and the trend reads it instead of recomputing it.
    A program without assignments at that moment has no row; the row in all says the day is stored.
    """

    day = models.DateField(help_text="The last day of the month, organisation time.")
    program = models.ForeignKey(
        CertificationProgram, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    total = models.PositiveIntegerField()
    compliant = models.PositiveIntegerField()
    taken_at = models.DateTimeField(help_text="When the figure was computed and stored.")

    class Meta:
        # Two partial constraints rather than one over a nullable column: NULLs never collide.
        constraints = [
            models.UniqueConstraint(
                fields=["day"],
                condition=Q(program__isnull=True),
                name="one_snapshot_in_all_per_day",
            ),
            models.UniqueConstraint(
                fields=["day", "program"],
                condition=Q(program__isnull=False),
                name="one_snapshot_per_program_and_day",
            ),
        ]

    def __str__(self):
        return f"{self.day}: {self.compliant}/{self.total} compliant ({self.program or 'all'})"
