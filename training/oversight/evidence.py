"""The evidence pack: one ZIP for an audit window, with a manifest of every file's SHA-256."""

import hashlib
import json
import tempfile
import zipfile
from collections.abc import Iterable, Iterator
from datetime import date, datetime

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from wagtail.models import ModelLogEntry, PageLogEntry

from quizzes.models import Quiz
from training.certification import dates
from training.certification.issuing import verify_chain
from training.certification.models import CertificationProgram

from .exports import (
    REVISION_HEADER,
    STATUS_HEADER,
    ExportFilters,
    _iso,
    _logged,
    _open_log,
    _streamed,
    _Tally,
    records_csv,
    status_rows,
)
from .models import ExportLog
from .writers import CHUNK_BYTES, csv_chunks

PUBLISHED = ("wagtail.publish", "wagtail.publish.scheduled")
WITHDRAWN = ("wagtail.unpublish", "wagtail.unpublish.scheduled", "wagtail.delete")


def content_revisions(date_from: date, date_to: date) -> Iterator[list]:
    """Every page and quiz revision that was live at any moment of the window.

    The rule: Wagtail's audit log records each time a revision goes live (“wagtail.publish”,
    also when scheduled) and each time an object stops being live (unpublished, by hand or on
    expiry, or deleted). A revision was live from its publication until the object's next such
    entry, or is live still; it is listed when that period overlaps the window. The log is
    written by every publish through the admin, the scheduler and `build_course`; a publish made
    in code with `log_action=False` leaves no trace and cannot be listed.
    """
    start = dates.start_of_day(date_from, settings.TIME_ZONE)
    stop = dates.as_of_moment(date_to)
    fields = ("revision_id", "revision__object_str", "revision__created_at", "timestamp", "action")
    pages = (
        PageLogEntry.objects.filter(action__in=PUBLISHED + WITHDRAWN)
        .order_by("page_id", "timestamp", "id")
        .values_list("page_id", *fields)
    )
    quizzes = (
        ModelLogEntry.objects.filter(
            action__in=PUBLISHED + WITHDRAWN,
            content_type=ContentType.objects.get_for_model(Quiz),
        )
        .order_by("object_id", "timestamp", "id")
        .values_list("object_id", *fields)
    )
    for object_type, entries in (("page", pages), ("quiz", quizzes)):
        yield from _periods(object_type, _streamed(entries), start, stop)


def _periods(object_type: str, entries, start: datetime, stop: datetime) -> Iterator[list]:
    """One object type's log entries, ordered by object then time, as the live periods in the window."""
    previous = None
    for object_id, revision_id, title, created_at, at, action in entries:
        if previous is not None:
            yield from _overlapping(
                object_type, previous, at if object_id == previous[0] else None, start, stop
            )
        published = action in PUBLISHED and revision_id is not None
        previous = (object_id, revision_id, title, created_at, at) if published else None
    if previous is not None:
        yield from _overlapping(object_type, previous, None, start, stop)


def _overlapping(object_type: str, period: tuple, until, start, stop) -> Iterator[list]:
    object_id, revision_id, title, created_at, published_at = period
    if published_at <= stop and (until is None or until > start):
        yield [
            object_type,
            object_id,
            title,
            revision_id,
            _iso(created_at),
            _iso(published_at),
            _iso(until),
        ]


def _programs_json() -> Iterator[bytes]:
    """Program definitions as they stand now, with their courses and the roles that require them."""
    programs = CertificationProgram.objects.order_by("name").prefetch_related(
        "courses", "requirements__job_role"
    )
    data = [
        {
            "id": program.pk,
            "name": program.name,
            "description": program.description,
            "validity_months": program.validity_months,
            "renewal_window_days": program.renewal_window_days,
            "grace_days": program.grace_days,
            "initial_due_days": program.initial_due_days,
            "renewal_basis": program.renewal_basis,
            "fixed_due_month": program.fixed_due_month,
            "fixed_due_day": program.fixed_due_day,
            "active": program.active,
            "courses": [
                {"id": c.pk, "title": c.title, "live_revision": c.live_revision_id}
                for c in program.courses.all()
            ],
            "required_for_roles": [r.job_role.name for r in program.requirements.all()],
        }
        for program in programs
    ]
    yield json.dumps(data, indent=2, ensure_ascii=False).encode()


def _verification() -> Iterator[bytes]:
    check = verify_chain(checkpoints=ExportLog.objects.checkpoints())
    yield (
        f"{'INTACT' if check.ok else 'BROKEN'}: {check.message}\n"
        f"records checked: {check.checked}\n"
        f"verified at: {_iso(timezone.now())}\n"
    ).encode()


def _add_member(archive: zipfile.ZipFile, name: str, chunks: Iterable[bytes]) -> dict:
    digest, size = hashlib.sha256(), 0
    with archive.open(name, "w", force_zip64=True) as member:
        for chunk in chunks:
            member.write(chunk)
            digest.update(chunk)
            size += len(chunk)
    return {"name": name, "sha256": digest.hexdigest(), "size": size}


def _file_chunks(file) -> Iterator[bytes]:
    try:
        file.seek(0)
        while chunk := file.read(CHUNK_BYTES):
            yield chunk
    finally:
        file.close()


def build_evidence_pack(*, user, via: str, date_from: date, date_to: date) -> tuple[str, Iterator]:
    """One ZIP for an audit window, built into a temp file; returns (file name, its bytes).

    Inside: the records completed in the window, everyone's status at the window's end, the
    program definitions, the content revisions live during the window, the hash chain's
    verification, the chain's signed checkpoint, and a manifest of every other file's SHA-256 and size. The `ExportLog` entry's
    row_count counts the records and status rows.
    """
    window = {"date_from": date_from.isoformat(), "date_to": date_to.isoformat()}
    log = _open_log(user=user, via=via, kind="evidence_pack", file_format="zip", filters=window)
    tally = _Tally()
    records = ExportFilters(kind="records", date_from=date_from, date_to=date_to)
    status = ExportFilters(kind="status", as_of=date_to)
    members = [
        ("records.csv", records_csv(records, None, tally)),
        (
            f"status_as_of_{date_to}.csv",
            csv_chunks(STATUS_HEADER, tally.count(status_rows(status, None))),
        ),
        ("programs.json", _programs_json()),
        (
            "content_revisions.csv",
            csv_chunks(REVISION_HEADER, content_revisions(date_from, date_to)),
        ),
        ("verification.txt", _verification()),
        # The same signed checkpoint as the log entry: publish it, or keep it with the pack, and
        # `verify_records --checkpoint checkpoint.json` later proves the chain kept these records.
        ("checkpoint.json", iter([json.dumps(log.checkpoint, indent=2).encode()])),
    ]
    file = tempfile.TemporaryFile()  # noqa: SIM115 (closed by _file_chunks once streamed)
    try:
        with transaction.atomic(), zipfile.ZipFile(file, "w", zipfile.ZIP_DEFLATED) as archive:
            files = [_add_member(archive, name, chunks) for name, chunks in members]
            manifest = {"window": window, "generated_at": _iso(timezone.now()), "files": files}
            archive.writestr("manifest.json", json.dumps(manifest, indent=2))
    except BaseException:
        file.close()
        raise
    filename = f"evidence-pack-{date_from}-to-{date_to}.zip"
    return filename, _logged(_file_chunks(file), log, tally)
