"""A learner's state on a quiz (quizzes/states.py): properties of the pure rule, and the quiz page
(`availability`) and the module page (`LearnerProgress`) reading the same state from it."""

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from django.utils import timezone
from hypothesis import given
from hypothesis import strategies as st

from quizzes.models import Quiz
from quizzes.services import availability, start_attempt, submit_attempt
from quizzes.states import SUBMIT_GRACE, QuizState, standing, timed_out
from tests.factories import UserFactory
from tests.helpers import right_answers, wrong_answers
from training.learning.models import FIRST_PERIOD
from training.learning.progress import LearnerProgress

AT = datetime(2026, 6, 1, 12, tzinfo=UTC)


@dataclass(frozen=True)
class Row:
    """The facts of an attempt the rule reads."""

    submitted_at: datetime | None
    deadline: datetime | None
    passed: bool | None
    score: Decimal | None


minutes_before = st.integers(min_value=1, max_value=60 * 24 * 30).map(
    lambda m: AT - timedelta(minutes=m)
)
scores = st.decimals(min_value=0, max_value=100, places=2)


@st.composite
def graded(draw):
    score = draw(scores)
    return Row(draw(minutes_before), None, score >= 80, score)


@st.composite
def unsubmitted(draw):
    """Open, or past its deadline (with or without the grace): `standing` must tell which."""
    deadline = draw(
        st.none()
        | st.sampled_from([AT - SUBMIT_GRACE, AT - SUBMIT_GRACE - timedelta(microseconds=1)])
        | minutes_before
        | minutes_before.map(lambda d: d + timedelta(days=60))
    )
    return Row(None, deadline, None, None)


@st.composite
def cycles(draw):
    """The attempts of one cycle: graded ones, and at most one not submitted (as the database allows)."""
    rows = draw(st.lists(graded(), max_size=5))
    if draw(st.booleans()):
        rows.insert(draw(st.integers(0, len(rows))), draw(unsubmitted()))
    return rows


per_cycle = st.integers(min_value=1, max_value=6)


@given(rows=cycles(), allowed=per_cycle)
def test_every_cycle_has_exactly_the_state_its_attempts_say(rows, allowed):
    now = standing(rows, attempts_per_cycle=allowed, at=AT)
    finished = [r for r in rows if r.submitted_at or timed_out(r, AT)]
    passed = any(r.passed for r in finished)
    still_open = len(finished) < len(rows)
    left = max(0, allowed - len(rows))
    assert now.attempts_used == len(rows) and now.attempts_left == left
    assert isinstance(now.state, QuizState)
    assert (now.state == QuizState.PASSED) == passed
    assert (now.state == QuizState.IN_PROGRESS) == (still_open and not passed)
    assert (now.state == QuizState.NOT_STARTED) == (not rows)
    assert (now.state == QuizState.NO_ATTEMPTS_LEFT) == (
        bool(rows) and not passed and not still_open and left == 0
    )
    assert (now.state == QuizState.FAILED) == (
        bool(finished) and not passed and not still_open and left > 0
    )
    assert (now.open_attempt is not None) == still_open


@given(rows=cycles(), allowed=per_cycle)
def test_the_best_score_is_the_best_pass_once_passed_else_the_best_so_far(rows, allowed):
    now = standing(rows, attempts_per_cycle=allowed, at=AT)
    finished = [
        r.score if r.submitted_at else Decimal(0)
        for r in rows
        if r.submitted_at or timed_out(r, AT)
    ]
    passes = [r.score for r in rows if r.submitted_at and r.passed]
    assert now.best_score == (max(passes) if passes else max(finished, default=None))


@given(rows=cycles(), allowed=per_cycle)
def test_closing_a_timed_out_attempt_changes_nothing_the_rule_says(rows, allowed):
    """`availability` writes a timed-out attempt as submitted at its deadline, scoring 0: the
    module page, which does not write, must already say the same."""
    closed = [
        replace(r, submitted_at=r.deadline, score=Decimal(0), passed=False)
        if timed_out(r, AT)
        else r
        for r in rows
    ]
    before = standing(rows, attempts_per_cycle=allowed, at=AT)
    after = standing(closed, attempts_per_cycle=allowed, at=AT)
    assert (before.state, before.best_score, before.attempts_left) == (
        after.state,
        after.best_score,
        after.attempts_left,
    )


def test_the_deadline_grace_is_inclusive():
    on_time = Row(None, AT - SUBMIT_GRACE, None, None)
    late = Row(None, AT - SUBMIT_GRACE - timedelta(microseconds=1), None, None)
    assert standing([on_time], attempts_per_cycle=3, at=AT).state == QuizState.IN_PROGRESS
    assert standing([late], attempts_per_cycle=3, at=AT).state == QuizState.FAILED


# --- the quiz page and the module page agree ---------------------------------------------------


@pytest.fixture
def quiz(course):
    quiz = Quiz.objects.get(module__build_key="m01")
    quiz.attempts_per_cycle, quiz.time_limit_minutes = 2, 10
    quiz.save()
    return quiz


def take(user, quiz, answers=None, *, minutes_ago=0):
    at = timezone.now() - timedelta(minutes=minutes_ago)
    attempt = start_attempt(user=user, quiz=quiz, period_start=FIRST_PERIOD, at=at)
    if answers:
        submit_attempt(attempt=attempt, user=user, answers=answers(attempt), at=at)


SCENARIOS = {
    QuizState.NOT_STARTED: [],
    QuizState.IN_PROGRESS: [(None, 0)],
    QuizState.FAILED: [(wrong_answers, 0)],
    QuizState.NO_ATTEMPTS_LEFT: [(wrong_answers, 5), (wrong_answers, 0)],
    QuizState.PASSED: [(wrong_answers, 5), (right_answers, 0)],
}


@pytest.mark.parametrize(
    "steps, expected",
    [(steps, state) for state, steps in SCENARIOS.items()]
    # Time ran out an hour ago: failed on both pages, though nothing has closed the attempt yet.
    + [([(None, 60)], QuizState.FAILED)],
)
def test_the_module_page_and_the_quiz_page_say_the_same_state(db, quiz, steps, expected):
    user = UserFactory()
    for answers, minutes_ago in steps:
        take(user, quiz, answers, minutes_ago=minutes_ago)
    on_module_page = LearnerProgress(user).for_page(quiz.module).quiz.state
    on_quiz_page = availability(user=user, quiz=quiz, period_start=FIRST_PERIOD).state
    assert on_module_page == on_quiz_page == expected


def test_every_state_is_covered_by_a_scenario():
    assert set(SCENARIOS) == set(QuizState)


BUTTONS = {
    QuizState.NOT_STARTED: "Take the quiz",
    QuizState.IN_PROGRESS: "Continue the quiz",
    QuizState.FAILED: "Try the quiz again",
    QuizState.NO_ATTEMPTS_LEFT: "Quiz overview and results",
    QuizState.PASSED: "Quiz overview and results",
}


@pytest.mark.parametrize("state", list(QuizState))
def test_the_module_page_offers_what_the_state_allows(learner_client, employee, quiz, state):
    """Templates compare against the vocabulary itself: a state missing from the context would
    silently fall through to “Take the quiz”."""
    for answers, minutes_ago in SCENARIOS[state]:
        take(employee.user, quiz, answers, minutes_ago=minutes_ago)
    html = learner_client.get(quiz.module.url).text
    assert BUTTONS[state] in html
    others = {text for other, text in BUTTONS.items() if text != BUTTONS[state]}
    assert not any(text in html for text in others)
