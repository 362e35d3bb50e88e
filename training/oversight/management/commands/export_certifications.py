"""`manage.py export_certifications`: the same export as /compliance/exports/, streamed."""

import codecs
import os
import tempfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from training.oversight.exports import run_export
from training.oversight.forms import ExportForm, QueryError

# Each option sets the export parameter of the same name (--date-from → date_from).
PARAMETERS = tuple(ExportForm.base_fields)


class Command(BaseCommand):
    help = (
        "Export certification records or status as CSV, XLSX or JSON, to stdout or --output. "
        "The export is logged like one made in the browser."
    )

    def add_arguments(self, parser):
        parser.add_argument("--kind", help="records (default) or status")
        parser.add_argument("--format", help="csv (default), xlsx or json")
        parser.add_argument(
            "--as-of", help="status at the end of this day (YYYY-MM-DD, organisation time zone)"
        )
        parser.add_argument("--program", help="certification program id")
        parser.add_argument("--department", help="department id")
        parser.add_argument("--role", help="job role id")
        parser.add_argument("--status", help="only assignments in this status (status exports)")
        parser.add_argument("--date-from", help="records completed on or after (YYYY-MM-DD)")
        parser.add_argument("--date-to", help="records completed on or before (YYYY-MM-DD)")
        parser.add_argument("--output", help="file to write; stdout when absent (not for xlsx)")

    def handle(self, *args, **options):
        params = {name: [options[name]] for name in PARAMETERS if options[name]}
        try:
            filters = ExportForm(params).filters()
        except QueryError as error:
            raise CommandError(error.naming(f"--{error.param.replace('_', '-')}")) from None
        output = options["output"]
        if filters.file_format == "xlsx" and not output:
            raise CommandError("--output: an XLSX file is binary; give a file to write it to.")
        if output and not Path(output).resolve().parent.is_dir():
            raise CommandError(f"--output: the folder of “{output}” does not exist.")
        _, filename, chunks = run_export(user=None, via="command", filters=filters, scope=None)
        if output:
            self._write_file(Path(output), chunks)
            self.stderr.write(f"Wrote {output}")
        else:
            decoder = codecs.getincrementaldecoder("utf-8")()
            for chunk in chunks:
                self.stdout.write(decoder.decode(chunk), ending="")
            self.stdout.write(decoder.decode(b"", final=True), ending="")

    @staticmethod
    def _write_file(path: Path, chunks) -> None:
        """Write beside the target and rename at the end: a failed export leaves no partial file.
        A target that is not a regular file (/dev/null, a pipe) is written to, never replaced."""
        if path.exists() and not path.is_file():
            with path.open("wb") as file:
                for chunk in chunks:
                    file.write(chunk)
            return
        handle, partial = tempfile.mkstemp(dir=path.resolve().parent, prefix=f".{path.name}.")
        try:
            with os.fdopen(handle, "wb") as file:
                for chunk in chunks:
                    file.write(chunk)
            os.replace(partial, path)
        except BaseException:
            Path(partial).unlink(missing_ok=True)
            raise
