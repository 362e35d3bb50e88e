from django.core.management.base import BaseCommand, CommandError

from training.certification.issuing import verify_chain


class Command(BaseCommand):
    help = "Recompute the certification records' hash chain; exit 1 naming the first broken record."

    def handle(self, *args, **options):
        check = verify_chain()
        if not check.ok:
            raise CommandError(f"Chain broken after {check.checked} good records: {check.message}")
        self.stdout.write(self.style.SUCCESS(check.message))
