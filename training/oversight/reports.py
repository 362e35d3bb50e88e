"""Reads behind the manager's and the compliance officer's views: a few queries whatever the size."""

import statistics
from dataclasses import dataclass, field
from functools import cached_property

from django.core.paginator import Paginator
from django.db.models import (
    Count,
    Exists,
    Min,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce, StrIndex
from django.utils import timezone

from quizzes.models import Attempt
from training.certification.models import (
    COMPLIANT,
    Assignment,
    AssignmentEvent,
    CertificationProgram,
    CertificationRecord,
    Status,
)
from training.learning.models import LessonCompletion, ModuleCompletion
from training.people.models import Employee

RENEWAL_CHECK = ModuleCompletion.Method.RENEWAL_CHECK.value

# Worst first: the order a manager wants to read their team in.
SEVERITY = [
    Status.OVERDUE,
    Status.EXPIRED,
    Status.NOT_STARTED,
    Status.IN_PROGRESS,
    Status.RENEWAL_DUE,
    Status.CERTIFIED,
    Status.EXEMPT,
]
RANK = {status: rank for rank, status in enumerate(SEVERITY)}


# The same order as an SQL expression, so that a list is sorted and paged by the database: the
# position of the status in this list. (A CASE per status would repeat the status expression, and
# its subqueries, once per status.)
SEVERITY_LIST = Value(",".join(SEVERITY))
NO_ASSIGNMENT = len(",".join(SEVERITY)) + 1


@dataclass
class PersonRow:
    employee: Employee
    cells: dict[int, Assignment] = field(default_factory=dict)  # program id → assignment


class _Paginator(Paginator):
    """Pages the ordered ids, counting the people without computing their order."""

    def __init__(self, object_list, per_page, *, count):
        super().__init__(object_list, per_page)
        self._count = count

    @cached_property
    def count(self) -> int:
        return self._count()


@dataclass
class Matrix:
    programs: list
    people: QuerySet  # ids, filtered and ordered most urgent first; page it, never load it whole
    counts: dict[str, int]
    assignments: QuerySet = field(repr=False)  # with their status, narrowed to the program
    listed: QuerySet = field(repr=False)  # the same people, unordered: what the pages count

    def paginator(self, per_page: int) -> Paginator:
        return _Paginator(self.people, per_page, count=self.listed.count)

    def rows(self, page) -> list[PersonRow]:
        """One page of people with their cells: one query for the page's people, one for their
        assignments."""
        ids = list(page)
        people = Employee.objects.select_related(
            "user", "department", "job_role", "manager__user"
        ).in_bulk(ids)
        rows = {pk: PersonRow(people[pk]) for pk in ids}
        for assignment in self.assignments.filter(employee_id__in=ids).select_related("program"):
            rows[assignment.employee_id].cells[assignment.program_id] = assignment
        return list(rows.values())


def status_matrix(employees, *, status=None, program=None, department=None, role=None, search=""):
    """People × programs with each assignment's status now; filters narrow people, never widen.

    `employees` is a queryset of the people the caller may see. Everything is computed in the
    database — the counts in one grouped query, the order (worst status first, then name) as an
    aggregate over each person's assignments, joined and grouped once rather than looked up per
    person — so a page costs the same few queries whatever the size of the team."""
    people = employees
    if department:
        people = people.filter(department_id=department)
    if role:
        people = people.filter(job_role_id=role)
    if search:
        people = people.filter(
            Q(user__first_name__icontains=search)
            | Q(user__last_name__icontains=search)
            | Q(user__email__icontains=search)
            | Q(employee_number__iexact=search)
        )
    now = timezone.now()
    assignments = Assignment.objects.with_status()
    if program:
        assignments = assignments.filter(program_id=program)
    if status:
        people = people.filter(Exists(assignments.filter(employee=OuterRef("pk"), status=status)))
    elif program:
        people = people.filter(Exists(assignments.filter(employee=OuterRef("pk"))))
    # One grouped query gives the counts per status and the programs that have a column.
    counts, program_ids = {s.value: 0 for s in SEVERITY}, set()
    for row in (
        assignments.filter(employee__in=people)
        .values("program_id", "status")
        .annotate(n=Count("pk"))
        .order_by()
    ):
        counts[row["status"]] += row["n"]
        program_ids.add(row["program_id"])
    programs = CertificationProgram.objects.filter(pk__in=program_ids).order_by("name", "pk")
    # Each person's worst status: the smallest position of their assignments' statuses in
    # SEVERITY_LIST, over a join of their active assignments (narrowed to the program).
    mine = Assignment.objects.active_q(now, prefix="assignments__")
    if program:
        mine &= Q(assignments__program_id=program)
    status_now = Assignment.objects.current_status(now, prefix="assignments__", user="user_id")
    worst = Min(StrIndex(SEVERITY_LIST, status_now), filter=mine)
    ordered = (
        people.alias(worst=Coalesce(worst, Value(NO_ASSIGNMENT)))
        .order_by("worst", "user__last_name", "user__first_name", "pk")
        .values_list("pk", flat=True)
    )
    return Matrix(list(programs), ordered, counts, assignments, listed=people)


@dataclass(frozen=True)
class ComplianceCounts:
    """Assignments and compliant ones at a moment, per (program, department, role): one grouped
    query, from which the overall figure and every breakdown of the dashboard are summed."""

    groups: list[dict]

    def _rows(self, program=None):
        return [g for g in self.groups if program is None or g["program_id"] == program]

    def overall(self, *, program=None) -> dict:
        rows = self._rows(program)
        total = sum(g["total"] for g in rows)
        compliant = sum(g["compliant"] for g in rows)
        return {
            "total": total,
            "compliant": compliant,
            "percent": round(100 * compliant / total) if total else None,
        }

    def by(self, field_name: str, *, program=None) -> list[dict]:
        """% compliant grouped by `program_id`, `employee__department_id` or `employee__job_role_id`."""
        sums: dict = {}
        for group in self._rows(program):
            total, compliant = sums.get(group[field_name], (0, 0))
            sums[group[field_name]] = (total + group["total"], compliant + group["compliant"])
        return [
            {
                "key": key,
                "total": total,
                "compliant": compliant,
                "percent": round(100 * compliant / total) if total else 0,
            }
            for key, (total, compliant) in sorted(
                sums.items(), key=lambda item: (item[0] is None, item[0] or 0)
            )
        ]


GROUPS = ("program_id", "employee__department_id", "employee__job_role_id")


def compliance_counts(*, at=None) -> ComplianceCounts:
    """Counts read `standing`: compliance never depends on learning, so none is looked up."""
    rows = (
        Assignment.objects.with_status(at=at)
        .values(*GROUPS)
        .annotate(total=Count("pk"), compliant=Count("pk", filter=Q(standing__in=COMPLIANT)))
        .order_by()
    )
    return ComplianceCounts(list(rows))


def compliance_by(field_name: str, *, at=None, program=None):
    """% compliant grouped by a field of the assignment (program, department, role) at `at`."""
    return compliance_counts(at=at).by(field_name, program=program)


def overall(*, at=None, program=None) -> dict:
    return compliance_counts(at=at).overall(program=program)


# How long certifying takes, and how much of renewal is by assessment ---------------------------


@dataclass(frozen=True)
class TimeToCertify:
    """One program's figures, from the records and the learning timestamps behind them."""

    program: str
    records: int
    median_minutes: float | None  # first learning in the cycle → the record's completion
    renewals: int
    all_by_check: int  # renewals whose every module was earned by a renewal check
    partly_by_check: int  # some modules by check, some by lessons and quiz
    median_renewal_minutes_with_checks: float | None
    median_renewal_minutes_without_checks: float | None

    @property
    def share_all_by_check(self) -> int | None:
        return round(100 * self.all_by_check / self.renewals) if self.renewals else None

    @property
    def share_partly_by_check(self) -> int | None:
        return round(100 * self.partly_by_check / self.renewals) if self.renewals else None


def _median(values: list[float]) -> float | None:
    return round(statistics.median(values), 1) if values else None


def _first_learning(field: str, model):
    """The earliest `field` of the learner's activity in the record's cycle, up to completion."""
    return Subquery(
        model.objects.filter(
            user_id=OuterRef("employee__user_id"),
            period_start=OuterRef("period_start"),
            **{f"{field}__lte": OuterRef("completed_at")},
        )
        .order_by(field)
        .values(field)[:1]
    )


def time_to_certify(*, at=None, program=None) -> list[TimeToCertify]:
    """Per program: the median minutes from the first learning activity of a cycle (a lesson read
    or an attempt started) to its record, and how renewals were earned. One query."""
    records = CertificationRecord.objects.filter(completed_at__lte=at or timezone.now())
    if program:
        records = records.filter(program_id=program)
    cycle_start = AssignmentEvent.objects.filter(
        assignment_id=OuterRef("assignment_id"), cycle=OuterRef("cycle")
    ).order_by("at", "id")
    rows = (
        records.annotate(period_start=Subquery(cycle_start.values("cycle_started_at")[:1]))
        .annotate(
            first_lesson=_first_learning("completed_at", LessonCompletion),
            first_attempt=_first_learning("started_at", Attempt),
        )
        .order_by("program_name", "id")
        .values_list(
            "program_name", "cycle", "completed_at", "modules", "first_lesson", "first_attempt"
        )
    )
    by_program: dict[str, list[tuple]] = {}
    for name, cycle, completed_at, modules, *firsts in rows:
        starts = [moment for moment in firsts if moment is not None]
        minutes = (completed_at - min(starts)).total_seconds() / 60 if starts else None
        checks = sum(1 for m in modules if m.get("earned_by") == RENEWAL_CHECK)
        by_program.setdefault(name, []).append((cycle, minutes, checks, len(modules)))
    return [_figures(name, rows) for name, rows in by_program.items()]


def _figures(name: str, rows: list[tuple]) -> TimeToCertify:
    renewals = [r for r in rows if r[0] > 1]
    with_checks = [r[1] for r in renewals if r[2] and r[1] is not None]
    without = [r[1] for r in renewals if not r[2] and r[1] is not None]
    return TimeToCertify(
        program=name,
        records=len(rows),
        median_minutes=_median([r[1] for r in rows if r[1] is not None]),
        renewals=len(renewals),
        all_by_check=sum(1 for r in renewals if r[3] and r[2] == r[3]),
        partly_by_check=sum(1 for r in renewals if 0 < r[2] < r[3]),
        median_renewal_minutes_with_checks=_median(with_checks),
        median_renewal_minutes_without_checks=_median(without),
    )


def describe_minutes(value: float | None) -> str:
    """A duration in minutes for people: “42 min”, “3 h 05 min”, “4.5 days”; “–” for none."""
    if value is None:
        return "–"
    if value < 60:
        return f"{value:.0f} min"
    if value < 48 * 60:
        hours, rest = divmod(round(value), 60)
        return f"{hours} h {rest:02d} min"
    return f"{value / 1440:.1f} days"
