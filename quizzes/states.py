"""A learner's state on a quiz in one certification cycle: one vocabulary, one rule, no database.

`quizzes.services.availability` (may they start an attempt, and why not) and
`training.learning.progress` (what the course pages show) both read the cycle's attempts through
`standing()`, so the quiz page and the module page cannot disagree.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Protocol

from django.db import models

# A submission that left the browser just before the deadline still counts.
SUBMIT_GRACE = timedelta(seconds=30)


class QuizState(models.TextChoices):
    NOT_STARTED = "not_started", "Not started"
    IN_PROGRESS = "in_progress", "In progress"
    PASSED = "passed", "Passed"
    FAILED = "failed", "Not passed"
    NO_ATTEMPTS_LEFT = "no_attempts_left", "No attempts left"


class AttemptFacts(Protocol):
    """What the rule reads of an attempt (an `Attempt`, or a row with these attributes)."""

    submitted_at: datetime | None
    deadline: datetime | None
    passed: bool | None
    score: Decimal | None


@dataclass(frozen=True)
class Standing:
    state: QuizState
    attempts_used: int
    attempts_left: int
    best_score: Decimal | None  # the best passing score once passed, else the best score so far
    open_attempt: AttemptFacts | None
    passed_attempt: AttemptFacts | None
    last_attempt: AttemptFacts | None  # the latest graded (or timed-out) attempt


def timed_out(attempt: AttemptFacts, at: datetime) -> bool:
    """Time ran out with nothing submitted: the attempt is used up, scoring nothing."""
    return (
        attempt.submitted_at is None
        and attempt.deadline is not None
        and at > attempt.deadline + SUBMIT_GRACE
    )


def _score(attempt: AttemptFacts) -> Decimal:
    return attempt.score if attempt.submitted_at is not None else Decimal(0)


def standing(
    attempts: Iterable[AttemptFacts], *, attempts_per_cycle: int, at: datetime
) -> Standing:
    """Where a learner stands on a quiz at `at`, given every attempt of theirs in the cycle."""
    attempts = list(attempts)
    finished = [a for a in attempts if a.submitted_at is not None or timed_out(a, at)]
    open_attempt = next(
        (a for a in attempts if a.submitted_at is None and not timed_out(a, at)), None
    )
    passed = max((a for a in finished if a.passed), key=_score, default=None)
    last = max(finished, key=lambda a: a.submitted_at or a.deadline, default=None)
    left = max(0, attempts_per_cycle - len(attempts))
    if passed:
        state = QuizState.PASSED
    elif open_attempt:
        state = QuizState.IN_PROGRESS
    elif not left:
        state = QuizState.NO_ATTEMPTS_LEFT
    elif finished:
        state = QuizState.FAILED
    else:
        state = QuizState.NOT_STARTED
    best = _score(passed) if passed else max(map(_score, finished), default=None)
    return Standing(state, len(attempts), left, best, open_attempt, passed, last)
