"""The 12-month compliance trend: month ends that have passed from their stored snapshots, the
rest from history.

History is append-only and "as of day D" is computed from it alone, so the figure for a month end
that has passed never changes: the daily job stores it once (`store_month_ends`), per program and
in all, with `reports.compliance_counts` — the as-of rule every other report uses. The dashboard
reads the stored month ends in one query; a month end not stored yet (a fresh install, the morning
before the job ran) is computed from the events in one more query, and the day shown is the
figure the page has already counted.
"""

import calendar
from datetime import date, timedelta

from django.db.models import Count, F, Min, Q, Value, Window
from django.db.models.functions import Lead
from django.utils import timezone

from training.certification import dates
from training.certification.models import COMPLIANT, Assignment, AssignmentEvent
from training.certification.models.status import status_case

from .models import ComplianceSnapshot
from .reports import compliance_counts


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


def trend(day: date, *, program=None, months: int = 12, last: dict | None = None) -> list[dict]:
    """% compliant at the end of each of the `months` months up to `day`, and on `day` itself.

    `last` is the figure for `day` when the caller has counted it already (the dashboard's
    overall: now for today, as of the day for a past day); without it, it comes from history.
    """
    days = month_ends(day, months)
    passed = days[:-1]  # month ends before `day`, which is at the latest today: all have passed
    figures = stored_figures(passed, program=program)
    missing = [d for d in passed if d not in figures]
    if last is None:
        missing.append(day)
    else:
        figures[day] = (last["total"], last["compliant"])
    if missing:
        figures.update(figures_from_history(missing, program=program))
    return [_point(d, *figures[d]) for d in days]


def _point(day: date, total: int, compliant: int) -> dict:
    percent = round(100 * compliant / total) if total else None
    return {"day": day, "total": total, "compliant": compliant, "percent": percent}


def stored_figures(days: list[date], *, program=None) -> dict[date, tuple[int, int]]:
    """(total, compliant) of the stored month ends among `days`, in all or for one program; a
    program without a row on a stored day had no assignments then. One query."""
    rows = ComplianceSnapshot.objects.filter(day__in=days)
    if program:
        rows = rows.filter(Q(program__isnull=True) | Q(program_id=program))
    else:
        rows = rows.filter(program__isnull=True)
    in_all, of_program = {}, {}
    for day, program_id, total, compliant in rows.values_list(
        "day", "program_id", "total", "compliant"
    ):
        (of_program if program_id else in_all)[day] = (total, compliant)
    if not program:
        return in_all
    return {day: of_program.get(day, (0, 0)) for day in in_all}


def figures_from_history(days: list[date], *, program=None) -> dict[date, tuple[int, int]]:
    """(total, compliant) at the end of each of `days`, computed from the events in one query.

    Each event's facts hold from its moment until the assignment's next event (a window over the
    events, newest last); an assignment counts at a day's end when it was active then, and is
    compliant when the facts holding then give a compliant status. Every assignment has an event
    from the moment it was assigned, so this counts what `with_status(at=...)` counts.
    """
    moments = [dates.as_of_moment(d) for d in days]
    events = AssignmentEvent.objects.filter(at__lte=max(moments))
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
    return {d: (totals[f"total_{i}"], totals[f"compliant_{i}"]) for i, d in enumerate(days)}


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


# Storing month ends --------------------------------------------------------------------------


def store_month_ends(*, at=None) -> int:
    """Store every month end that has passed by `at` and is not stored yet, from the month of the
    first assignment on; return how many were stored. Safe to run twice or in parallel: a day
    already stored is skipped, and the unique constraints let only one run's rows in.

    A month end counts as passed only by the real clock too, so a run for a future moment
    (`run_schedules --now 2027-…`) never stores a month whose history can still grow.
    """
    now = timezone.now()
    today = dates.organisation_today(min(at, now) if at else now)
    last_passed = today.replace(day=1) - timedelta(days=1)
    stored = set(
        ComplianceSnapshot.objects.filter(day__lte=last_passed, program__isnull=True).values_list(
            "day", flat=True
        )
    )
    if last_passed in stored:  # the usual day: month ends are stored in order, oldest first
        return 0
    first = Assignment.objects.aggregate(first=Min("assigned_at"))["first"]
    if first is None:
        return 0
    start = dates.organisation_today(first)  # the organisation's day of the first assignment
    months = (last_passed.year - start.year) * 12 + last_passed.month - start.month + 1
    if months <= 0:  # the first assignment is this month's: no month end of it has passed
        return 0
    missing = [day for day in month_ends(last_passed, months) if day not in stored]
    for day in missing:
        _store(day)
    return len(missing)


def _store(day: date) -> None:
    counts = compliance_counts(at=dates.as_of_moment(day))
    taken_at = timezone.now()
    overall = counts.overall()
    rows = [
        ComplianceSnapshot(
            day=day, total=overall["total"], compliant=overall["compliant"], taken_at=taken_at
        )
    ]
    rows += [
        ComplianceSnapshot(
            day=day,
            program_id=row["key"],
            total=row["total"],
            compliant=row["compliant"],
            taken_at=taken_at,
        )
        for row in counts.by("program_id")
        if row["total"]
    ]
    # One statement: a day's rows appear together, and a parallel run's rows are ignored.
    ComplianceSnapshot.objects.bulk_create(rows, ignore_conflicts=True)


def forget_month_ends(*, since: date) -> None:
    """Drop the stored month ends from `since` on, once history has been written into the past
    (only the demo's builders do): they would be stale. `store_month_ends` stores them again."""
    ComplianceSnapshot.objects.filter(day__gte=since).delete()


def daily_step(*, at) -> dict:
    """The daily job's step (registered with `certification.jobs` by this app)."""
    return {"month_ends_stored": store_month_ends(at=at)}


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
