"""Demo people for `make run`: one of each kind of user, with a demo-only password."""

import os
from dataclasses import dataclass
from datetime import date

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction

from .models import CertificationProgram, Department, Employee, JobRole, RoleRequirement

DEMO_PASSWORD = os.environ.get("DEMO_PASSWORD", "learn-with-care")
COMPLIANCE_GROUP = "Compliance officers"


@dataclass(frozen=True)
class DemoPerson:
    email: str
    first_name: str
    last_name: str
    number: str
    department: str
    role: str
    manager: str | None = None
    groups: tuple[str, ...] = ()
    superuser: bool = False


DEMO_PEOPLE = [
    DemoPerson(
        "admin@example.com",
        "Ada",
        "Okafor",
        "E0001",
        "IT",
        "Platform Administrator",
        superuser=True,
    ),
    DemoPerson(
        "compliance@example.com",
        "Chloé",
        "Martin",
        "E0002",
        "Legal & Compliance",
        "Compliance Officer",
        groups=(COMPLIANCE_GROUP,),
    ),
    DemoPerson(
        "editor@example.com",
        "Emre",
        "Yilmaz",
        "E0003",
        "Learning & Development",
        "Learning Designer",
        groups=("Editors",),
    ),
    DemoPerson(
        "manager@example.com", "Maya", "Fischer", "E0004", "Customer Support", "Support Team Lead"
    ),
    DemoPerson(
        "employee@example.com",
        "Eli",
        "Novak",
        "E0005",
        "Customer Support",
        "Support Agent",
        manager="manager@example.com",
    ),
    DemoPerson(
        "employee2@example.com",
        "Priya",
        "Shah",
        "E0006",
        "Customer Support",
        "Support Agent",
        manager="manager@example.com",
    ),
]


@transaction.atomic
def create_demo_users() -> list[tuple[str, bool]]:
    """Create the demo people that are missing; existing ones, and their passwords, are kept."""
    User = get_user_model()
    result = []
    for person in DEMO_PEOPLE:
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
        department = Department.objects.get_or_create(name=person.department)[0]
        role = JobRole.objects.get_or_create(name=person.role)[0]
        manager = (
            Employee.objects.get(user__email__iexact=person.manager) if person.manager else None
        )
        Employee.objects.get_or_create(
            user=user,
            defaults={
                "employee_number": person.number,
                "department": department,
                "job_role": role,
                "manager": manager,
                "hire_date": date(2024, 1, 8),
                "time_zone": "Europe/London",
            },
        )
        result.append((person.email, created))
    _require_annual_program()
    return result


def _require_annual_program() -> None:
    """Every demo role needs the shipped program; the daily job then assigns it."""
    from .assigning import sync_assignments
    from .programs import ANNUAL_PROGRAM

    program = CertificationProgram.objects.filter(name=ANNUAL_PROGRAM).first()
    if program is None:
        return
    for role in JobRole.objects.filter(name__in={p.role for p in DEMO_PEOPLE}):
        RoleRequirement.objects.get_or_create(job_role=role, program=program)
    sync_assignments()
