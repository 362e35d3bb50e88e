"""Quizzes (one per module, revisioned like pages), attempts and their graded answers."""

from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.forms.utils import ErrorList
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.blocks.stream_block import StreamBlockValidationError
from wagtail.fields import StreamField
from wagtail.models import DraftStateMixin, PreviewableMixin, RevisionMixin
from wagtail.search import index

from .blocks import QuestionBankBlock


class Scoring(models.TextChoices):
    ALL_OR_NOTHING = "all_or_nothing", "All or nothing"
    PARTIAL = "partial", "Partial credit"


class Quiz(PreviewableMixin, DraftStateMixin, RevisionMixin, index.Indexed, models.Model):
    """The quiz that closes a module. Learners always take its live (published) revision."""

    module = models.OneToOneField(
        "content.ModulePage", on_delete=models.PROTECT, related_name="quiz"
    )
    title = models.CharField(max_length=200)
    questions_per_attempt = models.PositiveSmallIntegerField(
        default=5,
        validators=[MinValueValidator(1)],
        help_text="How many questions each attempt draws.",
    )
    pass_mark = models.PositiveSmallIntegerField(
        default=80,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text="Percentage needed to pass.",
    )
    attempts_per_cycle = models.PositiveSmallIntegerField(
        default=3,
        validators=[MinValueValidator(1)],
        help_text="Attempts allowed in each certification cycle.",
    )
    cooldown_minutes = models.PositiveIntegerField(
        default=0, help_text="Minutes a learner must wait after a failed attempt (0: none)."
    )
    time_limit_minutes = models.PositiveIntegerField(
        null=True, blank=True, help_text="Optional time limit for one attempt, in minutes."
    )
    multiple_select_scoring = models.CharField(
        max_length=20, choices=Scoring.choices, default=Scoring.ALL_OR_NOTHING
    )
    questions = StreamField(QuestionBankBlock(), blank=False)
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="quiz")

    panels = [
        FieldPanel("module"),
        FieldPanel("title"),
        MultiFieldPanel(
            [
                FieldPanel("questions_per_attempt"),
                FieldPanel("pass_mark"),
                FieldPanel("attempts_per_cycle"),
                FieldPanel("cooldown_minutes"),
                FieldPanel("time_limit_minutes"),
                FieldPanel("multiple_select_scoring"),
            ],
            heading="Rules",
        ),
        FieldPanel("questions"),
    ]
    search_fields = [index.SearchField("title"), index.AutocompleteField("title")]

    class Meta:
        verbose_name_plural = "quizzes"

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        # The admin's form validates blocks; this also covers quizzes built by code.
        try:
            self.questions.stream_block.clean(self.questions)
        except StreamBlockValidationError as error:
            raise ValidationError({"questions": _question_errors(error)}) from error
        if self.questions_per_attempt > len(self.questions):
            raise ValidationError(
                {
                    "questions_per_attempt": (
                        f"The bank has {len(self.questions)} questions; an attempt cannot draw "
                        f"{self.questions_per_attempt}."
                    )
                }
            )

    @property
    def cooldown(self) -> timedelta:
        return timedelta(minutes=self.cooldown_minutes)

    @property
    def revisions(self):
        return self._revisions

    def get_preview_template(self, request, mode_name):
        return "quizzes/quiz_preview.html"


def _question_errors(error: StreamBlockValidationError) -> list[str]:
    """“Question 3: …” for each invalid question, for people and commands that see no form."""
    messages = []
    for position, child in sorted(error.block_errors.items()):
        details = [e.message for e in getattr(child, "non_block_errors", ErrorList()).as_data()]
        details += [
            f"{name}: {e.messages[0]}" for name, e in getattr(child, "block_errors", {}).items()
        ]
        messages.append(f"Question {position + 1}: {'; '.join(details) or 'is not valid'}")
    return messages or [e.message for e in error.non_block_errors.as_data()]


class AttemptQuerySet(models.QuerySet):
    def quiz_only(self):
        """Attempts at the quiz itself: what the attempt limit, the cooldown and a pass count."""
        return self.filter(purpose=Attempt.Purpose.QUIZ)

    def renewal_checks(self):
        return self.filter(purpose=Attempt.Purpose.RENEWAL_CHECK)

    def open(self):
        return self.filter(submitted_at__isnull=True)

    def graded(self):
        return self.filter(submitted_at__isnull=False)

    def in_period(self, period_start):
        return self.filter(period_start=period_start)


class Attempt(models.Model):
    """One try at a quiz: the server's draw, and once submitted, its grade. Never re-graded.

    A renewal check is an attempt with another purpose: drawn from the same bank and graded the
    same way, but it neither uses up the quiz's attempts nor passes the quiz.
    """

    class Purpose(models.TextChoices):
        QUIZ = "quiz", "Quiz"
        RENEWAL_CHECK = "renewal_check", "Renewal check"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="quiz_attempts"
    )
    quiz = models.ForeignKey(Quiz, on_delete=models.PROTECT, related_name="attempts")
    revision = models.ForeignKey("wagtailcore.Revision", on_delete=models.PROTECT, related_name="+")
    period_start = models.DateTimeField(
        help_text="Start of the learning period (certification cycle) the attempt counts toward."
    )
    purpose = models.CharField(max_length=20, choices=Purpose.choices, default=Purpose.QUIZ)
    draw = models.JSONField(help_text="[{question: id, choices: [id, …]}, …] in display order.")
    started_at = models.DateTimeField()
    deadline = models.DateTimeField(null=True, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    score = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    passed = models.BooleanField(null=True)

    objects = AttemptQuerySet.as_manager()

    class Meta:
        ordering = ["-started_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "quiz"],
                condition=Q(submitted_at__isnull=True, purpose="quiz"),
                name="one_open_attempt_per_quiz",
            ),
            # The lock on "no second check in that period": of two racing starts, one is stored.
            models.UniqueConstraint(
                fields=["user", "quiz", "period_start"],
                condition=Q(purpose="renewal_check"),
                name="one_renewal_check_per_period",
            ),
        ]
        indexes = [
            models.Index(fields=["user", "quiz", "period_start"]),
            # A learner's attempts in a period up to a moment (status, time to certify).
            models.Index(
                fields=["user", "period_start", "started_at"], name="attempt_user_period_idx"
            ),
        ]

    def __str__(self):
        return f"{self.user} · {self.quiz} · {self.started_at:%Y-%m-%d %H:%M}"

    @property
    def is_graded(self) -> bool:
        return self.submitted_at is not None

    @property
    def is_renewal_check(self) -> bool:
        return self.purpose == self.Purpose.RENEWAL_CHECK

    def question_ids(self) -> list[str]:
        return [item["question"] for item in self.draw]


class Answer(models.Model):
    """What a learner chose for one question of a graded attempt, and the credit it earned."""

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="answers")
    question_id = models.CharField(max_length=64, db_index=True)
    choice_ids = models.JSONField()
    credit = models.DecimalField(max_digits=4, decimal_places=3)
    correct = models.BooleanField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["attempt", "question_id"], name="one_answer_per_question"
            )
        ]

    def __str__(self):
        return f"Answer to {self.question_id} ({'correct' if self.correct else 'not correct'})"
