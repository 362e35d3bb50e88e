"""The compliance officer's view of the organisation, now or on any past day. Who may use it:
compliance officers and administrators, and auditors read-only (`access.sees_organisation`)."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Case, Value, When
from django.shortcuts import render
from django.views.decorators.http import require_safe

from training.certification import dates
from training.certification.models import COMPLIANT, Assignment, CertificationProgram, Status
from training.people import access
from training.people.models import Department, JobRole

from ..forms import ComplianceForm
from ..reports import SEVERITY, compliance_counts, time_to_certify
from ..trend import trend, trend_svg_bars

PAGE_SIZE = 50
# Most urgent first: overdue, then expired, then not yet due; within each, the earliest due date.
URGENCY = Case(
    *(When(standing=status, then=Value(rank)) for rank, status in enumerate(SEVERITY)),
    default=Value(len(SEVERITY)),
)


@require_safe
@login_required
def dashboard(request):
    """Compliance: % compliant per program, department and role; a 12-month trend; the
    non-compliant list — as of today or any past day."""
    if not access.sees_organisation(request.user):
        raise PermissionDenied("The compliance view is for compliance officers and auditors.")
    form = ComplianceForm(request.GET)
    error = form.first_error()
    query = form.cleaned_data if error is None else {}
    today = dates.organisation_today()
    day = query.get("as_of") or today
    at = dates.as_of_moment(day) if day != today else None
    program = query.get("program")
    department = query.get("department")
    role = query.get("role")
    status = query.get("status") or None
    names = {
        "program": dict(CertificationProgram.objects.values_list("pk", "name")),
        "department": dict(Department.objects.values_list("pk", "name")),
        "role": dict(JobRole.objects.values_list("pk", "name")),
    }

    def named(rows, kind):
        return [{**row, "name": names[kind].get(row["key"], "None")} for row in rows]

    failing = (
        Assignment.objects.with_status(at=at)
        .exclude(standing__in=COMPLIANT)
        .select_related("employee__user", "employee__department", "employee__job_role", "program")
        .alias(urgency=URGENCY)
        .order_by("urgency", "due_at", "pk")
    )
    if program:
        failing = failing.filter(program_id=program)
    if department:
        failing = failing.filter(employee__department_id=department)
    if role:
        failing = failing.filter(employee__job_role_id=role)
    if status:
        failing = failing.filter(status=status)
    counts = compliance_counts(at=at)
    overall = counts.overall(program=program)
    # Passed month ends come stored; the day shown is the figure just counted.
    points = trend(day, program=program, last=overall)
    return render(
        request,
        "oversight/compliance/dashboard.html",
        {
            "day": day,
            "problem": f"{error} Showing today, unfiltered." if error else "",
            "overall": overall,
            "by_program": named(counts.by("program_id"), "program"),
            "by_department": named(
                counts.by("employee__department_id", program=program), "department"
            ),
            "by_role": named(counts.by("employee__job_role_id", program=program), "role"),
            "bars": trend_svg_bars(points),
            "time_to_certify": time_to_certify(at=at, program=program),
            "page": Paginator(failing, PAGE_SIZE).get_page(request.GET.get("page")),
            "programs": names["program"].items(),
            "departments": names["department"].items(),
            "roles": names["role"].items(),
            "failing_statuses": [(s, Status(s).label) for s in Status.values if s not in COMPLIANT],
            "filters": request.GET,
            "read_only": not access.acts_for_organisation(request.user),
            "reads_audit_log": access.can_view_audit_log(request.user),
        },
        status=400 if error else 200,
    )
