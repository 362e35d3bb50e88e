"""Benchmarks: `make bench` prints one line per figure. Never part of `make test`.

Builds a throwaway organisation of N employees (BENCH_EMPLOYEES, default 3000) and measures the
daily job and the hash-chain verification.
"""

import io
import os
import resource
import sys
import time
from datetime import UTC, date, datetime, timedelta

import django


def setup():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.bench")
    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    name = settings.DATABASES["default"]["NAME"]
    if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3") and os.path.exists(name):
        os.remove(name)
    call_command("migrate", verbosity=0)
    call_command("build_course", stdout=io.StringIO())


def organisation(count: int):
    from django.contrib.auth import get_user_model

    from training.certification.models import CertificationProgram, RoleRequirement
    from training.certification.programs import ANNUAL_PROGRAM
    from training.people.models import Department, Employee, JobRole

    User = get_user_model()
    department = Department.objects.create(name="Operations")
    role = JobRole.objects.create(name="Agent")
    RoleRequirement.objects.create(
        job_role=role, program=CertificationProgram.objects.get(name=ANNUAL_PROGRAM)
    )
    users = User.objects.bulk_create(
        User(email=f"bench{i}@example.org", first_name="Bench", last_name=str(i))
        for i in range(count)
    )
    Employee.objects.bulk_create(
        Employee(
            user=user,
            employee_number=f"B{i:06d}",
            department=department,
            job_role=role,
            hire_date=date(2025, 1, 6),
            time_zone="Europe/London",
        )
        for i, user in enumerate(users)
    )


def measure(label: str, func, unit_count: int | None = None):
    started = time.perf_counter()
    result = func()
    elapsed = time.perf_counter() - started
    rate = f", {unit_count / elapsed:,.0f} employees/s" if unit_count else ""
    print(f"{label}: {elapsed:.2f} s{rate}")
    return result


def main():
    count = int(os.environ.get("BENCH_EMPLOYEES", "3000"))
    setup()
    from django.db import connection

    from training.certification.jobs import run_daily

    organisation(count)
    start = datetime(2026, 3, 2, 6, tzinfo=UTC)
    print(f"database: {connection.vendor}, employees: {count}")
    measure(
        f"run_schedules first run (assigns {count}, sends {count} 'due in 30 days')",
        lambda: run_daily(at=start),
        count,
    )
    measure(
        "run_schedules again the same day (nothing to do)",
        lambda: run_daily(at=start + timedelta(hours=1)),
        count,
    )
    measure(
        f"run_schedules 7 days before due (sends {count} reminders)",
        lambda: run_daily(at=start + timedelta(days=23)),
        count,
    )
    views(count)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory of the benchmark process: {peak:.0f} MiB")
    return 0


def views(count: int) -> None:
    """The manager's and the compliance officer's pages, and a streamed export, at this size."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from tests.training.org import build_org, compliance_officer

    boss, *_ = build_org(count, prefix="v")
    client = Client()
    client.force_login(boss.user)
    client.get("/team/")
    with CaptureQueriesContext(connection) as queries:
        measure(f"/team/ for a manager of {count}", lambda: client.get("/team/"))
    print(f"/team/ queries: {len(queries)}")
    client.force_login(compliance_officer(email="bench-co@example.org"))
    client.get("/compliance/")
    with CaptureQueriesContext(connection) as queries:
        measure(f"/compliance/ over {count * 2} assignments", lambda: client.get("/compliance/"))
    print(f"/compliance/ queries: {len(queries)}")

    def export():
        response = client.get("/compliance/exports/download/", {"kind": "status", "format": "csv"})
        return sum(len(chunk) for chunk in response.streaming_content)

    size = measure(f"status export CSV ({count * 2} rows)", export, count * 2)
    print(f"status export size: {size / 1024:.0f} KiB")


if __name__ == "__main__":
    sys.exit(main())
