"""The audit log as compliance officers and auditors read it: filtered, paged, exported.

The entries are the audit room's; which of them a query means (the organisation's days, an
action, an actor, a type of object) and how they leave as a file are oversight's, through the
same export code as the records (`exports.logged_file`), so the download is streamed, its
formula-like cells neutralised, and logged — and that log row is itself audited.
"""

import json
from collections.abc import Iterator
from datetime import date

from django.utils import timezone

from training.audit.models import AuditEntry
from training.certification import dates

from .exports import CONTENT_TYPES, _iso, _streamed, logged_file

AUDIT_HEADER = [
    "at",
    "who",
    "via",
    "action",
    "object_type",
    "object_id",
    "object",
    "before",
    "after",
    "address",
]


def audit_entries(
    *,
    date_from: date | None = None,
    date_to: date | None = None,
    action: str | None = None,
    actor: str | None = None,
    object_type: int | None = None,
):
    """The entries a query asks for, newest first; `actor` is part of who (an email, “command”)."""
    entries = AuditEntry.objects.select_related("content_type").filter(
        dates.days_q("at", date_from, date_to)
    )
    if action:
        entries = entries.filter(action=action)
    if actor:
        entries = entries.filter(who__icontains=actor)
    if object_type:
        entries = entries.filter(content_type_id=object_type)
    return entries.order_by("-at", "-id")


def object_type_label(content_type) -> str:
    return f"{content_type.app_label}.{content_type.model}" if content_type else ""


def _json_text(values: dict) -> str:
    return json.dumps(values, ensure_ascii=False, sort_keys=True) if values else ""


def audit_rows(entries) -> Iterator[list]:
    for entry in _streamed(entries):
        yield [
            _iso(entry.at),
            entry.who,
            entry.via,
            entry.action,
            object_type_label(entry.content_type),
            entry.object_id,
            entry.object_text,
            _json_text(entry.before),
            _json_text(entry.after),
            entry.address,
        ]


def run_audit_export(*, user, via: str, query: dict, file_format: str) -> tuple[str, str, Iterator]:
    """Log the export, then return (content type, file name, the file's bytes as a stream)."""
    filters = {
        name: value.isoformat() if isinstance(value, date) else value
        for name, value in query.items()
        if value not in (None, "")
    }
    # The file holds what was logged when the export began: not the entry of its own log row.
    entries = audit_entries(**query).filter(at__lte=timezone.now())
    chunks = logged_file(
        user=user,
        via=via,
        kind="audit_log",
        file_format=file_format,
        filters=filters,
        header=AUDIT_HEADER,
        rows=audit_rows(entries),
    )
    filename = f"audit-log-{dates.organisation_today()}.{file_format}"
    return CONTENT_TYPES[file_format], filename, chunks
