"""When a person's current learning period began, as certification decides it.

A renewal opens a new cycle, and learning done before that does not count toward it. A period is
a course's: each course's learning counts toward the cycle of the program that requires it (the
newest, if several do). Registered with `learning.periods` at start-up.
"""

from django.db.models import Exists, Max, OuterRef, Subquery
from django.utils import timezone
from wagtail.models import Page

from content.models import CoursePage

from .models import Assignment, CertificationRecord


def cycle_start(user, course, at=None) -> Subquery:
    """The start of the newest open cycle of a program of `user`'s that requires the course whose
    id `course` (an expression) names, as a subquery (NULL if none)."""
    open_cycles = Assignment.objects.filter(
        employee__user=user, ended_at__isnull=True, program__courses=course
    )
    return Subquery(open_cycles.order_by("-cycle_started_at").values("cycle_started_at")[:1])


def assessment_renewal_start(user, module, at=None):
    """The start of `user`'s open renewal cycle (cycle > 1, its record not yet issued) of a
    program that allows renewal by assessment and requires `module`'s course; else None."""
    at = at or timezone.now()
    course = CoursePage.objects.filter(path=module.path[: -Page.steplen])
    issued = CertificationRecord.objects.filter(assignment=OuterRef("pk"), cycle=OuterRef("cycle"))
    return (
        Assignment.objects.filter(
            employee__user=user,
            ended_at__isnull=True,
            exempt=False,
            cycle__gt=1,
            cycle_started_at__lte=at,
            program__renewal_by_assessment=True,
            program__courses__in=course,
        )
        .exclude(Exists(issued))
        .aggregate(start=Max("cycle_started_at"))["start"]
    )
