"""The daily job: assign by role, open renewals, then record and send the reminders due.

On the task worker the job records the reminders and hands the sending to `send_reminders` tasks
(tasks.py), so every worker shares it; `send=True` sends in this process (tests, one-off runs).
"""

from django.utils import timezone

from .assigning import open_renewals, sync_assignments
from .reminders import SendReport, plan_reminders, send_pending


def run_daily(*, at=None, send: bool = True) -> dict:
    at = at or timezone.now()
    synced = sync_assignments(at=at)
    renewals = open_renewals(at=at)
    planned = plan_reminders(at=at)
    sent = send_pending(at=at) if send else SendReport()
    return {
        "at": at.isoformat(),
        "assigned": synced.assigned,
        "ended": synced.ended,
        "renewals_opened": renewals,
        "reminders_recorded": planned,
        "emails_sent": sent.sent,
        "manager_digests": sent.digests,
    }
