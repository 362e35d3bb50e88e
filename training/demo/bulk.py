"""`seed_demo --employees N --years Y`: a company of any size, written in batches.

`training.demo.lives` acts each person's years out in memory with certification's own rules; this
module writes what they leave — logins, employees, assignments and their events, extensions,
exemptions, reminders, lessons read, quiz attempts and renewal checks, module completions,
attestations and certification records — a few thousand people at a time. Records are sealed by
`issuing.sealed_fields`/`compute_hash` into the one chain, and the chain head follows them. The
compliance figures of the month ends that passed are stored last, as the daily job stores them.
"""

import random
from dataclasses import dataclass
from datetime import UTC, datetime

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.db.models import Count
from django.test.utils import override_settings
from django.utils import timezone

from quizzes.models import Attempt
from training.certification import figures, issuing
from training.certification.models import (
    Assignment,
    AssignmentEvent,
    CertificationRecord,
    ChainHead,
    Exemption,
    Extension,
    RecordFigures,
    Reminder,
)
from training.certification.reminders import escalation_days, reminder_days
from training.learning.models import CourseAttestation, LessonCompletion, ModuleCompletion
from training.oversight.trend import forget_month_ends, store_month_ends
from training.people.models import Department, Employee, JobRole

from .company import AREAS, MANAGER_EMAIL, NUMBER_PREFIX, plan_company
from .courses import load_programs
from .facts import Clock
from .learning_rows import LearningRows
from .lives import Walk
from .people import DEMO_PEOPLE, ROLE_TRACKS, require_program, require_role_tracks
from .writer import Writer

BATCH = 2000  # people per batch: memory stays flat, COPY stays large
ORDER = [
    get_user_model(),
    EmailAddress,
    Employee,
    Assignment,
    AssignmentEvent,
    Extension,
    Exemption,
    Reminder,
    Attempt,
    LessonCompletion,
    ModuleCompletion,
    CourseAttestation,
    CertificationRecord,
    RecordFigures,
]


@dataclass
class CompanyReport:
    created: bool
    people: int
    years: int
    records: int = 0
    reminders: int = 0
    statuses: dict | None = None


def company_exists() -> bool:
    return Employee.objects.filter(employee_number=f"{NUMBER_PREFIX}000001").exists()


def build_company(*, size: int, years: int, seed: int, now=None) -> CompanyReport:
    """Plan and write the company, all or nothing; an existing company is left as it is."""
    if company_exists():
        return CompanyReport(
            False, Employee.objects.filter(employee_number__startswith=NUMBER_PREFIX).count(), years
        )
    now = (now or timezone.now()).astimezone(UTC).replace(microsecond=0)
    rng = random.Random(seed)
    with transaction.atomic():
        _skip_key_checks()
        programs, shapes = load_programs(rng)
        people = plan_company(size=size, seed=seed)
        require_company_programs()
        builder = _Builder(people, programs, shapes, Clock(now, years), rng)
        builder.write()
        # The month ends of the history, as the daily job would have stored them as they passed.
        clock = builder.clock
        forget_month_ends(since=clock.day(clock.start))
        store_month_ends(at=now)
    return CompanyReport(
        True,
        size,
        years,
        records=builder.writer.written[CertificationRecord],
        reminders=builder.writer.written[Reminder],
        statuses=statuses(),
    )


def _skip_key_checks() -> None:
    """On PostgreSQL, as its superuser, write without firing a foreign-key check per row (the
    rows are made consistent; the suite's SQLite runs check every key at the end of each test);
    otherwise check each batch's keys as it is written rather than millions at commit."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
        superuser = cursor.fetchone()[0]
        cursor.execute(
            "SET LOCAL session_replication_role = replica"
            if superuser
            else "SET CONSTRAINTS ALL IMMEDIATE"
        )


def require_company_programs() -> None:
    """Every job role of the company needs the annual program, and some a role track, from the
    start of the history: the daily job then finds every assignment it would have made."""
    roles = {a.head for a in AREAS} | {a.manager for a in AREAS} | {a.lead for a in AREAS}
    require_program(roles | {r for a in AREAS for r in a.staff})
    require_role_tracks()


def statuses() -> dict[str, int]:
    rows = Assignment.objects.with_status().values("status").annotate(n=Count("pk"))
    return {row["status"]: row["n"] for row in rows.order_by("status")}


def tracks_by_role() -> dict[str, str]:
    return {role: key for key, roles in ROLE_TRACKS.items() for role in roles}


def lives_of(people, programs, clock):
    """Each person's life, acted out in memory (the replay and the writer share this)."""
    # The reminder rules read two optional settings per call; pinned to the values they read
    # anyway, Django caches them instead of looking them up again a million times.
    with override_settings(
        TRAINING_REMINDER_DAYS=reminder_days(), TRAINING_ESCALATION_DAYS=escalation_days()
    ):
        yield from _lives(people, programs, clock)


def _lives(people, programs, clock):
    manager = get_user_model().objects.filter(email=MANAGER_EMAIL).first()
    officer = get_user_model().objects.filter(email=DEMO_PEOPLE[1].email).first()
    top = str(manager) if manager else MANAGER_EMAIL
    officer_name = str(officer) if officer else None
    tracks = tracks_by_role()
    for person in people:
        boss = top if person.manager is None else _full_name(people[person.manager])
        yield Walk(
            person, programs, tracks, clock, manager=boss, officer=officer_name or boss
        ).live()


def _full_name(person) -> str:
    return f"{person.first_name} {person.last_name}".strip()


class _Builder(LearningRows):
    def __init__(self, people, programs, shapes, clock, rng):
        self.people, self.programs, self.shapes, self.clock = people, programs, shapes, clock
        self.rng = rng
        self.writer = Writer(ORDER)
        User = get_user_model()
        self.user_base = self.writer.ids(User, len(people))
        self.employee_base = self.writer.ids(Employee, len(people))
        top = Employee.objects.filter(user__email=MANAGER_EMAIL).values_list(
            "pk", "user_id", "manager_path"
        )
        self.top_employee, self.top_user, top_path = top.first() or (None, None, None)
        self.top_path = "/" if self.top_employee is None else f"{top_path}{self.top_employee}/"
        officer = User.objects.filter(email=DEMO_PEOPLE[1].email).values_list("pk", flat=True)
        self.officer = officer.first()
        self.departments = {
            a.department: Department.objects.get_or_create(name=a.department)[0].pk for a in AREAS
        }
        self.roles = {}
        self.last_hash = (
            ChainHead.objects.filter(pk=1).values_list("last_hash", flat=True).first()
            or issuing.GENESIS
        )
        self.joined_at = clock.run(clock.start)

    def role(self, name: str) -> int:
        if name not in self.roles:
            self.roles[name] = JobRole.objects.get_or_create(name=name)[0].pk
        return self.roles[name]

    def write(self) -> None:
        lives = lives_of(self.people, self.programs, self.clock)
        for index, life in enumerate(lives):
            self._person(life)
            if (index + 1) % BATCH == 0:
                self.writer.flush()
        self.writer.finish()
        ChainHead.objects.update_or_create(pk=1, defaults={"last_hash": self.last_hash})

    # People ------------------------------------------------------------------------------------

    def _person(self, life) -> None:
        p, w = life.person, self.writer
        user, employee = self.user_base + p.index, self.employee_base + p.index
        joined = self.clock.run(life.joins) if life.joins < self.clock.start else self.joined_at
        w.add(
            get_user_model(),
            ("id", "password", "last_login", "is_superuser", "first_name", "last_name",
             "is_staff", "is_active", "date_joined", "email"),
            (user, "!seeded", None, False, p.first_name, p.last_name, False, True, joined,
             p.email),
        )  # fmt: skip
        w.add(
            EmailAddress,
            ("id", "user_id", "email", "verified", "primary"),
            (w.ids(EmailAddress), user, p.email, True, True),
        )
        w.add(
            Employee,
            ("id", "user_id", "employee_number", "department_id", "job_role_id", "manager_id",
             "hire_date", "active", "time_zone", "manager_path"),
            (employee, user, p.number, self.departments[life.department], self.role(life.role),
             self.top_employee if p.manager is None else self.employee_base + p.manager,
             life.hire_date, life.left is None, p.time_zone, self.manager_path(p)),
        )  # fmt: skip
        manager_user = self.top_user if p.manager is None else self.user_base + p.manager
        manager_email = MANAGER_EMAIL if p.manager is None else self.people[p.manager].email
        self.learning: dict[datetime, list[datetime]] = {}  # period → lessons read, attempts begun
        learned = {}
        for session in life.sessions:
            learned[id(session)] = self._session(user, session)
        for assignment in life.assignments:
            self._assignment(life, assignment, employee, manager_user, manager_email, learned)

    def manager_path(self, person) -> str:
        """`Employee.manager_path` as `save()` keeps it: the managers' ids, top first."""
        if person.manager is None:
            return self.top_path
        boss = self.people[person.manager]
        return f"{self.manager_path(boss)}{self.employee_base + boss.index}/"

    def _assignment(self, life, a, employee, manager_user, manager_email, learned) -> None:
        w, p = self.writer, life.person
        pk = w.ids(Assignment)
        w.add(
            Assignment,
            ("id", "employee_id", "program_id", "source", "assigned_at", "ended_at", "end_reason",
             "cycle", "cycle_started_at", "due_at", "valid_until", "renewal_opens_at", "exempt"),
            (pk, employee, a.program.row.pk, Assignment.Source.ROLE, a.assigned_at, a.ended_at,
             a.end_reason, a.cycle, a.cycle_started_at, a.due_at, a.valid_until,
             a.renewal_opens_at, a.exempt),
        )  # fmt: skip
        actors = {"manager": manager_user, "compliance": self.officer or manager_user, "": None}
        for kind, at, cycle, started, due, valid, opens, exempt, ended, words, actor in a.events:
            w.add(
                AssignmentEvent,
                ("id", "assignment_id", "kind", "at", "cycle", "cycle_started_at", "due_at",
                 "valid_until", "renewal_opens_at", "exempt", "ended", "explanation", "actor_id"),
                (w.ids(AssignmentEvent), pk, kind, at, cycle, started, due, valid, opens, exempt,
                 ended, words, actors[actor]),
            )  # fmt: skip
        if a.extension:
            new_due, reason, at = a.extension
            w.add(
                Extension,
                ("id", "assignment_id", "new_due_date", "reason", "approved_by_id", "created_at"),
                (w.ids(Extension), pk, new_due, reason, manager_user, at),
            )
        if a.exemption:
            reason, at = a.exemption
            w.add(
                Exemption,
                ("id", "assignment_id", "reason", "approved_by_id", "created_at"),
                (w.ids(Exemption), pk, reason, actors["compliance"], at),
            )
        for (cycle, kind, occasion), (escalation, at) in a.reminders.items():
            w.add(
                Reminder,
                ("id", "assignment_id", "cycle", "kind", "occasion", "recipient", "created_at",
                 "claimed_at", "sent_at"),
                (w.ids(Reminder), pk, cycle, kind, occasion,
                 manager_email if escalation else p.email, at, at, at),
            )  # fmt: skip
        for record in a.records:
            values = self._record(life, pk, employee, a, record, learned[id(record.session)])
            self._figures(a, record, values)

    def _record(self, life, assignment, employee, a, plan, evidence) -> dict:
        p = life.person
        modules, revisions, attested_at = evidence
        name = f"{p.first_name} {p.last_name}".strip() or p.email
        values = {
            "id": self.writer.ids(CertificationRecord),
            "assignment_id": assignment,
            "employee_id": employee,
            "program_id": a.program.row.pk,
            "program_name": a.program.row.name,
            "cycle": plan.cycle,
            "employee_number": p.number,
            "name": name,
            "email": p.email,
            "department": plan.department,
            "job_role": plan.role,
            "personal_digest": issuing.personal_digest(name, p.email),
            "completed_at": plan.completed_at,
            "expires_at": plan.validity.valid_until,
            "modules": modules,
            "revisions": revisions,
            "attestation_text": self.shapes[a.program.key].attestation,
            "attested_at": attested_at,
            "explanation": plan.validity.explanation,
            "verification_code": issuing.new_verification_code(self.rng),
            "previous_hash": self.last_hash,
            "issued_at": plan.completed_at,
        }
        values["hash"] = self.last_hash = issuing.compute_hash(_Sealed(values))
        self.writer.add(CertificationRecord, tuple(values), tuple(values.values()))
        return values

    def _figures(self, a, plan, record: dict) -> None:
        """The record's figures as `figures.record_figures` computes them when it is issued: the
        learning of the period its cycle's first event started, up to its completion."""
        completed = plan.completed_at
        period = next(
            event[3] for event in sorted(a.events, key=lambda e: e[1]) if event[2] == plan.cycle
        )
        moments = [m for m in self.learning.get(period, ()) if m <= completed]
        self.writer.add(
            RecordFigures,
            ("record_id", "program_id", "program_name", "cycle", "completed_at", "minutes",
             "modules", "by_check"),
            (record["id"], record["program_id"], record["program_name"], plan.cycle, completed,
             figures.minutes_to_complete(completed, moments), len(record["modules"]),
             figures.by_check(record["modules"])),
        )  # fmt: skip


class _Sealed:
    """What `issuing.sealed_fields` reads of a record, before the record is a model instance."""

    def __init__(self, values: dict):
        self.__dict__.update(values)
