"""Writes of the training app: each a keyword-only function that keeps its own transaction."""

from django.db import IntegrityError, transaction
from django.utils import timezone

from content.models import LessonPage

from .models import FIRST_PERIOD, LessonCompletion


class LearningError(Exception):
    """Something a learner asked for cannot be done; the message says why."""


@transaction.atomic
def complete_lesson(*, user, lesson: LessonPage, at=None) -> tuple[LessonCompletion, bool]:
    """Record that `user` finished `lesson` as it reads now; a second call changes nothing."""
    if not lesson.live or lesson.live_revision_id is None:
        raise LearningError("This lesson is not published.")
    existing = LessonCompletion.objects.filter(
        user=user, lesson=lesson, period_start=FIRST_PERIOD
    ).first()
    if existing:
        return existing, False
    try:
        with transaction.atomic():
            completion = LessonCompletion.objects.create(
                user=user,
                lesson=lesson,
                revision_id=lesson.live_revision_id,
                period_start=FIRST_PERIOD,
                completed_at=at or timezone.now(),
            )
    except IntegrityError:
        # A concurrent request (a double click) recorded it first.
        return LessonCompletion.objects.get(
            user=user, lesson=lesson, period_start=FIRST_PERIOD
        ), False
    return completion, True
