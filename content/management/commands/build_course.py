from django.core.management.base import BaseCommand

from content.building import build_course


class Command(BaseCommand):
    help = (
        "Create the shipped Data Ethics Essentials course, or bring it up to date: pages and "
        "quizzes no editor has changed get the shipped content; edited ones are kept."
    )

    def handle(self, *args, **options):
        report = build_course()
        self.stdout.write(self.style.SUCCESS(str(report)))
