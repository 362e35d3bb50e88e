"""The audit log's one table: append-only, in Python here and on PostgreSQL by triggers.

The one change an entry may take is retention's: a leaver's name and email replaced by a
pseudonym (`AuditEntryQuerySet.pseudonymise`, decision 0018). Nothing else about it ever changes.
"""

import json
import re

import pgtrigger
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.db.models import Q
from django.db.models.functions import Cast


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


# The columns that may name a person, and so the only ones a pseudonymisation rewrites.
PERSONAL_TEXT = ("who", "object_text")
PERSONAL_JSON = ("before", "after")


def _as_json_text(text: str) -> set[str]:
    """`text` as it reads inside a JSON column's text: escaped, with non-ASCII as stored by
    SQLite (escaped) and as PostgreSQL prints jsonb (not escaped)."""
    return {json.dumps(text)[1:-1], json.dumps(text, ensure_ascii=False)[1:-1]}


class _Pseudonym:
    """Replaces `texts` wherever one stands as a whole word (ignoring case), and `values` only
    where one is a whole string: a first name alone must not be taken out of someone else's."""

    def __init__(self, texts: dict[str, str], values: dict[str, str]):
        self.texts = {old.casefold(): new for old, new in texts.items() if old}
        self.values = {old.casefold(): new for old, new in values.items() if old}
        words = sorted(self.texts, key=len, reverse=True)
        self.pattern = (
            re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, words))})(?!\w)", re.IGNORECASE)
            if words
            else None
        )

    def text(self, value: str) -> str:
        if value.casefold() in self.values:
            return self.values[value.casefold()]
        if self.pattern is None:
            return value
        return self.pattern.sub(self._replacement, value)

    def _replacement(self, found: re.Match) -> str:
        word = found.group(0)
        if word.casefold() in self.texts:
            return self.texts[word.casefold()]
        # Where the regular expression's case folding and casefold() disagree (ß, ſ, ...).
        return next(
            new for old, new in self.texts.items() if re.fullmatch(re.escape(old), word, re.I)
        )

    def json(self, value):
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list):
            return [self.json(item) for item in value]
        if isinstance(value, dict):
            return {key: self.json(item) for key, item in value.items()}
        return value


class AuditEntryQuerySet(models.QuerySet):
    def about_q(self, *objects) -> Q:
        """Entries whose object is one of `objects`."""
        q = Q(pk__in=[])
        for obj in objects:
            content_type = ContentType.objects.get_for_model(obj, for_concrete_model=False)
            q |= Q(content_type=content_type, object_id=str(obj.pk))
        return q

    def mentioning_q(self, *texts: str) -> Q:
        """Entries whose who, object or before/after (read as JSON text) contain one of `texts`,
        ignoring case (as far as the database does: SQLite folds ASCII only)."""
        q = Q(pk__in=[])
        for text in filter(None, texts):
            q |= Q(who__icontains=text) | Q(object_text__icontains=text)
            for field in PERSONAL_JSON:
                for form in _as_json_text(text):
                    q |= Q(**{f"{field}_text__icontains": form})
        return q

    def naming(self, *, user=None, objects=(), texts=()):
        """Entries that may name a person: made by `user`, about one of `objects`, or whose text
        holds one of `texts` (their email, their full name)."""
        q = self.about_q(*objects) | self.mentioning_q(*texts)
        if user is not None:
            q |= Q(user_id=user.pk)
        return self.annotate(
            **{f"{field}_text": Cast(field, models.TextField()) for field in PERSONAL_JSON}
        ).filter(q)

    def pseudonymise(self, *, texts: dict[str, str], values: dict[str, str], at) -> int:
        """The one change an entry may take: a leaver's name and email replaced by a pseudonym
        (`certification.retention`), in who, object_text and every string inside before and
        after, with `pseudonymised_at` stamped. `texts` are replaced wherever they stand as a
        whole word, ignoring case (an email, a full name); `values` only where they are a whole
        string (a first or last name on its own). One UPDATE per entry that changes; the
        PostgreSQL triggers allow nothing else. Returns the entries changed."""
        pseudonym = _Pseudonym(texts, values)
        changed = 0
        for entry in self:
            new = {field: pseudonym.text(getattr(entry, field)) for field in PERSONAL_TEXT}
            new["object_text"] = new["object_text"][: AuditEntry.OBJECT_TEXT_MAX]
            new["who"] = new["who"][: AuditEntry.WHO_MAX]
            new.update({field: pseudonym.json(getattr(entry, field)) for field in PERSONAL_JSON})
            if all(new[field] == getattr(entry, field) for field in new):
                continue
            same = AuditEntry.objects.filter(pk=entry.pk)
            changed += models.QuerySet.update(same, **new, pseudonymised_at=at)
        return changed

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
    OBJECT_TEXT_MAX = 300
    WHO_MAX = 254

    who = models.CharField(
        max_length=WHO_MAX, help_text="Email, “command”, “api client X”, “system”."
    )
    via = models.CharField(max_length=10, choices=Via.choices)
    action = models.CharField(max_length=20, choices=Action.choices, db_index=True)
    content_type = models.ForeignKey(
        ContentType, on_delete=models.DO_NOTHING, db_constraint=False, null=True, related_name="+"
    )
    object_id = models.CharField(max_length=64, blank=True)
    object_text = models.CharField(max_length=OBJECT_TEXT_MAX, blank=True)
    before = models.JSONField(default=dict, encoder=DjangoJSONEncoder)
    after = models.JSONField(default=dict, encoder=DjangoJSONEncoder)
    address = models.GenericIPAddressField(null=True, blank=True)
    pseudonymised_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When a leaver's name and email in this entry were replaced by a pseudonym.",
    )

    objects = AuditEntryQuerySet.as_manager()

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name_plural = "audit entries"
        # On PostgreSQL the database refuses every other change too. An entry may name two
        # people (a delegation), so a later pseudonymisation of the second is allowed.
        triggers = [
            pgtrigger.Protect(name="entry_no_delete", operation=pgtrigger.Delete),
            pgtrigger.Protect(
                name="entry_facts_fixed",
                operation=pgtrigger.Update,
                condition=pgtrigger.AnyChange(
                    exclude=[*PERSONAL_TEXT, *PERSONAL_JSON, "pseudonymised_at"]
                ),
            ),
            pgtrigger.Protect(
                name="entry_changed_only_pseudonymised",
                operation=pgtrigger.Update,
                condition=pgtrigger.Q(new__pseudonymised_at__isnull=True),
            ),
        ]

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.who} {self.action} {self.object_text}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise AppendOnlyError("Audit entries are never changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("Audit entries are never deleted.")
