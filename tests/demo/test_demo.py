"""`seed_demo`: an organisation that shows every status, made through the services, only once."""

import io
from datetime import date, timedelta
from types import SimpleNamespace

import pytest
from allauth.mfa.models import Authenticator
from django.core import mail
from django.core.management import call_command
from django.db import transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from quizzes.models import Attempt
from training.certification.issuing import verify_chain
from training.certification.models import (
    Assignment,
    AssignmentEvent,
    CertificationRecord,
    Exemption,
    Extension,
    Reminder,
    Status,
)
from training.certification.programs import ANNUAL_PROGRAM
from training.demo.organisation import Rules, plan_organisation
from training.demo.people import DEMO_PASSWORD, DEMO_PEOPLE, DEMO_TOTP_SECRET
from training.learning.models import LessonCompletion
from training.oversight.reports import time_to_certify
from training.people.access import (
    acts_for_organisation,
    is_privileged,
    sees_organisation,
    team_ids,
)
from training.people.models import Employee
from training.people.roles import AUDITORS

SIZE = 25
RULES = Rules(today=date(2026, 11, 29), months=12, window=60, grace=14, due=30)


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    """Seed once for the module's tests, in a transaction rolled back after the last of them."""
    with django_db_blocker.unblock(), transaction.atomic():
        emails_before = len(mail.outbox)
        out = io.StringIO()
        call_command("seed_demo", employees=SIZE, stdout=out)
        yield SimpleNamespace(output=out.getvalue(), emails=len(mail.outbox) - emails_before)
        transaction.set_rollback(True)


def _status_of(email: str, program: str = ANNUAL_PROGRAM) -> str:
    return (
        Assignment.objects.with_status()
        .get(employee__user__email=email, program__name=program)
        .status
    )


def test_every_status_shows_now(seeded, db):
    statuses = set(Assignment.objects.with_status().values_list("status", flat=True))
    assert statuses == set(Status.values)
    assert "Demo organisation created: 25 people in" in seeded.output


def test_the_organisation_sits_two_levels_of_managers_deep_under_manager(seeded, db):
    manager = Employee.objects.get(user__email="manager@example.com")
    direct = {e.user.email: e for e in manager.reports.select_related("user")}
    assert {"employee@example.com", "employee2@example.com"} <= set(direct)
    leads = [e for e in direct.values() if e.reports.exists()]
    assert 1 <= len(leads) <= 2
    for lead in leads:
        team_managers = list(lead.reports.all())
        assert team_managers and all(m.reports.exists() for m in team_managers)
    # manager@ sees the whole organisation on /team/; a head of area only their part of it.
    everyone = set(
        Employee.objects.exclude(pk=manager.pk)
        .filter(manager__isnull=False)
        .values_list("pk", flat=True)
    )
    assert team_ids(manager.user) == everyone
    assert len(everyone) == SIZE + 2
    assert team_ids(leads[0].user) < everyone
    assert (
        Employee.objects.filter(manager__isnull=False).values("department").distinct().count() >= 2
    )


def test_the_auditor_reads_the_organisation_and_nothing_else(seeded, db, client):
    auditor = Employee.objects.get(user__email="auditor@example.com").user
    assert list(auditor.groups.values_list("name", flat=True)) == [AUDITORS]
    assert sees_organisation(auditor) and not acts_for_organisation(auditor)
    assert not auditor.is_staff and not auditor.has_perm("wagtailadmin.access_admin")
    assert client.login(email="auditor@example.com", password=DEMO_PASSWORD)
    assert client.get("/admin/").status_code in {302, 403}


def test_every_demo_login_is_printed_with_its_role(seeded):
    for person in DEMO_PEOPLE:
        assert f"{person.email:<24} {person.access}" in seeded.output
    assert f"Demo password for every demo login: {DEMO_PASSWORD}" in seeded.output


def test_the_demo_employees_are_mid_course_and_renewed(seeded, db):
    assert _status_of("employee@example.com") == Status.IN_PROGRESS
    assert _status_of("employee2@example.com") == Status.CERTIFIED
    # The role tracks are new: the support agents have just been assigned theirs.
    track = "Role track: Customer support and success"
    assert _status_of("employee@example.com", track) == Status.NOT_STARTED
    records = CertificationRecord.objects.filter(email="employee2@example.com")
    assert list(records.values_list("cycle", flat=True)) == [1, 2]
    renewal = records.get(cycle=2)
    assert "renewal_check" in {m["earned_by"] for m in renewal.modules}  # renewed by checks


def test_the_demo_measures_renewals_with_and_without_checks(seeded, db):
    [row] = time_to_certify()
    assert row.all_by_check + row.partly_by_check >= 1
    assert row.median_renewal_minutes_with_checks < row.median_renewal_minutes_without_checks


def test_the_history_was_made_by_the_services(seeded, db):
    assert verify_chain().ok
    assert CertificationRecord.objects.filter(cycle=2).exists()  # renewals
    assert Attempt.objects.filter(passed=False).exists()  # failed quiz attempts
    assert Reminder.objects.filter(kind=Reminder.Kind.ESCALATION).exists()
    # A year of the real planner stored nothing outside the vocabulary.
    assert set(Reminder.objects.values_list("kind", flat=True)) <= set(Reminder.Kind.values)
    # A year back the organisation was already being trained and reminded.
    year_ago = timezone.now() - timedelta(days=365)
    assert Assignment.objects.with_status(at=year_ago).count() >= 10
    assert AssignmentEvent.objects.filter(at__lt=year_ago).exists()
    extended = Extension.objects.get().assignment
    assert Assignment.objects.with_status().get(pk=extended.pk).status != Status.OVERDUE
    exempt = Exemption.objects.values_list("assignment", flat=True)
    assert set(
        Assignment.objects.with_status().filter(pk__in=exempt).values_list("status", flat=True)
    ) == {Status.EXEMPT}
    # Leavers: inactive, their assignments ended, and out of today's figures.
    leavers = Employee.objects.filter(active=False)
    assert leavers.count() >= 2
    ended = Assignment.objects.filter(employee__in=leavers)
    assert set(ended.values_list("end_reason", flat=True)) == {"left the organisation"}
    assert not Assignment.objects.with_status().filter(employee__in=leavers).exists()


def test_seeding_sends_no_email(seeded):
    assert seeded.emails == 0
    assert "reminders recorded (none emailed)" in seeded.output


def test_seeding_again_changes_nothing(seeded, db):
    def counts():
        return [
            model.objects.count()
            for model in (
                Employee,
                Assignment,
                AssignmentEvent,
                CertificationRecord,
                Reminder,
                Attempt,
                LessonCompletion,
            )
        ]

    before = counts()
    out = io.StringIO()
    call_command("seed_demo", employees=SIZE, stdout=out)
    assert counts() == before
    assert "Demo organisation exists (25 people)" in out.getvalue()


def test_the_plan_is_the_same_on_every_run_and_grows_with_the_size():
    def summary(people):
        return [(p.email, p.role, p.manager, p.hire_date, p.story, p.steps) for p in people]

    assert summary(plan_organisation(size=50, rules=RULES)) == summary(
        plan_organisation(size=50, rules=RULES)
    )
    large = plan_organisation(size=500, rules=RULES)
    assert len(large) == 500 + len(DEMO_PEOPLE)
    assert len({p.email for p in large}) == len(large)
    assert len({p.department for p in large if p.login is None}) == 5
    # Every step happens after the person joined, and before today.
    assert all(1 <= s.days_ago <= p.joins_days_ago for p in large for s in p.steps)


def test_privileged_demo_logins_have_the_demo_authenticator(seeded, db):
    enrolled = set(
        Authenticator.objects.filter(type=Authenticator.Type.TOTP).values_list(
            "user__email", flat=True
        )
    )
    privileged = {
        e.user.email for e in Employee.objects.select_related("user") if is_privileged(e.user)
    }
    assert privileged == {
        "admin@example.com",
        "compliance@example.com",
        "editor@example.com",
        "auditor@example.com",
    }
    assert enrolled == privileged
    assert DEMO_TOTP_SECRET in seeded.output


def test_the_demo_code_signs_the_compliance_officer_in(seeded, db):
    out = io.StringIO()
    call_command("demo_totp_code", stdout=out)
    client = Client()
    client.post(
        reverse("account_login"), {"login": "compliance@example.com", "password": DEMO_PASSWORD}
    )
    client.post(reverse("mfa_authenticate"), {"code": out.getvalue().strip()})
    assert client.get("/compliance/").status_code == 200
