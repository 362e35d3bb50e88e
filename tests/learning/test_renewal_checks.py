"""Renewal by demonstrated knowledge: the eligibility rule, crediting a module, and the record."""

from datetime import UTC, datetime, timedelta

import pytest

from quizzes.models import Attempt, Quiz
from quizzes.services import availability, start_attempt, submit_attempt
from tests.factories import EmployeeFactory
from tests.helpers import complete_course, right_answers, wrong_answers
from training.certification.assigning import assign, open_renewals
from training.certification.issuing import verify_chain
from training.certification.models import CertificationProgram, CertificationRecord
from training.certification.programs import ANNUAL_PROGRAM
from training.learning import renewal
from training.learning.models import ModuleCompletion
from training.learning.progress import LearnerProgress
from training.learning.services import (
    LearningError,
    accept_attestation,
    complete_lesson,
    start_renewal_check,
)

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def program(course):
    return CertificationProgram.objects.get(name=ANNUAL_PROGRAM)


@pytest.fixture
def certified(program, course):
    """Certified once (cycle 1), by the lessons and quizzes."""
    employee = EmployeeFactory(hire_date=T0.date())
    assignment, _ = assign(employee=employee, program=program, at=T0)
    complete_course(employee.user, course, at=T0 + timedelta(days=10))
    assignment.refresh_from_db()
    return assignment


@pytest.fixture
def renewing(certified):
    """The same assignment once its renewal has opened (cycle 2)."""
    open_renewals(at=certified.renewal_opens_at + timedelta(minutes=1))
    certified.refresh_from_db()
    assert certified.cycle == 2
    return certified


def during(assignment, hours=1):
    return assignment.cycle_started_at + timedelta(hours=hours)


def take_check(user, module, at, *, passing=True) -> Attempt:
    check = start_renewal_check(user=user, module=module, at=at)
    answers = right_answers(check) if passing else wrong_answers(check)
    return submit_attempt(attempt=check, user=user, answers=answers, at=at)


def test_a_passed_check_credits_only_that_module_for_the_new_cycle(renewing, course):
    user, at = renewing.employee.user, during(renewing)
    first, *others = list(course.modules())
    assert renewal.renewal_check_eligibility(user=user, module=first, at=at).offered

    check = take_check(user, first, at)

    assert check.purpose == Attempt.Purpose.RENEWAL_CHECK and check.passed
    credited = ModuleCompletion.objects.filter(user=user, period_start=renewing.cycle_started_at)
    assert [(c.module_id, c.method, c.attempt_id) for c in credited] == [
        (first.id, ModuleCompletion.Method.RENEWAL_CHECK, check.id)
    ]
    offer = renewal.renewal_check_eligibility(user=user, module=first, at=at)
    assert offer.reason == renewal.ALREADY_COMPLETE
    assert renewal.renewal_check_eligibility(user=user, module=others[0], at=at).offered


def test_the_record_is_issued_once_every_module_is_credited(renewing, course):
    user = renewing.employee.user
    modules = list(course.modules())
    for n, module in enumerate(modules):
        take_check(user, module, during(renewing, hours=1 + n))
    assert not CertificationRecord.objects.filter(cycle=2).exists()

    progress = LearnerProgress(user)
    assert progress.for_page(course).complete  # lessons unread, every module credited
    assert progress.next_step(course) is None
    accept_attestation(user=user, course=course, at=during(renewing, hours=24))

    record = CertificationRecord.objects.get(assignment=renewing, cycle=2)
    assert [m["earned_by"] for m in record.modules] == ["renewal_check"] * len(modules)
    assert all(m["quiz_revision"] and m["attempt"] for m in record.modules)
    first = CertificationRecord.objects.get(assignment=renewing, cycle=1)
    assert {m["earned_by"] for m in first.modules} == {"lessons_and_quiz"}
    assert verify_chain().ok


def test_a_failed_check_requires_the_lessons_and_the_quiz_with_every_attempt_left(renewing, course):
    user, at = renewing.employee.user, during(renewing)
    module = course.modules().first()
    quiz = Quiz.objects.get(module=module)

    failed = take_check(user, module, at, passing=False)

    assert failed.passed is False
    assert not ModuleCompletion.objects.filter(
        user=user, module=module, period_start=renewing.cycle_started_at
    ).exists()
    offer = renewal.renewal_check_eligibility(user=user, module=module, at=at)
    assert not offer.offered and offer.reason == renewal.ALREADY_TAKEN
    with pytest.raises(LearningError, match="already taken"):
        start_renewal_check(user=user, module=module, at=at)
    state = availability(user=user, quiz=quiz, period_start=renewing.cycle_started_at, at=at)
    assert (state.attempts_left, state.can_start) == (quiz.attempts_per_cycle, True)
    assert LearnerProgress(user).next_step(module).kind == "lesson"

    for lesson in module.lessons():
        complete_lesson(user=user, lesson=lesson, at=at)
    assert not ModuleCompletion.objects.filter(
        user=user, module=module, period_start=renewing.cycle_started_at
    ).exists()
    attempt = start_attempt(user=user, quiz=quiz, period_start=renewing.cycle_started_at, at=at)
    submit_attempt(attempt=attempt, user=user, answers=right_answers(attempt), at=at)
    completion = ModuleCompletion.objects.get(
        user=user, module=module, period_start=renewing.cycle_started_at
    )
    assert (completion.method, completion.attempt_id) == (
        ModuleCompletion.Method.LESSONS_AND_QUIZ,
        attempt.id,
    )


def test_a_program_with_renewal_checks_off_offers_none(renewing, program, course):
    program.renewal_by_assessment = False
    program.save()
    user, module = renewing.employee.user, course.modules().first()
    offer = renewal.renewal_check_eligibility(user=user, module=module, at=during(renewing))
    assert offer.reason == renewal.NOT_RENEWING
    with pytest.raises(LearningError):
        start_renewal_check(user=user, module=module, at=during(renewing))
    assert not Attempt.objects.renewal_checks().exists()


def test_a_first_certification_never_offers_one(program, course):
    employee = EmployeeFactory(hire_date=T0.date())
    assign(employee=employee, program=program, at=T0)
    module = course.modules().first()
    for at in (T0, T0 + timedelta(days=200)):
        offer = renewal.renewal_check_eligibility(user=employee.user, module=module, at=at)
        assert offer.reason == renewal.NOT_RENEWING
        with pytest.raises(LearningError):
            start_renewal_check(user=employee.user, module=module, at=at)


def test_none_is_offered_before_the_renewal_opens_or_after_it_is_certified(certified, course):
    user, module = certified.employee.user, course.modules().first()
    before = certified.renewal_opens_at - timedelta(days=1)
    assert not renewal.renewal_check_eligibility(user=user, module=module, at=before).offered
    open_renewals(at=certified.renewal_opens_at + timedelta(minutes=1))
    certified.refresh_from_db()
    renewed_at = during(certified, hours=2)
    complete_course(user, course, at=renewed_at)
    assert CertificationRecord.objects.filter(assignment=certified, cycle=2).exists()
    later = renewed_at + timedelta(days=1)
    assert not renewal.renewal_check_eligibility(user=user, module=module, at=later).offered


def test_an_open_check_is_returned_again_not_redrawn(renewing, course):
    user, module, at = renewing.employee.user, course.modules().first(), during(renewing)
    first = start_renewal_check(user=user, module=module, at=at)
    assert start_renewal_check(user=user, module=module, at=at) == first
    assert Attempt.objects.renewal_checks().count() == 1


def test_a_check_draws_no_question_seen_in_the_last_cycle(renewing, course):
    user, module = renewing.employee.user, course.modules().first()
    quiz = Quiz.objects.get(module=module)
    last_cycle = Attempt.objects.filter(
        user=user, quiz=quiz, period_start__lt=renewing.cycle_started_at
    )
    seen = {q for attempt in last_cycle for q in attempt.question_ids()}
    assert seen and len(quiz.questions) - len(seen) >= quiz.questions_per_attempt
    check = start_renewal_check(user=user, module=module, at=during(renewing))
    assert not set(check.question_ids()) & seen
