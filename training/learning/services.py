"""Learning's writes: each a keyword-only function that keeps its own transaction."""

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.utils import timezone

from content.models import CoursePage, LessonPage, ModulePage
from quizzes import services as quiz_services
from quizzes.models import Attempt, Quiz

from .models import CourseAttestation, LessonCompletion, ModuleCompletion
from .periods import course_of, current_period_start
from .renewal import renewal_check_eligibility
from .signals import attestation_accepted


class LearningError(Exception):
    """Something a learner asked for cannot be done; the message says why."""


def _create_once(model, lookup: dict, **values):
    """Create a row unique on `lookup`, or return the one a concurrent request created first."""
    existing = model.objects.filter(**lookup).first()
    if existing:
        return existing, False
    try:
        with transaction.atomic():
            return model.objects.create(**lookup, **values), True
    except IntegrityError:
        return model.objects.get(**lookup), False


def _lock_learner(user) -> None:
    """Serialise one learner's completion decisions (a quiz pass racing the last lesson)."""
    get_user_model().objects.select_for_update().filter(pk=user.pk).first()


@transaction.atomic
def complete_lesson(*, user, lesson: LessonPage, at=None) -> tuple[LessonCompletion, bool]:
    """Record that `user` finished `lesson` as it reads now; a second call changes nothing."""
    if not lesson.live or lesson.live_revision_id is None:
        raise LearningError("This lesson is not published.")
    at = at or timezone.now()
    period_start = current_period_start(user, at, course=course_of(lesson))
    _lock_learner(user)
    completion, created = _create_once(
        LessonCompletion,
        {"user": user, "lesson": lesson, "period_start": period_start},
        revision_id=lesson.live_revision_id,
        completed_at=at,
    )
    if created:
        record_module_completion(
            user=user, module=lesson.get_parent().specific, period_start=period_start, at=at
        )
    return completion, created


def passed_attempt(*, user, module: ModulePage, period_start) -> Attempt | None:
    return (
        Attempt.objects.quiz_only()
        .filter(user=user, quiz__module=module, period_start=period_start, passed=True)
        .order_by("-score", "submitted_at")
        .first()
    )


def record_module_completion(*, user, module: ModulePage, period_start, at) -> bool:
    """Complete the module once every live lesson is read and its quiz (if any) passed."""
    lessons = set(module.lessons().values_list("id", flat=True))
    done = set(
        LessonCompletion.objects.filter(
            user=user, lesson_id__in=lessons, period_start=period_start
        ).values_list("lesson_id", flat=True)
    )
    if not lessons or done != lessons:
        return False
    has_quiz = Quiz.objects.filter(module=module, live=True).exists()
    attempt = passed_attempt(user=user, module=module, period_start=period_start)
    if has_quiz and attempt is None:
        return False
    _, created = _create_once(
        ModuleCompletion,
        {"user": user, "module": module, "period_start": period_start},
        completed_at=at,
        attempt=attempt,
    )
    return created


@transaction.atomic
def start_renewal_check(*, user, module: ModulePage, at=None, rng=None) -> Attempt:
    """Draw the module's renewal check if the eligibility rule offers one; return it while open."""
    at = at or timezone.now()
    _lock_learner(user)
    eligibility = renewal_check_eligibility(user=user, module=module, at=at)
    # With a check drawn already, quizzes returns it while open (a refresh, a second tab).
    if eligibility.check is None and not eligibility.offered:
        raise LearningError(eligibility.reason)
    try:
        return quiz_services.start_renewal_check(
            user=user, quiz=eligibility.quiz, period_start=eligibility.period_start, at=at, rng=rng
        )
    except quiz_services.QuizError as error:
        raise LearningError(str(error)) from error


def credit_renewal_check(*, attempt: Attempt) -> bool:
    """A passed renewal check completes its module for the period, without the lessons."""
    _, created = _create_once(
        ModuleCompletion,
        {"user": attempt.user, "module": attempt.quiz.module, "period_start": attempt.period_start},
        completed_at=attempt.submitted_at,
        attempt=attempt,
        method=ModuleCompletion.Method.RENEWAL_CHECK,
    )
    return created


def on_attempt_graded(sender, *, attempt: Attempt, **kwargs):
    """quizzes announced a graded attempt; a pass may complete its module.

    A failed renewal check completes nothing and uses none of the quiz's attempts: the lessons
    and the quiz are now the way to complete the module.
    """
    if attempt.passed and attempt.purpose == Attempt.Purpose.RENEWAL_CHECK:
        _lock_learner(attempt.user)
        credit_renewal_check(attempt=attempt)
    elif attempt.passed:
        _lock_learner(attempt.user)
        record_module_completion(
            user=attempt.user,
            module=attempt.quiz.module,
            period_start=attempt.period_start,
            at=attempt.submitted_at,
        )


@transaction.atomic
def accept_attestation(*, user, course: CoursePage, at=None) -> tuple[CourseAttestation, bool]:
    """Record the learner's acceptance of the course's closing statement, once per period."""
    at = at or timezone.now()
    period_start = current_period_start(user, at, course=course)
    modules = list(course.modules().values_list("id", flat=True))
    completed = ModuleCompletion.objects.filter(
        user=user, module_id__in=modules, period_start=period_start
    ).count()
    if not modules or completed < len(modules):
        raise LearningError(
            f"Complete every module before the attestation: {completed} of {len(modules)} done."
        )
    attestation, created = _create_once(
        CourseAttestation,
        {"user": user, "course": course, "period_start": period_start},
        text=course.attestation_text,
        accepted_at=at,
    )
    if created:
        attestation_accepted.send(
            sender=CourseAttestation, user=user, course=course, attestation=attestation, at=at
        )
    return attestation, created
