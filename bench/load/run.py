"""`make bench-load`: two app servers and two task workers on one PostgreSQL, under load.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/academy make bench-load

Builds its own database beside the one DATABASE_URL names (`academy_bench_load`, new each run):
the course, BENCH_LOAD_EMPLOYEES people (default 1,000) in a role the annual program is required
of, none assigned yet, 50 of them learners with a password. Then starts two gunicorn app servers
(ports BENCH_LOAD_PORT and the next, default 8109, 8110) and two `db_worker`s, runs the daily job
from two `run_schedules` at once (the two workers take one each), and drives BENCH_LOAD_USERS
simulated learners (default 50) for BENCH_LOAD_SECONDS (default 60) with locust, headless.

Then checks: no 5xx in either server's access log; every reminder recorded was sent, once (the
mail is written to files and counted); one certification record per completed cycle, and one for
every learner who finished the course; `verify_records` passes. Prints requests per second, p50,
p95; exits 1 if a check fails.
"""

import csv
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from contextlib import ExitStack
from email import message_from_string
from email.header import decode_header, make_header
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
WORK = Path(tempfile.gettempdir()) / "academy-bench-load"
DATABASE = "academy_bench_load"
PASSWORD = "bench-load-learner-7Qx"


def environment() -> dict:
    base = os.environ.get("DATABASE_URL", "")
    if not base.startswith(("postgres://", "postgresql://")):
        sys.exit("make bench-load needs PostgreSQL: set DATABASE_URL=postgres://…")
    url = urlunsplit(urlsplit(base)._replace(path=f"/{DATABASE}"))
    return {
        **os.environ,
        "DATABASE_URL": url,
        "DJANGO_SETTINGS_MODULE": "config.settings.bench",
        "BENCH_MAIL_DIR": str(WORK / "mail"),
        # Each server sees the learners through one load balancer (the locust users' header).
        "TRUSTED_PROXY_COUNT": "1",
    }


def fresh_database(env: dict) -> None:
    import psycopg

    server = urlunsplit(urlsplit(env["DATABASE_URL"])._replace(path="/postgres"))
    with psycopg.connect(server, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{DATABASE}"')


def manage(env: dict, *args: str) -> None:
    subprocess.run([BIN / "python", "manage.py", *args], cwd=ROOT, env=env, check=True)


def organisation(employees: int, learners: int) -> list[str]:
    """People in a required role, none assigned; the first `learners` can sign in."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password
    from django.utils import timezone

    from training.certification.models import CertificationProgram, RoleRequirement
    from training.certification.programs import ANNUAL_PROGRAM
    from training.people.models import Department, Employee, JobRole

    User = get_user_model()
    department = Department.objects.create(name="Operations")
    role = JobRole.objects.create(name="Agent")
    RoleRequirement.objects.create(
        job_role=role, program=CertificationProgram.objects.get(name=ANNUAL_PROGRAM)
    )
    password = make_password(PASSWORD)  # one hash for all: hashing is slow on purpose
    users = User.objects.bulk_create(
        User(
            email=f"learner{i}@example.org",
            first_name="Learner",
            last_name=str(i),
            password=password if i < learners else "!",
        )
        for i in range(employees)
    )
    Employee.objects.bulk_create(
        Employee(
            user=user,
            employee_number=f"L{i:06d}",
            department=department,
            job_role=role,
            hire_date=timezone.localdate(),
            time_zone="Europe/London",
        )
        for i, user in enumerate(users)
    )
    return [user.email for user in users[:learners]]


def plan(learners: list[str], hosts: list[str], ahead: int) -> dict:
    """What the simulated learners do: the annual program's course, in order, and the answers."""
    from content.models import LessonPage, ModulePage
    from training.certification.models import CertificationProgram
    from training.certification.programs import ANNUAL_PROGRAM

    courses = list(CertificationProgram.objects.get(name=ANNUAL_PROGRAM).courses.order_by("path"))
    modules, answers = [], {}
    for course in courses:
        for module in ModulePage.objects.live().child_of(course).order_by("path"):
            lessons = LessonPage.objects.live().child_of(module).order_by("path")
            quiz = module.quiz
            for question in quiz.questions:
                answers[question.id] = [
                    choice.id
                    for choice in question.value["choices"].bound_blocks
                    if choice.value["correct"]
                ]
            modules.append(
                {
                    "lessons": [{"id": lesson.pk, "url": lesson.url} for lesson in lessons],
                    "quiz": quiz.pk,
                }
            )
    return {
        "hosts": hosts,
        "learners": learners,
        "ahead": ahead,
        "password": PASSWORD,
        "modules": modules,
        "courses": [course.pk for course in courses],
        "answers": answers,
    }


def head_start(learners: list[str], plan_: dict) -> None:
    """These learners already read every lesson and passed every quiz but the last module's, through
    the services, so that they can finish the course within the run and a record is issued under
    load. (A learner starting from nothing needs about a hundred requests.)"""
    from django.contrib.auth import get_user_model

    from content.models import LessonPage
    from quizzes.models import Quiz
    from quizzes.services import start_attempt, submit_attempt
    from training.learning.periods import course_of, current_period_start
    from training.learning.services import complete_lesson

    for user in get_user_model().objects.filter(email__in=learners):
        for module in plan_["modules"][:-1]:
            for lesson in module["lessons"]:
                complete_lesson(user=user, lesson=LessonPage.objects.get(pk=lesson["id"]))
            quiz = Quiz.objects.get(pk=module["quiz"])
            period = current_period_start(user, course=course_of(quiz.module))
            attempt = start_attempt(user=user, quiz=quiz, period_start=period)
            answers = {
                item["question"]: plan_["answers"][item["question"]] for item in attempt.draw
            }
            submit_attempt(attempt=attempt, user=user, answers=answers)


def start(env: dict, ports: list[int], logs: ExitStack) -> list[subprocess.Popen]:
    processes = []
    for number, port in enumerate(ports, start=1):
        server = [
            *(BIN / "gunicorn", "config.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "2"),
            *(
                "--access-logfile",
                WORK / f"access-{number}.log",
                "--access-logformat",
                "%(s)s %(U)s",
            ),
            *("--error-logfile", WORK / f"server-{number}.log", "--no-control-socket"),
        ]
        processes.append(subprocess.Popen(server, cwd=ROOT, env=env))
        log = logs.enter_context((WORK / f"worker-{number}.log").open("w"))
        processes.append(
            subprocess.Popen(
                [BIN / "python", "manage.py", "db_worker", "--interval", "1"],
                cwd=ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        )
    return processes


def wait_for_servers(ports: list[int], seconds: float = 300) -> None:
    import urllib.request

    deadline = time.monotonic() + seconds
    for port in ports:
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/accounts/login/", timeout=60)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise SystemExit(f"the app server on port {port} did not answer") from None
                time.sleep(0.5)


def daily_job_from_both(env: dict) -> None:
    """Two `run_schedules` at once; each enqueues the day's job, and the two workers run them."""
    runs = [
        subprocess.Popen([BIN / "python", "manage.py", "run_schedules"], cwd=ROOT, env=env)
        for _ in range(2)
    ]
    for run in runs:
        if run.wait():
            raise SystemExit("run_schedules failed")


def queue_drained(seconds: float = 600) -> None:
    from django_tasks_db.models import DBTaskResult

    deadline = time.monotonic() + seconds
    while DBTaskResult.objects.exclude(status__in=["SUCCESSFUL", "FAILED"]).exists():
        if time.monotonic() > deadline:
            raise SystemExit("the task queue did not drain")
        time.sleep(1)


def locust(users: int, seconds: int, plan_file: Path) -> dict:
    prefix = WORK / "locust"
    subprocess.run(
        [
            BIN / "locust",
            "-f",
            ROOT / "bench/load/locustfile.py",
            "--headless",
            "--users",
            str(users),
            "--spawn-rate",
            "10",
            "--run-time",
            f"{seconds}s",
            "--csv",
            prefix,
            "--only-summary",
            "--loglevel",
            "WARNING",
        ],
        cwd=ROOT,
        env={**os.environ, "BENCH_LOAD_PLAN": str(plan_file)},
        check=False,
    )
    with open(f"{prefix}_stats.csv") as stats:
        total = next(row for row in csv.DictReader(stats) if row["Name"] == "Aggregated")
    return total


def five_hundreds() -> list[str]:
    bad = []
    for log in WORK.glob("access-*.log"):
        bad += [line.strip() for line in log.read_text().splitlines() if line.startswith("5")]
    return bad


def mails() -> list:
    """Every message the filebased backend wrote: (to, subject)."""
    found = []
    for path in (WORK / "mail").glob("*"):
        for text in path.read_text().split("-" * 79 + "\n"):
            if text.strip():
                message = message_from_string(text)
                subject = str(make_header(decode_header(message["Subject"])))
                found.append((message["To"], subject))
    return found


def checks(finished_before: set) -> list[tuple[str, bool, str]]:
    from django.db.models import Count

    from training.certification.issuing import verify_chain
    from training.certification.models import CertificationRecord, Reminder
    from training.certification.reminders import _subject
    from training.learning.models import CourseAttestation

    sent = Counter(mails())
    reminders = list(Reminder.objects.select_related("assignment__program"))
    unsent = [r for r in reminders if r.sent_at is None]
    wrong = [r for r in reminders if sent[(r.recipient, _subject(r))] != 1]
    duplicates = (
        CertificationRecord.objects.values("employee", "program", "cycle")
        .annotate(n=Count("id"))
        .filter(n__gt=1)
    )
    attested = (
        set(CourseAttestation.objects.values_list("user__employee", flat=True).distinct())
        - finished_before
    )
    recorded = set(CertificationRecord.objects.values_list("employee", flat=True))
    chain = verify_chain()
    return [
        ("no 5xx", not five_hundreds(), f"{len(five_hundreds())} responses 5xx"),
        (
            "every reminder sent once",
            bool(reminders) and not unsent and not wrong,
            f"{len(reminders)} reminders, {len(unsent)} unsent, "
            f"{len(wrong)} not mailed exactly once, {sum(sent.values())} mails in all",
        ),
        (
            "one record per completed cycle",
            not duplicates.exists() and attested <= recorded,
            f"{CertificationRecord.objects.count()} records, {len(attested)} learners finished, "
            f"{duplicates.count()} cycles with more than one record"
            + ("; not exercised: nobody finished in the time" if not attested else ""),
        ),
        ("verify_records passes", chain.ok, chain.message),
    ]


def serve_and_load(env, ports, logs, users, seconds, plan_file, ahead) -> dict:
    processes = start(env, ports, logs)
    try:
        wait_for_servers(ports)
        daily_job_from_both(env)
        queue_drained()
        the_plan = json.loads(plan_file.read_text())
        head_start(the_plan["learners"][:ahead], the_plan)
        total = locust(users, seconds, plan_file)
        queue_drained()  # certificates mailed by the workers
    finally:
        for process in processes:
            process.send_signal(signal.SIGTERM)
        for process in processes:
            process.wait(timeout=60)
    return total


def main() -> int:
    users = int(os.environ.get("BENCH_LOAD_USERS", "50"))
    seconds = int(os.environ.get("BENCH_LOAD_SECONDS", "60"))
    employees = int(os.environ.get("BENCH_LOAD_EMPLOYEES", "1000"))
    port = int(os.environ.get("BENCH_LOAD_PORT", "8109"))
    ahead = int(os.environ.get("BENCH_LOAD_AHEAD", "10"))
    ports = [port, port + 1]
    env = environment()
    shutil.rmtree(WORK, ignore_errors=True)
    (WORK / "mail").mkdir(parents=True)
    fresh_database(env)
    for command in (("migrate", "-v", "0"), ("createcachetable",), ("build_course",)):
        manage(env, *command)
    os.environ.update({k: env[k] for k in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")})
    os.environ["BENCH_MAIL_DIR"] = env["BENCH_MAIL_DIR"]
    import django

    django.setup()
    learners = organisation(employees, min(users, employees))
    plan_file = WORK / "plan.json"
    plan_file.write_text(
        json.dumps(plan(learners, [f"http://127.0.0.1:{p}" for p in ports], ahead))
    )
    print(
        f"load: {employees} employees, {users} learners ({ahead} of them at the last module), "
        f"{seconds} s, 2 app servers, 2 workers"
    )
    with ExitStack() as logs:
        total = serve_and_load(env, ports, logs, users, seconds, plan_file, ahead)
    from django.db import connections

    connections.close_all()
    print(f"load.requests: {total['Request Count']} requests, {total['Failure Count']} failed")
    print(f"load.rate: {float(total['Requests/s']):.1f} requests/s")
    print(f"load.p50: {total['50%']} ms")
    print(f"load.p95: {total['95%']} ms")
    failed = False
    for name, ok, detail in checks(finished_before=set()):
        print(f"check.{name.replace(' ', '_')}: {'passed' if ok else 'FAILED'} ({detail})")
        failed |= not ok
    print(f"logs: {WORK}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
