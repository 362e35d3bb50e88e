from django.core.management.base import BaseCommand, CommandError

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


class Command(BaseCommand):
    help = (
        "Create the demo logins and, once, a demo organisation under manager@example.com with a "
        "year of history made through the real services. A second run changes nothing: an "
        "existing organisation is kept whatever --employees says."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--employees",
            type=int,
            default=DEFAULT_SIZE,
            help=f"People in the demo organisation, besides the demo logins (default {DEFAULT_SIZE}).",
        )

    def handle(self, *args, employees, **options):
        if not MIN_SIZE <= employees <= MAX_SIZE:
            raise CommandError(
                f"--employees must be between {MIN_SIZE} (enough to show every status) "
                f"and {MAX_SIZE}."
            )
        try:
            report = seed_organisation(size=employees)
        except DemoError as error:
            self.stderr.write(self.style.WARNING(f"No demo organisation: {error}"))
        else:
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
                self.stdout.write(
                    f"Demo organisation exists ({report.people} people): left as it is."
                )
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
