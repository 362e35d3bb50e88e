from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from .views import QuestionStatsView
from .viewsets import QuizViewSet

register_snippet(QuizViewSet)


@hooks.register("register_admin_urls")
def register_stats_urls():
    return [
        path("quiz-statistics/", QuestionStatsView.as_view(), name="quiz_statistics"),
        path("quiz-statistics/<int:pk>/", QuestionStatsView.as_view(), name="quiz_statistics"),
    ]


class QuizStatsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("quizzes.change_quiz")


@hooks.register("register_reports_menu_item")
def register_stats_menu_item():
    return QuizStatsMenuItem(
        "Quiz questions", reverse("quiz_statistics"), icon_name="help", order=900
    )
