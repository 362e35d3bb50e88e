"""The learner's own training record, as JSON and as PDF (right of access).

Who may use each: a signed-in user, for their own data only; no URL names anyone else.
"""

import io
import json
import re

from django.contrib.auth.decorators import login_required
from django.http import FileResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from .my_record import personal_record
from .my_record_pdf import render_record_pdf


def _filename(data: dict, user, extension: str) -> str:
    employee = data["employee"]
    who = employee["employee_number"] if employee else str(user.pk)
    return f"training-record-{re.sub(r'[^A-Za-z0-9._-]', '-', who)}.{extension}"


def _download(body: bytes, content_type: str, filename: str) -> FileResponse:
    return FileResponse(
        io.BytesIO(body), as_attachment=True, filename=filename, content_type=content_type
    )


@require_safe
@never_cache
@login_required
def my_record_json(request):
    """Any signed-in user: everything the platform holds about me, as a JSON download."""
    data = personal_record(request.user)
    body = json.dumps(data, indent=2, ensure_ascii=False).encode()
    return _download(body, "application/json", _filename(data, request.user, "json"))


@require_safe
@never_cache
@login_required
def my_record_pdf(request):
    """Any signed-in user: everything the platform holds about me, as a readable PDF download."""
    data = personal_record(request.user)
    return _download(
        render_record_pdf(data), "application/pdf", _filename(data, request.user, "pdf")
    )
