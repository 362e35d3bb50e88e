"""Admin views for editors. Who may use them: users with the change-quiz permission."""

from django.contrib.auth.mixins import PermissionRequiredMixin
from django.shortcuts import get_object_or_404
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from .models import Quiz
from .reports import DIFFICULTY_RANGE, MIN_ANSWERS_FOR_FLAGS, question_stats


class QuestionStatsView(PermissionRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "quizzes/admin/question_stats.html"
    page_title = "Question statistics"
    header_icon = "help"
    permission_required = "quizzes.change_quiz"
    raise_exception = True

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        quizzes = Quiz.objects.select_related("module").order_by("module__path")
        selected = None
        if "pk" in self.kwargs:
            selected = get_object_or_404(Quiz, pk=self.kwargs["pk"])
        stats = question_stats(selected) if selected else []
        context.update(
            quizzes=quizzes,
            quiz=selected,
            # The questions to fix first, then the least understood.
            stats=sorted(
                stats,
                key=lambda s: (
                    not s.needs_attention,
                    s.percent_correct is None,
                    s.percent_correct or 0,
                ),
            ),
            flagged=sum(1 for s in stats if s.needs_attention),
            min_answers=MIN_ANSWERS_FOR_FLAGS,
            difficulty_low=round(100 * DIFFICULTY_RANGE[0]),
            difficulty_high=round(100 * DIFFICULTY_RANGE[1]),
        )
        return context
