"""How long certifying takes, and how much of renewal is by renewal check, from the timestamps."""

import io
import statistics
from datetime import UTC, datetime, timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import (
    CertificationProgramFactory,
    CertificationRecordFactory,
    EmployeeFactory,
    LessonCompletionFactory,
)
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


def timed_records(course, program, minutes: list[float], *, done=T0):
    """Records of `program` completed at `done`, each `minutes` after its holder's first lesson."""
    for value in minutes:
        employee = EmployeeFactory()
        start = done - timedelta(minutes=value)
        LessonCompletionFactory(
            user=employee.user, lesson=course.lessons().first(), completed_at=start
        )
        CertificationRecordFactory(
            assignment__employee=employee, assignment__program=program, completed_at=done
        )


@pytest.mark.parametrize(
    "minutes", [[7], [10, 20, 30, 40], [5, 5, 9], [0.25, 0.35], [1.05, 1.1, 3, 2], [61, 59.5]]
)
def test_the_median_is_the_middle_value_or_the_mean_of_the_two(course, minutes):
    timed_records(course, CertificationProgramFactory(name="P"), minutes)
    [row] = time_to_certify()
    assert row.median_minutes == round(statistics.median(minutes), 1)
    assert (row.records, row.renewals, row.median_renewal_minutes_with_checks) == (
        len(minutes),
        0,
        None,
    )


def test_it_costs_two_queries_for_3_or_30_records_and_reads_no_learning(course):
    """The figures were stored with each record: no lesson or attempt is read, nothing is sorted
    in Python; a past day counts only the records completed by then."""
    counts = []
    for size in (3, 30):
        program = CertificationProgramFactory()
        timed_records(course, program, list(range(1, size + 1)))
        timed_records(course, program, [1000], done=T0 + timedelta(days=30))
        with CaptureQueriesContext(connection) as queries:
            [row] = time_to_certify(at=T0 + timedelta(days=1), program=program.pk)
        assert (row.records, row.median_minutes) == (size, (size + 1) / 2)
        counts.append(len(queries))
        read = " ".join(query["sql"] for query in queries.captured_queries)
        assert "lessoncompletion" not in read and "quizzes_attempt" not in read
    assert counts == [2, 2]
