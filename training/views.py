"""The learner's views. Who may use each: a signed-in user; objects are checked through `access`."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from content.models import CoursePage, LessonPage

from . import access
from .progress import LearnerProgress
from .services import LearningError, complete_lesson


@login_required
def learn(request):
    """Employee: my courses with progress and where to resume."""
    progress = LearnerProgress(request.user)
    courses = [
        course
        for course in CoursePage.objects.live().order_by("path")
        if access.can_view_page(request, course)
    ]
    rows = []
    for course in courses:
        rows.append(
            {
                "course": course,
                "progress": progress.for_page(course),
                "resume": progress.resume_lesson(course),
                "modules": [(m, progress.for_page(m)) for m in course.modules()],
            }
        )
    return render(request, "training/learn.html", {"rows": rows})


@require_POST
@login_required
def complete_lesson_view(request, lesson_id: int):
    """Employee: mark a lesson I may read as complete, then continue to the next one."""
    lesson = get_object_or_404(LessonPage, pk=lesson_id)
    if not access.can_record_learning(request, lesson):
        raise Http404("No such lesson.")
    try:
        _, created = complete_lesson(user=request.user, lesson=lesson)
    except LearningError as error:
        messages.error(request, str(error))
        return redirect(lesson.url)
    if created:
        messages.success(request, f"“{lesson.title}” marked complete.")
    following = lesson.next_lesson()
    if following is not None and following.get_parent().id == lesson.get_parent().id:
        return redirect(following.url)
    return redirect(lesson.get_parent().url)
