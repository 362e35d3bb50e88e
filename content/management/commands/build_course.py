from django.core.management.base import BaseCommand

from content.building import build_course


class Command(BaseCommand):
    help = "Create the shipped Data Ethics Essentials course; pages that exist are left untouched."

    def handle(self, *args, **options):
        report = build_course()
        self.stdout.write(self.style.SUCCESS(str(report)))
