from django.core.management.base import BaseCommand

from training.demo import DEMO_PASSWORD, create_demo_users


class Command(BaseCommand):
    help = "Create the demo organisation's people (kept as they are if they exist)."

    def handle(self, *args, **options):
        for email, created in create_demo_users():
            self.stdout.write(f"  {email:<26} {'created' if created else 'exists'}")
        self.stdout.write(
            self.style.SUCCESS(f"Demo password for every demo login: {DEMO_PASSWORD}")
        )
