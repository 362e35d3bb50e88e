"""What `make bench` times, one function per figure; each returns its lines, `name: value unit`.

Pages go through Django's test client in this process with production-like settings
(config/settings/bench.py): wall time and this process's CPU time (the server's work for the
request, as nothing else runs in the process) are medians of `runs`; queries and the time spent
waiting for SQL are counted by a connection wrapper (bench/compliance.py).
"""

import statistics
import time
from contextlib import contextmanager
from datetime import timedelta

from bench.budgets import judged
from bench.compliance import SqlClock, copy_baseline, officer_client


@contextmanager
def rolled_back():
    """Run a job and undo it, so the next run (and the next `make bench`) starts from the same data."""
    from django.db import transaction

    with transaction.atomic():
        yield
        transaction.set_rollback(True)


def timed(func, runs: int) -> dict:
    from django.db import connection

    samples = []
    for _ in range(runs):
        clock = SqlClock()
        wall, cpu = time.perf_counter(), time.process_time()
        with connection.execute_wrapper(clock):
            result = func()
        samples.append(
            (time.perf_counter() - wall, time.process_time() - cpu, clock.seconds, clock.queries)
        )
    wall, cpu, sql, queries = (statistics.median(c) for c in zip(*samples, strict=True))
    return {"wall": wall, "cpu": cpu, "sql": sql, "queries": queries, "runs": runs, "last": result}


def lines(name: str, figure: dict, note: str = "") -> list[str]:
    note = f"; {note}" if note else ""
    return [
        judged(f"{name}.wall", figure["wall"], "s", f"median of {figure['runs']}{note}"),
        judged(f"{name}.cpu", figure["cpu"], "s"),
        judged(f"{name}.sql_wait", figure["sql"], "s"),
        judged(f"{name}.queries", round(figure["queries"]), "queries"),
    ]


def get_page(client, url: str):
    def get():
        response = client.get(url)
        assert response.status_code == 200, f"{url}: {response.status_code}"
        return response

    get()  # warm: templates, connection, caches
    return get


def compliance(runs: int) -> list[str]:
    from training.certification import dates

    client = officer_client()
    year_ago = (dates.organisation_today() - timedelta(days=365)).isoformat()
    return [
        *lines("compliance.now", timed(get_page(client, "/compliance/"), runs)),
        *lines(
            "compliance.year_ago",
            timed(get_page(client, f"/compliance/?as_of={year_ago}"), runs),
        ),
    ]


def subtree_sizes() -> dict[int, int]:
    """People under each manager (directly or not), from one read of the tree."""
    from training.people.models import Employee

    parent = dict(Employee.objects.filter(active=True).values_list("id", "manager_id"))
    sizes: dict[int, int] = {}
    for person in parent:
        seen, boss = set(), parent.get(person)
        while boss is not None and boss not in seen:
            seen.add(boss)
            sizes[boss] = sizes.get(boss, 0) + 1
            boss = parent.get(boss)
    return sizes


def team(runs: int, target: int = 2000) -> list[str]:
    from django.test import Client

    from training.people.models import Employee

    sizes = subtree_sizes()
    top = Employee.objects.get(user__email="manager@example.com")
    middle = min((m for m in sizes if m != top.pk), key=lambda m: abs(sizes[m] - target))
    out = []
    for name, manager in (("team.manager_of_2000", middle), ("team.top", top.pk)):
        client = Client(HTTP_HOST="127.0.0.1")
        client.force_login(Employee.objects.get(pk=manager).user)
        note = f"{sizes.get(manager, 0)} people under them"
        out += lines(name, timed(get_page(client, "/team/"), runs), note)
    return out


def records_export(runs: int) -> list[str]:
    from django.db import connection

    from training.oversight.exports import ExportFilters, run_export

    def export():
        _, _, chunks = run_export(
            user=None, via="cli", filters=ExportFilters(kind="records"), scope=None
        )
        return sum(chunk.count(b"\n") for chunk in chunks) - 1  # less the header

    export()
    figure = timed(export, runs)
    rows = figure["last"]
    out = [*lines("export.records_csv", figure), f"export.records_csv.rows: {rows} rows"]
    out.append(judged("export.records_csv.rate", rows / figure["wall"], "rows/s"))
    if connection.vendor == "postgresql":
        copy = statistics.median(copy_baseline()[0] for _ in range(runs))
        out.append(judged("export.copy_plain.wall", copy, "s", f"median of {runs}, same rows"))
        out.append(judged("export.records_csv.ratio_to_copy", copy / figure["wall"], "x"))
    else:
        out.append("export.records_csv.ratio_to_copy: n/a (COPY is PostgreSQL's)")
    return out


def anchor_page():
    """A bare Wagtail page (a StandardPage with a paragraph): the lesson page's yardstick."""
    from content.models import HomePage, StandardPage

    page = StandardPage.objects.filter(slug="bench-anchor").first()
    if page is None:
        home = HomePage.objects.get()
        page = home.add_child(
            instance=StandardPage(title="Bench anchor", slug="bench-anchor", intro="A bare page.")
        )
        page.save_revision().publish()
    return page


def lesson_page(runs: int, batch: int = 20) -> list[str]:
    from django.test import Client

    from content.models import LessonPage

    learner = learner_user()
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(learner)
    lesson = LessonPage.objects.live().order_by("path")[1]
    lesson_get = get_page(client, lesson.url)
    anchor_get = get_page(client, anchor_page().url)
    figure = timed(lesson_get, runs)

    def many(get):
        return lambda: [get() for _ in range(batch)]

    # Interleaved, so both pages see the same load on this machine.
    lesson_rates, anchor_rates = [], []
    for _ in range(runs):
        lesson_rates.append(batch / timed(many(lesson_get), 1)["wall"])
        anchor_rates.append(batch / timed(many(anchor_get), 1)["wall"])
    lesson_rps, anchor_rps = statistics.median(lesson_rates), statistics.median(anchor_rates)
    return [
        *lines("lesson.page", figure, f"{learner.email}, {lesson.url}"),
        judged("lesson.page.rate", lesson_rps, "requests/s", f"{batch} in a row, one client"),
        judged("lesson.anchor_page.rate", anchor_rps, "requests/s", "a bare Wagtail page"),
        judged("lesson.page.ratio_to_bare_page", lesson_rps / anchor_rps, "x"),
    ]


def learner_user():
    """A company learner with an open assignment (the demo employee login if it has one)."""
    from training.certification.models import Assignment

    open_ = Assignment.objects.filter(ended_at__isnull=True, exempt=False, employee__active=True)
    mine = open_.filter(employee__user__email="employee@example.com").first()
    return (mine or open_.order_by("id").first()).employee.user


def verify(runs: int) -> list[str]:
    from training.certification.issuing import verify_chain
    from training.certification.models import CertificationRecord

    def check():
        result = verify_chain()
        assert result.ok, result.message
        return result

    figure = timed(check, runs)
    count = CertificationRecord.objects.count()
    return [
        *lines("verify_records", figure, f"{count} records"),
        judged("verify_records.rate", count / figure["wall"], "records/s"),
    ]


def hire(count: int, at) -> None:
    """`count` new hires today, in a role the company requires programs of, none assigned yet."""
    from django.contrib.auth import get_user_model
    from django.db.models import Count

    from training.people.models import Department, Employee, JobRole

    # The role with the most programs required (the annual one and a role track): the heavier day.
    role = (
        JobRole.objects.annotate(programs=Count("requirements")).order_by("-programs", "id").first()
    )
    department = Department.objects.order_by("id").first()
    users = get_user_model().objects.bulk_create(
        get_user_model()(email=f"bench-hire{i}@example.org", first_name="Hire", last_name=str(i))
        for i in range(count)
    )
    Employee.objects.bulk_create(
        (
            Employee(
                user=user,
                employee_number=f"BENCH{i:07d}",
                department=department,
                job_role=role,
                hire_date=at.date(),
                time_zone="Europe/London",
            )
            for i, user in enumerate(users)
        ),
        batch_size=5000,
    )


def daily_job(runs: int, employees: int) -> list[str]:
    """The daily task's own work (assign, renewals, record the reminders) and, apart, the sending
    it queues for the workers (`REMINDER_SEND_TASKS` tasks: tasks.py), at its rate per process."""
    from django.conf import settings
    from django.utils import timezone

    from training.certification.jobs import run_daily
    from training.certification.reminders import send_pending

    tomorrow = timezone.now().replace(hour=6, minute=0, second=0, microsecond=0) + timedelta(1)

    def clocked(func):
        started = (time.perf_counter(), time.process_time())
        value = func()
        return value, (time.perf_counter() - started[0], time.process_time() - started[1])

    def ordinary():
        with rolled_back():
            result, result["job"] = clocked(lambda: run_daily(at=tomorrow, send=False))
            report, result["send"] = clocked(lambda: send_pending(at=tomorrow))
            result["emails_sent"] = report.sent
            return result

    def first():
        with rolled_back():
            hire(employees, tomorrow)  # before the clock starts
            result, result["job"] = clocked(lambda: run_daily(at=tomorrow, send=False))
            return result

    day = timed(ordinary, runs)
    last = day["last"]
    out = [*lines("daily.ordinary_day", day, "job and sending, one process; " + summary(last))]
    rate = last["emails_sent"] / last["send"][0] if last["emails_sent"] else 0.0
    out.append(
        judged("daily.send.rate", rate, "emails/s", "one process, SMTP-like backend: bench/mail.py")
    )
    out.append(
        judged(
            "daily.send.cpu_per_email", last["send"][1] / max(last["emails_sent"], 1) * 1000, "ms"
        )
    )
    first_runs = [first() for _ in range(runs)]
    wall = statistics.median(r["job"][0] for r in first_runs)
    cpu = statistics.median(r["job"][1] for r in first_runs)
    queued = first_runs[-1]["reminders_recorded"]
    out.append(
        judged(
            "daily.first_run.wall",
            wall,
            "s",
            f"median of {runs}; the daily task for {employees} new hires on top of the company, "
            f"its {queued} reminders recorded and queued for sending; " + summary(first_runs[-1]),
        )
    )
    out.append(judged("daily.first_run.cpu", cpu, "s"))
    out.append(judged("daily.first_run.rate", employees / wall, "employees assigned/s"))
    senders = settings.REMINDER_SEND_TASKS
    if rate:
        out.append(
            judged(
                "daily.first_run.sending",
                queued / (rate * senders),
                "s",
                f"estimate: {queued} emails at the rate above on {senders} workers side by side",
            )
        )
    return out


def summary(result: dict) -> str:
    return (
        f"assigned {result['assigned']}, renewals {result['renewals_opened']}, "
        f"reminders {result['reminders_recorded']}"
    )


def seed(prepared: dict, employees: int, years: int) -> list[str]:
    if not prepared["built"]:
        return [
            f"seed.wall: not timed (the organisation of {prepared['people']} people was already "
            "built in this database; drop it to time a build)"
        ]
    return [
        judged("seed.wall", prepared["wall"], "s", f"{employees} people, {years} years"),
        judged("seed.cpu", prepared["cpu"], "s", "this process only, not PostgreSQL's"),
    ]
