from django.apps import AppConfig


class QuizzesConfig(AppConfig):
    name = "quizzes"
    verbose_name = "Quizzes"

    def ready(self):
        from content.signals import course_built

        from .building import build_quizzes

        course_built.connect(build_quizzes, dispatch_uid="quizzes.build_quizzes")
