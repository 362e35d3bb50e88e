"""Rows written in batches: PostgreSQL's COPY where the database has it, `bulk_create` elsewhere.

The bulk path numbers its rows itself (it knows an attempt's id before the record that cites it),
so the writer takes the primary key in every row and moves each table's sequence past the
largest one when it is done.
"""

import json
from collections import defaultdict

from django.core.management.color import no_style
from django.db import connection


class Writer:
    """Collects rows per model and writes them, parents first, when `flush` is called."""

    def __init__(self, order: list):
        self.order = order  # models, parents before children
        self.columns: dict = {}
        self.rows: dict = defaultdict(list)
        self.written: dict = defaultdict(int)
        self.next_ids = {model: _largest_id(model) + 1 for model in order}
        self.copy = connection.vendor == "postgresql"

    def ids(self, model, count: int = 1) -> int:
        """Reserve `count` primary keys; return the first."""
        first = self.next_ids[model]
        self.next_ids[model] += count
        return first

    def add(self, model, columns: tuple[str, ...], row: tuple) -> None:
        if model not in self.columns:
            self.columns[model] = columns
        self.rows[model].append(row)

    def pending(self) -> int:
        return sum(len(rows) for rows in self.rows.values())

    def flush(self) -> None:
        for model in self.order:
            rows = self.rows.pop(model, None)
            if not rows:
                continue
            columns = self.columns[model]
            if self.copy:
                self._copy(model, columns, rows)
            else:
                model.objects.bulk_create(
                    [model(**dict(zip(columns, row, strict=True))) for row in rows],
                    batch_size=500,
                )
            self.written[model] += len(rows)

    def _copy(self, model, columns, rows) -> None:
        table = connection.ops.quote_name(model._meta.db_table)
        names = ", ".join(
            connection.ops.quote_name(model._meta.get_field(c).column) for c in columns
        )
        json_at = [i for i, c in enumerate(columns) if _is_json(model, c)]
        sql = f"COPY {table} ({names}) FROM STDIN"
        with connection.cursor() as cursor, cursor.cursor.copy(sql) as copy:
            for row in rows:
                if json_at:
                    row = list(row)
                    for i in json_at:
                        if not isinstance(row[i], str):
                            row[i] = json.dumps(row[i])
                copy.write_row(row)

    def finish(self) -> None:
        """Write what is left; every table's next id comes after the ids written here."""
        self.flush()
        statements = connection.ops.sequence_reset_sql(no_style(), self.order)
        with connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)


def _is_json(model, column: str) -> bool:
    return model._meta.get_field(column).get_internal_type() == "JSONField"


def _largest_id(model) -> int:
    from django.db.models import Max

    return model._base_manager.aggregate(top=Max("pk"))["top"] or 0
