"""The learner's views. Who may use each: a signed-in user; objects are checked through `access`."""

from collections import defaultdict

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST, require_safe
from wagtail.models import Page

from content.models import CoursePage, LessonPage, ModulePage
from training.certification.models import (
    Assignment,
    CertificateStatus,
    CertificationRecord,
    Status,
)
from training.learning.progress import LearnerProgress
from training.learning.services import LearningError, accept_attestation, complete_lesson
from training.people import access


def _path(page) -> str:
    return page.path


@require_safe
@login_required
def learn(request):
    """Employee: what is required of me, my required courses with progress and what to do next,
    then the other courses I may take."""
    progress = LearnerProgress(request.user)
    requirements = list(
        Assignment.objects.filter(employee__user=request.user, ended_at=None)
        .with_status()
        .select_related("program")
        .prefetch_related("events", "program__courses")
        .order_by("due_at")
    )
    required = {}  # course id → the assignment that requires it (the soonest due)
    for assignment in requirements:
        for course in assignment.program.courses.all():
            required.setdefault(course.pk, assignment)
    visible = [
        course
        for course in CoursePage.objects.live().order_by("path")
        if access.can_view_page(request, course)
    ]
    # Someone with no requirement (a new administrator, say) sees every course.
    mine = [c for c in visible if c.pk in required] or visible
    modules = defaultdict(list)  # course path → its live modules, in one query for every course
    for module in ModulePage.objects.live().filter(depth=visible[0].depth + 1 if visible else 0):
        modules[module.path[: -Page.steplen]].append(module)
    rows = []
    for course in mine:
        course_progress = progress.for_page(course)
        rows.append(
            {
                "course": course,
                "assignment": required.get(course.pk),
                "progress": course_progress,
                "next_step": progress.next_step(course),
                "modules": [
                    (m, progress.for_page(m)) for m in sorted(modules[course.path], key=_path)
                ],
                "attested": course_progress.complete and progress.has_attested(course),
            }
        )
    certificates = (
        CertificationRecord.objects.filter(employee__user=request.user)
        .with_certificate_status()
        .select_related("employee")
        .order_by("-completed_at")
    )
    return render(
        request,
        "portal/learn.html",
        {
            "rows": rows,
            "other_courses": [c for c in visible if c not in mine],
            "requirements": [(a, Status(a.status).label, a.events.all()) for a in requirements],
            "certificates": list(certificates),
            "Status": Status,
            "CertificateStatus": CertificateStatus,
        },
    )


@require_POST
@login_required
def complete_lesson_view(request, lesson_id: int):
    """Employee: mark a lesson I may read as complete, then continue to the next step."""
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
    module = lesson.get_parent().specific
    step = LearnerProgress(request.user).next_step(module)
    return redirect(step.url if step else module.url)


@login_required
def attest(request, course_id: int):
    """Employee: accept the course's closing statement once every module is complete."""
    course = get_object_or_404(CoursePage, pk=course_id)
    if not access.can_record_learning(request, course):
        raise Http404("No such course.")
    progress = LearnerProgress(request.user)
    if request.method == "POST":
        if request.POST.get("accept") != "yes":
            messages.error(request, "Tick the box to confirm the statement, then submit.")
        else:
            try:
                _, created = accept_attestation(user=request.user, course=course)
            except LearningError as error:
                messages.error(request, str(error))
            else:
                if created:
                    messages.success(request, f"Thank you. You have completed {course.title}.")
                return redirect("portal:learn")
    return render(
        request,
        "portal/attest.html",
        {
            "course": course,
            "progress": progress.for_page(course),
            "attested": progress.has_attested(course),
        },
    )
