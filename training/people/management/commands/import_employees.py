from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from training.people.directory import import_directory


class Command(BaseCommand):
    help = (
        "Load the employee directory from a CSV file: all rows or none. "
        "With --dry-run, show what would change and write nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="CSV (UTF-8) with a header row")
        parser.add_argument(
            "--dry-run", action="store_true", help="check the file and list the changes only"
        )

    def handle(self, *args, file, dry_run, **options):
        path = Path(file)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise CommandError(f"cannot read {path}: {exc.strerror or exc}") from exc
        result = import_directory(data=data, dry_run=dry_run)
        if result.errors:
            for error in result.errors:
                self.stderr.write(error)
            raise CommandError(f"{path}: {result.summary}")
        for change in result.changes:
            self.stdout.write(f"  {change}")
        self.stdout.write(self.style.SUCCESS(result.summary))
