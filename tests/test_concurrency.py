"""Races that only a real row-locking database shows: run on PostgreSQL (CI does), skipped on SQLite."""

import threading

import pytest
from django.db import connection, connections

from content.models import LessonPage
from quizzes.models import Answer, Attempt, Quiz
from quizzes.services import AlreadyGraded, QuizError, start_attempt, submit_attempt
from tests.factories import UserFactory
from tests.helpers import right_answers, wrong_answers
from training.learning.models import FIRST_PERIOD, ModuleCompletion
from training.learning.services import complete_lesson

pytestmark = pytest.mark.postgres_only


def run_together(count, work):
    """Run `work(i)` in `count` threads released at the same moment; return results or errors."""
    barrier = threading.Barrier(count)
    results = [None] * count

    def runner(i):
        try:
            barrier.wait()
            results[i] = work(i)
        except Exception as error:  # noqa: BLE001 - the test inspects what each thread got
            results[i] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=runner, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


@pytest.fixture
def quiz(course_tx):
    if connection.vendor != "postgresql":
        pytest.skip("SQLite serialises writers; the race needs PostgreSQL")
    return Quiz.objects.get(module__build_key="m01")


def test_concurrent_submissions_grade_one_attempt_once(quiz):
    for round_ in range(5):
        user = UserFactory()
        attempt = start_attempt(user=user, quiz=quiz, period_start=FIRST_PERIOD)
        sheets = [right_answers(attempt), wrong_answers(attempt)]
        copies = [Attempt.objects.get(pk=attempt.pk) for _ in sheets]

        def submit(i, copies=copies, user=user, sheets=sheets):
            return submit_attempt(attempt=copies[i], user=user, answers=sheets[i])

        results = run_together(2, submit)

        graded = [r for r in results if isinstance(r, Attempt)]
        refused = [r for r in results if isinstance(r, AlreadyGraded)]
        assert (len(graded), len(refused)) == (1, 1), (round_, results)
        assert Answer.objects.filter(attempt=attempt).count() == 5
        attempt.refresh_from_db()
        assert attempt.score == graded[0].score


def test_concurrent_starts_never_exceed_the_attempt_limit(quiz):
    user = UserFactory()
    for _ in range(2):
        attempt = start_attempt(user=user, quiz=quiz, period_start=FIRST_PERIOD)
        submit_attempt(attempt=attempt, user=user, answers=wrong_answers(attempt))

    results = run_together(
        4, lambda i: start_attempt(user=user, quiz=quiz, period_start=FIRST_PERIOD)
    )

    assert all(isinstance(r, Attempt) for r in results), results
    assert len({r.pk for r in results}) == 1
    assert Attempt.objects.filter(user=user, quiz=quiz).count() == 3
    third = results[0]
    submit_attempt(attempt=third, user=user, answers=wrong_answers(third))
    results = run_together(
        3, lambda i: start_attempt(user=user, quiz=quiz, period_start=FIRST_PERIOD)
    )
    assert all(isinstance(r, QuizError) for r in results)
    assert Attempt.objects.filter(user=user, quiz=quiz).count() == 3


def test_a_module_is_completed_exactly_once_when_the_pass_and_the_last_lesson_race(quiz):
    lessons = list(LessonPage.objects.filter(build_key__startswith="m01/").order_by("path"))
    for _ in range(5):
        user = UserFactory()
        for lesson in lessons[:-1]:
            complete_lesson(user=user, lesson=lesson)
        attempt = start_attempt(user=user, quiz=quiz, period_start=FIRST_PERIOD)
        sheet = right_answers(attempt)

        def work(i, user=user, attempt=attempt, sheet=sheet):
            if i == 0:
                return submit_attempt(attempt=attempt, user=user, answers=sheet)
            return complete_lesson(user=user, lesson=lessons[-1])

        results = run_together(2, work)
        assert not any(isinstance(r, Exception) for r in results), results
        assert ModuleCompletion.objects.filter(user=user, module=quiz.module).count() == 1


def test_records_issued_at_once_form_one_unbroken_chain(quiz, course_tx):
    from tests.factories import EmployeeFactory
    from training.certification.assigning import assign
    from training.certification.issuing import verify_chain
    from training.certification.models import CertificationProgram, CertificationRecord
    from training.learning.services import accept_attestation

    program = CertificationProgram.objects.get(name="Annual Data Ethics Certification")
    people = [EmployeeFactory() for _ in range(4)]
    from content.models import LessonPage
    from quizzes.models import Quiz as QuizModel
    from training.learning.services import complete_lesson

    for person in people:
        assign(employee=person, program=program)
        # Everything but the attestation, which the threads take together.
        for lesson in LessonPage.objects.live().descendant_of(course_tx):
            complete_lesson(user=person.user, lesson=lesson)
        for each in QuizModel.objects.filter(live=True):
            attempt = start_attempt(user=person.user, quiz=each, period_start=FIRST_PERIOD)
            submit_attempt(attempt=attempt, user=person.user, answers=right_answers(attempt))

    results = run_together(
        len(people) * 2,
        lambda i: accept_attestation(user=people[i % len(people)].user, course=course_tx),
    )
    assert not [r for r in results if isinstance(r, Exception)], results
    assert CertificationRecord.objects.count() == len(people)
    check = verify_chain()
    assert check.ok, check.message


def test_two_workers_send_each_reminder_once(quiz):
    from datetime import timedelta

    from django.core import mail
    from django.utils import timezone

    from tests.factories import EmployeeFactory
    from training.certification.assigning import assign
    from training.certification.jobs import run_daily
    from training.certification.models import Assignment, CertificationProgram, Reminder

    program = CertificationProgram.objects.create(name="Race programme")
    now = timezone.now()
    for _ in range(6):
        assign(
            employee=EmployeeFactory(hire_date=now.date()),
            program=program,
            at=now,
            source=Assignment.Source.MANUAL,
        )
    results = run_together(2, lambda i: run_daily(at=now + timedelta(days=1)))
    assert not [r for r in results if isinstance(r, Exception)], results
    assert Reminder.objects.count() == 6
    assert len(mail.outbox) == 6
    assert len({m.to[0] for m in mail.outbox}) == 6


def test_two_daily_jobs_store_each_month_end_once(quiz):
    """Both runs find the same month ends missing and compute them; the unique constraints let
    one run's rows in, and the other's insert is ignored, not an error."""
    from datetime import UTC, datetime

    from tests.factories import EmployeeFactory
    from training.certification.assigning import assign
    from training.certification.models import Assignment, CertificationProgram
    from training.oversight.models import ComplianceSnapshot
    from training.oversight.trend import store_month_ends

    program = CertificationProgram.objects.create(name="Race programme")
    for _ in range(3):
        assign(
            employee=EmployeeFactory(),
            program=program,
            at=datetime(2026, 1, 5, 9, tzinfo=UTC),
            source=Assignment.Source.MANUAL,
        )
    job = datetime(2026, 6, 2, 6, tzinfo=UTC)
    results = run_together(2, lambda i: store_month_ends(at=job))
    assert not [r for r in results if isinstance(r, Exception)], results
    days = ComplianceSnapshot.objects.filter(program=None).values_list("day", flat=True)
    assert len(days) == len(set(days)) == 5  # January to May, each once
    assert ComplianceSnapshot.objects.filter(program=program).count() == 5
