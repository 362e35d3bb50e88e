from datetime import UTC, date, datetime

import pytest
from django.urls import reverse

from tests.factories import CertificationProgramFactory, EmployeeFactory, UserFactory
from training.certification.assigning import assign
from training.certification.models import (
    Assignment,
    AssignmentEvent,
    CertificationProgram,
    Extension,
    Status,
)

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def admin_client(client, db):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


@pytest.fixture
def assignment(db):
    employee = EmployeeFactory(hire_date=T0.date())
    program = CertificationProgramFactory(initial_due_days=30)
    return assign(employee=employee, program=program, at=T0, source=Assignment.Source.MANUAL)[0]


def test_program_validation_in_the_admin(admin_client):
    url = reverse("wagtailsnippets_certification_certificationprogram:add")
    response = admin_client.post(
        url,
        {
            "name": "Yearly",
            "validity_months": "12",
            "renewal_window_days": "30",
            "grace_days": "7",
            "initial_due_days": "30",
            "renewal_basis": "fixed",
            "fixed_due_month": "2",
            "fixed_due_day": "30",
            "active": "on",
        },
    )
    assert response.status_code == 200
    assert "That month has no such day." in response.text
    assert not CertificationProgram.objects.filter(name="Yearly").exists()


def test_editors_switch_renewal_checks_off_per_program(admin_client, course):
    program = CertificationProgramFactory(name="Regulated")
    assert program.renewal_by_assessment  # on unless an editor switches it off
    url = reverse("wagtailsnippets_certification_certificationprogram:edit", args=[program.pk])
    form = admin_client.get(url).text
    assert 'name="renewal_by_assessment"' in form
    response = admin_client.post(
        url,
        {
            "name": "Regulated",
            "courses": [course.pk],
            "validity_months": "12",
            "renewal_window_days": "30",
            "grace_days": "7",
            "initial_due_days": "30",
            "renewal_basis": "expiry",
            "active": "on",
        },
    )
    assert response.status_code == 302, response.text[:2000]
    program.refresh_from_db()
    assert program.renewal_by_assessment is False


def test_assignments_list_explains_the_dates(admin_client, assignment):
    html = admin_client.get(reverse("certification_assignments")).text
    assert "hired 2026-03-02 + 30 days → due 2026-04-01" in html


def test_an_extension_needs_a_reason_and_records_the_approver(admin_client, assignment):
    url = reverse("certification_decision")
    refused = admin_client.post(
        url,
        {
            "assignment": assignment.pk,
            "decision": "extend",
            "new_due_date": "2026-05-01",
            "reason": "",
        },
    )
    assert refused.status_code == 200 and not Extension.objects.exists()
    admin_client.post(
        url,
        {
            "assignment": assignment.pk,
            "decision": "extend",
            "new_due_date": "2026-05-01",
            "reason": "Parental leave",
        },
    )
    extension = Extension.objects.get()
    assert extension.new_due_date == date(2026, 5, 1) and extension.reason == "Parental leave"
    event = AssignmentEvent.objects.filter(assignment=assignment, kind="extended").get()
    assert "extended to 2026-05-01: Parental leave" in event.explanation


def test_an_earlier_due_date_is_refused_with_a_message(admin_client, assignment):
    response = admin_client.post(
        reverse("certification_decision"),
        {
            "assignment": assignment.pk,
            "decision": "extend",
            "new_due_date": "2026-03-10",
            "reason": "typo",
        },
    )
    assert "must be after the current one (2026-04-01)" in response.text
    assert not Extension.objects.exists()


def test_exemption_from_the_admin(admin_client, assignment):
    admin_client.post(
        reverse("certification_decision"),
        {
            "assignment": assignment.pk,
            "decision": "exempt",
            "reason": "Contractor without data access",
        },
    )
    assert Assignment.objects.with_status().get(pk=assignment.pk).status == Status.EXEMPT


def test_learners_cannot_use_these_pages(client, assignment):
    client.force_login(UserFactory())
    assert client.get(reverse("certification_assignments")).status_code in {302, 403}
    assert client.get(reverse("certification_decision")).status_code in {302, 403}
