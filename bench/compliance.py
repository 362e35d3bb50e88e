"""Compliance figures against an existing database (one built by `seed_demo` at size).

    DATABASE_URL=postgres://…/academy python -m bench.compliance [--runs 5] [name …]

Prints `name: value unit` lines: the median wall time, the app process's CPU time, the time
spent waiting for SQL, the queries, and for the records export the rows per second and the ratio
to a plain PostgreSQL `COPY` of the same rows measured in the same run. Reads only, except the
export log entries an export writes.
"""

import argparse
import os
import statistics
import sys
import time
from contextlib import contextmanager
from datetime import timedelta


class SqlClock:
    """Counts queries and the wall time spent inside them."""

    def __init__(self):
        self.queries, self.seconds = 0, 0.0

    def __call__(self, execute, sql, params, many, context):
        start = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.seconds += time.perf_counter() - start
            self.queries += 1


@contextmanager
def measured(results: list):
    from django.db import connection

    clock = SqlClock()
    wall, cpu = time.perf_counter(), time.process_time()
    with connection.execute_wrapper(clock):
        yield
    results.append(
        (time.perf_counter() - wall, time.process_time() - cpu, clock.seconds, clock.queries)
    )


def report(name: str, results: list, extra: str = ""):
    wall, cpu, sql, queries = (statistics.median(column) for column in zip(*results, strict=True))
    print(f"{name}.wall: {wall:.3f} s")
    print(f"{name}.cpu: {cpu:.3f} s")
    print(f"{name}.sql_wait: {sql:.3f} s")
    print(f"{name}.queries: {queries:.0f} queries")
    if extra:
        print(extra)
    sys.stdout.flush()


def officer_client():
    from django.test import Client

    from training.people.models import Employee

    officer = Employee.objects.get(user__email="compliance@example.com").user
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(officer)
    return client


def page(name, url, runs):
    client = officer_client()
    client.get(url)  # warm: templates, connection
    results = []
    for _ in range(runs):
        with measured(results):
            response = client.get(url)
            assert response.status_code == 200, response.status_code
    report(name, results)


def copy_baseline() -> tuple[float, int]:
    """Plain `COPY` of the record columns the export shows, bytes discarded."""
    from django.db import connection

    columns = (
        "verification_code, employee_number, name, email, department, job_role, program_name, "
        "cycle, completed_at, expires_at, modules, hash, previous_hash"
    )
    start, rows = time.perf_counter(), 0
    with connection.cursor() as cursor:
        sql = (
            f"COPY (SELECT {columns} FROM certification_certificationrecord ORDER BY id) TO STDOUT"
        )
        with cursor.cursor.copy(sql) as copy:
            for block in copy:
                rows += bytes(block).count(b"\n")
    return time.perf_counter() - start, rows


def records_export(runs):
    from training.oversight.exports import ExportFilters, run_export

    results, copies, rows = [], [], 0
    for _ in range(runs):
        copies.append(copy_baseline()[0])
        with measured(results):
            _, _, chunks = run_export(
                user=None, via="cli", filters=ExportFilters(kind="records"), scope=None
            )
            size = 0
            lines = 0
            for chunk in chunks:
                size += len(chunk)
                lines += chunk.count(b"\n")
        rows = lines - 1
    wall = statistics.median(r[0] for r in results)
    copy = statistics.median(copies)
    report(
        "export.records_csv",
        results,
        f"export.records_csv.rows: {rows} rows\n"
        f"export.records_csv.rate: {rows / wall:.0f} rows/s\n"
        f"export.copy_plain.wall: {copy:.3f} s\n"
        f"export.records_csv.ratio_to_copy: {copy / wall:.2f} x",
    )


def records_export_python(runs):
    """The rows formatted in Python (the SQLite path, and PostgreSQL's before `COPY`)."""
    from training.oversight.exports import RECORD_HEADER, ExportFilters, record_rows
    from training.oversight.writers import csv_chunks

    results = []
    for _ in range(runs):
        with measured(results):
            for _chunk in csv_chunks(RECORD_HEADER, record_rows(ExportFilters(), None)):
                pass
    report("export.records_csv_python", results)


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    import django

    django.setup()
    from django.conf import settings

    settings.DEBUG = False
    from training.certification import dates

    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("names", nargs="*")
    args = parser.parse_args()
    year_ago = (dates.organisation_today() - timedelta(days=365)).isoformat()
    figures = {
        "compliance.now": lambda: page("compliance.now", "/compliance/", args.runs),
        "compliance.year_ago": lambda: page(
            "compliance.year_ago", f"/compliance/?as_of={year_ago}", args.runs
        ),
        "export": lambda: records_export(args.runs),
        "export_python": lambda: records_export_python(args.runs),
    }
    for name in args.names or figures:
        figures[name]()


if __name__ == "__main__":
    main()
