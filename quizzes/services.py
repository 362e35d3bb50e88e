"""Starting and submitting attempts. Callers decide who may; these functions keep the rules."""

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.formats import date_format

from .blocks import QuestionKind
from .drawing import bank_of, draw, seen_in
from .grading import grade
from .models import Answer, Attempt, Quiz
from .signals import attempt_graded
from .states import SUBMIT_GRACE, QuizState, Standing, standing, timed_out


class QuizError(Exception):
    """A request about a quiz that cannot be honoured; the message says why, for the learner."""


class AlreadyGraded(QuizError):
    pass


@dataclass(frozen=True)
class Availability(Standing):
    """The learner's standing, and whether they may start an attempt now; if not, why."""

    next_start_at: datetime | None = None  # when a cooldown ends
    reason: str = ""

    @property
    def can_start(self) -> bool:
        return not self.reason


def questions_by_id(attempt_or_quiz) -> dict:
    """The question blocks an attempt was drawn from (its revision), keyed by block id."""
    revision = getattr(attempt_or_quiz, "revision", None) or attempt_or_quiz.live_revision
    quiz = revision.as_object()
    return {block.id: block.value for block in quiz.questions}


def _close_timed_out(attempts):
    # Make the rows say what `standing` already counts them as: used up, scoring nothing.
    for attempt in attempts:
        Attempt.objects.filter(pk=attempt.pk, submitted_at__isnull=True).update(
            submitted_at=attempt.deadline, score=0, passed=False
        )


def availability(*, user, quiz: Quiz, period_start, at=None) -> Availability:
    at = at or timezone.now()
    # A renewal check is not an attempt at the quiz: it uses none of the cycle's attempts.
    cycle = Attempt.objects.quiz_only().filter(user=user, quiz=quiz).in_period(period_start)
    attempts = list(cycle)
    if any(timed_out(a, at) for a in attempts):
        _close_timed_out([a for a in attempts if timed_out(a, at)])
        attempts = list(cycle.all())
    current = standing(attempts, attempts_per_cycle=quiz.attempts_per_cycle, at=at)
    next_start = None
    reason = ""
    if not quiz.live:
        reason = "This quiz is not published."
    elif current.state == QuizState.PASSED:
        reason = f"You passed this quiz with {current.best_score:.0f} %."
    elif current.state == QuizState.IN_PROGRESS:
        reason = "You have an attempt in progress."
    elif current.state == QuizState.NO_ATTEMPTS_LEFT:
        reason = (
            f"You have used all {quiz.attempts_per_cycle} attempts for this certification cycle."
        )
    elif (
        current.last_attempt
        and quiz.cooldown_minutes
        and at < current.last_attempt.submitted_at + quiz.cooldown
    ):
        next_start = current.last_attempt.submitted_at + quiz.cooldown
        local = timezone.localtime(next_start)
        reason = f"You can try again from {date_format(local, 'j F Y, H:i')}."
    return Availability(**vars(current), next_start_at=next_start, reason=reason)


def previous_questions(*, user, quiz: Quiz) -> list[str]:
    """The question ids of the learner's previous attempt at this quiz, in any cycle."""
    last_draw = (
        Attempt.objects.filter(user=user, quiz=quiz)
        .order_by("-started_at", "-pk")
        .values_list("draw", flat=True)
        .first()
    )
    return [item["question"] for item in last_draw or []]


def questions_seen_last_period(*, user, quiz: Quiz, period_start) -> set[str]:
    """Every question id the learner was drawn at this quiz in their last period before
    `period_start` (quiz attempts and checks alike)."""
    attempts = Attempt.objects.filter(user=user, quiz=quiz, period_start__lt=period_start)
    last = attempts.order_by("-period_start").values_list("period_start", flat=True).first()
    if last is None:
        return set()
    draws = attempts.filter(period_start=last).values_list("draw", flat=True)
    return seen_in(draws)


def _new_attempt(*, user, quiz: Quiz, period_start, at, rng, avoid, purpose) -> Attempt:
    revision = quiz.live_revision
    live_quiz = revision.as_object()
    return Attempt.objects.create(
        user=user,
        quiz=quiz,
        revision=revision,
        period_start=period_start,
        purpose=purpose,
        draw=draw(bank_of(live_quiz.questions), quiz.questions_per_attempt, rng, avoid=avoid),
        started_at=at,
        deadline=at + timedelta(minutes=quiz.time_limit_minutes)
        if quiz.time_limit_minutes
        else None,
    )


def start_attempt(
    *, user, quiz: Quiz, period_start, at=None, rng: random.Random | None = None
) -> Attempt:
    """Draw a new attempt, or return the one already in progress (a refresh or a second tab).

    The draw avoids the questions of the learner's previous attempt where the bank allows.
    """
    at = at or timezone.now()
    state = availability(user=user, quiz=quiz, period_start=period_start, at=at)
    if state.open_attempt:
        return state.open_attempt
    if not state.can_start:
        raise QuizError(state.reason)
    seen = previous_questions(user=user, quiz=quiz)
    try:
        with transaction.atomic():
            return _new_attempt(
                user=user,
                quiz=quiz,
                period_start=period_start,
                at=at,
                rng=rng,
                avoid=seen,
                purpose=Attempt.Purpose.QUIZ,
            )
    except IntegrityError:
        # A concurrent request opened one first: both get the same attempt.
        return Attempt.objects.quiz_only().open().get(user=user, quiz=quiz)


def start_renewal_check(
    *, user, quiz: Quiz, period_start, at=None, rng: random.Random | None = None
) -> Attempt:
    """Draw the one renewal check of this period, or return it while it is still open.

    Whether a check is offered at all is the caller's decision (learning's eligibility rule); this
    keeps "one per period" and draws afresh: no question of the learner's last period where the
    bank has enough others.
    """
    at = at or timezone.now()
    if not quiz.live:
        raise QuizError("This quiz is not published.")
    existing = (
        Attempt.objects.renewal_checks()
        .filter(user=user, quiz=quiz)
        .in_period(period_start)
        .first()
    )
    if existing is None:
        seen = questions_seen_last_period(user=user, quiz=quiz, period_start=period_start)
        try:
            with transaction.atomic():
                return _new_attempt(
                    user=user,
                    quiz=quiz,
                    period_start=period_start,
                    at=at,
                    rng=rng,
                    avoid=seen,
                    purpose=Attempt.Purpose.RENEWAL_CHECK,
                )
        except IntegrityError:
            # A concurrent request drew it first (one_renewal_check_per_period).
            existing = (
                Attempt.objects.renewal_checks().in_period(period_start).get(user=user, quiz=quiz)
            )
    if existing.is_graded or timed_out(existing, at):
        raise QuizError("You have already taken the renewal check for this module this cycle.")
    return existing


def clean_answers(attempt: Attempt, submitted: dict[str, list[str]]) -> dict[str, list[str]]:
    """Keep only well-formed answers to the drawn questions, or say which question is wrong."""
    questions = questions_by_id(attempt)
    cleaned = {}
    for number, item in enumerate(attempt.draw, start=1):
        question_id = item["question"]
        chosen = list(dict.fromkeys(submitted.get(question_id, [])))
        if not chosen:
            raise QuizError(
                f"Question {number} has no answer. Choose an answer for every question."
            )
        if any(choice not in item["choices"] for choice in chosen):
            raise QuizError(f"Question {number}: that choice does not belong to the question.")
        if questions[question_id]["kind"] != QuestionKind.MULTIPLE and len(chosen) != 1:
            raise QuizError(f"Question {number} takes exactly one answer.")
        cleaned[question_id] = chosen
    return cleaned


@transaction.atomic
def submit_attempt(*, attempt: Attempt, user, answers: dict[str, list[str]], at=None) -> Attempt:
    """Grade an attempt exactly once; a second submission changes nothing and says so."""
    at = at or timezone.now()
    if attempt.user_id != user.pk:
        raise QuizError("This attempt belongs to someone else.")
    if attempt.submitted_at is not None:
        raise AlreadyGraded("This attempt has already been submitted and graded.")
    if attempt.deadline and at > attempt.deadline + SUBMIT_GRACE:
        raise QuizError(
            "The time limit for this attempt has passed; the answers were not accepted."
        )
    cleaned = clean_answers(attempt, answers)
    # The conditional update is the lock: of two concurrent submissions only one matches.
    claimed = Attempt.objects.filter(pk=attempt.pk, submitted_at__isnull=True).update(
        submitted_at=at
    )
    if not claimed:
        raise AlreadyGraded("This attempt has already been submitted and graded.")
    score, results = grade(
        questions=questions_by_id(attempt),
        question_ids=attempt.question_ids(),
        answers=cleaned,
        scoring=attempt.quiz.multiple_select_scoring,
    )
    Answer.objects.bulk_create(
        Answer(
            attempt=attempt,
            question_id=r.question_id,
            choice_ids=sorted(r.chosen),
            credit=r.credit,
            correct=r.correct,
        )
        for r in results
    )
    attempt.submitted_at, attempt.score = at, score
    attempt.passed = score >= attempt.quiz.pass_mark
    attempt.save(update_fields=["score", "passed"])
    attempt_graded.send(sender=Attempt, attempt=attempt)
    return attempt
