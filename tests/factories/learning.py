"""Learning facts: a lesson read in a learning period."""

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from training.learning.models import FIRST_PERIOD, LessonCompletion

from .content import LessonPageFactory
from .people import UserFactory


class LessonCompletionFactory(DjangoModelFactory):
    class Meta:
        model = LessonCompletion

    user = factory.SubFactory(UserFactory)
    lesson = factory.SubFactory(LessonPageFactory)
    revision = factory.SelfAttribute("lesson.live_revision")
    period_start = FIRST_PERIOD
    completed_at = factory.LazyFunction(timezone.now)
