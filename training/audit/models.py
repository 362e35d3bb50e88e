"""The audit log's one table: append-only, in Python here and on PostgreSQL by a trigger."""

import pgtrigger
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models


class AppendOnlyError(Exception):
    """An audit entry is written once and never changed or removed."""


class Via(models.TextChoices):
    UI = "ui", "Web interface"
    ADMIN = "admin", "Admin"
    COMMAND = "command", "Command"
    API = "api", "API"
    SSO = "sso", "Single sign-on"
    TASK = "task", "Background task"


class Action(models.TextChoices):
    CREATED = "created", "Created"
    CHANGED = "changed", "Changed"
    DELETED = "deleted", "Deleted"
    GRANTED = "granted", "Granted"
    REVOKED = "revoked", "Revoked"
    EXPORTED = "exported", "Exported"
    SIGNED_IN = "signed_in", "Signed in"


class AuditEntryQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AppendOnlyError("Audit entries are never changed.")

    def delete(self):
        raise AppendOnlyError("Audit entries are never deleted.")

    def _raw_delete(self, using):
        raise AppendOnlyError("Audit entries are never deleted.")


class AuditEntry(models.Model):
    """One thing someone did: who, through what, which action on which object, before and after."""

    at = models.DateTimeField(db_index=True)
    # No database constraint: an entry outlives the account it names, and a deleted user must
    # not try to rewrite (or block on) the entries that name them. `who` keeps the text.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        null=True,
        blank=True,
        related_name="+",
    )
    who = models.CharField(max_length=254, help_text="Email, “command”, “api client X”, “system”.")
    via = models.CharField(max_length=10, choices=Via.choices)
    action = models.CharField(max_length=20, choices=Action.choices, db_index=True)
    content_type = models.ForeignKey(
        ContentType, on_delete=models.DO_NOTHING, db_constraint=False, null=True, related_name="+"
    )
    object_id = models.CharField(max_length=64, blank=True)
    object_text = models.CharField(max_length=300, blank=True)
    before = models.JSONField(default=dict, encoder=DjangoJSONEncoder)
    after = models.JSONField(default=dict, encoder=DjangoJSONEncoder)
    address = models.GenericIPAddressField(null=True, blank=True)

    objects = AuditEntryQuerySet.as_manager()

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name_plural = "audit entries"
        triggers = [
            pgtrigger.Protect(name="append_only", operation=pgtrigger.Update | pgtrigger.Delete)
        ]

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.who} {self.action} {self.object_text}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise AppendOnlyError("Audit entries are never changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("Audit entries are never deleted.")
