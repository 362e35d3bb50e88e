"""Reads behind the manager's and the compliance officer's views: a few queries whatever the size."""

import calendar
from dataclasses import dataclass, field
from datetime import date

from django.db.models import (
    Count,
    Exists,
    F,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    Window,
)
from django.db.models.functions import Coalesce, Lead, StrIndex
from django.utils import timezone

from training.certification import dates
from training.certification.models import (
    COMPLIANT,
    Assignment,
    AssignmentEvent,
    CertificationProgram,
    RecordFigures,
    Status,
)
from training.certification.models.status import status_case
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


@dataclass
class Matrix:
    programs: list
    people: QuerySet  # filtered and ordered most urgent first; page it, never load it whole
    counts: dict[str, int]
    assignments: QuerySet = field(repr=False)  # with their status, narrowed to the program

    def rows(self, page) -> list[PersonRow]:
        """One page of people with their cells: one query for the page's assignments."""
        rows = {person.pk: PersonRow(person) for person in page}
        for assignment in self.assignments.filter(employee_id__in=list(rows)).select_related(
            "program"
        ):
            rows[assignment.employee_id].cells[assignment.program_id] = assignment
        return list(rows.values())


def status_matrix(
    employees, *, at=None, status=None, program=None, department=None, role=None, search=""
):
    """People × programs with each assignment's status; filters narrow people, never widen them.

    `employees` is a queryset (or ids) of the people the caller may see. Everything is computed in
    the database — the counts in one grouped query, the order (worst status first, then name) as
    an expression — so a page costs the same few queries whatever the size of the team."""
    people = Employee.objects.filter(pk__in=employees)
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
    assignments = Assignment.objects.with_status(at=at)
    if program:
        assignments = assignments.filter(program_id=program)
    programs = CertificationProgram.objects.filter(
        pk__in=assignments.filter(employee__in=people).values("program_id")
    ).order_by("name", "pk")
    if status:
        people = people.filter(Exists(assignments.filter(employee=OuterRef("pk"), status=status)))
    elif program:
        people = people.filter(Exists(assignments.filter(employee=OuterRef("pk"))))
    counts = {s.value: 0 for s in SEVERITY}
    for row in (
        assignments.filter(employee__in=people).values("status").annotate(n=Count("pk")).order_by()
    ):
        counts[row["status"]] = row["n"]
    worst = (
        assignments.filter(employee=OuterRef("pk"))
        .annotate(rank=StrIndex(SEVERITY_LIST, "status"))
        .order_by("rank")
    )
    people = (
        people.alias(worst=Coalesce(Subquery(worst.values("rank")[:1]), Value(NO_ASSIGNMENT)))
        .order_by("worst", "user__last_name", "user__first_name", "pk")
        .select_related("user", "department", "job_role", "manager__user")
    )
    return Matrix(list(programs), people, counts, assignments)


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


def month_ends(today: date, count: int = 12) -> list[date]:
    """The last day of each of the `count` months up to today (today itself for this month)."""
    ends = [today]
    year, month = today.year, today.month
    for _ in range(count - 1):
        month -= 1
        if month == 0:
            year, month = year - 1, 12
        ends.append(date(year, month, calendar.monthrange(year, month)[1]))
    return list(reversed(ends))


def trend(today: date, *, program=None, months: int = 12) -> list[dict]:
    """% compliant at the end of each month, computed from history in one query.

    Each event's facts hold from its moment until the assignment's next event (a window over
    the events, newest last); an assignment counts at a month's end when it was active then, and
    is compliant when the facts holding then give a compliant status. Every assignment has an
    event from the moment it was assigned, so this counts what `with_status(at=...)` counts.
    """
    days = month_ends(today, months)
    moments = [dates.as_of_moment(day) for day in days]
    events = AssignmentEvent.objects.filter(at__lte=moments[-1])
    if program:
        events = events.filter(assignment__program_id=program)
    events = events.annotate(
        next_at=Window(Lead("at"), partition_by=[F("assignment_id")], order_by=[F("at"), F("id")]),
        **{f"standing_{i}": _event_standing(moment) for i, moment in enumerate(moments)},
    )
    counts = {}
    for i, moment in enumerate(moments):
        holds = (
            Q(at__lte=moment)
            & (Q(next_at__isnull=True) | Q(next_at__gt=moment))
            & Assignment.objects.active_q(moment, prefix="assignment__")
        )
        counts[f"total_{i}"] = Count("pk", filter=holds)
        counts[f"compliant_{i}"] = Count("pk", filter=holds & Q(**{f"standing_{i}__in": COMPLIANT}))
    totals = events.aggregate(**counts)
    points = []
    for i, day in enumerate(days):
        total, compliant = totals[f"total_{i}"], totals[f"compliant_{i}"]
        percent = round(100 * compliant / total) if total else None
        points.append({"day": day, "total": total, "compliant": compliant, "percent": percent})
    return points


def _event_standing(at):
    """The status an event's facts give at `at`, learning aside (as `standing`)."""
    return status_case(
        at=at,
        valid_until="valid_until",
        renewal_opens_at="renewal_opens_at",
        due_at="due_at",
        exempt="exempt",
        learning=Value(False),
    )


def trend_svg_bars(points: list[dict], *, width=720, height=220) -> list[dict]:
    """Geometry for a server-rendered bar chart (no script, no CDN): x, y, height per bar."""
    left, bottom, top = 40, 30, 10
    usable = height - bottom - top
    step = (width - left) / max(len(points), 1)
    bars = []
    for i, point in enumerate(points):
        value = point["percent"] or 0
        bar_height = usable * value / 100
        bars.append(
            {
                **point,
                "x": round(left + i * step + step * 0.15, 1),
                "width": round(step * 0.7, 1),
                "y": round(top + usable - bar_height, 1),
                "height": round(bar_height, 1),
                "label_x": round(left + i * step + step / 2, 1),
            }
        )
    return bars


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
