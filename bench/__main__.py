"""`make bench`: one line per figure, `name: value unit`, each with its budget from issue 10.

    BENCH_EMPLOYEES=50000 DATABASE_URL=postgres://postgres@127.0.0.1:5432/academy make bench
    make bench                                  # SQLite, 2,000 employees

Builds (or reuses) its own database of BENCH_EMPLOYEES people with `seed_demo`'s bulk company
(BENCH_YEARS, default 3, BENCH_SEED, default 1): see bench/db.py. BENCH_RUNS (default 5) is how
many times each figure is taken; the median is printed. BENCH_ONLY=compliance,team,... takes
some figures only. Jobs that write (the daily job) run in a transaction that is rolled back.
"""

import os
import sys
import time


def settings_for(employees: int, years: int, seed: int):
    from bench.db import bench_database, create_if_missing

    database = bench_database(employees=employees, years=years, seed=seed)
    create_if_missing(database)
    os.environ["DATABASE_URL"] = database.url
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.bench"
    return database


def load_average() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.1f} {five:.1f} {fifteen:.1f} (1, 5, 15 min; {os.cpu_count()} cores)"


def main() -> int:
    postgres = os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://"))
    employees = int(os.environ.get("BENCH_EMPLOYEES") or (50_000 if postgres else 2_000))
    years = int(os.environ.get("BENCH_YEARS", "3"))
    seed = int(os.environ.get("BENCH_SEED", "1"))
    runs = int(os.environ.get("BENCH_RUNS", "5"))
    only = [name for name in os.environ.get("BENCH_ONLY", "").split(",") if name]
    database = settings_for(employees, years, seed)

    import django

    django.setup()
    from bench import budgets, figures

    budgets.context.update(size=employees, postgresql=database.postgres)
    print(f"database: {'postgresql' if database.postgres else 'sqlite'} {database.name}")
    print(f"load_average.start: {load_average()}")
    sys.stdout.flush()
    from bench.db import prepare

    prepared = prepare(employees=employees, years=years, seed=seed)
    state = "built now" if prepared["built"] else "reused, built by an earlier run"
    print(f"organisation: {prepared['people']} employees, {years} years, seed {seed} ({state})")
    if prepared["analyzed"]:
        print("statistics: VACUUM (ANALYZE) run on the whole database before measuring")
    takes = {
        "seed": lambda: figures.seed(prepared, employees, years),
        "compliance": lambda: figures.compliance(runs),
        "team": lambda: figures.team(runs),
        "export": lambda: figures.records_export(runs),
        "lesson": lambda: figures.lesson_page(runs),
        "verify": lambda: figures.verify(runs),
        "daily": lambda: figures.daily_job(runs, employees),
    }
    started = time.perf_counter()
    for name in only or takes:
        for line in takes[name]():
            print(line)
        sys.stdout.flush()
    print(f"load_average.end: {load_average()}")
    print(f"bench.wall: {time.perf_counter() - started:.0f} s (all figures, after the build)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
