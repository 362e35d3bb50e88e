"""Oversight's own facts: the log of every export, and the API clients allowed to read."""

import hashlib
import secrets

from django.conf import settings
from django.db import models


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

    class Meta:
        ordering = ["-started_at"]

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
