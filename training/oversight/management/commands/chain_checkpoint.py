"""`manage.py chain_checkpoint [--output FILE]`: a signed checkpoint of the record chain, as JSON.

Publish it somewhere the database's administrators cannot write (a ticket, an email to the
auditor, a transparency log); `verify_records --checkpoint FILE` later proves that every record it
vouches for is still there, unchanged and in order.
"""

import json

from django.core.management.base import BaseCommand

from training.certification.chain import take_checkpoint


class Command(BaseCommand):
    help = "Print a signed checkpoint of the certification record chain (JSON), for publishing."

    def add_arguments(self, parser):
        parser.add_argument("--output", metavar="FILE", help="Write it here instead of stdout.")

    def handle(self, *args, output=None, **options):
        text = json.dumps(take_checkpoint(), indent=2) + "\n"
        if output:
            with open(output, "w", encoding="utf-8") as file:
                file.write(text)
        else:
            self.stdout.write(text, ending="")
