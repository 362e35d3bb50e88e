"""Renewal checks: who may demonstrate what they know instead of rereading a module.

One rule, `renewal_check_eligibility`, used by the learner's screens and by the services. Its
predicates are named below. Whether the learner is renewing a program that allows assessment and
requires this module is certification's fact; certification registers the answer at start-up with
`register_assessment_source`, the way it registers learning periods (learning never imports it).
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from django.utils import timezone

from content.models import ModulePage
from quizzes.models import Attempt, Quiz

from .models import ModuleCompletion
from .periods import course_of, current_period_start

AssessmentSource = Callable[..., datetime | None]
_sources: list[AssessmentSource] = []


def register_assessment_source(source: AssessmentSource) -> AssessmentSource:
    """Add `source(user, module, at)`: the start of the user's open renewal cycle of a program
    that allows renewal by assessment and requires `module`, or None."""
    if source not in _sources:
        _sources.append(source)
    return source


def assessment_renewal_start(user, module: ModulePage, at) -> datetime | None:
    starts = [s for source in _sources if (s := source(user, module, at)) is not None]
    return max(starts, default=None)


@dataclass(frozen=True)
class Eligibility:
    """Whether a renewal check is offered for a module now, and if not, why (for the learner)."""

    quiz: Quiz | None
    period_start: datetime
    reason: str = ""
    check: Attempt | None = None  # this period's check, if one was drawn

    @property
    def offered(self) -> bool:
        return not self.reason

    @property
    def questions(self) -> int:
        return self.quiz.questions_per_attempt if self.quiz else 0


NOT_RENEWING = "A renewal check is offered only when renewing a certification that allows it."
NO_QUIZ = "This module has no published quiz."
ALREADY_COMPLETE = "You have already completed this module in this cycle."
ALREADY_TAKEN = "You have taken this module's renewal check this cycle."


def _renewing_with_assessment(user, module, period_start, at) -> bool:
    # The learner's current period must be that renewal's cycle, or the credit would land
    # in a period the renewal's record does not read.
    return assessment_renewal_start(user, module, at) == period_start


def _live_quiz(module) -> Quiz | None:
    return Quiz.objects.filter(module=module, live=True).first()


def _module_completed(user, module, period_start) -> bool:
    return ModuleCompletion.objects.filter(
        user=user, module=module, period_start=period_start
    ).exists()


def _check_in_period(user, quiz, period_start) -> Attempt | None:
    return (
        Attempt.objects.renewal_checks()
        .filter(user=user, quiz=quiz)
        .in_period(period_start)
        .first()
    )


def renewal_check_eligibility(*, user, module: ModulePage, at=None) -> Eligibility:
    """Offered when renewing (cycle > 1) a program that allows assessment and requires the module,
    inside the open renewal, before the module is complete and before any check this period."""
    at = at or timezone.now()
    period_start = current_period_start(user, at, course=course_of(module))
    if not user.is_authenticated or not _renewing_with_assessment(user, module, period_start, at):
        return Eligibility(None, period_start, NOT_RENEWING)
    quiz = _live_quiz(module)
    if quiz is None:
        return Eligibility(None, period_start, NO_QUIZ)
    check = _check_in_period(user, quiz, period_start)
    if _module_completed(user, module, period_start):
        return Eligibility(quiz, period_start, ALREADY_COMPLETE, check)
    if check is not None:
        return Eligibility(quiz, period_start, ALREADY_TAKEN, check)
    return Eligibility(quiz, period_start)
