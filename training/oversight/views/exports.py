"""Compliance exports and the evidence pack, streamed as downloads.

Who may use every view here: whoever `access.can_export_evidence` admits (compliance officers,
auditors, administrators). Anyone else signed in gets 403; the anonymous are sent to sign in.
"""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import StreamingHttpResponse
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_GET, require_safe

from training.certification import dates
from training.certification.models import CertificationProgram, Status
from training.people import access
from training.people.models import Department, JobRole

from ..evidence import build_evidence_pack
from ..exports import CONTENT_TYPES, run_export
from ..forms import EvidenceWindowForm, ExportForm, QueryError

FORMAT_LABELS = [("csv", "CSV"), ("xlsx", "Excel"), ("json", "JSON")]


def organisation_only(view):
    """Signed in, and `access.can_export_evidence`; else 403."""

    @wraps(view)
    @login_required
    def guarded(request, *args, **kwargs):
        if not access.can_export_evidence(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return guarded


def _export_page(request, *, error: str | None = None, status: int = 200):
    return render(
        request,
        "oversight/exports/index.html",
        {
            "programs": CertificationProgram.objects.order_by("name"),
            "departments": Department.objects.order_by("name"),
            "roles": JobRole.objects.order_by("name"),
            "statuses": Status.choices,
            "formats": FORMAT_LABELS,
            "values": {name: request.GET.get(name, "") for name in ExportForm.base_fields},
            "today": dates.organisation_today().isoformat(),
            "error": error,
        },
        status=status,
    )


def streamed_attachment(chunks, content_type: str, filename: str) -> StreamingHttpResponse:
    """A download streamed as it is produced, its file name encoded by Django (RFC 6266)."""
    response = StreamingHttpResponse(chunks, content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=filename
    )
    # Personal data: no shared or browser cache keeps a copy.
    patch_cache_control(response, private=True, no_store=True)
    return response


@require_safe
@organisation_only
def index(request):
    """Compliance officers, auditors, administrators: pick filters, download records or status."""
    return _export_page(request)


@require_GET
@organisation_only
def download(request):
    """Compliance officers, auditors, administrators: one export, streamed; bad filters → 400."""
    try:
        filters = ExportForm(request.GET).filters()
    except QueryError as error:
        return _export_page(request, error=str(error), status=400)
    # Only people who see the whole organisation reach this point, so the scope is everyone.
    content_type, filename, chunks = run_export(
        user=request.user, via="ui", filters=filters, scope=None
    )
    return streamed_attachment(chunks, content_type, filename)


@require_GET
@organisation_only
def evidence_pack(request):
    """Compliance officers, auditors, administrators: the ZIP of evidence for an audit window."""
    try:
        date_from, date_to = EvidenceWindowForm(request.GET).window()
    except QueryError as error:
        return _export_page(request, error=str(error), status=400)
    filename, chunks = build_evidence_pack(
        user=request.user, via="ui", date_from=date_from, date_to=date_to
    )
    return streamed_attachment(chunks, CONTENT_TYPES["zip"], filename)
