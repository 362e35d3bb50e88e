from datetime import UTC, datetime, timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.core.management.base import CommandError

from tests.factories import EmployeeFactory
from tests.helpers import complete_course, delete_record, tamper
from training.certification.assigning import assign, open_renewals
from training.certification.issuing import issue_certification, verify_chain
from training.certification.models import (
    AppendOnlyError,
    Assignment,
    CertificationProgram,
    CertificationRecord,
    Status,
)
from training.certification.programs import ANNUAL_PROGRAM
from training.learning.models import LessonCompletion
from training.learning.progress import LearnerProgress

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def program(course):
    return CertificationProgram.objects.get(name=ANNUAL_PROGRAM)


@pytest.fixture
def assigned(program):
    employee = EmployeeFactory(
        hire_date=T0.date(),
        time_zone="Europe/London",
        user__first_name="Rosa",
        user__last_name="Diaz",
    )
    assignment, _ = assign(employee=employee, program=program, at=T0)
    return assignment


def test_the_shipped_program(program, course):
    assert (program.validity_months, program.renewal_window_days, program.grace_days) == (
        12,
        60,
        14,
    )
    assert program.initial_due_days == 30
    assert list(program.courses.all()) == [course]


def test_finishing_the_course_issues_one_record_with_the_evidence(
    assigned, course, django_capture_on_commit_callbacks
):
    user = assigned.employee.user
    done = T0 + timedelta(days=10)
    with django_capture_on_commit_callbacks(execute=True):
        complete_course(user, course, at=done)

    record = CertificationRecord.objects.get(assignment=assigned)
    assert record.cycle == 1
    assert (record.name, record.email) == ("Rosa Diaz", user.email)
    assert record.employee_number == assigned.employee.employee_number
    assert record.department == assigned.employee.department.name
    assert record.completed_at == done
    assert record.expires_at == datetime(2027, 3, 12, 23, 59, 59, tzinfo=UTC)  # GMT in March
    assert len(record.modules) == 10 and all(m["score"] == "100.00" for m in record.modules)
    lessons = {str(pk): rev for pk, rev in course.lessons().values_list("id", "live_revision_id")}
    assert record.revisions == lessons
    assert record.attestation_text == course.attestation_text
    assert "completed 2026-03-12 + 12 months → valid until 2027-03-12" in record.explanation
    assert len(record.verification_code) == 14
    # The certificate is emailed.
    assert [m.to for m in mail.outbox if "certificate" in m.subject.lower()] == [[user.email]]
    # The assignment's facts follow the record.
    assigned.refresh_from_db()
    assert assigned.valid_until == record.expires_at
    assert Assignment.objects.with_status(at=done).get(pk=assigned.pk).status == Status.CERTIFIED


def test_exactly_one_record_per_cycle(assigned, course):
    complete_course(assigned.employee.user, course, at=T0)
    assert issue_certification(assignment=assigned, at=T0 + timedelta(hours=1)) is None
    assert CertificationRecord.objects.count() == 1


def test_no_record_without_an_assignment(course):
    employee = EmployeeFactory()
    complete_course(employee.user, course, at=T0)
    assert not CertificationRecord.objects.exists()


def test_records_are_append_only(assigned, course):
    complete_course(assigned.employee.user, course, at=T0)
    record = CertificationRecord.objects.get()
    record.name = "Someone Else"
    with pytest.raises(AppendOnlyError):
        record.save()
    with pytest.raises(AppendOnlyError):
        record.delete()
    with pytest.raises(AppendOnlyError):
        CertificationRecord.objects.update(name="x")
    with pytest.raises(AppendOnlyError):
        CertificationRecord.objects.all().delete()


def _issue_for(program, course, count):
    for _ in range(count):
        employee = EmployeeFactory()
        assign(employee=employee, program=program, at=T0)
        complete_course(employee.user, course, at=T0 + timedelta(days=1))
    return list(CertificationRecord.objects.order_by("id"))


def test_records_form_a_hash_chain_that_verifies(program, course):
    records = _issue_for(program, course, 3)
    assert records[0].previous_hash == "0" * 64
    assert [r.previous_hash for r in records[1:]] == [r.hash for r in records[:-1]]
    check = verify_chain()
    assert check.ok and check.checked == 3
    call_command("verify_records")


@pytest.mark.parametrize(
    ("column", "value", "reason"),
    [
        ("name", "'Mallory'", "name or email was altered"),
        ("expires_at", "'2099-01-01 00:00:00'", "contents do not match its hash"),
        ("modules", "'[]'", "contents do not match its hash"),
    ],
)
def test_tampering_is_detected_and_the_first_broken_record_named(
    program, course, column, value, reason
):
    records = _issue_for(program, course, 3)
    tamper(
        f"UPDATE certification_certificationrecord SET {column} = {value} WHERE id = %s",
        [records[1].pk],
    )
    with pytest.raises(CommandError) as failure:
        call_command("verify_records")
    assert f"record #{records[1].pk} ({records[1].verification_code})" in str(failure.value)
    assert reason in str(failure.value)


def test_a_deleted_record_breaks_the_chain(program, course):
    records = _issue_for(program, course, 3)
    delete_record(records[2].pk)
    check = verify_chain()
    assert not check.ok and "missing" in check.message
    delete_record(records[0].pk)
    check = verify_chain()
    assert not check.ok and f"record #{records[1].pk}" in check.message


def test_renewal_starts_a_new_cycle_and_old_learning_does_not_count(assigned, course):
    user = assigned.employee.user
    complete_course(user, course, at=T0 + timedelta(days=10))
    assigned.refresh_from_db()
    first_expiry = assigned.valid_until

    opens = assigned.renewal_opens_at
    assert open_renewals(at=opens - timedelta(days=1)) == 0
    assert open_renewals(at=opens + timedelta(hours=1)) == 1
    assert open_renewals(at=opens + timedelta(hours=2)) == 0  # a second run changes nothing
    assigned.refresh_from_db()
    assert (assigned.cycle, assigned.cycle_started_at) == (2, opens)
    assert (
        Assignment.objects.with_status(at=opens + timedelta(hours=1)).get(pk=assigned.pk).status
        == Status.RENEWAL_DUE
    )

    progress = LearnerProgress(user)
    assert progress.for_page(course).done == 0  # last year's lessons do not count
    assert LessonCompletion.objects.filter(user=user).count() == course.lessons().count()

    renewed_at = opens + timedelta(days=5)
    complete_course(user, course, at=renewed_at)
    second = CertificationRecord.objects.get(assignment=assigned, cycle=2)
    assert second.previous_hash == CertificationRecord.objects.get(cycle=1).hash
    # Renewal basis "expiry": renewing early loses nothing.
    assert second.expires_at.date() == first_expiry.date().replace(year=first_expiry.year + 1)
    assert "before expiry" in second.explanation
