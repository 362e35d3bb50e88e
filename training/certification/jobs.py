"""The daily job: assign by role, open renewals, then record and send the reminders due."""

from django.utils import timezone

from .assigning import open_renewals, sync_assignments
from .reminders import plan_reminders, send_pending


def run_daily(*, at=None) -> dict:
    at = at or timezone.now()
    synced = sync_assignments(at=at)
    renewals = open_renewals(at=at)
    planned = plan_reminders(at=at)
    sent = send_pending(at=at)
    return {
        "at": at.isoformat(),
        "assigned": synced.assigned,
        "ended": synced.ended,
        "renewals_opened": renewals,
        "reminders_recorded": planned,
        "emails_sent": sent.sent,
        "manager_digests": sent.digests,
    }
