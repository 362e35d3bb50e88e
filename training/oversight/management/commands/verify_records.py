"""`manage.py verify_records [--checkpoint FILE ...]`: is the evidence as it was?

Lives in oversight because it holds the chain to the checkpoints in the export log as well as to
any published ones given. Exit codes: 0 intact; 1 a record or link does not hold; 3 the chain
differs from a genuine checkpoint (truncated, rewritten or reordered); 4 a checkpoint is forged
or unreadable.
"""

import json

from django.core.management.base import BaseCommand, CommandError

from training.certification.chain import verify_chain
from training.oversight.models import ExportLog

EXIT_CODES = {"broken": 1, "mismatch": 3, "forged": 4}


class Command(BaseCommand):
    help = (
        "Recompute the certification records' keyed hash chain and hold it to every checkpoint "
        "in the export log and to the ones given; exit 1 (broken record), 3 (differs from a "
        "checkpoint) or 4 (forged checkpoint), naming what is wrong."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--checkpoint",
            action="append",
            default=[],
            metavar="FILE",
            help="A checkpoint printed by chain_checkpoint earlier (repeatable).",
        )

    def handle(self, *args, checkpoint, **options):
        given = [self._read(path) for path in checkpoint]
        check = verify_chain(checkpoints=given + ExportLog.objects.checkpoints())
        if not check.ok:
            raise CommandError(
                f"Chain broken after {check.checked} good records: {check.message}",
                returncode=EXIT_CODES[check.problem],
            )
        self.stdout.write(self.style.SUCCESS(check.message))

    def _read(self, path: str) -> dict:
        try:
            with open(path, encoding="utf-8") as file:
                data = json.load(file)
        except OSError as error:
            raise CommandError(
                f"Cannot read checkpoint {path}: {error.strerror}", returncode=4
            ) from None
        except ValueError:
            raise CommandError(f"Checkpoint {path} is not JSON", returncode=4) from None
        if not isinstance(data, dict):
            raise CommandError(f"Checkpoint {path} is not a JSON object", returncode=4)
        return data
