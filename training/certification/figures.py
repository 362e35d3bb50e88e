"""A record's figures (`RecordFigures`): how long the cycle's learning took and how its modules
were earned, computed once, when the record is issued, from the learning behind it.

The first learning of a cycle is the learner's earliest lesson read or attempt started in the
record's learning period (the start of its cycle, from the cycle's first event), up to the
record's completion. The migration that brought these figures in filled them for the records
already issued with the same function.
"""

from collections.abc import Iterable, Iterator
from datetime import datetime

from django.db.models import OuterRef, QuerySet, Subquery

from training.learning.models import ModuleCompletion

RENEWAL_CHECK = ModuleCompletion.Method.RENEWAL_CHECK.value
BATCH = 2000


def minutes_to_complete(completed_at: datetime, firsts: Iterable[datetime | None]) -> float | None:
    """Minutes from the earliest of `firsts` (None: none of that kind) to `completed_at`."""
    starts = [moment for moment in firsts if moment is not None]
    return (completed_at - min(starts)).total_seconds() / 60 if starts else None


def by_check(modules: list[dict]) -> int:
    """How many of a record's modules were earned by a renewal check."""
    return sum(1 for module in modules if module.get("earned_by") == RENEWAL_CHECK)


def record_figures(records: QuerySet) -> Iterator:
    """The figures of each record in `records`, unsaved, from one query (read in batches).

    The models come from the queryset's registry, so a migration passes its historical records."""
    registry = records.model._meta.apps
    event = registry.get_model("certification", "AssignmentEvent")
    figures = registry.get_model("certification", "RecordFigures")
    cycle_start = event.objects.filter(
        assignment_id=OuterRef("assignment_id"), cycle=OuterRef("cycle")
    ).order_by("at", "id")
    rows = (
        records.annotate(period_start=Subquery(cycle_start.values("cycle_started_at")[:1]))
        .annotate(
            first_lesson=_first(registry.get_model("learning", "LessonCompletion"), "completed_at"),
            first_attempt=_first(registry.get_model("quizzes", "Attempt"), "started_at"),
        )
        .order_by("pk")
        .values_list(
            "pk",
            "program_id",
            "program_name",
            "cycle",
            "completed_at",
            "modules",
            "first_lesson",
            "first_attempt",
        )
    )
    for pk, program, name, cycle, completed_at, modules, *firsts in rows.iterator(BATCH):
        yield figures(
            record_id=pk,
            program_id=program,
            program_name=name,
            cycle=cycle,
            completed_at=completed_at,
            minutes=minutes_to_complete(completed_at, firsts),
            modules=len(modules),
            by_check=by_check(modules),
        )


def _first(model, field: str):
    """The earliest `field` of the learner's activity in the record's period, up to completion."""
    return Subquery(
        model.objects.filter(
            user_id=OuterRef("employee__user_id"),
            period_start=OuterRef("period_start"),
            **{f"{field}__lte": OuterRef("completed_at")},
        )
        .order_by(field)
        .values(field)[:1]
    )


def write_figures(records: QuerySet) -> int:
    """Compute and store the figures of `records` (none of which has them yet); return how many."""
    figures = records.model._meta.apps.get_model("certification", "RecordFigures")
    batch, written = [], 0
    for row in record_figures(records):
        batch.append(row)
        if len(batch) == BATCH:
            written += len(figures.objects.bulk_create(batch))
            batch = []
    return written + len(figures.objects.bulk_create(batch))
