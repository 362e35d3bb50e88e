"""Figures about how a record was earned, fixed when it is issued: what the time-to-certify report
reads instead of the learning behind every record."""

import pgtrigger
from django.db import models

from .assignments import CertificationProgram
from .records import CertificationRecord


class RecordFigures(models.Model):
    """One record's figures, written with it (`figures.record_figures`), never changed.

    Not evidence: outside the record and its seal. It repeats the record's program, cycle and
    completion so that the report reads this narrow table alone, never the records' evidence.
    """

    record = models.OneToOneField(
        CertificationRecord, on_delete=models.PROTECT, primary_key=True, related_name="figures"
    )
    program = models.ForeignKey(CertificationProgram, on_delete=models.PROTECT, related_name="+")
    program_name = models.CharField(max_length=200)
    cycle = models.PositiveIntegerField()
    completed_at = models.DateTimeField()
    minutes = models.FloatField(
        null=True,
        blank=True,
        help_text="From the first learning of the cycle (a lesson read or an attempt started) to "
        "the record's completion; empty when no learning of the cycle is on file.",
    )
    modules = models.PositiveSmallIntegerField(help_text="Modules the record cites.")
    by_check = models.PositiveSmallIntegerField(help_text="Of those, earned by a renewal check.")

    class Meta:
        verbose_name_plural = "record figures"
        # A median is read by walking a program's minutes in order to the middle one; the other
        # columns are what the report filters by, so the walk never leaves the index.
        indexes = [
            models.Index(
                fields=["program_name", "minutes", "completed_at", "cycle", "by_check", "program"],
                name="recordfigures_median_idx",
            )
        ]
        triggers = [
            pgtrigger.Protect(
                name="recordfigures_fixed", operation=pgtrigger.Update | pgtrigger.Delete
            )
        ]

    def __str__(self):
        return f"Figures of record {self.record_id}"
