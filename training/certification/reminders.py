"""Reminders: recorded before they are sent, unique per assignment, cycle and kind.

`plan_reminders` inserts the rows that are due (a second run or a parallel worker inserts nothing
new); `send_pending` claims unsent rows a batch at a time (locked rows skipped, claimed with one update)
before sending them, so two workers never send the same one, and a crash before sending leaves the
row to be sent once its claim times out.
"""

from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from types import SimpleNamespace
from typing import NamedTuple

from django.conf import settings
from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, Q
from django.template.loader import render_to_string
from django.utils import timezone

from . import dates
from .inserting import insert_new
from .models import Assignment, CertificationRecord, Reminder
from .models.records import day_occasion

CLAIM_TIMEOUT = timedelta(minutes=15)
SEND_BATCH = 500  # reminders claimed, read and marked sent together


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
    """Record every notice now due; return how many new ones were recorded.

    Reads only the facts `notices_due` asks for, as plain values (no model instances), and only
    the assignments that can have a notice: overdue, or their deadline within the furthest
    reminder (plus two days for time zones). `notices_due` still decides each one."""
    at = at or timezone.now()
    horizon = at + timedelta(days=max(reminder_days(), default=0) + 2)
    certified_this_cycle = CertificationRecord.objects.filter(
        assignment=OuterRef("pk"), cycle=OuterRef("cycle")
    )
    candidates = (
        Assignment.objects.active(at)
        .filter(exempt=False, employee__active=True)
        .filter(Q(due_at__lte=horizon) | Q(valid_until__lte=horizon))
        .exclude(Exists(certified_this_cycle))
        .values_list(
            "pk",
            "cycle",
            "due_at",
            "valid_until",
            "employee__time_zone",
            "employee__user__email",
            "employee__manager__user__email",
        )
    )
    rows = []
    for pk, cycle, due_at, valid_until, tz, email, manager_email in candidates.iterator(
        chunk_size=5000
    ):
        facts = SimpleNamespace(
            employee=SimpleNamespace(time_zone=tz), due_at=due_at, valid_until=valid_until
        )
        for notice in notices_due(facts, at):
            recipient = manager_email if notice.kind == Reminder.Kind.ESCALATION else email
            if recipient is None:  # an escalation for someone without a manager
                continue
            rows.append(
                Reminder(
                    assignment_id=pk,
                    cycle=cycle,
                    kind=notice.kind,
                    occasion=notice.occasion,
                    recipient=recipient,
                    created_at=at,
                )
            )
    return len(insert_new(rows))


def _claim(reminders, batch: int | None = SEND_BATCH) -> list[int]:
    """Take up to `batch` unsent reminders for this process, in two queries. Rows another worker
    is claiming right now are skipped rather than waited for; once its claim commits they are no
    longer free. A claim older than the timeout is abandoned and free again."""
    now = timezone.now()
    free = Q(claimed_at__isnull=True) | Q(claimed_at__lt=now - CLAIM_TIMEOUT)
    with transaction.atomic():
        ids = list(
            reminders.filter(free, sent_at=None)
            .select_for_update(skip_locked=True)
            .order_by("pk")
            .values_list("pk", flat=True)[:batch]
        )
        Reminder.objects.filter(pk__in=ids).update(claimed_at=now)
    return ids


@contextmanager
def _marking_sent():
    """Collects the ids of the reminders sent and records them sent in one update on the way
    out, even when a send fails: what went out is never sent again, the rest is retried."""
    sent: list[int] = []
    try:
        yield sent
    finally:
        Reminder.objects.filter(pk__in=sent).update(sent_at=timezone.now())


def send_notice(to: str, subject: str, template: str, context: dict, mailer=None) -> None:
    """Send one notice, through `mailer` (an open connection the caller reuses for a batch) or
    the default mailer. One message per call, so a failure names exactly what did not go out."""
    context = {**context, "base_url": settings.WAGTAILADMIN_BASE_URL}
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string(f"certification/email/{template}.txt", context),
        to=[to],
    )
    message.attach_alternative(
        render_to_string(f"certification/email/{template}.html", context), "text/html"
    )
    if mailer is None:
        message.send()
    else:
        mailer.send_messages([message])


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
    """Send every unsent reminder: a few queries per batch, whatever the number of reminders."""
    report = SendReport()
    unsent = Reminder.objects.filter(sent_at=None)
    with_facts = Reminder.objects.select_related(
        "assignment__program", "assignment__employee__user", "assignment__employee__manager__user"
    ).order_by("pk")
    while ids := _claim(unsent.exclude(kind=Reminder.Kind.ESCALATION)):
        # One mail connection per batch (an SMTP session, not one per message).
        with _marking_sent() as sent, mail.mailers.default as mailer:
            for reminder in with_facts.filter(pk__in=ids):
                _send_personal(reminder, mailer)
                sent.append(reminder.pk)
        report.sent += len(sent)
    escalated = unsent.filter(kind=Reminder.Kind.ESCALATION)
    recipients = sorted(set(escalated.values_list("recipient", flat=True)))
    for start in range(0, len(recipients), SEND_BATCH):
        # A manager's escalations go out as one digest, so a batch is of managers, not of rows.
        ids = _claim(escalated.filter(recipient__in=recipients[start : start + SEND_BATCH]), None)
        digests: dict[str, list[Reminder]] = {}
        for reminder in with_facts.filter(pk__in=ids):
            digests.setdefault(reminder.recipient, []).append(reminder)
        with _marking_sent() as sent, mail.mailers.default as mailer:
            for recipient, mine in digests.items():
                send_notice(
                    recipient,
                    f"Overdue in your team: {len(mine)} people",
                    "escalation",
                    {"reminders": mine, "manager": mine[0].assignment.employee.manager},
                    mailer,
                )
                sent.extend(r.pk for r in mine)
                report.digests += 1
                report.sent += len(mine)
    return report


def _send_personal(reminder: Reminder, mailer) -> None:
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
        mailer,
    )


def send_manual(assignment: Assignment, *, sender, at=None) -> Reminder | None:
    """A manager's nudge about one assignment, sent at once: at most one a day (recorded before
    it is sent, like every reminder); None, and nothing sent, when one went out today already."""
    at = at or timezone.now()
    employee = assignment.employee
    notice = manual_notice(timezone.localdate(at))
    try:
        with transaction.atomic():
            reminder = Reminder.objects.create(
                assignment=assignment,
                cycle=assignment.cycle,
                kind=notice.kind,
                occasion=notice.occasion,
                recipient=employee.user.email,
                created_at=at,
                claimed_at=at,
            )
    except IntegrityError:
        return None
    send_notice(
        reminder.recipient,
        f"A reminder from {sender.get_full_name() or sender.email}: {assignment.program.name}",
        "reminder",
        {
            "reminder": reminder,
            "assignment": assignment,
            "employee": employee,
            "deadline": deadline(assignment),
            "overdue": at > assignment.due_at,
        },
    )
    Reminder.objects.filter(pk=reminder.pk).update(sent_at=timezone.now())
    return reminder
