"""A learner's progress through courses, modules, lessons and quizzes, read in a few queries."""

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from functools import cached_property

from django.db.models import Exists, F, OuterRef
from django.db.models.lookups import StartsWith
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from content.models import LessonPage
from quizzes.models import Attempt, Quiz
from quizzes.states import QuizState, standing

from .models import FIRST_PERIOD, CourseAttestation, LessonCompletion, ModuleCompletion
from .periods import courses_with_period_start


@dataclass(frozen=True)
class QuizProgress:
    quiz_id: int
    state: QuizState
    best_score: Decimal | None
    attempts_left: int

    @property
    def passed(self) -> bool:
        return self.state == QuizState.PASSED

    @property
    def url(self) -> str:
        return reverse("portal:quiz", args=[self.quiz_id])

    @property
    def label(self) -> str:
        match self.state:
            case QuizState.PASSED:
                return f"Quiz passed · {self.best_score:.0f} %"
            case QuizState.FAILED:
                left = f"{self.attempts_left} attempt{'s' if self.attempts_left != 1 else ''} left"
                return f"Quiz not passed ({self.best_score:.0f} %) · {left}"
            case QuizState.NO_ATTEMPTS_LEFT:
                return "Quiz not passed · no attempts left this cycle"
            case QuizState.IN_PROGRESS:
                return "Quiz in progress"
        return "Quiz not started"


@dataclass(frozen=True)
class Progress:
    done: int
    total: int
    quiz: QuizProgress | None = None
    by_renewal_check: bool = False  # a module credited by its renewal check, lessons unread

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def complete(self) -> bool:
        return self.total > 0 and self.done == self.total

    @property
    def started(self) -> bool:
        return self.done > 0 or (self.quiz is not None and self.quiz.state != QuizState.NOT_STARTED)


@dataclass(frozen=True)
class NextStep:
    title: str
    url: str
    kind: str  # lesson, quiz, attestation


class LearnerProgress:
    """What one user has done in the current period; pages ask it about themselves by tree path."""

    def __init__(self, user):
        self.user = user

    @cached_property
    def _course_periods(self) -> list[tuple[str, datetime]]:
        """(course tree path, the start of the user's current period on that course)."""
        courses = courses_with_period_start(self.user).order_by("path")
        return list(courses.values_list("path", "period_start"))

    def period_for(self, path: str) -> datetime:
        """The period learning on the page at `path` counts toward: its course's."""
        for course_path, start in self._course_periods:
            if path.startswith(course_path):
                return start
        return FIRST_PERIOD

    @cached_property
    def _periods(self) -> set[datetime]:
        return {start for _, start in self._course_periods} | {FIRST_PERIOD}

    @cached_property
    def completed_lesson_ids(self) -> frozenset[int]:
        """Lessons read in their course's current period: one query, the periods included."""
        if not self.user.is_authenticated:
            return frozenset()
        in_current_period = courses_with_period_start(self.user).filter(
            StartsWith(OuterRef("lesson__path"), F("path")), period_start=OuterRef("period_start")
        )
        rows = LessonCompletion.objects.filter(Exists(in_current_period), user=self.user)
        return frozenset(rows.values_list("lesson_id", flat=True))

    @cached_property
    def credited_module_paths(self) -> frozenset[str]:
        """Modules a passed renewal check completed this period: done without their lessons."""
        if not self.user.is_authenticated:
            return frozenset()
        rows = ModuleCompletion.objects.filter(
            user=self.user,
            period_start__in=self._periods,
            method=ModuleCompletion.Method.RENEWAL_CHECK,
        ).values_list("module__path", "period_start")
        return frozenset(path for path, start in rows if self.period_for(path) == start)

    def _credited(self, path: str) -> bool:
        return path[: -Page.steplen] in self.credited_module_paths

    @cached_property
    def _live_lessons(self) -> list[tuple[int, str, str]]:
        return list(LessonPage.objects.live().order_by("path").values_list("id", "path", "title"))

    @cached_property
    def _quizzes(self) -> dict[str, dict]:
        """Live quizzes keyed by their module's tree path."""
        rows = Quiz.objects.filter(live=True, module__live=True).values(
            "id", "module__path", "attempts_per_cycle"
        )
        return {row["module__path"]: row for row in rows}

    @cached_property
    def _attempts(self) -> dict[int, list[Attempt]]:
        if not self.user.is_authenticated:
            return {}
        attempts: dict[int, list[Attempt]] = {}
        module_of = {row["id"]: path for path, row in self._quizzes.items()}
        rows = Attempt.objects.quiz_only().filter(user=self.user, period_start__in=self._periods)
        rows = rows.only("quiz_id", "period_start", "submitted_at", "deadline", "passed", "score")
        for attempt in rows:
            path = module_of.get(attempt.quiz_id)
            if path is not None and self.period_for(path) == attempt.period_start:
                attempts.setdefault(attempt.quiz_id, []).append(attempt)
        return attempts

    def quiz_progress(self, module_path: str) -> QuizProgress | None:
        quiz = self._quizzes.get(module_path)
        if quiz is None:
            return None
        now = standing(
            self._attempts.get(quiz["id"], []),
            attempts_per_cycle=quiz["attempts_per_cycle"],
            at=timezone.now(),
        )
        return QuizProgress(quiz["id"], now.state, now.best_score, now.attempts_left)

    def for_page(self, page: Page) -> Progress:
        if page.specific_class is LessonPage:
            return Progress(done=int(page.id in self.completed_lesson_ids), total=1)
        lessons = [(pk, path) for pk, path, _ in self._live_lessons if path.startswith(page.path)]
        done = sum(
            1 for pk, path in lessons if pk in self.completed_lesson_ids or self._credited(path)
        )
        total = len(lessons)
        quiz_here = None
        for module_path in self._quizzes:
            if module_path.startswith(page.path):
                quiz = self.quiz_progress(module_path)
                total += 1
                done += quiz.passed or module_path in self.credited_module_paths
                if module_path == page.path:
                    quiz_here = quiz
        credited = page.path in self.credited_module_paths
        return Progress(done=done, total=total, quiz=quiz_here, by_renewal_check=credited)

    def next_step(self, page: Page) -> NextStep | None:
        """The first thing under `page`, in course order, still to do: a lesson or a quiz."""
        module_path = None
        for pk, path, title in self._live_lessons:
            if not path.startswith(page.path):
                continue
            parent = path[: -Page.steplen]
            if module_path is not None and parent != module_path:
                step = self._quiz_step(module_path)
                if step:
                    return step
            module_path = parent
            if parent in self.credited_module_paths:
                continue
            if pk not in self.completed_lesson_ids:
                return NextStep(title, LessonPage.objects.get(pk=pk).url, "lesson")
        return self._quiz_step(module_path) if module_path else None

    def _quiz_step(self, module_path: str) -> NextStep | None:
        if module_path in self.credited_module_paths:
            return None
        quiz = self.quiz_progress(module_path)
        if quiz and not quiz.passed and quiz.state != QuizState.NO_ATTEMPTS_LEFT:
            return NextStep("Module quiz", quiz.url, "quiz")
        return None

    def has_attested(self, course) -> bool:
        if not self.user.is_authenticated:
            return False
        return CourseAttestation.objects.filter(
            user=self.user, course=course, period_start=self.period_for(course.path)
        ).exists()
