from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Quiz


class QuizViewSet(SnippetViewSet):
    model = Quiz
    icon = "help"
    menu_label = "Quizzes"
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["title", "module", "questions_per_attempt", "pass_mark", "live"]
    search_fields = ["title"]
    ordering = ["module__path"]
