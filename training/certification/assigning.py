"""Who must hold which certification: assigning by role, ending, renewals, extensions, exemptions.

Every change to an assignment's facts writes an `AssignmentEvent` with the facts after it and the
words that explain them, in the same transaction.
"""

from dataclasses import dataclass, field
from datetime import date

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from training.learning.models import FIRST_PERIOD
from training.people.models import Employee

from . import dates
from .inserting import insert_new
from .models import (
    Assignment,
    AssignmentEvent,
    CertificationProgram,
    Exemption,
    Extension,
    RoleRequirement,
)

SYNC_BATCH = 500


def record_event(
    assignment: Assignment, kind: str, at, explanation: str, actor=None
) -> AssignmentEvent:
    event = event_for(assignment, kind, at, explanation, actor)
    event.save(force_insert=True)
    return event


def event_for(
    assignment: Assignment, kind: str, at, explanation: str, actor=None
) -> AssignmentEvent:
    """The event recording `assignment`'s facts as they now are (unsaved, for bulk writers)."""
    return AssignmentEvent(
        assignment=assignment,
        kind=kind,
        at=at,
        cycle=assignment.cycle,
        cycle_started_at=assignment.cycle_started_at,
        due_at=assignment.due_at,
        valid_until=assignment.valid_until,
        renewal_opens_at=assignment.renewal_opens_at,
        exempt=assignment.exempt,
        ended=assignment.ended_at is not None,
        explanation=explanation,
        actor=actor,
    )


def first_due(employee: Employee, due_days: int, at) -> dates.Due:
    """New hires (and future hires) count from their hire date; people long in post from now.

    Reads only `hire_date` and `time_zone`: the demo's bulk path plans with it before saving."""
    hired = dates.start_of_day(employee.hire_date, employee.time_zone)
    if (at - hired).days <= due_days:
        return dates.initial_due(
            assigned_at=hired, due_days=due_days, tz=employee.time_zone, reason="hired"
        )
    return dates.initial_due(assigned_at=at, due_days=due_days, tz=employee.time_zone)


@transaction.atomic
def assign(
    *,
    employee: Employee,
    program: CertificationProgram,
    at=None,
    source: str = Assignment.Source.ROLE,
    due_days: int | None = None,
    actor=None,
) -> tuple[Assignment, bool]:
    """Open an assignment unless one is open already (a second run or a race changes nothing)."""
    at = at or timezone.now()
    existing = Assignment.objects.filter(employee=employee, program=program, ended_at=None).first()
    if existing:
        return existing, False
    due = first_due(employee, program.initial_due_days if due_days is None else due_days, at)
    try:
        with transaction.atomic():
            assignment = Assignment.objects.create(
                employee=employee,
                program=program,
                source=source,
                assigned_at=at,
                cycle=1,
                cycle_started_at=FIRST_PERIOD,
                due_at=due.due_at,
            )
    except IntegrityError:
        return Assignment.objects.get(employee=employee, program=program, ended_at=None), False
    record_event(assignment, AssignmentEvent.Kind.ASSIGNED, at, due.explanation, actor)
    return assignment, True


def end_explanation(reason: str) -> str:
    return f"ended: {reason}"


@transaction.atomic
def end_assignment(*, assignment: Assignment, at=None, reason: str, actor=None) -> bool:
    at = at or timezone.now()
    ended = Assignment.objects.filter(pk=assignment.pk, ended_at=None).update(
        ended_at=at, end_reason=reason
    )
    if ended:
        assignment.refresh_from_db()
        record_event(assignment, AssignmentEvent.Kind.ENDED, at, end_explanation(reason), actor)
    return bool(ended)


@dataclass
class SyncReport:
    assigned: int = 0
    ended: int = 0
    details: list[str] = field(default_factory=list)


def sync_assignments(*, at=None) -> SyncReport:
    """Assign every active employee what their role requires; end what no longer applies."""
    at = at or timezone.now()
    report = SyncReport()
    required: dict[int, dict[int, RoleRequirement]] = {}
    for req in RoleRequirement.objects.select_related("program").filter(program__active=True):
        required.setdefault(req.job_role_id, {})[req.program_id] = req
    open_by_employee: dict[int, dict[int, Assignment]] = {}
    for assignment in Assignment.objects.filter(ended_at=None, source=Assignment.Source.ROLE):
        open_by_employee.setdefault(assignment.employee_id, {})[assignment.program_id] = assignment
    # Only what deciding and `first_due` read: 50,000 full rows cost more than the work.
    employees = list(
        Employee.objects.only("job_role_id", "active", "hire_date", "time_zone").order_by("pk")
    )
    # One transaction per batch: each change stays atomic without a commit each.
    for start in range(0, len(employees), SYNC_BATCH):
        with transaction.atomic():
            missing = []
            for employee in employees[start : start + SYNC_BATCH]:
                missing += _sync_one(
                    employee, required, open_by_employee.get(employee.pk, {}), at, report
                )
            report.assigned += _assign_in_bulk(missing, at)
    return report


def _sync_one(employee, required, has, at, report) -> list[tuple[Employee, RoleRequirement]]:
    """End what no longer applies; return what the employee's role requires and lacks."""
    needs = required.get(employee.job_role_id, {}) if employee.active else {}
    for program_id, assignment in has.items():
        if program_id not in needs:
            reason = (
                "left the organisation"
                if not employee.active
                else "no longer required by the job role"
            )
            if end_assignment(assignment=assignment, at=at, reason=reason):
                report.ended += 1
    return [(employee, req) for program_id, req in needs.items() if program_id not in has]


def _assign_in_bulk(missing: list[tuple[Employee, RoleRequirement]], at) -> int:
    """`assign` for many at once, in two queries: the insert skips any assignment another run
    opened meanwhile (the open-assignment uniqueness) and returns only the rows it created, so
    each new assignment gets its one ASSIGNED event, even with two runs in parallel."""
    if not missing:
        return 0
    dues = {}
    rows = []
    for employee, req in missing:
        days = req.program.initial_due_days if req.due_days is None else req.due_days
        due = first_due(employee, days, at)
        dues[employee.pk, req.program_id] = due
        rows.append(
            Assignment(
                employee=employee,
                program_id=req.program_id,
                source=Assignment.Source.ROLE,
                assigned_at=at,
                cycle=1,
                cycle_started_at=FIRST_PERIOD,
                due_at=due.due_at,
            )
        )
    created = insert_new(rows, returning=("pk", "employee", "program"))
    AssignmentEvent.objects.bulk_create(
        AssignmentEvent(
            assignment_id=pk,
            kind=AssignmentEvent.Kind.ASSIGNED,
            at=at,
            cycle=1,
            cycle_started_at=FIRST_PERIOD,
            due_at=dues[employee_id, program_id].due_at,
            exempt=False,
            ended=False,
            explanation=dues[employee_id, program_id].explanation,
        )
        for pk, employee_id, program_id in created
    )
    return len(created)


def renewal_explanation(renewal_opens_at, cycle: int) -> str:
    return (
        f"renewal opened {renewal_opens_at:%Y-%m-%d}: cycle {cycle} starts; learning from now "
        f"on counts toward it"
    )


def open_renewals(*, at=None) -> int:
    """Start the next cycle of every certification whose renewal window has opened.

    A batch at a time, in four queries: lock the due rows (a parallel worker waits, then finds
    them no longer due and moves nothing), move them to their next cycle in one update, read
    their facts back and write their RENEWAL_OPENED events in one insert."""
    at = at or timezone.now()
    opened = 0
    due = Assignment.objects.filter(
        ended_at=None, exempt=False, renewal_opens_at__lte=at, valid_until__isnull=False
    ).exclude(cycle_started_at__gte=F("renewal_opens_at"))
    while True:
        with transaction.atomic():
            ids = list(
                due.select_for_update().order_by("pk").values_list("pk", flat=True)[:SYNC_BATCH]
            )
            if not ids:
                return opened
            Assignment.objects.filter(pk__in=ids).update(
                cycle=F("cycle") + 1, cycle_started_at=F("renewal_opens_at")
            )
            moved = list(Assignment.objects.filter(pk__in=ids).order_by("pk"))
            AssignmentEvent.objects.bulk_create(
                event_for(
                    assignment,
                    AssignmentEvent.Kind.RENEWAL_OPENED,
                    assignment.renewal_opens_at,
                    renewal_explanation(assignment.renewal_opens_at, assignment.cycle),
                )
                for assignment in moved
            )
            opened += len(moved)


def approved(explanation: str, approver) -> str:
    return f"{explanation} (approved by {approver})"


@transaction.atomic
def grant_extension(
    *, assignment: Assignment, new_due_date: date, reason: str, approver, at=None
) -> Extension:
    at = at or timezone.now()
    if not reason.strip():
        raise ValidationError({"reason": "Give the reason for the extension."})
    tz = assignment.employee.time_zone
    if new_due_date <= dates.local_date(assignment.due_at, tz):
        raise ValidationError(
            {
                "new_due_date": f"The new due date must be after the current one ({dates.local_date(assignment.due_at, tz)})."
            }
        )
    extension = Extension.objects.create(
        assignment=assignment,
        new_due_date=new_due_date,
        reason=reason,
        approved_by=approver,
        created_at=at,
    )
    due = dates.extended_due(new_due_date=new_due_date, tz=tz, reason=reason)
    Assignment.objects.filter(pk=assignment.pk).update(due_at=due.due_at)
    assignment.refresh_from_db()
    record_event(
        assignment,
        AssignmentEvent.Kind.EXTENDED,
        at,
        approved(due.explanation, approver),
        approver,
    )
    return extension


@transaction.atomic
def grant_exemption(*, assignment: Assignment, reason: str, approver, at=None) -> Exemption:
    at = at or timezone.now()
    if not reason.strip():
        raise ValidationError({"reason": "Give the reason for the exemption."})
    exemption = Exemption.objects.create(
        assignment=assignment, reason=reason, approved_by=approver, created_at=at
    )
    Assignment.objects.filter(pk=assignment.pk).update(exempt=True)
    assignment.refresh_from_db()
    record_event(
        assignment,
        AssignmentEvent.Kind.EXEMPTED,
        at,
        approved(f"exempted: {reason}", approver),
        approver,
    )
    return exemption


def explain(assignment: Assignment) -> list[str]:
    """The history of the assignment's dates, oldest first, in words."""
    return [f"{e.at:%Y-%m-%d}: {e.explanation}" for e in assignment.events.all()]
