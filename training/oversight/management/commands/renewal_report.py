"""Print how long certifying takes, per program, and what renewal checks save."""

from django.core.management.base import BaseCommand

from ...reports import describe_minutes, time_to_certify


class Command(BaseCommand):
    help = (
        "Per program: the median minutes from a cycle's first learning to its record, and the "
        "median minutes a renewal takes with and without renewal checks (recorded timestamps)."
    )

    def handle(self, *args, **options):
        rows = time_to_certify()
        if not rows:
            self.stdout.write("No certification records yet.")
        for row in rows:
            self.stdout.write(
                f"{row.program}: {row.records} records, median {_minutes(row.median_minutes)} "
                f"to complete; {row.renewals} renewals, {row.all_by_check} all and "
                f"{row.partly_by_check} partly by renewal check; median renewal "
                f"{_minutes(row.median_renewal_minutes_with_checks)} with checks, "
                f"{_minutes(row.median_renewal_minutes_without_checks)} without"
            )


def _minutes(value) -> str:
    if value is None or value < 60:
        return describe_minutes(value)
    return f"{value:g} min ({describe_minutes(value)})"
