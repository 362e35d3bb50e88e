"""The learning a bulk-built person leaves: lessons read, quiz attempts and renewal checks,
module completions and course attestations, timed as the lives plan them (`lives.Session`).

A mixin of `bulk._Builder`: it writes through the builder's `writer`, draws from its `rng`, reads
its course `shapes`, and notes in `learning` (period → moments) when each period's learning
happened, which the record figures read.
"""

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from quizzes.models import Attempt
from training.learning.models import CourseAttestation, LessonCompletion, ModuleCompletion

from .facts import LESSON_MINUTES

PASSED, FAILED = Decimal("100.00"), Decimal("40.00")
READING = [timedelta(minutes=LESSON_MINUTES * n) for n in range(64)]  # after n lessons


class LearningRows:
    def _session(self, user: int, s) -> tuple[list, dict, datetime]:
        """Write one sitting's rows, timed as `Session.ends_at` times them; return the evidence a
        record would cite: per module its result, the lessons' revisions, when it was attested."""
        w, shape, at = self.writer, self.shapes[s.course], s.at
        count = len(shape.modules) if s.modules is None else s.modules
        modules, revisions = [], {}
        for index, module in enumerate(shape.modules[:count]):
            stumble = index == s.stumble
            if s.by_check:
                passed = not stumble
                check, at = self._attempt(
                    user, module, s, at, passed, Attempt.Purpose.RENEWAL_CHECK
                )
                at += timedelta(minutes=1)
                if passed:
                    modules.append(self._completed(user, module, s, check, at, "renewal_check"))
                    continue
            at = self._read(user, module.lessons, s, at, revisions)
            if stumble and not s.by_check:
                _, at = self._attempt(user, module, s, at, False, Attempt.Purpose.QUIZ)
            attempt, at = self._attempt(user, module, s, at, True, Attempt.Purpose.QUIZ)
            modules.append(self._completed(user, module, s, attempt, at, "lessons_and_quiz"))
        if count < len(shape.modules):
            self._read(user, shape.modules[count].lessons[: s.extra_lessons], s, at, revisions)
        elif s.modules is None:
            w.add(
                CourseAttestation,
                ("id", "user_id", "course_id", "period_start", "text", "accepted_at"),
                (w.ids(CourseAttestation), user, shape.id, s.period_start, shape.attestation, at),
            )
        return modules, revisions, at

    def _read(self, user, lessons, s, at, revisions) -> datetime:
        w, period = self.writer, s.period_start
        first = w.ids(LessonCompletion, len(lessons))
        for offset, (lesson, revision) in enumerate(lessons, start=1):
            self.learning.setdefault(period, []).append(at + READING[offset])
            w.add(
                LessonCompletion,
                ("id", "user_id", "lesson_id", "revision_id", "period_start", "completed_at"),
                (first + offset - 1, user, lesson, revision, period, at + READING[offset]),
            )
            revisions[str(lesson)] = revision
        return at + READING[len(lessons)]

    def _attempt(self, user, module, s, at, passed, purpose) -> tuple[tuple, datetime]:
        pk = self.writer.ids(Attempt)
        self.learning.setdefault(s.period_start, []).append(at)
        submitted = at + timedelta(minutes=1)
        score = PASSED if passed else FAILED
        self.writer.add(
            Attempt,
            ("id", "user_id", "quiz_id", "revision_id", "period_start", "purpose", "draw",
             "started_at", "deadline", "submitted_at", "score", "passed"),
            (pk, user, module.quiz, module.quiz_revision, s.period_start, purpose,
             self.rng.choice(module.draws), at, None, submitted, score, passed),
        )  # fmt: skip
        return (pk, score), submitted + timedelta(minutes=2)

    def _completed(self, user, module, s, attempt, at, method) -> dict:
        pk, score = attempt
        self.writer.add(
            ModuleCompletion,
            ("id", "user_id", "module_id", "period_start", "completed_at", "attempt_id", "method"),
            (self.writer.ids(ModuleCompletion), user, module.id, s.period_start, at, pk, method),
        )
        return {
            "module": module.id,
            "title": module.title,
            "score": str(score),
            "attempt": pk,
            "quiz_revision": module.quiz_revision,
            "completed_at": at.astimezone(UTC).isoformat(),
            "earned_by": method,
        }
