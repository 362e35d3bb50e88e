"""`manage.py apply_retention [--years N] [--now ISO] [--dry-run]`: pseudonymise long-gone leavers."""

from datetime import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from training.certification.retention import apply_retention


def _moment(value: str) -> datetime:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise CommandError(f"--now: “{value}” is not an ISO date-time.") from None
    if moment.tzinfo is None:
        raise CommandError(f"--now: “{value}” needs a UTC offset (e.g. {value}+00:00).")
    return moment


class Command(BaseCommand):
    help = (
        "Replace the names and emails of employees who left more than N years ago (default "
        "RETENTION_YEARS) with a pseudonym, in their login, their records, their reminders and "
        "the audit log. Records still verify. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument("--years", type=int, default=None, help="Default: RETENTION_YEARS.")
        parser.add_argument("--now", help="The moment to count from (ISO with offset).")
        parser.add_argument(
            "--dry-run", action="store_true", help="Count who would be changed; change nothing."
        )

    def handle(self, *args, years=None, now=None, dry_run=False, **options):
        years = settings.RETENTION_YEARS if years is None else years
        if not 1 <= years <= 100:
            raise CommandError(f"--years: {years} is out of range (1 to 100).")
        report = apply_retention(years=years, now=_moment(now) if now else None, dry_run=dry_run)
        verb = "would pseudonymise" if dry_run else "pseudonymised"
        self.stdout.write(
            f"Leavers gone before {report.cutoff:%Y-%m-%d}: {verb} {report.people} people "
            f"and {report.records} certification records."
        )
