from django.core.management.base import BaseCommand, CommandError

from training.demo.bulk import build_company
from training.demo.courses import CompanyError
from training.demo.organisation import (
    DEFAULT_SIZE,
    MAX_SIZE,
    MIN_SIZE,
    DemoError,
    seed_organisation,
)
from training.demo.people import (
    DEMO_PASSWORD,
    DEMO_PEOPLE,
    DEMO_TOTP_SECRET,
    create_demo_users,
)

COMPANY_MAX = 500_000
DEFAULT_YEARS, DEFAULT_SEED = 3, 1


class Command(BaseCommand):
    help = (
        "Create the demo logins and, once, a demo organisation under manager@example.com. "
        "Without --years or --seed, and up to 5,000 people, the organisation acts out a year "
        "through the real services (slow, about 0.6 s a person). With --years or --seed, or more "
        "people, a company of any size is written in bulk with that many years of history "
        "(about 50,000 people a minute on PostgreSQL). A second run changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--employees",
            type=int,
            default=DEFAULT_SIZE,
            help=f"People in the demo organisation, besides the demo logins (default {DEFAULT_SIZE}).",
        )
        parser.add_argument(
            "--years",
            type=int,
            help=f"Years of history of a bulk-built company (default {DEFAULT_YEARS}).",
        )
        parser.add_argument(
            "--seed",
            type=int,
            help=f"Seed of a bulk-built company: the same seed builds the same company "
            f"(default {DEFAULT_SEED}).",
        )

    def handle(self, *args, employees, years, seed, **options):
        bulk = years is not None or seed is not None or employees > MAX_SIZE
        if bulk:
            years = DEFAULT_YEARS if years is None else years
            seed = DEFAULT_SEED if seed is None else seed
            if not MIN_SIZE <= employees <= COMPANY_MAX:
                raise CommandError(f"--employees must be between {MIN_SIZE} and {COMPANY_MAX}.")
            if not 1 <= years <= 10:
                raise CommandError("--years must be between 1 and 10.")
            create_demo_users()  # the company reports to manager@example.com
            self._company(employees, years, seed)
        else:
            if not MIN_SIZE <= employees <= MAX_SIZE:
                raise CommandError(
                    f"--employees must be between {MIN_SIZE} (enough to show every status) "
                    f"and {MAX_SIZE}."
                )
            self._organisation(employees)
        create_demo_users()  # logins added since an older demo database was seeded
        self.stdout.write("\nDemo logins:")
        for person in DEMO_PEOPLE:
            self.stdout.write(f"  {person.email:<24} {person.access}")
        self.stdout.write(
            self.style.SUCCESS(f"Demo password for every demo login: {DEMO_PASSWORD}")
        )
        self.stdout.write(
            "The administrator, editor, compliance officer and auditor also need a code from an\n"
            f"authenticator app: add the demo secret {DEMO_TOTP_SECRET} to one (or to\n"
            "`oathtool --totp -b`), or run `manage.py demo_totp_code` for the current code."
        )

    def _company(self, employees: int, years: int, seed: int) -> None:
        try:
            report = build_company(size=employees, years=years, seed=seed)
        except CompanyError as error:
            self.stderr.write(self.style.WARNING(f"No demo company: {error}"))
            return
        if not report.created:
            self.stdout.write(f"Demo company exists ({report.people} people): left as it is.")
            return
        self.stdout.write(
            f"Demo company created: {report.people} people under manager@example.com, "
            f"{report.years} years of history, {report.records} certification records, "
            f"{report.reminders} reminders recorded (none emailed)."
        )
        self.stdout.write(
            "  Status now: " + ", ".join(f"{s} {n}" for s, n in report.statuses.items())
        )

    def _organisation(self, employees: int) -> None:
        try:
            report = seed_organisation(size=employees)
        except DemoError as error:
            self.stderr.write(self.style.WARNING(f"No demo organisation: {error}"))
            return
        if report.created:
            self.stdout.write(
                f"Demo organisation created: {report.people} people in {report.departments} "
                f"departments under manager@example.com, {report.days} days of history, "
                f"{report.reminders} reminders recorded (none emailed)."
            )
            self.stdout.write(
                "  Status now: "
                + ", ".join(f"{status} {n}" for status, n in report.statuses.items())
            )
        else:
            self.stdout.write(f"Demo organisation exists ({report.people} people): left as it is.")
