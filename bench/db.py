"""The bench's own database: one per size, years and seed, built once by `seed_demo` and reused.

DATABASE_URL names the server (PostgreSQL) or, unset, the bench uses an SQLite file in the temp
folder. Either way the bench never writes to the database DATABASE_URL names: it works in
`academy_bench_e{N}_y{Y}_s{S}` beside it (or `academy-bench-e{N}-y{Y}-s{S}.sqlite3`), so a second
run at the same size finds its organisation already built and says so.
"""

import os
import tempfile
import time
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit


@dataclass(frozen=True)
class BenchDatabase:
    url: str
    name: str
    postgres: bool


def bench_database(*, employees: int, years: int, seed: int) -> BenchDatabase:
    base = os.environ.get("DATABASE_URL", "")
    if base.startswith(("postgres://", "postgresql://")):
        name = f"academy_bench_e{employees}_y{years}_s{seed}"
        parts = urlsplit(base)
        return BenchDatabase(urlunsplit(parts._replace(path=f"/{name}")), name, True)
    path = os.path.join(
        tempfile.gettempdir(), f"academy-bench-e{employees}-y{years}-s{seed}.sqlite3"
    )
    return BenchDatabase(f"sqlite:///{path}", path, False)


def create_if_missing(database: BenchDatabase) -> bool:
    """Create the PostgreSQL database unless it exists; True if it was created."""
    if not database.postgres:
        return not os.path.exists(database.name)
    import psycopg

    server = urlsplit(database.url)._replace(path="/postgres")
    with psycopg.connect(urlunsplit(server), autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [database.name]
        ).fetchone()
        if not exists:
            connection.execute(f'CREATE DATABASE "{database.name}"')
    return not exists


def prepare(*, employees: int, years: int, seed: int) -> dict:
    """Migrate, build the course and the organisation unless already there; says which."""
    import io

    from django.core.management import call_command

    from training.demo.bulk import build_company
    from training.demo.people import create_demo_users

    call_command("migrate", verbosity=0)
    call_command("createcachetable", verbosity=0)
    call_command("build_course", stdout=io.StringIO())
    create_demo_users()
    started, cpu = time.perf_counter(), time.process_time()
    report = build_company(size=employees, years=years, seed=seed)
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    analyzed = analyze()
    return {
        "built": report.created,
        "people": report.people,
        "wall": wall,
        "cpu": cpu,
        "analyzed": analyzed,
    }


def analyze() -> bool:
    """Vacuum and analyse, as autovacuum would have in production, before anything is timed.

    A database just built in bulk (or copied with `createdb -T`, or just migrated) has no
    statistics and no visibility map until autovacuum gets round to it: the planner picks plans
    that take seconds, and index-only scans (the time-to-certify medians) read the table instead.
    The figures would measure the missing upkeep, not the code.
    """
    from django.db import connection

    if connection.vendor != "postgresql":
        return False
    with connection.cursor() as cursor:
        cursor.execute("VACUUM (ANALYZE)")
    return True
