"""The daily job: assign by role, open renewals, then record and send the reminders due; then
the steps rooms above certification registered (oversight stores the month ends that passed).

On the task worker the job records the reminders and hands the sending to `send_reminders` tasks
(tasks.py), so every worker shares it; `send=True` sends in this process (tests, one-off runs).
"""

from collections.abc import Callable

from django.utils import timezone

from .assigning import open_renewals, sync_assignments
from .reminders import SendReport, plan_reminders, send_pending

# step(at=...) → figures for the job's report. Registered at start-up by a room that certification
# may not import (the way learning's period sources are), run in order after certification's own.
DailyStep = Callable[..., dict]
_steps: list[DailyStep] = []


def register_daily_step(step: DailyStep) -> DailyStep:
    """Add `step(at=...)` to every run of the daily job, after certification's own steps."""
    if step not in _steps:
        _steps.append(step)
    return step


def run_daily(*, at=None, send: bool = True) -> dict:
    at = at or timezone.now()
    synced = sync_assignments(at=at)
    renewals = open_renewals(at=at)
    planned = plan_reminders(at=at)
    sent = send_pending(at=at) if send else SendReport()
    report = {
        "at": at.isoformat(),
        "assigned": synced.assigned,
        "ended": synced.ended,
        "renewals_opened": renewals,
        "reminders_recorded": planned,
        "emails_sent": sent.sent,
        "manager_digests": sent.digests,
    }
    for step in _steps:
        report.update(step(at=at))
    return report
