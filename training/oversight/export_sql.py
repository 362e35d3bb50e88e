"""The records CSV formatted by PostgreSQL and streamed with `COPY … TO STDOUT`.

The same cells as `exports.record_rows` and `writers.csv_chunks` write in Python, made by the
database, which is several times faster at size. Each rule is written twice, once per language,
and `tests/oversight/test_export_sql.py` holds them to the same bytes on tricky values: formula
starts (`writers.FORMULA_STARTS`), ISO 8601 times in UTC, scores (`exports.SCORE_PATTERN`) and
how each module was earned (`ModuleCompletion.Method`).
"""

from collections.abc import Iterator

from django.db import connection, transaction
from django.db.models.expressions import RawSQL

from training.learning.models import ModuleCompletion

TABLE = '"certification_certificationrecord"'


# Codes and hashes are written by the platform from alphabets with no formula start (hex, the
# code alphabet), so they need no neutralising: skipping it saves a third of the cells' work.
MADE_BY_THE_SYSTEM = ("verification_code", "hash", "previous_hash")


def _text(sql: str) -> str:
    """A text cell: empty for NULL or '' (COPY would quote ''), a formula start neutralised.

    `ascii` reads the first character's code (0 for ''): comparing numbers costs less than
    comparing `left(…, 1)` as text, which showed with eight text cells a row.
    """
    from .writers import FORMULA_STARTS

    codes = ", ".join(str(ord(start)) for start in FORMULA_STARTS)
    return f"CASE WHEN ascii({sql}) IN ({codes}) THEN '''' || {sql} ELSE NULLIF({sql}, '') END"


def _iso(column: str) -> tuple[str, tuple]:
    """`exports._iso`: ISO 8601 in UTC, microseconds only when there are some."""
    utc = f"({TABLE}.{column} AT TIME ZONE 'UTC')"
    return (
        f"to_char({utc}, 'YYYY-MM-DD\"T\"HH24:MI:SS') || CASE WHEN date_trunc('second', {utc}) "
        f"= {utc} THEN '' ELSE to_char({utc}, '.US') END || '+00:00'",
        (),
    )


def _module_scores() -> tuple[str, tuple]:
    """`exports.module_scores`: “title: score (how earned)” per module, in order, joined by “; ”,
    as a text cell (`_text`).

    The cell is neutralised inside the subquery that makes it: `_text` repeats its argument, and
    PostgreSQL runs a repeated subquery again each time (twice a row: it was half the export).
    """
    from .exports import SCORE_PATTERN

    methods = ModuleCompletion.Method
    earned = " ".join("WHEN earned_by = %s THEN %s" for _ in methods)
    earned_params = [p for m in methods for p in (m.value, f" ({m.label.lower()})")]
    # The recordset reads each module's values as text: a JSON number and a string holding
    # the same numeral read alike, and true, null or an object fail the pattern, as in Python.
    # Digits with at most one dot (what the platform writes: "87.50") are a numeral the pattern
    # accepts, told by `translate` for a third of the regular expression's cost; the rest
    # (signs, exponents, spaces, words) go to the pattern. string_agg over the one function
    # scan keeps the array's order.
    sql = (
        f"(SELECT {_text('scores.cell')} FROM (SELECT string_agg(coalesce(title, '') || ': ' || "
        "CASE WHEN (translate(score, '0123456789', '') IN ('', '.') AND score NOT IN ('', '.')) "
        "OR score ~ %s THEN trim_scale(btrim(score)::numeric)::text ELSE 'no score' END "
        f"|| CASE WHEN coalesce(earned_by, '') = '' THEN '' {earned} "
        "ELSE ' (' || earned_by || ')' END, '; ') AS cell "
        f"FROM jsonb_to_recordset({TABLE}.modules) AS e(title text, score text, earned_by text)"
        ") AS scores)"
    )
    return sql, (SCORE_PATTERN.pattern, *earned_params)


def _cells() -> dict[str, RawSQL]:
    """The RECORD_HEADER columns as SQL cells, in order."""
    from .exports import RECORD_HEADER

    cells = {}
    for column in RECORD_HEADER:
        if column in ("completed_at", "expires_at"):
            sql, params = _iso(column)
        elif column == "cycle":
            sql, params = f"{TABLE}.cycle::text", ()
        elif column in MADE_BY_THE_SYSTEM:
            sql, params = f"NULLIF({TABLE}.{column}, '')", ()
        elif column == "module_scores":
            sql, params = _module_scores()
        else:
            sql, params = _text(f"{TABLE}.{column}"), ()
        cells[f"cell_{column}"] = RawSQL(sql, params)
    return cells


def copy_csv(records, tally) -> Iterator[bytes]:
    """The rows of `records` (a filtered, ordered queryset) as CSV bytes in ~64 KiB chunks.

    Runs in a transaction the stream opens (the view's has closed by then); `tally.rows` is set
    from the count COPY reports.
    """
    from .writers import CHUNK_BYTES

    cells = _cells()
    sql, params = records.annotate(**cells).values_list(*cells).query.sql_with_params()
    buffer = bytearray()
    with transaction.atomic(), connection.cursor() as cursor:
        copy_sql = f"COPY ({sql}) TO STDOUT WITH (FORMAT csv)"
        with cursor.cursor.copy(copy_sql, params) as copy:
            for block in copy:
                buffer += block
                if len(buffer) >= CHUNK_BYTES:
                    yield bytes(buffer)
                    buffer.clear()
        tally.rows += cursor.cursor.rowcount
    if buffer:
        yield bytes(buffer)
