from django.contrib.auth.models import AnonymousUser
from django.utils.functional import SimpleLazyObject

from quizzes.states import QuizState
from training.learning.progress import LearnerProgress
from training.people import access


def learner_progress(request):
    """Lets content templates show progress, and compare quiz states against their vocabulary,
    without content knowing about people or quizzes."""
    return {
        "learner_progress": LearnerProgress(getattr(request, "user", AnonymousUser())),
        "QuizState": QuizState,
    }


def navigation(request):
    """Which of the team and compliance views to offer, worked out only if a template asks."""
    user = getattr(request, "user", AnonymousUser())

    def links():
        if not user.is_authenticated:
            return {}
        return {
            "team": access.has_team(user),
            "compliance": access.sees_organisation(user),
            "learn": True,
        }

    return {"nav": SimpleLazyObject(links)}
