"""Which learning period a person's learning on a course counts toward.

Learning knows nothing of schedules: the first period counts all learning, and whoever decides that
a new period has begun (certification, when a renewal opens) registers a `period source` here. A
period belongs to a course: a person renewing one program while starting another learns in two
periods at once, and each course's learning counts toward the cycle of the program that requires
it. The newest start any source reports for a course wins.
"""

from collections.abc import Callable
from datetime import datetime

from .models import FIRST_PERIOD

# source(user, at) → {course id: start of the period learning on that course counts toward}
PeriodSource = Callable[..., dict[int, datetime]]
_sources: list[PeriodSource] = []


def register_period_source(source: PeriodSource) -> PeriodSource:
    """Add `source(user, at)`, which maps course ids to the start of their current period."""
    if source not in _sources:
        _sources.append(source)
    return source


def period_starts(user, at=None) -> dict[int, datetime]:
    """Course id → the start of the user's current period on it (courses absent: FIRST_PERIOD)."""
    if not user.is_authenticated:
        return {}
    starts: dict[int, datetime] = {}
    for source in _sources:
        for course_id, start in source(user, at).items():
            starts[course_id] = max(start, starts.get(course_id, start))
    return starts


def current_period_start(user, at=None, *, course) -> datetime:
    """The start of the period `user`'s learning on `course` (a page or its id) counts toward."""
    course_id = getattr(course, "pk", course)
    return period_starts(user, at).get(course_id, FIRST_PERIOD)


def course_of(page):
    """The course a module, lesson or quiz's module sits in (one query)."""
    from content.models import CoursePage

    return CoursePage.objects.ancestor_of(page, inclusive=True).first()
