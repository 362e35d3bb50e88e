"""Demo logins for `make run`: one of each kind of user, with a demo-only password.

`training.demo_org` grows an organisation with a year of history around them.
"""

import os
from dataclasses import dataclass
from datetime import date, timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from .access import AUDITOR_GROUP, COMPLIANCE_GROUP
from .models import CertificationProgram, Department, Employee, JobRole, RoleRequirement

DEMO_PASSWORD = os.environ.get("DEMO_PASSWORD", "learn-with-care")
LONG_SERVING_HIRE_DATE = date(2024, 1, 8)


@dataclass(frozen=True)
class DemoPerson:
    email: str
    first_name: str
    last_name: str
    number: str
    department: str
    role: str
    access: str  # what signing in as this person shows, in the words of DESIGN.md
    manager: str | None = None
    groups: tuple[str, ...] = ()
    superuser: bool = False
    hired_days_ago: int | None = None  # None: long in post

    def hire_date(self, today: date) -> date:
        if self.hired_days_ago is None:
            return LONG_SERVING_HIRE_DATE
        return today - timedelta(days=self.hired_days_ago)


DEMO_PEOPLE = [
    DemoPerson(
        "admin@example.com",
        "Ada",
        "Okafor",
        "E0001",
        "IT",
        "Platform Administrator",
        "administrator: everything, Wagtail admin",
        superuser=True,
    ),
    DemoPerson(
        "compliance@example.com",
        "Chloé",
        "Martin",
        "E0002",
        "Legal & Compliance",
        "Compliance Officer",
        "compliance officer: the whole organisation, exports",
        groups=(COMPLIANCE_GROUP,),
    ),
    DemoPerson(
        "editor@example.com",
        "Emre",
        "Yilmaz",
        "E0003",
        "Learning & Development",
        "Learning Designer",
        "content editor: courses and quizzes in the Wagtail admin",
        groups=("Editors",),
    ),
    DemoPerson(
        "manager@example.com",
        "Maya",
        "Fischer",
        "E0004",
        "Customer Support",
        "Head of Customer Operations",
        "manager: her whole reporting tree on /team/",
    ),
    DemoPerson(
        "employee@example.com",
        "Eli",
        "Novak",
        "E0005",
        "Customer Support",
        "Support Agent",
        "employee: a new hire part-way through the course",
        manager="manager@example.com",
        hired_days_ago=12,
    ),
    DemoPerson(
        "employee2@example.com",
        "Priya",
        "Shah",
        "E0006",
        "Customer Support",
        "Support Agent",
        "employee: certified, renewed once, certificates to download",
        manager="manager@example.com",
    ),
    DemoPerson(
        "auditor@example.com",
        "Amadou",
        "Diallo",
        "E0007",
        "Internal Audit",
        "Internal Auditor",
        "auditor: the organisation's evidence, read-only, no admin",
        groups=(AUDITOR_GROUP,),
    ),
]


@transaction.atomic
def create_demo_users() -> list[tuple[str, bool]]:
    """Create the demo people that are missing; existing ones, and their passwords, are kept."""
    today = timezone.localdate()
    result = [(person.email, create_demo_person(person, today)[1]) for person in DEMO_PEOPLE]
    _require_annual_program()
    return result


def create_demo_person(person: DemoPerson, today: date) -> tuple[Employee, bool]:
    """The person's login, groups and employee record; an existing login is left as it is."""
    User = get_user_model()
    user = User.objects.filter(email__iexact=person.email).first()
    created = user is None
    if created:
        user = User.objects.create_user(
            email=person.email,
            password=DEMO_PASSWORD,
            first_name=person.first_name,
            last_name=person.last_name,
            is_staff=person.superuser,
            is_superuser=person.superuser,
        )
    EmailAddress.objects.get_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )
    for name in person.groups:
        user.groups.add(Group.objects.get_or_create(name=name)[0])
    manager = Employee.objects.get(user__email__iexact=person.manager) if person.manager else None
    employee, _ = Employee.objects.get_or_create(
        user=user,
        defaults={
            "employee_number": person.number,
            "department": Department.objects.get_or_create(name=person.department)[0],
            "job_role": JobRole.objects.get_or_create(name=person.role)[0],
            "manager": manager,
            "hire_date": person.hire_date(today),
            "time_zone": "Europe/London",
        },
    )
    return employee, created


def require_program(role_names) -> CertificationProgram | None:
    """The shipped program becomes required for these job roles (created if missing)."""
    from .programs import ANNUAL_PROGRAM

    program = CertificationProgram.objects.filter(name=ANNUAL_PROGRAM).first()
    if program is not None:
        for name in role_names:
            role = JobRole.objects.get_or_create(name=name)[0]
            RoleRequirement.objects.get_or_create(job_role=role, program=program)
    return program


def _require_annual_program() -> None:
    """Every demo role needs the shipped program; the daily job then assigns it."""
    from .assigning import sync_assignments

    if require_program({p.role for p in DEMO_PEOPLE}) is not None:
        sync_assignments()
