"""The compliance officer's view of the organisation, now or on any past day. Who may use it:
compliance officers and administrators, and auditors read-only (`access.sees_organisation`)."""

from datetime import date

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils import timezone

from training.certification.models import COMPLIANT, Assignment, CertificationProgram, Status
from training.people import access
from training.people.models import Department, JobRole

from ..reports import compliance_by, end_of, overall, trend, trend_svg_bars

PAGE_SIZE = 50


def _as_of(request) -> tuple[date, str]:
    values = request.GET.getlist("as_of")
    today = timezone.localdate()
    if not values or not values[0]:
        return today, ""
    if len(values) > 1:
        return today, "Give “as of” once."
    try:
        day = date.fromisoformat(values[0])
    except ValueError:
        return today, f"“{values[0]}” is not a date (use YYYY-MM-DD); showing today."
    if day > today:
        return today, "The as-of date cannot be in the future; showing today."
    return day, ""


def _one(request, name, choices=None):
    values = request.GET.getlist(name)
    if len(values) != 1 or not values[0]:
        return None
    value = values[0]
    if choices is not None:
        return value if value in choices else None
    return int(value) if value.isdigit() else None


@login_required
def dashboard(request):
    """Compliance: % compliant per program, department and role; a 12-month trend; the
    non-compliant list — as of today or any past day."""
    if not access.sees_organisation(request.user):
        raise PermissionDenied("The compliance view is for compliance officers and auditors.")
    day, problem = _as_of(request)
    at = end_of(day) if day != timezone.localdate() else None
    program = _one(request, "program")
    department = _one(request, "department")
    role = _one(request, "role")
    status = _one(request, "status", set(Status.values) - set(COMPLIANT))
    names = {
        "program": dict(CertificationProgram.objects.values_list("pk", "name")),
        "department": dict(Department.objects.values_list("pk", "name")),
        "role": dict(JobRole.objects.values_list("pk", "name")),
    }

    def named(rows, kind):
        return [{**row, "name": names[kind].get(row["key"], "None")} for row in rows]

    failing = (
        Assignment.objects.with_status(at=at)
        .exclude(status__in=COMPLIANT)
        .select_related("employee__user", "employee__department", "employee__job_role", "program")
        .order_by("due_at")
    )
    if program:
        failing = failing.filter(program_id=program)
    if department:
        failing = failing.filter(employee__department_id=department)
    if role:
        failing = failing.filter(employee__job_role_id=role)
    if status:
        failing = failing.filter(status=status)
    points = trend(day, program=program)
    return render(
        request,
        "oversight/compliance/dashboard.html",
        {
            "day": day,
            "problem": problem,
            "overall": overall(at=at, program=program),
            "by_program": named(compliance_by("program_id", at=at), "program"),
            "by_department": named(
                compliance_by("employee__department_id", at=at, program=program), "department"
            ),
            "by_role": named(
                compliance_by("employee__job_role_id", at=at, program=program), "role"
            ),
            "bars": trend_svg_bars(points),
            "page": Paginator(failing, PAGE_SIZE).get_page(request.GET.get("page")),
            "programs": names["program"].items(),
            "departments": names["department"].items(),
            "roles": names["role"].items(),
            "failing_statuses": [(s, Status(s).label) for s in Status.values if s not in COMPLIANT],
            "filters": request.GET,
            "read_only": access.is_auditor(request.user),
        },
    )
