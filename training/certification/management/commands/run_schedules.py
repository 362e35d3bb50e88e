from datetime import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from training.certification.tasks import daily_job


class Command(BaseCommand):
    help = (
        "Enqueue the daily job (assign by role, open renewals, send due reminders) on the task "
        "worker. Run it from cron or a systemd timer; running it twice or in parallel is safe."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--now", help="Run as if it were this moment (ISO 8601), e.g. 2027-03-01T06:00Z"
        )

    def handle(self, *args, now=None, **options):
        at = timezone.now()
        if now:
            try:
                at = datetime.fromisoformat(now.replace("Z", "+00:00"))
            except ValueError as error:
                raise CommandError(f"--now “{now}” is not an ISO 8601 date and time.") from error
            if timezone.is_naive(at):
                raise CommandError(f"--now “{now}” needs a time zone, e.g. {now}Z or {now}+01:00.")
        result = daily_job.enqueue(at.isoformat())
        self.stdout.write(f"Daily job for {at.isoformat()} enqueued (task {result.id}).")
        if result.is_finished:
            self.stdout.write(", ".join(f"{k}: {v}" for k, v in result.return_value.items()))
