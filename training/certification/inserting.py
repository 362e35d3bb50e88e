"""Insert many rows at once, skipping those a uniqueness rule already holds, and learn which went in.

Django's `bulk_create(ignore_conflicts=True)` returns nothing about what it skipped; this makes the
same call it makes (`QuerySet._insert` with `OnConflict.IGNORE`) with returning fields, so the
caller counts, or writes events for, exactly the rows this run created — even with another run
inserting the same rows in parallel (the uniqueness decides who wins).
"""

from django.db.models import Model
from django.db.models.constants import OnConflict

INSERT_BATCH = 2000  # rows per INSERT statement


def insert_new(rows: list[Model], returning: tuple[str, ...] = ("pk",)) -> list[tuple]:
    """Insert `rows` (all of one model), ignoring conflicts; return `returning` of those inserted."""
    if not rows:
        return []
    meta = rows[0]._meta
    for row in rows:
        row._prepare_related_fields_for_save(operation_name="bulk_create")
    fields = [f for f in meta.concrete_fields if not f.primary_key]
    returned = [meta.pk if name == "pk" else meta.get_field(name) for name in returning]
    inserted = []
    for start in range(0, len(rows), INSERT_BATCH):
        inserted += meta.default_manager._insert(
            rows[start : start + INSERT_BATCH],
            fields=fields,
            returning_fields=returned,
            on_conflict=OnConflict.IGNORE,
        )
    return inserted
