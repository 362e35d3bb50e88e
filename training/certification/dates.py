"""Date rules for certification, each answer with the words that explain it.

Months are added by calendar (a year after 29 February is 28 February); a due date is the end of
that day in the employee's time zone; everything returned is an aware datetime in UTC.
"""

import calendar
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from .models import CertificationProgram, RenewalBasis


def add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def end_of_day(day: date, tz: str) -> datetime:
    return datetime.combine(day, time(23, 59, 59), tzinfo=ZoneInfo(tz)).astimezone(UTC)


def start_of_day(day: date, tz: str) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=ZoneInfo(tz)).astimezone(UTC)


def local_date(moment: datetime, tz: str) -> date:
    return moment.astimezone(ZoneInfo(tz)).date()


# Reports -------------------------------------------------------------------------------------
# Every report, export, evidence pack and API answer about "day D" or "from D1 to D2" uses these
# three rules: days are the organisation's (settings.TIME_ZONE), and a day runs from its first
# microsecond to its last, the precision both databases store.

EARLIEST_REPORT_DAY = date(2000, 1, 1)


def organisation_today(now: datetime | None = None) -> date:
    return local_date(now or timezone.now(), settings.TIME_ZONE)


def as_of_moment(day: date) -> datetime:
    """The moment "as of day D" describes: the last microsecond of D, organisation time.

    Everything stamped on D counts, even at 23:59:59.5; nothing from the next day does.
    """
    return start_of_day(day + timedelta(days=1), settings.TIME_ZONE) - timedelta(microseconds=1)


def days_q(field: str, date_from: date | None, date_to: date | None) -> Q:
    """`field` falls on one of the organisation's days from `date_from` to `date_to`, inclusive."""
    q = Q()
    if date_from is not None:
        q &= Q(**{f"{field}__gte": start_of_day(date_from, settings.TIME_ZONE)})
    if date_to is not None:
        q &= Q(**{f"{field}__lte": as_of_moment(date_to)})
    return q


def check_report_day(day: date) -> None:
    """Refuse a report day no report can describe: before the platform's records or in the future."""
    if day < EARLIEST_REPORT_DAY:
        raise ValueError(f"{{name}} cannot be before {EARLIEST_REPORT_DAY.isoformat()}.")
    if day > organisation_today():
        raise ValueError("{name} cannot be in the future.")


def fmt(day: date) -> str:
    return day.isoformat()


@dataclass(frozen=True)
class Due:
    due_at: datetime
    explanation: str


@dataclass(frozen=True)
class Validity:
    valid_until: datetime
    renewal_opens_at: datetime
    due_at: datetime  # when the next cycle is overdue: expiry plus grace
    explanation: str


def initial_due(*, assigned_at: datetime, due_days: int, tz: str, reason: str = "assigned") -> Due:
    start = local_date(assigned_at, tz)
    due = start + timedelta(days=due_days)
    return Due(
        end_of_day(due, tz),
        f"{reason} {fmt(start)} + {due_days} days → due {fmt(due)} (end of day, {tz})",
    )


def extended_due(*, new_due_date: date, tz: str, reason: str) -> Due:
    return Due(end_of_day(new_due_date, tz), f"extended to {fmt(new_due_date)}: {reason}")


def _fixed_date(program: CertificationProgram, year: int) -> date:
    last = calendar.monthrange(year, program.fixed_due_month)[1]
    return date(year, program.fixed_due_month, min(program.fixed_due_day, last))


def validity(
    *,
    program: CertificationProgram,
    completed_at: datetime,
    tz: str,
    previous_valid_until: datetime | None = None,
    previous_renewal_opens_at: datetime | None = None,
) -> Validity:
    """When a certification earned at `completed_at` expires, and when its renewal opens."""
    done = local_date(completed_at, tz)
    months = program.validity_months
    renewing_early = (
        previous_valid_until is not None
        and previous_renewal_opens_at is not None
        and previous_renewal_opens_at <= completed_at < previous_valid_until
    )
    if program.renewal_basis == RenewalBasis.EXPIRY and renewing_early:
        old = local_date(previous_valid_until, tz)
        expiry = add_months(old, months)
        how = f"renewed {fmt(done)} before expiry {fmt(old)}: {fmt(old)} + {months} months"
    elif program.renewal_basis == RenewalBasis.FIXED:
        # Everyone renews by the same date; a completion inside its window counts for the next one.
        expiry = _fixed_date(program, done.year)
        while expiry - timedelta(days=program.renewal_window_days) <= done:
            expiry = _fixed_date(program, expiry.year + 1)
        how = f"completed {fmt(done)}; everyone renews by {expiry:%d %B} each year"
    else:
        expiry = add_months(done, months)
        how = f"completed {fmt(done)} + {months} months"
    opens = expiry - timedelta(days=program.renewal_window_days)
    overdue = expiry + timedelta(days=program.grace_days)
    return Validity(
        valid_until=end_of_day(expiry, tz),
        renewal_opens_at=start_of_day(opens, tz),
        due_at=end_of_day(overdue, tz),
        explanation=(
            f"{how} → valid until {fmt(expiry)}; renewal opens {fmt(opens)} "
            f"({program.renewal_window_days} days before); overdue after {fmt(overdue)} "
            f"({program.grace_days} days' grace)"
        ),
    )
