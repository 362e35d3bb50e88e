from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone

from quizzes.models import Answer, Attempt, Quiz
from quizzes.services import (
    AlreadyGraded,
    QuizError,
    availability,
    questions_seen_last_period,
    start_attempt,
    start_renewal_check,
    submit_attempt,
)
from tests.factories import QuizFactory, UserFactory
from tests.factories.quizzes import question_bank
from tests.helpers import right_answers, wrong_answers
from training.learning.models import FIRST_PERIOD

NOW = timezone.now().replace(microsecond=0)


@pytest.fixture
def quiz(course):
    return Quiz.objects.get(module__build_key="m01")


@pytest.fixture
def user(db):
    return UserFactory()


def start(user, quiz, at=NOW):
    return start_attempt(user=user, quiz=quiz, period_start=FIRST_PERIOD, at=at)


def fail(user, quiz, at=NOW):
    attempt = start(user, quiz, at)
    return submit_attempt(attempt=attempt, user=user, answers=wrong_answers(attempt), at=at)


def test_an_attempt_draws_five_distinct_questions_and_a_reload_keeps_the_draw(user, quiz):
    attempt = start(user, quiz)
    assert len(set(attempt.question_ids())) == 5
    again = start(user, quiz)
    assert again.pk == attempt.pk and again.draw == attempt.draw
    assert Attempt.objects.count() == 1


def test_passing_scores_100_and_records_each_answer(user, quiz):
    attempt = start(user, quiz)
    graded = submit_attempt(attempt=attempt, user=user, answers=right_answers(attempt), at=NOW)
    assert graded.score == 100 and graded.passed
    assert Answer.objects.filter(attempt=attempt, correct=True).count() == 5


def test_a_submission_is_graded_once(user, quiz):
    attempt = start(user, quiz)
    submit_attempt(attempt=attempt, user=user, answers=wrong_answers(attempt), at=NOW)
    stale = Attempt.objects.get(pk=attempt.pk)
    stale.submitted_at = None  # a second tab still holding the open attempt
    with pytest.raises(AlreadyGraded):
        submit_attempt(attempt=stale, user=user, answers=right_answers(attempt), at=NOW)
    attempt.refresh_from_db()
    assert attempt.score == 0 and attempt.passed is False
    assert Answer.objects.filter(attempt=attempt).count() == 5


def test_the_attempt_limit_is_per_cycle(user, quiz):
    for minute in range(3):
        fail(user, quiz, NOW + timedelta(minutes=minute))
    with pytest.raises(QuizError, match="used all 3 attempts"):
        start(user, quiz, NOW + timedelta(minutes=5))
    # A new certification cycle starts a fresh count.
    later = start_attempt(user=user, quiz=quiz, period_start=NOW, at=NOW + timedelta(days=300))
    assert later.period_start == NOW


def test_cooldown_after_a_failed_attempt(user, quiz):
    quiz.cooldown_minutes = 60
    quiz.save()
    fail(user, quiz)
    with pytest.raises(QuizError, match="You can try again from"):
        start(user, quiz, NOW + timedelta(minutes=30))
    assert start(user, quiz, NOW + timedelta(minutes=61)).pk


def test_no_new_attempt_after_passing(user, quiz):
    attempt = start(user, quiz)
    submit_attempt(attempt=attempt, user=user, answers=right_answers(attempt), at=NOW)
    with pytest.raises(QuizError, match="You passed"):
        start(user, quiz, NOW + timedelta(minutes=1))


def test_a_choice_from_another_question_is_refused_and_changes_nothing(user, quiz):
    attempt = start(user, quiz)
    answers = right_answers(attempt)
    first, second = attempt.question_ids()[:2]
    answers[first] = [attempt.draw[1]["choices"][0]]
    with pytest.raises(QuizError, match="Question 1: that choice does not belong"):
        submit_attempt(attempt=attempt, user=user, answers=answers, at=NOW)
    attempt.refresh_from_db()
    assert attempt.submitted_at is None and not Answer.objects.exists()


def test_every_question_needs_an_answer(user, quiz):
    attempt = start(user, quiz)
    answers = right_answers(attempt)
    del answers[attempt.question_ids()[3]]
    with pytest.raises(QuizError, match="Question 4 has no answer"):
        submit_attempt(attempt=attempt, user=user, answers=answers, at=NOW)


def test_two_answers_to_a_single_choice_question_are_refused(user, quiz):
    attempt = start(user, quiz)
    kinds = {block.id: block.value["kind"] for block in quiz.questions}
    number, item = next(
        (n, item)
        for n, item in enumerate(attempt.draw, start=1)
        if kinds[item["question"]] != "multiple"
    )
    answers = right_answers(attempt)
    answers[item["question"]] = item["choices"][:2]
    with pytest.raises(QuizError, match=f"Question {number} takes exactly one answer"):
        submit_attempt(attempt=attempt, user=user, answers=answers, at=NOW)


def test_someone_elses_attempt_is_refused(user, quiz):
    attempt = start(user, quiz)
    with pytest.raises(QuizError, match="belongs to someone else"):
        submit_attempt(attempt=attempt, user=UserFactory(), answers=right_answers(attempt), at=NOW)
    assert Attempt.objects.get(pk=attempt.pk).submitted_at is None


def test_an_answer_after_the_time_limit_is_refused_and_the_attempt_is_then_used_up(user, quiz):
    quiz.time_limit_minutes = 10
    quiz.save()
    attempt = start(user, quiz)
    assert attempt.deadline == NOW + timedelta(minutes=10)
    with pytest.raises(QuizError, match="time limit"):
        submit_attempt(
            attempt=attempt,
            user=user,
            answers=right_answers(attempt),
            at=NOW + timedelta(minutes=11),
        )
    assert Attempt.objects.get(pk=attempt.pk).submitted_at is None
    state = availability(
        user=user, quiz=quiz, period_start=FIRST_PERIOD, at=NOW + timedelta(minutes=11)
    )
    assert state.attempts_left == 2 and state.open_attempt is None
    assert Attempt.objects.get(pk=attempt.pk).passed is False


def test_grading_uses_the_questions_as_they_were_when_the_attempt_started(user, quiz):
    attempt = start(user, quiz)
    answers = right_answers(attempt)
    # An editor rewrites the bank mid-attempt: one formerly wrong choice becomes the only right one.
    data = quiz.questions.get_prep_value()
    for block in data:
        choices = [c["value"] for c in block["value"]["choices"]]
        flipped = next(c for c in choices if not c["correct"])
        for choice in choices:
            choice["correct"] = choice is flipped
    quiz.questions = data
    quiz.save_revision().publish()
    graded = submit_attempt(attempt=attempt, user=user, answers=answers, at=NOW)
    assert graded.score == 100


def test_an_unpublished_quiz_cannot_be_started(user, quiz):
    quiz.live = False
    quiz.save()
    with pytest.raises(QuizError, match="not published"):
        start(user, quiz)


def test_a_new_attempt_avoids_the_questions_of_the_previous_one(user, quiz):
    bank = len(quiz.live_revision.as_object().questions)
    first = fail(user, quiz)
    second = start(user, quiz, NOW + timedelta(minutes=1))
    repeated = set(first.question_ids()) & set(second.question_ids())
    # Only a bank too small for two fresh draws repeats, and then as little as it can.
    assert len(repeated) == max(0, 2 * quiz.questions_per_attempt - bank)


def test_a_renewal_avoids_the_questions_of_the_last_cycle(user, quiz):
    bank = len(quiz.live_revision.as_object().questions)
    attempt = start(user, quiz)
    submit_attempt(attempt=attempt, user=user, answers=right_answers(attempt), at=NOW)
    renewal = start_attempt(user=user, quiz=quiz, period_start=NOW, at=NOW + timedelta(days=300))
    repeated = set(attempt.question_ids()) & set(renewal.question_ids())
    assert len(repeated) == max(0, 2 * quiz.questions_per_attempt - bank)


def test_a_renewal_check_avoids_only_the_last_periods_questions(db):
    """Attempts two periods ago may come back; last period's may not, where the bank allows."""
    quiz = QuizFactory(questions=question_bank(9), questions_per_attempt=3)
    user = UserFactory()
    periods = [datetime(year, 1, 1, tzinfo=UTC) for year in (2024, 2025, 2026)]
    old = start_attempt(user=user, quiz=quiz, period_start=periods[0], at=periods[0])
    submit_attempt(attempt=old, user=user, answers=wrong_answers(old), at=periods[0])
    last = []
    for _ in range(2):
        attempt = start_attempt(user=user, quiz=quiz, period_start=periods[1], at=periods[1])
        submit_attempt(attempt=attempt, user=user, answers=wrong_answers(attempt), at=periods[1])
        last += attempt.question_ids()
    seen = questions_seen_last_period(user=user, quiz=quiz, period_start=periods[2])
    assert seen == set(last)
    check = start_renewal_check(user=user, quiz=quiz, period_start=periods[2], at=periods[2])
    assert check.purpose == check.Purpose.RENEWAL_CHECK
    assert not set(check.question_ids()) & seen
