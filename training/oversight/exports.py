"""Certification exports: one code path for the compliance pages, the command and the API.

`forms.ExportForm` turns request parameters (or command options) into `ExportFilters`;
`run_export` logs the export and returns a stream of bytes. Rows come from one query whatever their number,
read in chunks inside a transaction opened by the stream itself (on PostgreSQL, an iterator
outside a transaction makes the server materialise the whole result first), and the writers
hold one chunk at a time. The evidence pack for an audit window is built from the same rows.
"""

import hashlib
import io
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation

from django.db import connection, transaction
from django.db.models import Subquery
from django.utils import timezone

from training.certification import dates
from training.certification.chain import take_checkpoint
from training.certification.models import (
    Assignment,
    CertificationRecord,
)
from training.learning.models import ModuleCompletion
from training.people.models import Department, JobRole

from .export_sql import copy_csv
from .models import ExportLog
from .writers import csv_chunks, csv_writer, json_chunks, xlsx_chunks

KINDS = ("records", "status")
FORMATS = ("csv", "xlsx", "json")
ONLY_FOR = {"date_from": "records", "date_to": "records", "status": "status", "as_of": "status"}
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "zip": "application/zip",
}
DB_CHUNK_ROWS = 2000
# A spreadsheet would run these as formulas (or, for tab and line breaks, shift the cell).
# A score a record may hold as text: a plain decimal numeral, nothing Python alone would read.
SCORE_PATTERN = re.compile(r"^\s*[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?\s*$")

RECORD_HEADER = [
    "verification_code",
    "employee_number",
    "name",
    "email",
    "department",
    "job_role",
    "program_name",
    "cycle",
    "completed_at",
    "expires_at",
    "module_scores",
    "hash",
    "previous_hash",
]
STATUS_HEADER = [
    "employee_number",
    "name",
    "email",
    "department",
    "job_role",
    "active",
    "program",
    "status",
    "due_at",
    "valid_until",
    "assigned_at",
    "ended_at",
]
REVISION_HEADER = [
    "object_type",
    "object_id",
    "title",
    "revision_id",
    "created_at",
    "published_at",
    "live_until",
]


@dataclass(frozen=True)
class ExportFilters:
    kind: str = "records"
    file_format: str = "csv"
    program: int | None = None
    department: int | None = None
    role: int | None = None
    status: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    as_of: date | None = None

    def as_dict(self) -> dict:
        """The filters given, as JSON values (for `ExportLog.filters`)."""
        names = ("program", "department", "role", "status", "date_from", "date_to", "as_of")
        values = {name: getattr(self, name) for name in names}
        return {
            name: value.isoformat() if isinstance(value, date) else value
            for name, value in values.items()
            if value is not None
        }

    @property
    def at(self) -> datetime | None:
        """The moment a status export describes (`dates.as_of_moment`), or None for now."""
        return dates.as_of_moment(self.as_of) if self.as_of else None


# Rows ---------------------------------------------------------------------------------------


def _iso(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).isoformat() if moment else None


def _score(value) -> str:
    """A number, or a string that reads as a plain decimal, without trailing zeros; else “no
    score” (`export_sql` says the same in SQL)."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return "no score"
    if isinstance(value, str) and not SCORE_PATTERN.match(value):
        return "no score"
    try:
        score = Decimal(str(value).strip())
    except InvalidOperation:
        return "no score"
    if not score.is_finite():
        return "no score"
    text = f"{abs(score) if score.is_zero() else score:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _earned_by(module: dict) -> str:
    """“ (renewal check)”: how the record says the module was earned (older records do not)."""
    method = module.get("earned_by")
    if not method:
        return ""
    if method in ModuleCompletion.Method.values:
        return f" ({ModuleCompletion.Method(method).label.lower()})"
    return f" ({method})"


def module_scores(modules: list[dict]) -> str:
    """“Comply with the law: 100 (lessons and quiz); Be transparent: 80 (renewal check)”: one
    cell, in the course's order."""
    return "; ".join(
        f"{m.get('title') or ''}: {_score(m.get('score'))}{_earned_by(m)}" for m in modules
    )


def _streamed(queryset) -> Iterator:
    with transaction.atomic():
        yield from queryset.iterator(chunk_size=DB_CHUNK_ROWS)


def _records(filters: ExportFilters, scope):
    """Every certification record, leavers' and ended assignments' included, oldest first.

    Department and role filters match the record's sealed snapshot (what it says and what the
    hash covers), so every row shows the department asked for, even after people move.
    """
    records = CertificationRecord.objects.order_by("id")
    if scope is not None:
        records = records.filter(employee_id__in=scope)
    if filters.program:
        records = records.filter(program_id=filters.program)
    if filters.department:
        names = Department.objects.filter(pk=filters.department).values("name")
        records = records.filter(department=Subquery(names[:1]))
    if filters.role:
        records = records.filter(
            job_role=Subquery(JobRole.objects.filter(pk=filters.role).values("name")[:1])
        )
    return records.filter(dates.days_q("completed_at", filters.date_from, filters.date_to))


def record_rows(filters: ExportFilters, scope) -> Iterator[list]:
    """The records' rows (`_records`), each cell as Python formats it."""
    fields = RECORD_HEADER[:10] + ["modules", "hash", "previous_hash"]
    for row in _streamed(_records(filters, scope).values_list(*fields)):
        *who, completed_at, expires_at, modules, seal, previous = row
        yield [*who, _iso(completed_at), _iso(expires_at), module_scores(modules), seal, previous]


def status_rows(filters: ExportFilters, scope) -> Iterator[list]:
    """Every assignment active at the filters' moment, with its status then (ended ones too)."""
    at = filters.at
    assignments = Assignment.objects.with_status(at=at)
    if scope is not None:
        assignments = assignments.filter(employee_id__in=scope)
    if filters.program:
        assignments = assignments.filter(program_id=filters.program)
    if filters.department:
        assignments = assignments.filter(employee__department_id=filters.department)
    if filters.role:
        assignments = assignments.filter(employee__job_role_id=filters.role)
    if filters.status:
        assignments = assignments.filter(status=filters.status)
    # As of a past date the dates are the ones history held then, not today's.
    due, valid = ("as_of_due_at", "as_of_valid_until") if at else ("due_at", "valid_until")
    rows = assignments.order_by("employee__employee_number", "program__name", "pk").values_list(
        "employee__employee_number",
        "employee__user__first_name",
        "employee__user__last_name",
        "employee__user__email",
        "employee__department__name",
        "employee__job_role__name",
        "employee__active",
        "program__name",
        "status",
        due,
        valid,
        "assigned_at",
        "ended_at",
    )
    for number, first, last, email, dept, role, active, program, status, *moments in _streamed(
        rows
    ):
        name = f"{first} {last}".strip() or email
        yield [number, name, email, dept, role, active, program, status, *map(_iso, moments)]


def records_csv(filters: ExportFilters, scope, tally: "_Tally") -> Iterator[bytes]:
    """The records as CSV: formatted by PostgreSQL and streamed by `COPY` there (several times
    faster at size), by Python elsewhere; the same bytes either way."""
    if connection.vendor != "postgresql":
        return csv_chunks(RECORD_HEADER, tally.count(record_rows(filters, scope)))
    header = io.StringIO()
    csv_writer(header).writerow(RECORD_HEADER)
    return itertools.chain([header.getvalue().encode()], copy_csv(_records(filters, scope), tally))


# Running and logging -------------------------------------------------------------------------


class _Tally:
    def __init__(self):
        self.rows = 0

    def count(self, rows: Iterable) -> Iterator:
        for row in rows:
            self.rows += 1
            yield row


def _logged(chunks: Iterable[bytes], log: ExportLog, tally: _Tally) -> Iterator[bytes]:
    """Pass the bytes on; once all are out, seal the log with their count and SHA-256."""
    digest = hashlib.sha256()
    for chunk in chunks:
        digest.update(chunk)
        yield chunk
    ExportLog.objects.filter(pk=log.pk).update(
        finished_at=timezone.now(), row_count=tally.rows, sha256=digest.hexdigest()
    )


def _open_log(
    *, user, via: str, kind: str, file_format: str, filters: dict, started_at=None, **outcome
) -> ExportLog:
    """The one place an export is logged: with the record chain's signed checkpoint, so every
    export leaves behind a statement of how long the chain was (`verify_records` holds it to it).
    `outcome`: finished_at, row_count and sha256 when the export is already complete (the API)."""
    return ExportLog.objects.create(
        user=user if user is not None and user.is_authenticated else None,
        via=via,
        kind=kind,
        file_format=file_format,
        filters=filters,
        started_at=started_at or timezone.now(),
        checkpoint=take_checkpoint(),
        **outcome,
    )


def export_filename(filters: ExportFilters) -> str:
    today = dates.organisation_today()
    if filters.kind == "status":
        return f"certification-status-as-of-{filters.as_of or today}.{filters.file_format}"
    return f"certification-records-{today}.{filters.file_format}"


def run_export(*, user, via: str, filters: ExportFilters, scope) -> tuple[str, str, Iterator]:
    """Log the export, then return (content type, file name, the file's bytes as a stream).

    `scope` is the set of employee ids the caller may see, or None for the whole organisation.
    The log is sealed (finished_at, row_count, sha256) only when the last byte has been produced,
    so an interrupted download leaves an open entry behind.
    """
    if filters.kind == "status":
        header, rows = STATUS_HEADER, status_rows(filters, scope)
    else:
        header, rows = RECORD_HEADER, record_rows(filters, scope)
    chunks = logged_file(
        user=user,
        via=via,
        kind=filters.kind,
        file_format=filters.file_format,
        filters=filters.as_dict(),
        header=header,
        rows=rows,
        csv_stream=(
            (lambda tally: records_csv(filters, scope, tally))
            if filters.kind == "records"
            else None
        ),
    )
    return CONTENT_TYPES[filters.file_format], export_filename(filters), chunks


def logged_file(
    *,
    user,
    via: str,
    kind: str,
    file_format: str,
    filters: dict,
    header: list[str],
    rows,
    csv_stream=None,
) -> Iterator[bytes]:
    """Log an export of `rows` (opening its `ExportLog`), then stream them in `file_format`:
    the writers, neutralising and sealing every export shares, records, status or audit log.
    `csv_stream(tally)`, when given, writes the CSV itself (the records, formatted by PostgreSQL)."""
    log = _open_log(user=user, via=via, kind=kind, file_format=file_format, filters=filters)
    tally = _Tally()
    rows = tally.count(rows)
    if file_format == "csv" and csv_stream is not None:
        chunks = csv_stream(tally)
    elif file_format == "xlsx":
        chunks = xlsx_chunks(header, rows, title=kind)
    elif file_format == "json":
        chunks = json_chunks(header, rows)
    else:
        chunks = csv_chunks(header, rows)
    return _logged(chunks, log, tally)
