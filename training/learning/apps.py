from django.apps import AppConfig


class LearningConfig(AppConfig):
    """Lesson and module completion, attestation, and a learner's progress."""

    name = "training.learning"
    label = "learning"
    verbose_name = "Learning"

    def ready(self):
        from quizzes.signals import attempt_graded

        from .services import on_attempt_graded

        attempt_graded.connect(on_attempt_graded, dispatch_uid="learning.on_attempt_graded")
