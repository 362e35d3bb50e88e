"""Demo people for `make run`: the logins, one of each kind of user with a demo-only password,
and the programs their job roles require (`training.demo.year` acts out their history).
"""

import functools
import os
from dataclasses import dataclass
from datetime import date, timedelta

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.utils import encrypt
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from training.certification.models import (
    CertificationProgram,
    RoleRequirement,
)
from training.people.access import is_privileged
from training.people.models import Department, Employee, JobRole
from training.people.roles import AUDITORS, COMPLIANCE_OFFICERS, ROLES, role_group

DEMO_PASSWORD = os.environ.get("DEMO_PASSWORD", "learn-with-care")
# The demo's administrator, editor, compliance officer and auditor must use a second factor, as
# anyone in those roles must: their authenticator app shares this public, demo-only secret
# (add it to any TOTP app, or run `manage.py demo_totp_code`). Base32, as the apps expect it.
DEMO_TOTP_SECRET = os.environ.get("DEMO_TOTP_SECRET", "DEMOACADEMYDEMOACADEMYDEMOACADEM")
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
        groups=(COMPLIANCE_OFFICERS,),
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
        "employee: certified, renewed once by renewal checks, certificates to download",
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
        groups=(AUDITORS,),
    ),
]


@transaction.atomic
def create_demo_users() -> list[tuple[str, bool]]:
    """Create the demo people that are missing; existing ones, and their passwords, are kept."""
    today = timezone.localdate()
    result = [(person.email, create_demo_person(person, today)[1]) for person in DEMO_PEOPLE]
    _require_programs()
    return result


def create_demo_person(person: DemoPerson, today: date) -> tuple[Employee, bool]:
    """The person's login, groups and employee record; an existing login is left as it is."""
    User = get_user_model()
    user = User.objects.filter(email__iexact=person.email).first()
    created = user is None
    if created:
        user = User.objects.create(
            email=person.email,
            password=_demo_password_hash(),
            first_name=person.first_name,
            last_name=person.last_name,
            is_staff=person.superuser,
            is_superuser=person.superuser,
        )
    EmailAddress.objects.get_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )
    for name in person.groups:
        user.groups.add(
            role_group(name) if name in ROLES else Group.objects.get_or_create(name=name)[0]
        )
    _enrol_demo_totp(user)
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


def _enrol_demo_totp(user) -> None:
    """A privileged demo login gets the demo authenticator app, unless it has a factor already."""
    user = type(user).objects.get(pk=user.pk)  # its permissions as just granted, not cached
    if is_privileged(user) and not Authenticator.objects.filter(user=user).exists():
        Authenticator.objects.create(
            user=user, type=Authenticator.Type.TOTP, data={"secret": encrypt(DEMO_TOTP_SECRET)}
        )


@functools.cache
def _demo_password_hash() -> str:
    """Hashed once for every demo login: the password is public, and each hash costs a second."""
    return make_password(DEMO_PASSWORD)


def require_program(role_names) -> CertificationProgram | None:
    """The shipped program becomes required for these job roles (created if missing)."""
    from training.certification.programs import ANNUAL_PROGRAM

    program = CertificationProgram.objects.filter(name=ANNUAL_PROGRAM).first()
    if program is not None:
        for name in role_names:
            role = JobRole.objects.get_or_create(name=name)[0]
            RoleRequirement.objects.get_or_create(job_role=role, program=program)
    return program


# The demo's job roles and the role track each needs (course build key), besides the annual program.
ROLE_TRACKS = {
    "role-engineering": (
        "Platform Administrator",
        "Engineering Manager",
        "Software Engineer",
        "Data Engineer",
    ),
    "role-marketing": (
        "Marketing Manager",
        "Marketing Specialist",
        "CRM Analyst",
        "Sales Manager",
        "Account Executive",
        "Sales Development Representative",
    ),
    "role-support": (
        "Head of Customer Operations",
        "Head of Customer Success",
        "Support Team Lead",
        "Support Agent",
        "Senior Support Agent",
    ),
    "role-hr": ("Head of Operations", "HR Manager", "HR Advisor", "Recruiter"),
}


def require_role_tracks() -> int:
    """Each role track becomes required for its job roles; returns how many requirements exist."""
    from training.certification.programs import program_for

    count = 0
    for build_key, role_names in ROLE_TRACKS.items():
        program = program_for(build_key)
        if program is None:
            continue
        for name in role_names:
            role = JobRole.objects.get_or_create(name=name)[0]
            RoleRequirement.objects.get_or_create(job_role=role, program=program)
            count += 1
    return count


def _require_programs() -> None:
    """Every demo role needs the shipped program, and some a role track as well (launched
    now, after the demo year: the tracks are new); the daily job then assigns them."""
    from training.certification.assigning import sync_assignments

    annual = require_program({p.role for p in DEMO_PEOPLE})
    tracks = require_role_tracks()
    if annual is not None or tracks:
        sync_assignments()
