"""Learning facts: lessons read, modules completed, attestations accepted. Never edited."""

from datetime import UTC, datetime

from django.conf import settings
from django.db import models

# Learning before cycles exist counts from the beginning of time; certification cycles
# (renewals) start new learning periods, so a lesson can be completed once per period.
FIRST_PERIOD = datetime(1970, 1, 1, tzinfo=UTC)


class LessonCompletion(models.Model):
    """A learner finished a lesson, as it read at `revision`. Never edited."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="lesson_completions"
    )
    lesson = models.ForeignKey(
        "content.LessonPage", on_delete=models.PROTECT, related_name="completions"
    )
    revision = models.ForeignKey("wagtailcore.Revision", on_delete=models.PROTECT, related_name="+")
    period_start = models.DateTimeField(default=FIRST_PERIOD)
    completed_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson", "period_start"], name="one_completion_per_period"
            )
        ]
        # A learner's learning in a period up to a moment: status and time-to-certify ask it
        # of every assignment and record.
        indexes = [
            models.Index(
                fields=["user", "period_start", "completed_at"], name="lesson_user_period_idx"
            )
        ]

    def __str__(self):
        return f"{self.user} completed {self.lesson_id} at {self.completed_at:%Y-%m-%d %H:%M}"


class ModuleCompletion(models.Model):
    """A module done within one learning period: all its lessons read and its quiz passed, or,
    in a renewal that allows it, a renewal check passed instead (`method` says which)."""

    class Method(models.TextChoices):
        LESSONS_AND_QUIZ = "lessons_and_quiz", "Lessons and quiz"
        RENEWAL_CHECK = "renewal_check", "Renewal check"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="module_completions"
    )
    module = models.ForeignKey(
        "content.ModulePage", on_delete=models.PROTECT, related_name="completions"
    )
    period_start = models.DateTimeField(default=FIRST_PERIOD)
    completed_at = models.DateTimeField()
    attempt = models.ForeignKey(
        "quizzes.Attempt", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    method = models.CharField(
        max_length=20, choices=Method.choices, default=Method.LESSONS_AND_QUIZ
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "module", "period_start"], name="one_module_completion_per_period"
            )
        ]

    def __str__(self):
        return f"{self.user} completed module {self.module_id}"


class CourseAttestation(models.Model):
    """The learner's acceptance of the course's closing statement, with the exact text accepted."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="attestations"
    )
    course = models.ForeignKey(
        "content.CoursePage", on_delete=models.PROTECT, related_name="attestations"
    )
    period_start = models.DateTimeField(default=FIRST_PERIOD)
    text = models.TextField()
    accepted_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course", "period_start"], name="one_attestation_per_period"
            )
        ]

    def __str__(self):
        return f"{self.user} attested {self.course_id} at {self.accepted_at:%Y-%m-%d}"
