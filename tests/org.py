"""A quickly built organisation for list and query-count tests (bulk inserts, real models)."""

from datetime import UTC, date, datetime, timedelta

from django.contrib.auth import get_user_model

from tests.factories import enrol_totp
from training.certification.models import Assignment, AssignmentEvent, CertificationProgram
from training.learning.models import FIRST_PERIOD
from training.people.models import Department, Employee, JobRole, path_below
from training.people.roles import AUDITORS, COMPLIANCE_OFFICERS, role_group

ASSIGNED = datetime(2026, 1, 5, 9, tzinfo=UTC)


def build_org(size: int, *, prefix: str = "o", manager_email: str | None = None):
    """A manager with `size` reports (half direct, half under a team lead), each assigned a program;
    every third overdue, every third certified, the rest not started."""
    User = get_user_model()
    department = Department.objects.get_or_create(name="Support")[0]
    role = JobRole.objects.get_or_create(name="Agent")[0]
    program = CertificationProgram.objects.get_or_create(name="Org programme")[0]
    boss_user = User.objects.create_user(
        email=manager_email or f"{prefix}-boss@example.org", first_name="Bo", last_name="Ss"
    )
    boss = Employee.objects.create(
        user=boss_user,
        employee_number=f"{prefix}-B",
        hire_date=date(2020, 1, 1),
        department=department,
        job_role=role,
    )
    lead_user = User.objects.create_user(
        email=f"{prefix}-lead@example.org", first_name="Le", last_name="Ad"
    )
    lead = Employee.objects.create(
        user=lead_user,
        employee_number=f"{prefix}-L",
        hire_date=date(2020, 1, 1),
        manager=boss,
        department=department,
        job_role=role,
    )
    users = User.objects.bulk_create(
        User(email=f"{prefix}{i}@example.org", first_name=f"P{i}", last_name="Person")
        for i in range(size)
    )
    people = Employee.objects.bulk_create(
        Employee(
            user=user,
            employee_number=f"{prefix}{i:05d}",
            hire_date=date(2025, 1, 1),
            manager=boss if i % 2 else lead,
            manager_path=path_below(boss if i % 2 else lead),  # bulk_create skips save()
            department=department,
            job_role=role,
        )
        for i, user in enumerate(users)
    )
    now = datetime.now(UTC)
    assignments = []
    for i, person in enumerate(people):
        certified = i % 3 == 1
        overdue = i % 3 == 0
        assignments.append(
            Assignment(
                employee=person,
                program=program,
                source=Assignment.Source.MANUAL,
                assigned_at=ASSIGNED,
                cycle_started_at=FIRST_PERIOD,
                due_at=now - timedelta(days=5) if overdue else now + timedelta(days=300),
                valid_until=now + timedelta(days=200) if certified else None,
                renewal_opens_at=now + timedelta(days=140) if certified else None,
            )
        )
    assignments = Assignment.objects.bulk_create(assignments)
    AssignmentEvent.objects.bulk_create(
        AssignmentEvent(
            assignment=a,
            kind="assigned",
            at=ASSIGNED,
            cycle=1,
            cycle_started_at=FIRST_PERIOD,
            due_at=a.due_at,
            valid_until=a.valid_until,
            renewal_opens_at=a.renewal_opens_at,
            explanation="bulk",
        )
        for a in assignments
    )
    return boss, lead, people, program


def compliance_officer(email="co@example.org", *, mfa=True):
    user = get_user_model().objects.create_user(email=email, password="pw-compliance-1")
    user.groups.add(role_group(COMPLIANCE_OFFICERS))
    return enrol_totp(user) if mfa else user


def auditor(email="au@example.org", *, mfa=True):
    user = get_user_model().objects.create_user(email=email, password="pw-auditor-1")
    user.groups.add(role_group(AUDITORS))
    return enrol_totp(user) if mfa else user
