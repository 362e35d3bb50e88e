"""Reminders: recorded before they are sent, unique per assignment, cycle and kind.

`plan_reminders` inserts the rows that are due (a second run or a parallel worker inserts nothing
new); `send_pending` claims each unsent row with a conditional update before sending it, so two
workers never send the same one, and a crash before sending leaves the row to be sent next run.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db.models import Exists, OuterRef, Q
from django.template.loader import render_to_string
from django.utils import timezone

from . import dates
from .models import Assignment, CertificationRecord, Reminder
from .models.records import day_occasion

CLAIM_TIMEOUT = timedelta(minutes=15)


def reminder_days() -> list[int]:
    return sorted(getattr(settings, "TRAINING_REMINDER_DAYS", [30, 7, 1]), reverse=True)


def escalation_days() -> int:
    return getattr(settings, "TRAINING_ESCALATION_DAYS", 7)


def deadline(assignment: Assignment):
    """The date the learner is asked to meet: the expiry when renewing, else the due date."""
    return assignment.valid_until or assignment.due_at


class Notice(NamedTuple):
    """A reminder as recorded: its kind, and which one of that kind in the cycle."""

    kind: Reminder.Kind
    occasion: int = 0


def notices_due(assignment: Assignment, at) -> list[Notice]:
    """Which notices this assignment should have had by `at` in its current cycle (the latest only)."""
    tz = assignment.employee.time_zone
    today = dates.local_date(at, tz)
    days_left = (dates.local_date(deadline(assignment), tz) - today).days
    notices = []
    if at > assignment.due_at:
        days_over = (today - dates.local_date(assignment.due_at, tz)).days
        notices.append(Notice(Reminder.Kind.OVERDUE, (max(days_over, 1) - 1) // 7 + 1))
        if days_over >= escalation_days():
            notices.append(Notice(Reminder.Kind.ESCALATION))
    elif days_left <= 0:
        notices.append(Notice(Reminder.Kind.DUE_TODAY))
    else:
        passed = [d for d in reminder_days() if days_left <= d]
        if passed:
            notices.append(Notice(Reminder.Kind.UPCOMING, passed[-1]))
    return notices


def manual_notice(day: date) -> Notice:
    """A manager's nudge: at most one a day, so the day (in the manager's zone) is its occasion."""
    return Notice(Reminder.Kind.MANUAL, day_occasion(day))


def plan_reminders(*, at=None) -> int:
    """Record every notice now due; return how many new ones were recorded."""
    at = at or timezone.now()
    certified_this_cycle = CertificationRecord.objects.filter(
        assignment=OuterRef("pk"), cycle=OuterRef("cycle")
    )
    candidates = (
        Assignment.objects.active(at)
        .filter(exempt=False, employee__active=True)
        .exclude(Exists(certified_this_cycle))
        .select_related("employee__user", "employee__manager__user")
    )
    rows = []
    for assignment in candidates:
        manager = assignment.employee.manager
        for notice in notices_due(assignment, at):
            if notice.kind == Reminder.Kind.ESCALATION:
                if manager is None:
                    continue
                recipient = manager.user.email
            else:
                recipient = assignment.employee.user.email
            rows.append(
                Reminder(
                    assignment=assignment,
                    cycle=assignment.cycle,
                    kind=notice.kind,
                    occasion=notice.occasion,
                    recipient=recipient,
                    created_at=at,
                )
            )
    before = Reminder.objects.count()
    Reminder.objects.bulk_create(rows, ignore_conflicts=True)
    return Reminder.objects.count() - before


def _claim(reminder_ids: list[int]) -> list[int]:
    """Take each unsent reminder for this process; a claim older than the timeout is abandoned."""
    now = timezone.now()
    free = Q(claimed_at__isnull=True) | Q(claimed_at__lt=now - CLAIM_TIMEOUT)
    return [
        pk
        for pk in reminder_ids
        if Reminder.objects.filter(free, pk=pk, sent_at=None).update(claimed_at=now)
    ]


def send_notice(to: str, subject: str, template: str, context: dict) -> None:
    context = {**context, "base_url": settings.WAGTAILADMIN_BASE_URL}
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string(f"certification/email/{template}.txt", context),
        to=[to],
    )
    message.attach_alternative(
        render_to_string(f"certification/email/{template}.html", context), "text/html"
    )
    message.send()


def _subject(reminder: Reminder) -> str:
    program = reminder.assignment.program.name
    match reminder.kind:
        case Reminder.Kind.UPCOMING:
            days = reminder.occasion
            return f"Due in {days} day{'s' if days != 1 else ''}: {program}"
        case Reminder.Kind.DUE_TODAY:
            return f"Due today: {program}"
        case Reminder.Kind.OVERDUE:
            return f"Overdue: {program}"
        case Reminder.Kind.MANUAL:  # a manager's nudge whose sending crashed, sent by the job
            return f"A reminder from your manager: {program}"
    return f"{reminder.get_kind_display()}: {program}"


@dataclass
class SendReport:
    sent: int = 0
    digests: int = 0


def send_pending(*, at=None) -> SendReport:
    at = at or timezone.now()
    report = SendReport()
    pending = Reminder.objects.filter(sent_at=None).select_related(
        "assignment__program", "assignment__employee__user", "assignment__employee__manager__user"
    )
    personal = [r for r in pending if r.kind != Reminder.Kind.ESCALATION]
    for pk in _claim([r.pk for r in personal]):
        reminder = next(r for r in personal if r.pk == pk)
        assignment = reminder.assignment
        send_notice(
            reminder.recipient,
            _subject(reminder),
            "reminder",
            {
                "reminder": reminder,
                "assignment": assignment,
                "employee": assignment.employee,
                "deadline": deadline(assignment),
                "overdue": reminder.kind == Reminder.Kind.OVERDUE,
            },
        )
        Reminder.objects.filter(pk=pk).update(sent_at=timezone.now())
        report.sent += 1
    escalations: dict[str, list[Reminder]] = {}
    for reminder in pending:
        if reminder.kind == Reminder.Kind.ESCALATION:
            escalations.setdefault(reminder.recipient, []).append(reminder)
    for recipient, reminders in escalations.items():
        claimed = set(_claim([r.pk for r in reminders]))
        mine = [r for r in reminders if r.pk in claimed]
        if not mine:
            continue
        send_notice(
            recipient,
            f"Overdue in your team: {len(mine)} people",
            "escalation",
            {"reminders": mine, "manager": mine[0].assignment.employee.manager},
        )
        Reminder.objects.filter(pk__in=claimed).update(sent_at=timezone.now())
        report.digests += 1
        report.sent += len(mine)
    return report
