"""Which learning period a person's learning on a course counts toward.

Learning knows nothing of schedules: the first period counts all learning, and whoever decides that
a new period has begun (certification, when a renewal opens) registers a `period source` here. A
period belongs to a course: a person renewing one program while starting another learns in two
periods at once, and each course's learning counts toward the cycle of the program that requires
it. The newest start any source reports for a course wins.
"""

from collections.abc import Callable
from datetime import datetime

from django.db.models import DateTimeField, Expression, OuterRef, QuerySet, Value
from django.db.models.functions import Coalesce, Greatest

from .models import FIRST_PERIOD

# source(user, course, at) → an SQL expression: the start of the user's current period on the
# course whose id `course` (an expression) names, or NULL where the source has none. As SQL, so
# a reader can ask for "learning in the current period" in the query that reads the learning.
PeriodSource = Callable[..., Expression]
_sources: list[PeriodSource] = []


def register_period_source(source: PeriodSource) -> PeriodSource:
    """Add `source(user, course, at)`, the start of the course's current period as SQL."""
    if source not in _sources:
        _sources.append(source)
    return source


def period_start_expression(user, course, at=None) -> Expression:
    """The start of the period `user`'s learning on `course` (an expression naming a course page's
    id) counts toward, in SQL: the newest start any source reports, else FIRST_PERIOD."""
    first = Value(FIRST_PERIOD, output_field=DateTimeField())
    if not user.is_authenticated:
        return first
    starts = [Coalesce(source(user, course, at), first) for source in _sources]
    if len(starts) > 1:
        return Greatest(*starts)
    return starts[0] if starts else first


def courses_with_period_start(user, at=None) -> QuerySet:
    """Every course, annotated `period_start`: the start of `user`'s current period on it."""
    from content.models import CoursePage

    return CoursePage.objects.annotate(
        period_start=period_start_expression(user, OuterRef("pk"), at)
    )


def current_period_start(user, at=None, *, course) -> datetime:
    """The start of the period `user`'s learning on `course` (a page or its id) counts toward."""
    course_id = getattr(course, "pk", course)
    starts = courses_with_period_start(user, at).filter(pk=course_id)
    return starts.values_list("period_start", flat=True).first() or FIRST_PERIOD


def course_of(page):
    """The course a module, lesson or quiz's module sits in (one query)."""
    from content.models import CoursePage

    return CoursePage.objects.ancestor_of(page, inclusive=True).first()
