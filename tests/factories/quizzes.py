"""Quizzes and attempts. An attempt built here has its grade but no answers: to take a quiz the way
a learner does, use `quizzes.services` (and `tests.helpers.right_answers`)."""

from datetime import timedelta
from decimal import Decimal

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from quizzes.building import as_stream
from quizzes.drawing import bank_of, draw
from quizzes.models import Attempt, Quiz
from training.learning.models import FIRST_PERIOD

from .content import ModulePageFactory
from .people import UserFactory


def question_bank(size: int) -> list[tuple[str, dict]]:
    """`size` single-choice questions, the first choice of each correct."""
    return as_stream(
        [
            {
                "kind": "single",
                "prompt": f"Question {n}?",
                "choices": [
                    {"text": "Right", "correct": True},
                    {"text": "Wrong", "correct": False},
                ],
                "explanation": "Because the first choice is right.",
            }
            for n in range(1, size + 1)
        ]
    )


class QuizFactory(DjangoModelFactory):
    """A module's quiz, published, so learners take its live revision."""

    class Meta:
        model = Quiz
        skip_postgeneration_save = True

    module = factory.SubFactory(ModulePageFactory)
    title = factory.LazyAttribute(lambda o: f"Quiz: {o.module.title}")
    questions_per_attempt = 3
    questions = factory.LazyFunction(lambda: question_bank(5))

    @factory.post_generation
    def publish(obj, create, extracted, **kwargs):
        if create and extracted is not False:
            obj.save_revision().publish()
            obj.refresh_from_db()


class AttemptFactory(DjangoModelFactory):
    """An open attempt drawn from the quiz's live revision; `failing` or `passing` grade it; `timed_out` ran past its deadline unsubmitted."""

    class Meta:
        model = Attempt

    user = factory.SubFactory(UserFactory)
    quiz = factory.SubFactory(QuizFactory)
    revision = factory.SelfAttribute("quiz.live_revision")
    period_start = FIRST_PERIOD
    draw = factory.LazyAttribute(
        lambda o: draw(bank_of(o.revision.as_object().questions), o.quiz.questions_per_attempt)
    )
    started_at = factory.LazyFunction(timezone.now)

    class Params:
        graded = factory.Trait(
            submitted_at=factory.LazyAttribute(lambda o: o.started_at + timedelta(minutes=5))
        )
        failing = factory.Trait(graded=True, score=Decimal("40.00"), passed=False)
        passing = factory.Trait(graded=True, score=Decimal("100.00"), passed=True)
        timed_out = factory.Trait(
            started_at=factory.LazyFunction(lambda: timezone.now() - timedelta(hours=2)),
            deadline=factory.LazyAttribute(lambda o: o.started_at + timedelta(minutes=10)),
        )
