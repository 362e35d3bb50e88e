"""Background work on the django-tasks worker (`manage.py db_worker`)."""

from datetime import datetime

from django.conf import settings
from django.tasks import task

from training.audit.context import SYSTEM, acting
from training.audit.models import Via

from .jobs import run_daily
from .reminders import send_pending


@task()
def daily_job(at_iso: str) -> dict:
    """Assign, open renewals and record the reminders due; then queue REMINDER_SEND_TASKS
    `send_reminders` tasks, so that every worker sends (claims never overlap: reminders.py)."""
    # What the daily job changes is the system's doing, on the worker's schedule.
    with acting(via=Via.TASK, who=SYSTEM):
        result = run_daily(at=datetime.fromisoformat(at_iso), send=False)
    senders = [send_reminders.enqueue(at_iso) for _ in range(settings.REMINDER_SEND_TASKS)]
    result["send_tasks"] = len(senders)
    # A backend that runs tasks at once (tests, `ImmediateBackend`) has sent already: say what.
    done = [sender.return_value for sender in senders if sender.is_finished]
    result["emails_sent"] = sum(report["emails_sent"] for report in done)
    result["manager_digests"] = sum(report["manager_digests"] for report in done)
    return result


@task()
def send_reminders(at_iso: str) -> dict:
    """Send unsent reminders a batch at a time until none is left (several run side by side)."""
    report = send_pending(at=datetime.fromisoformat(at_iso))
    return {"emails_sent": report.sent, "manager_digests": report.digests}


@task()
def email_certificate(record_id: int) -> None:
    from .certificates import send_certificate_email
    from .models import CertificationRecord

    send_certificate_email(CertificationRecord.objects.get(pk=record_id))
