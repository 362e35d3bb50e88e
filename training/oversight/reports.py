"""Reads behind the manager's and the compliance officer's views: a few queries whatever the size."""

from dataclasses import dataclass, field
from functools import cached_property

from django.core.paginator import Paginator
from django.db.models import (
    Count,
    Exists,
    F,
    Min,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce, StrIndex
from django.utils import timezone

from training.certification.models import (
    COMPLIANT,
    Assignment,
    CertificationProgram,
    RecordFigures,
    Status,
)
from training.people.models import Employee

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
    """One program's figures, from the figures stored with its records (`RecordFigures`)."""

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


# The records each median is taken over, per program: all of them, and the renewals with / without
# a module earned by renewal check. Keyed by the `TimeToCertify` field each fills.
MEDIANS = {
    "median_minutes": Q(),
    "median_renewal_minutes_with_checks": Q(cycle__gt=1, by_check__gt=0),
    "median_renewal_minutes_without_checks": Q(cycle__gt=1, by_check=0),
}


def time_to_certify(*, at=None, program=None) -> list[TimeToCertify]:
    """Per program: the median minutes from the first learning activity of a cycle (a lesson read
    or an attempt started) to its record, and how renewals were earned.

    Reads the figures stored with each record when it was issued (`RecordFigures`), never the
    learning behind them: one grouped query for the counts, one for the medians."""
    figures = RecordFigures.objects.filter(completed_at__lte=at or timezone.now())
    if program:
        figures = figures.filter(program_id=program)
    renewal, timed = Q(cycle__gt=1), Q(minutes__isnull=False)
    rows = list(
        figures.values("program_name")
        .annotate(
            records=Count("pk"),
            renewals=Count("pk", filter=renewal),
            all_by_check=Count("pk", filter=renewal & Q(modules__gt=0, by_check=F("modules"))),
            partly_by_check=Count(
                "pk", filter=renewal & Q(by_check__gt=0, by_check__lt=F("modules"))
            ),
            **{f"{name}_of": Count("pk", filter=timed & group) for name, group in MEDIANS.items()},
        )
        .order_by("program_name")
    )
    medians = _medians(figures.filter(timed), rows)
    return [
        TimeToCertify(
            program=row["program_name"],
            records=row["records"],
            renewals=row["renewals"],
            all_by_check=row["all_by_check"],
            partly_by_check=row["partly_by_check"],
            **{name: medians.get((row["program_name"], name)) for name in MEDIANS},
        )
        for row in rows
    ]


def _medians(timed, rows: list[dict]) -> dict[tuple[str, str], float]:
    """(program name, median) → minutes, rounded to 0.1, as `statistics.median` gives them: the
    middle value, or the mean of the two middle ones.

    The counts say where the middle is; one query reads the value at each middle position, each a
    walk along `recordfigures_median_idx` in order of minutes (no sort of every record). The
    subqueries hang on one row of `timed`, which has one if any count is above zero."""
    positions = []
    for row in rows:
        for name, group in MEDIANS.items():
            count = row[f"{name}_of"]
            for position in sorted({(count - 1) // 2, count // 2}) if count else ():
                value = timed.filter(group, program_name=row["program_name"]).order_by("minutes")
                key = (row["program_name"], name)
                positions.append((key, value.values("minutes")[position : position + 1]))
    if not positions:
        return {}
    picks = {f"pick_{i}": Subquery(value) for i, (_, value) in enumerate(positions)}
    values = timed.order_by().annotate(**picks).values_list(*picks)[0]
    middles: dict[tuple[str, str], list[float]] = {}
    for (key, _), value in zip(positions, values, strict=True):
        middles.setdefault(key, []).append(value)
    return {key: round(sum(pair) / len(pair), 1) for key, pair in middles.items()}


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
