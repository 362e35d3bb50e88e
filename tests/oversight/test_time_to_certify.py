"""How long certifying takes, and how much of renewal is by renewal check, from the timestamps."""

import io
from datetime import UTC, datetime, timedelta

import pytest
from django.core.management import call_command

from tests.factories import EmployeeFactory
from tests.helpers import complete_course, renew_by_checks
from tests.org import compliance_officer
from training.certification.assigning import assign, open_renewals
from training.certification.models import CertificationProgram
from training.certification.programs import ANNUAL_PROGRAM
from training.learning.services import complete_lesson, start_renewal_check
from training.oversight.reports import describe_minutes, time_to_certify

T0 = datetime(2025, 1, 6, 9, 0, tzinfo=UTC)


def certify(course, *, first_lesson_minutes_before: int):
    program = CertificationProgram.objects.get(name=ANNUAL_PROGRAM)
    employee = EmployeeFactory(hire_date=T0.date())
    assignment, _ = assign(employee=employee, program=program, at=T0)
    done = T0 + timedelta(days=5)
    lesson = course.lessons().first()
    start = done - timedelta(minutes=first_lesson_minutes_before)
    complete_lesson(user=employee.user, lesson=lesson, at=start)
    complete_course(employee.user, course, at=done)
    assignment.refresh_from_db()
    open_renewals(at=assignment.renewal_opens_at + timedelta(minutes=1))
    assignment.refresh_from_db()
    return employee.user, assignment.cycle_started_at + timedelta(days=3)


@pytest.fixture
def history(course):
    """Ana: 90 minutes, then a renewal by checks in 20. Ben: 30 minutes, then 60 by lessons."""
    ana, renews_at = certify(course, first_lesson_minutes_before=90)
    start_renewal_check(
        user=ana, module=course.modules().first(), at=renews_at - timedelta(minutes=20)
    )
    renew_by_checks(ana, course, renews_at)
    ben, renews_at = certify(course, first_lesson_minutes_before=30)
    complete_lesson(user=ben, lesson=course.lessons().first(), at=renews_at - timedelta(minutes=60))
    complete_course(ben, course, at=renews_at)


def test_medians_and_shares_per_program(history):
    [row] = time_to_certify()
    assert (row.program, row.records, row.renewals) == (ANNUAL_PROGRAM, 4, 2)
    assert row.median_minutes == 45  # 90, 30, 20, 60
    assert (row.median_renewal_minutes_with_checks, row.median_renewal_minutes_without_checks) == (
        20,
        60,
    )
    assert (row.all_by_check, row.partly_by_check, row.share_all_by_check) == (1, 0, 50)


def test_the_dashboard_and_the_command_show_them(client, history):
    client.force_login(compliance_officer())
    html = client.get("/compliance/").text
    assert 'id="time-to-certify"' in html
    assert "45 min" in html and "50 % (1)" in html and "1 h 00 min" in html
    out = io.StringIO()
    call_command("renewal_report", stdout=out)
    assert "median renewal 20 min with checks, 60 min (1 h 00 min) without" in out.getvalue()


def test_describe_minutes():
    assert [describe_minutes(v) for v in (None, 42, 185, 60 * 24 * 3)] == [
        "–",
        "42 min",
        "3 h 05 min",
        "3.0 days",
    ]
