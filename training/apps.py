from django.apps import AppConfig


class TrainingConfig(AppConfig):
    name = "training"
    verbose_name = "Training"

    def ready(self):
        from quizzes.signals import attempt_graded

        from .services import on_attempt_graded

        attempt_graded.connect(on_attempt_graded, dispatch_uid="training.on_attempt_graded")

        from content.signals import course_built

        from .programs import ensure_annual_program

        course_built.connect(ensure_annual_program, dispatch_uid="training.annual_program")
