"""A learner's progress through courses, modules and lessons, read in two queries."""

from dataclasses import dataclass
from functools import cached_property

from wagtail.models import Page

from content.models import LessonPage

from .models import LessonCompletion


@dataclass(frozen=True)
class Progress:
    done: int
    total: int

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def complete(self) -> bool:
        return self.total > 0 and self.done == self.total

    @property
    def started(self) -> bool:
        return self.done > 0


class LearnerProgress:
    """What one user has completed; pages ask it about themselves by tree path."""

    def __init__(self, user):
        self.user = user

    @cached_property
    def completed_lesson_ids(self) -> frozenset[int]:
        if not self.user.is_authenticated:
            return frozenset()
        return frozenset(
            LessonCompletion.objects.filter(user=self.user).values_list("lesson_id", flat=True)
        )

    @cached_property
    def _live_lessons(self) -> list[tuple[int, str]]:
        return list(LessonPage.objects.live().order_by("path").values_list("id", "path"))

    def for_page(self, page: Page) -> Progress:
        if page.specific_class is LessonPage:
            return Progress(done=int(page.id in self.completed_lesson_ids), total=1)
        lesson_ids = [pk for pk, path in self._live_lessons if path.startswith(page.path)]
        done = sum(1 for pk in lesson_ids if pk in self.completed_lesson_ids)
        return Progress(done=done, total=len(lesson_ids))

    def resume_lesson(self, page: Page) -> LessonPage | None:
        """The first lesson under `page`, in course order, that the learner has not finished."""
        for pk, path in self._live_lessons:
            if path.startswith(page.path) and pk not in self.completed_lesson_ids:
                return LessonPage.objects.get(pk=pk)
        return None
