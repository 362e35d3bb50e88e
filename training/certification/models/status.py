"""The status of an assignment at a time t: one vocabulary, one implementation, as annotations.

Now, status compares the assignment's current facts. As of a past date, the same comparison runs
over the facts its history held at that date (the newest event at or before t), so nothing that
was later overwritten changes the answer.
"""

from django.db import models
from django.db.models import Case, Exists, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Coalesce
from django.utils import timezone


class Status(models.TextChoices):
    CERTIFIED = "certified", "Certified"
    RENEWAL_DUE = "renewal_due", "Renewal due"
    EXPIRED = "expired", "Expired"
    OVERDUE = "overdue", "Overdue"
    IN_PROGRESS = "in_progress", "In progress"
    NOT_STARTED = "not_started", "Not started"
    EXEMPT = "exempt", "Exempt"


COMPLIANT = frozenset({Status.CERTIFIED, Status.RENEWAL_DUE, Status.EXEMPT})


def status_case(*, at, valid_until, renewal_opens_at, due_at, exempt, learning) -> Case:
    """The status definitions of DESIGN.md, over whichever facts the caller supplies."""
    valid = Q(**{f"{valid_until}__gt": at})
    return Case(
        When(Q(**{exempt: True}), then=Value(Status.EXEMPT)),
        When(valid & Q(**{f"{renewal_opens_at}__gt": at}), then=Value(Status.CERTIFIED)),
        When(valid, then=Value(Status.RENEWAL_DUE)),
        When(Q(**{f"{due_at}__lt": at}), then=Value(Status.OVERDUE)),
        When(Q(**{f"{valid_until}__isnull": False}), then=Value(Status.EXPIRED)),
        When(learning, then=Value(Status.IN_PROGRESS)),
        default=Value(Status.NOT_STARTED),
        output_field=models.CharField(),
    )


class AssignmentQuerySet(models.QuerySet):
    def active_q(self, at=None, prefix: str = "") -> Q:
        """Assigned by `at` and not ended by then; `prefix` reaches an assignment from a relation."""
        at = at or timezone.now()
        return Q(**{f"{prefix}assigned_at__lte": at}) & (
            Q(**{f"{prefix}ended_at__isnull": True}) | Q(**{f"{prefix}ended_at__gt": at})
        )

    def active(self, at=None):
        return self.filter(self.active_q(at))

    @staticmethod
    def _learning(*, at, user, program, period):
        """Learning in the period toward this assignment's program: a lesson read or a quiz
        attempted under one of the program's courses (another program's learning does not count).

        `user`, `program` and `period` are expressions as the courses query sees them (one level
        below the caller), so the same rule serves an assignment and a past event of one.
        """
        from content.models import CoursePage
        from quizzes.models import Attempt
        from training.learning.models import LessonCompletion

        lessons = LessonCompletion.objects.filter(
            user_id=OuterRef(user),
            period_start=OuterRef(period),
            completed_at__lte=at,
            lesson__path__startswith=OuterRef("path"),
        )
        attempts = Attempt.objects.filter(
            user_id=OuterRef(user),
            period_start=OuterRef(period),
            started_at__lte=at,
            quiz__module__path__startswith=OuterRef("path"),
        )
        courses = CoursePage.objects.filter(programs=program)
        return Exists(courses.filter(Exists(lessons) | Exists(attempts)))

    def with_status(self, at=None):
        """Active assignments at `at` (None: now) with their `status` annotated, and their
        `standing`: the same status with “in progress” read as “not started”.

        Compliance and urgency never depend on learning, so counts, filters on compliance and
        the most-urgent-first order read `standing`, which skips the learning lookups; `status`
        is for showing and for filtering on a status. Now, the comparison reads the current
        facts; in the past, the facts history held then (plus `as_of_*` for showing them).
        """
        if at is None:
            now = timezone.now()
            return self.active(now).annotate(
                status=self.current_status(now), standing=self.current_status(now, learning=False)
            )
        return self._with_status_as_of(at)

    @staticmethod
    def current_status(now, *, prefix: str = "", user="employee__user_id", learning=True):
        """The status now, from the assignment's current facts, as an expression; `prefix`
        reaches the assignment from a relation (“assignments__” from an employee) and `user` is
        then the learner's user id as seen from there. `learning=False` gives `standing`."""
        return status_case(
            at=now,
            valid_until=f"{prefix}valid_until",
            renewal_opens_at=f"{prefix}renewal_opens_at",
            due_at=f"{prefix}due_at",
            exempt=f"{prefix}exempt",
            learning=AssignmentQuerySet._learning(
                at=now,
                user=OuterRef(user),
                program=OuterRef(f"{prefix}program_id"),
                period=OuterRef(f"{prefix}cycle_started_at"),
            )
            if learning
            else Value(False),
        )

    def _with_status_as_of(self, at):
        """The newest event at or before `at` holds the facts then: the status is computed
        inside one lookup of it (not once per fact); an assignment without one has not started.
        """
        from ..models import AssignmentEvent

        latest = AssignmentEvent.objects.filter(assignment=OuterRef("pk"), at__lte=at).order_by(
            "-at", "-id"
        )

        def past_status(learning):
            case = status_case(
                at=at,
                valid_until="valid_until",
                renewal_opens_at="renewal_opens_at",
                due_at="due_at",
                exempt="exempt",
                learning=learning,
            )
            return Coalesce(
                Subquery(latest.annotate(value=case).values("value")[:1]),
                Value(Status.NOT_STARTED),
                output_field=models.CharField(),
            )

        def fact(name, field):
            return Subquery(latest.values(name)[:1], output_field=field)

        learning = self._learning(
            at=at,
            user=OuterRef(OuterRef("employee__user_id")),
            program=OuterRef(OuterRef("program_id")),
            period=OuterRef("cycle_started_at"),
        )
        return self.active(at).annotate(
            status=past_status(learning),
            standing=past_status(Value(False)),
            as_of_due_at=fact("due_at", models.DateTimeField()),
            as_of_valid_until=fact("valid_until", models.DateTimeField()),
            as_of_renewal_opens_at=fact("renewal_opens_at", models.DateTimeField()),
            as_of_exempt=fact("exempt", models.BooleanField()),
            as_of_cycle=fact("cycle", models.IntegerField()),
            as_of_cycle_started_at=fact("cycle_started_at", models.DateTimeField()),
        )

    def compliant(self):
        return self.filter(standing__in=COMPLIANT)


__all__ = ["COMPLIANT", "AssignmentQuerySet", "Status"]
