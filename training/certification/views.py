"""Certificates: the holder's own pages, and the public verification page anyone may open."""

import io

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import render
from django.views.decorators.http import require_safe

from training.people import access

from .certificates import (
    find_record,
    legal_positions,
    local_date,
    module_rows,
    pdf_filename,
    render_certificate_pdf,
    verification_url,
)
from .issuing import unnamed_holder
from .models import CertificateStatus, CertificationRecord


def _viewable_record(request, code: str) -> CertificationRecord:
    """The record behind `code` if this user may see it; anything else is indistinguishable: 404."""
    record = find_record(code, CertificationRecord.objects.select_related("employee"))
    if record is None or not access.can_view_record(request.user, record):
        raise Http404("No such certificate.")
    return record


@require_safe
@login_required
def mine(request):
    """Employee: my certificates, current and past, newest first."""
    records = (
        CertificationRecord.objects.filter(employee__user=request.user)
        .with_certificate_status()
        .order_by("-completed_at", "-id")
    )
    employee = getattr(request.user, "employee", None)
    return render(
        request,
        "certification/certificates/mine.html",
        {
            "records": records,
            "time_zone": employee.time_zone if employee else settings.TIME_ZONE,
            "CertificateStatus": CertificateStatus,
        },
    )


@require_safe
@login_required
def detail(request, code: str):
    """Whoever `access.can_view_record` admits (the holder): the certificate as a page."""
    record = _viewable_record(request, code)
    return render(
        request,
        "certification/certificates/detail.html",
        {
            "record": record,
            "status": record.certificate_status_at(),
            "CertificateStatus": CertificateStatus,
            "completed": local_date(record, record.completed_at),
            "valid_until": local_date(record, record.expires_at),
            "modules": module_rows(record),
            "legal_positions": legal_positions(record),
            "verification_url": verification_url(record),
        },
    )


@require_safe
@login_required
def pdf(request, code: str):
    """Whoever `access.can_view_record` admits (the holder): the certificate as a PDF download."""
    record = _viewable_record(request, code)
    return FileResponse(
        io.BytesIO(render_certificate_pdf(record)),
        as_attachment=True,
        filename=pdf_filename(record),
        content_type="application/pdf",
    )


def holder_display_name(record: CertificationRecord) -> str:
    """“Priya Sharma” → “Priya S.”: enough to match a certificate, too little to profile anyone.

    A record with no real name shows none: named by number, pseudonymised, or issued before names
    were required (those carry an email as the name, and an email is never shown here).
    """
    name = record.name
    if record.pseudonymised_at or "@" in name or name == unnamed_holder(record.employee_number):
        return ""
    parts = name.split()
    if len(parts) < 2:
        return parts[0] if parts else ""
    return f"{parts[0]} {parts[-1][0]}."


@require_safe
def verify(request, code: str):
    """Anyone, signed in or not: is this certificate genuine and still valid? Minimum personal data."""
    record = find_record(code, CertificationRecord.objects.select_related("employee"))
    if record is None:
        response = render(
            request,
            "certification/certificates/verify.html",
            {"code": code, "found": False},
            status=404,
        )
    else:
        response = render(
            request,
            "certification/certificates/verify.html",
            {
                "found": True,
                "code": record.verification_code,
                "valid": record.certificate_status_at() == CertificateStatus.VALID,
                "holder": holder_display_name(record),
                "program_name": record.program_name,
                "completed": local_date(record, record.completed_at),
                "valid_until": local_date(record, record.expires_at),
            },
        )
    # A verification page is for the person holding the paper, not for search engines.
    response["X-Robots-Tag"] = "noindex"
    response["Referrer-Policy"] = "no-referrer"
    return response
