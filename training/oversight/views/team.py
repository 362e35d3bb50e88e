"""The manager's view of their team. Who may use it: managers (and people a manager delegated to);
compliance officers and auditors use /compliance/. Every person shown is checked through `access`."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST, require_safe

from content.models import CoursePage
from quizzes.models import Attempt
from training.certification import reminders
from training.certification.models import (
    Assignment,
    CertificationProgram,
    CertificationRecord,
    Status,
)
from training.learning.progress import LearnerProgress
from training.people import access
from training.people import delegations as delegating
from training.people.models import Delegation, Department, Employee, JobRole

from ..exports import ExportFilters, run_export
from ..forms import DelegationForm, RevokeForm, TeamForm, first_message
from ..reports import SEVERITY, status_matrix
from .exports import streamed_attachment

PAGE_SIZE = 25


def _team_or_403(request, *, direct_only=False):
    """The user's team as a lazy queryset (the list pages it in SQL); 403 without one."""
    if not access.has_team(request.user):
        raise PermissionDenied("Only managers, and people they delegate to, have a team view.")
    return access.team(request.user, direct_only=direct_only)


@require_safe
@login_required
def team(request):
    """Manager: everyone below me (direct and indirect; “direct only” on request) × programs."""
    _team_or_403(request)
    form = TeamForm(request.GET)
    error = form.first_error()
    if error:
        # The whole team, unfiltered, under the message: a 400 that still shows something useful.
        messages.error(request, f"{error} Showing your whole team, unfiltered.")
    query = form.cleaned_data if error is None else {}
    direct_only = query.get("direct", False)
    matrix = status_matrix(
        _team_or_403(request, direct_only=direct_only),
        status=query.get("status") or None,
        program=query.get("program"),
        department=query.get("department"),
        role=query.get("role"),
        search=query.get("q", ""),
    )
    page = matrix.paginator(PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "oversight/team/index.html",
        {
            "Status": Status,
            "matrix": matrix,
            "page": page,
            "rows": [
                (row, [row.cells.get(p.pk) for p in matrix.programs]) for row in matrix.rows(page)
            ],
            "statuses": [(s, Status(s).label, matrix.counts.get(s, 0)) for s in SEVERITY],
            "programs": CertificationProgram.objects.filter(active=True),
            "departments": Department.objects.all(),
            "roles": JobRole.objects.all(),
            "filters": request.GET if error is None else {},
            "direct_only": direct_only,
            "delegations": Delegation.objects.filter(
                delegate=request.user, revoked_at=None, expires_at__gt=timezone.now()
            ).select_related("manager__user"),
        },
        status=400 if error else 200,
    )


def _visible_employee(request, employee_id) -> Employee:
    employee = get_object_or_404(
        Employee.objects.select_related("user", "department", "job_role", "manager__user"),
        pk=employee_id,
    )
    if not access.can_view_employee(request.user, employee):
        raise Http404("No such person in your team.")
    return employee


@require_safe
@login_required
def person(request, employee_id: int):
    """Manager: one report's assignments, progress, quiz results (scores, not answers), records,
    reminders sent and how every date was derived."""
    employee = _visible_employee(request, employee_id)
    assignments = (
        Assignment.objects.filter(employee=employee)
        .with_status()
        .select_related("program")
        .prefetch_related("events", "reminders")
    )
    progress = LearnerProgress(employee.user)
    courses = list(CoursePage.objects.live().order_by("path"))
    return render(
        request,
        "oversight/team/person.html",
        {
            "Status": Status,
            "employee": employee,
            "assignments": [(a, Status(a.status).label) for a in assignments],
            "courses": [
                (c, progress.for_page(c), [(m, progress.for_page(m)) for m in c.modules()])
                for c in courses
            ],
            "attempts": Attempt.objects.filter(user=employee.user)
            .graded()
            .select_related("quiz")
            .order_by("-submitted_at"),
            "records": CertificationRecord.objects.filter(employee=employee).order_by(
                "-completed_at"
            ),
            "can_remind": access.can_remind(request.user, employee),
        },
    )


@require_POST
@login_required
def send_reminder(request, employee_id: int, assignment_id: int):
    """Manager: nudge a report about one assignment — at most once a day, recorded."""
    employee = _visible_employee(request, employee_id)
    if not access.can_remind(request.user, employee):
        raise PermissionDenied("Only the person's managers may send them a reminder.")
    assignment = get_object_or_404(Assignment, pk=assignment_id, employee=employee, ended_at=None)
    if reminders.send_manual(assignment, sender=request.user) is None:
        messages.info(request, f"{employee.user.get_full_name()} was already reminded today.")
        return redirect("team:person", employee_id=employee.pk)
    messages.success(request, f"Reminder sent to {employee.user.get_full_name()}.")
    return redirect("team:person", employee_id=employee.pk)


@login_required
def delegations(request):
    """Manager: let an assistant read my team's status until a date; revoke at any time.
    A refused change answers 400 with the page and what was wrong; nothing is written."""
    me = access.employee_of(request.user)
    if me is None or not Employee.objects.filter(manager=me).exists():
        raise PermissionDenied("Only managers can delegate their team view.")
    status = 200
    if request.method == "POST":
        error = _change_delegations(request, me)
        if error is None:
            return redirect("team:delegations")
        messages.error(request, error)
        status = 400
    return render(
        request,
        "oversight/team/delegations.html",
        {
            "delegations": Delegation.objects.filter(manager=me).select_related("delegate"),
            "now": timezone.now(),
        },
        status=status,
    )


def _change_delegations(request, me: Employee) -> str | None:
    """Revoke or grant as the form asks; the message saying what is wrong, or None when done."""
    if "revoke" in request.POST:
        form = RevokeForm(request.POST, manager=me)
        if not form.is_valid():
            return first_message(form)
        delegating.revoke(form.cleaned_data["revoke"])
        messages.success(request, "Delegation revoked.")
        return None
    form = DelegationForm(request.POST)
    if not form.is_valid():
        return first_message(form)
    days = form.cleaned_data["days"]
    try:
        delegation = delegating.grant(manager=me, email=form.cleaned_data["email"], days=days)
    except delegating.DelegationRefused as refused:
        return str(refused)
    messages.success(request, f"{delegation.delegate} can read your team's status for {days} days.")
    return None


@require_safe
@login_required
def team_export(request):
    """Manager: my team's status now, as CSV — the same export as compliance, limited to my team."""
    ids = _team_or_403(request, direct_only=request.GET.get("direct") == "1").values("pk")
    filters = ExportFilters(kind="status", file_format="csv")
    content_type, filename, chunks = run_export(
        user=request.user, via="ui", filters=filters, scope=ids
    )
    return streamed_attachment(chunks, content_type, f"team-{filename}")
