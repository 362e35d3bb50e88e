"""The audit log, read and exported. Who may use it: whoever `access.can_view_audit_log` admits
(compliance officers, auditors as read-only evidence, administrators); anyone else signed in
gets 403, the anonymous are sent to sign in."""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import render
from django.views.decorators.http import require_safe

from training.audit.models import Action
from training.people import access

from ..audit_log import audit_entries, run_audit_export
from ..forms import AuditExportForm, AuditLogForm, QueryError
from .exports import FORMAT_LABELS, streamed_attachment

PAGE_SIZE = 50


def audit_readers_only(view):
    @wraps(view)
    @login_required
    def guarded(request, *args, **kwargs):
        if not access.can_view_audit_log(request.user):
            raise PermissionDenied("The audit log is for compliance officers and auditors.")
        return view(request, *args, **kwargs)

    return guarded


def _filters_only(params) -> str:
    """The query string of the filters, for the download links (no page, no format)."""
    params = params.copy()
    for name in ("page", "format"):
        params.pop(name, None)
    return params.urlencode()


def _page(request, *, entries, error: str | None = None, status: int = 200):
    page = Paginator(entries, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "oversight/audit/log.html",
        {
            "page": page,
            "actions": Action.choices,
            "formats": FORMAT_LABELS,
            "values": {name: request.GET.get(name, "") for name in AuditLogForm.base_fields},
            "query": _filters_only(request.GET) if error is None else "",
            "error": error,
        },
        status=status,
    )


@require_safe
@audit_readers_only
def log(request):
    """Every audited change, export and privileged sign-in, newest first; bad filters → 400."""
    try:
        query = AuditLogForm(request.GET).query()
    except QueryError as error:
        return _page(request, entries=audit_entries().none(), error=str(error), status=400)
    return _page(request, entries=audit_entries(**query))


@require_safe
@audit_readers_only
def download(request):
    """The filtered log as CSV, Excel or JSON, through the records' export code; bad filters → 400."""
    form = AuditExportForm(request.GET)
    try:
        query = form.query()
    except QueryError as error:
        return _page(request, entries=audit_entries().none(), error=str(error), status=400)
    content_type, filename, chunks = run_audit_export(
        user=request.user, via="ui", query=query, file_format=form.cleaned_data["format"] or "csv"
    )
    return streamed_attachment(chunks, content_type, filename)
