from django.apps import AppConfig


class TrainingConfig(AppConfig):
    name = "training"
    verbose_name = "Training"

    def ready(self):
        from quizzes.signals import attempt_graded

        from .services import on_attempt_graded

        attempt_graded.connect(on_attempt_graded, dispatch_uid="training.on_attempt_graded")
