"""The records CSV that PostgreSQL formats (`export_sql`) and the one Python writes (`exports`)
are the same bytes, on the values where the two languages could differ."""

from datetime import UTC, datetime

import pytest
from django.db import connection

from tests.factories import CertificationRecordFactory, EmployeeFactory
from training.oversight.export_sql import _cells, copy_csv
from training.oversight.exports import (
    RECORD_HEADER,
    ExportFilters,
    _records,
    _Tally,
    module_scores,
    record_rows,
)
from training.oversight.writers import csv_chunks

TRICKY_MODULES = [
    {"title": "=HYPERLINK(evil)", "score": 87.5, "earned_by": "lessons_and_quiz"},
    {"title": "Plain", "score": "100.00", "earned_by": "renewal_check"},
    {"title": "Zero", "score": -0.0},
    {"title": "Tiny", "score": 1e-07},
    {"title": "Int", "score": 80},
    {"title": "Words", "score": "eighty"},
    {"title": "NaN", "score": "NaN"},
    {"title": "Underscore", "score": "1_000"},
    {"title": "Null", "score": None, "earned_by": "someday"},
    {"title": "Bool", "score": True},
    {"title": None, "score": " 75 "},
    {"score": 12.340},
    {"title": 'Quote "and", comma\nnewline', "score": 1.5e3},
]
# Around the digits-and-one-dot shortcut `export_sql` takes before the score pattern.
PLAIN_NUMERALS = [
    {"title": title, "score": score}
    for title, score in [
        ("Trailing dot", "12."),
        ("Leading dot", ".5"),
        ("Two dots", "1.2.3"),
        ("Dot", "."),
        ("Two dots alone", ".."),
        ("Empty", ""),
        ("Leading zeros", "007"),
        ("Zeros both sides", "00.50"),
        ("Zero fraction", ".000"),
        ("Spaced", " 7"),
        ("Signed", "+5"),
        ("Exponent", "1e3"),
        ("Arabic-Indic digits", "\u0661\u0662"),
        ("Trailing letter", "12a"),
    ]
]


def test_scores_read_only_numbers_and_plain_decimals():
    cell = module_scores(TRICKY_MODULES)
    assert cell.split("; ")[:11] == [
        "=HYPERLINK(evil): 87.5 (lessons and quiz)",
        "Plain: 100 (renewal check)",
        "Zero: 0",
        "Tiny: 0.0000001",
        "Int: 80",
        "Words: no score",
        "NaN: no score",
        "Underscore: no score",
        "Null: no score (someday)",
        "Bool: no score",
        ": 75",
    ]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="COPY is PostgreSQL's")
def test_postgresql_formats_the_records_csv_exactly_as_python(db):
    moment = datetime(2026, 3, 1, 23, 59, 59, 123456, tzinfo=UTC)
    whole = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    for name, modules, completed in [
        ("-Minus Start", TRICKY_MODULES, moment),
        ('@at, "quoted"\r\nname', [], whole),
        ("\tTabbed", [{"title": "+plus", "score": "0.50"}], whole),
        ("Plain numerals", PLAIN_NUMERALS, whole),
    ]:
        CertificationRecordFactory(
            assignment__employee=EmployeeFactory(department=None),
            name=name,
            modules=modules,
            completed_at=completed,
        )
    filters = ExportFilters(kind="records")
    python = b"".join(csv_chunks(RECORD_HEADER, record_rows(filters, None)))
    tally = _Tally()
    header = python.split(b"\n", 1)[0] + b"\n"
    sql = header + b"".join(copy_csv(_records(filters, None), tally))
    assert sql == python
    assert tally.rows == 4
    assert b"'=HYPERLINK" in sql and b"'-Minus" in sql and b"'@at" in sql and b"'\tTabbed" in sql


def _plan_nodes(node):
    yield node
    for child in node.get("Plans", []):
        yield from _plan_nodes(child)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="COPY is PostgreSQL's")
def test_postgresql_reads_each_records_modules_once(db):
    """The module-scores cell is most of the export's cost: its recordset over a record's modules
    runs once a row (a repeated subquery ran again for each mention)."""
    CertificationRecordFactory.create_batch(3, modules=TRICKY_MODULES)
    cells = _cells()
    records = _records(ExportFilters(kind="records"), None).annotate(**cells)
    sql, params = records.values_list(*cells).query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (ANALYZE, FORMAT JSON) {sql}", params)
        plan = cursor.fetchone()[0][0]["Plan"]
    scans = [n for n in _plan_nodes(plan) if n.get("Function Name") == "jsonb_to_recordset"]
    assert sum(n["Actual Loops"] for n in scans) == 3
