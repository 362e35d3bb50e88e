"""Property tests of an assignment's status at time t (training/models/status.py).

Each hypothesis example runs in its own savepoint, rolled back at the end, so examples do not see
each other's people and programs.
"""

from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta

from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.factories import CertificationProgramFactory, EmployeeFactory, UserFactory
from training.certification import dates
from training.certification.assigning import (
    assign,
    end_assignment,
    grant_exemption,
    grant_extension,
    record_event,
)
from training.certification.models import (
    Assignment,
    AssignmentEvent,
    CertificationProgram,
    RenewalBasis,
    Status,
)
from training.learning.models import LessonCompletion

db_examples = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

ZONES = ["Europe/London", "America/Los_Angeles", "Asia/Kolkata", "Pacific/Auckland", "UTC"]
HIRED_LONG_AGO = date(2015, 1, 1)  # so due dates count from assignment, not from the hire date
ONE_MICROSECOND = timedelta(microseconds=1)

# The order a certification passes through, once issued and never renewed.
CERTIFIED_LIFE = [Status.CERTIFIED, Status.RENEWAL_DUE, Status.EXPIRED, Status.OVERDUE]

time_zones = st.sampled_from(ZONES)
assignment_moments = st.datetimes(
    min_value=datetime(2021, 1, 1), max_value=datetime(2035, 12, 31), timezones=st.just(UTC)
)


@contextmanager
def rolled_back():
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


@st.composite
def program_terms(draw):
    validity_months = draw(st.integers(min_value=1, max_value=36))
    return {
        "validity_months": validity_months,
        "renewal_window_days": draw(st.integers(min_value=0, max_value=28 * validity_months - 1)),
        "grace_days": draw(st.integers(min_value=0, max_value=90)),
        "renewal_basis": draw(st.sampled_from([RenewalBasis.COMPLETION, RenewalBasis.EXPIRY])),
    }


def make_program(**terms) -> CertificationProgram:
    return CertificationProgramFactory(**terms)


def make_assignment(at, tz="Europe/London", program=None) -> Assignment:
    employee = EmployeeFactory(time_zone=tz, hire_date=HIRED_LONG_AGO)
    assignment, created = assign(employee=employee, program=program or make_program(), at=at)
    assert created
    return assignment


def certify(assignment: Assignment, completed_at) -> dates.Validity:
    """Set the facts the way `issue_certification` does, without taking the course."""
    v = dates.validity(
        program=assignment.program,
        completed_at=completed_at,
        tz=assignment.employee.time_zone,
        previous_valid_until=assignment.valid_until,
        previous_renewal_opens_at=assignment.renewal_opens_at,
    )
    Assignment.objects.filter(pk=assignment.pk).update(
        valid_until=v.valid_until, renewal_opens_at=v.renewal_opens_at, due_at=v.due_at
    )
    assignment.refresh_from_db()
    record_event(assignment, AssignmentEvent.Kind.CERTIFIED, completed_at, v.explanation)
    return v


def status_at(assignment: Assignment, at) -> str | None:
    """The status as of `at`; None when the assignment was not active then."""
    return (
        Assignment.objects.with_status(at=at)
        .filter(pk=assignment.pk)
        .values_list("status", flat=True)
        .first()
    )


def status_now(assignment: Assignment) -> str:
    return Assignment.objects.with_status().values_list("status", flat=True).get(pk=assignment.pk)


def expected_certified_status(v: dates.Validity, at) -> Status:
    if at < v.renewal_opens_at:
        return Status.CERTIFIED
    if at < v.valid_until:
        return Status.RENEWAL_DUE
    if at <= v.due_at:
        return Status.EXPIRED
    return Status.OVERDUE


def around(*moments):
    """Each moment, and one microsecond either side of it."""
    return [m + d for m in moments for d in (-ONE_MICROSECOND, timedelta(0), ONE_MICROSECOND)]


# --- a certified assignment --------------------------------------------------------------------


@db_examples
@given(
    terms=program_terms(),
    tz=time_zones,
    assigned_at=assignment_moments,
    hours_to_certify=st.integers(min_value=0, max_value=24 * 90),
    probes=st.lists(st.integers(min_value=0, max_value=4 * 366 * 24 * 3600), max_size=15),
)
def test_a_certification_passes_through_certified_renewal_due_expired_overdue_in_order(
    db, terms, tz, assigned_at, hours_to_certify, probes
):
    with rolled_back():
        assignment = make_assignment(assigned_at, tz, make_program(**terms))
        completed_at = assigned_at + timedelta(hours=hours_to_certify)
        v = certify(assignment, completed_at)

        boundaries = around(v.renewal_opens_at, v.valid_until, v.due_at)
        moments = sorted(
            {completed_at, *(m for m in boundaries if m >= completed_at)}
            | {completed_at + timedelta(seconds=s) for s in probes}
        )
        seen = [status_at(assignment, t) for t in moments]

        assert seen == [expected_certified_status(v, t) for t in moments]
        positions = [CERTIFIED_LIFE.index(s) for s in seen]
        assert positions == sorted(positions), "a status never comes back once left"


@db_examples
@given(
    terms=program_terms(),
    tz=time_zones,
    days_ago=st.integers(min_value=0, max_value=3 * 366 + 120),
)
def test_status_now_of_a_certification_is_its_status_as_of_now(db, terms, tz, days_ago):
    with rolled_back():
        before = timezone.now()
        completed_at = before - timedelta(days=days_ago, hours=1)
        assignment = make_assignment(completed_at - timedelta(days=1), tz, make_program(**terms))
        v = certify(assignment, completed_at)

        now = status_now(assignment)
        as_of_now = status_at(assignment, timezone.now())
        after = timezone.now()

        possible = {expected_certified_status(v, before), expected_certified_status(v, after)}
        assert now in possible
        assert as_of_now in possible


# --- never certified ---------------------------------------------------------------------------


@db_examples
@given(
    tz=time_zones,
    assigned_at=assignment_moments,
    probes=st.lists(st.integers(min_value=0, max_value=120 * 24 * 3600), max_size=15),
)
def test_without_learning_an_assignment_is_not_started_until_due_then_overdue(
    db, tz, assigned_at, probes
):
    with rolled_back():
        assignment = make_assignment(assigned_at, tz)
        moments = sorted(
            {t for t in around(assignment.due_at) if t >= assigned_at}
            | {assigned_at + timedelta(seconds=s) for s in probes}
            | {assigned_at}
        )

        for t in moments:
            expected = Status.OVERDUE if t > assignment.due_at else Status.NOT_STARTED
            assert status_at(assignment, t) == expected, t


@db_examples
@given(
    tz=time_zones,
    assigned_at=assignment_moments,
    learnt_after=st.integers(min_value=0, max_value=60 * 24 * 3600),
    probes=st.lists(st.integers(min_value=0, max_value=90 * 24 * 3600), max_size=15),
)
def test_learning_in_the_cycle_makes_it_in_progress_until_due(
    db, course, tz, assigned_at, learnt_after, probes
):
    lesson = course.lessons().first()
    with rolled_back():
        assignment = make_assignment(assigned_at, tz)
        assignment.program.courses.add(course)  # learning counts toward the program it is for
        learnt_at = assigned_at + timedelta(seconds=learnt_after)
        LessonCompletion.objects.create(
            user=assignment.employee.user,
            lesson=lesson,
            revision_id=lesson.live_revision_id,
            period_start=assignment.cycle_started_at,
            completed_at=learnt_at,
        )
        moments = sorted(
            {t for t in around(learnt_at, assignment.due_at) if t >= assigned_at}
            | {assigned_at + timedelta(seconds=s) for s in probes}
        )

        for t in moments:
            if t > assignment.due_at:
                expected = Status.OVERDUE
            elif t >= learnt_at:
                expected = Status.IN_PROGRESS
            else:
                expected = Status.NOT_STARTED
            assert status_at(assignment, t) == expected, t


@db_examples
@given(tz=time_zones, assigned_at=assignment_moments)
def test_learning_from_another_period_does_not_count(db, course, tz, assigned_at):
    lesson = course.lessons().first()
    with rolled_back():
        assignment = make_assignment(assigned_at, tz)
        LessonCompletion.objects.create(
            user=assignment.employee.user,
            lesson=lesson,
            revision_id=lesson.live_revision_id,
            period_start=assigned_at - timedelta(days=400),  # a different cycle
            completed_at=assigned_at,
        )

        assert status_at(assignment, assigned_at + timedelta(days=1)) == Status.NOT_STARTED


# --- exemption ---------------------------------------------------------------------------------


@db_examples
@given(
    tz=time_zones,
    assigned_at=assignment_moments,
    exempted_after=st.integers(min_value=0, max_value=90 * 24 * 3600),
    certified=st.booleans(),
)
def test_an_exempted_assignment_is_exempt_from_the_exemption_on(
    db, tz, assigned_at, exempted_after, certified
):
    with rolled_back():
        assignment = make_assignment(assigned_at, tz)
        if certified:
            certify(assignment, assigned_at)
        exempted_at = assigned_at + timedelta(seconds=exempted_after)
        grant_exemption(
            assignment=assignment, reason="On long leave", approver=UserFactory(), at=exempted_at
        )

        assert status_at(assignment, exempted_at) == Status.EXEMPT
        assert status_at(assignment, exempted_at + timedelta(days=5 * 366)) == Status.EXEMPT
        if exempted_at <= timezone.now():  # an assignment that starts later has no status now
            assert status_now(assignment) == Status.EXEMPT
        if exempted_at > assigned_at:
            assert status_at(assignment, exempted_at - ONE_MICROSECOND) != Status.EXEMPT


# --- as of a past date: history, not current facts ---------------------------------------------


@db_examples
@given(
    tz=time_zones,
    days_ago=st.integers(min_value=41, max_value=400),
    extended_days_from_now=st.integers(min_value=1, max_value=120),
)
def test_an_extension_does_not_rewrite_the_past(db, tz, days_ago, extended_days_from_now):
    with rolled_back():
        t0 = timezone.now() - timedelta(days=days_ago)
        assignment = make_assignment(t0, tz)
        assert dates.local_date(assignment.due_at, tz) == dates.local_date(t0, tz) + timedelta(
            days=30
        )
        overdue_moment = t0 + timedelta(days=35)
        assert status_at(assignment, overdue_moment) == Status.OVERDUE

        new_due_date = dates.local_date(timezone.now(), tz) + timedelta(days=extended_days_from_now)
        extended_at = t0 + timedelta(days=40)
        grant_extension(
            assignment=assignment,
            new_due_date=new_due_date,
            reason="Parental leave",
            approver=UserFactory(),
            at=extended_at,
        )

        assert status_at(assignment, overdue_moment) == Status.OVERDUE
        assert status_at(assignment, extended_at - ONE_MICROSECOND) == Status.OVERDUE
        assert status_at(assignment, extended_at) == Status.NOT_STARTED
        assert status_at(assignment, timezone.now()) == Status.NOT_STARTED
        assert status_now(assignment) == Status.NOT_STARTED


@db_examples
@given(
    tz=time_zones,
    assigned_at=assignment_moments,
    ended_after=st.integers(min_value=1, max_value=400 * 24 * 3600),
    probes=st.lists(st.integers(min_value=-30 * 24 * 3600, max_value=800 * 24 * 3600), max_size=10),
)
def test_an_ended_assignment_has_no_status_from_its_end_on(
    db, tz, assigned_at, ended_after, probes
):
    with rolled_back():
        assignment = make_assignment(assigned_at, tz)
        ended_at = assigned_at + timedelta(seconds=ended_after)
        assert end_assignment(assignment=assignment, at=ended_at, reason="Changed role")

        moments = set(around(assigned_at, ended_at)) | {
            assigned_at + timedelta(seconds=s) for s in probes
        }
        for t in sorted(moments):
            listed = status_at(assignment, t) is not None
            assert listed == (assigned_at <= t < ended_at), t


# --- cost ----------------------------------------------------------------------------------------


def _list_statuses(at):
    with CaptureQueriesContext(connection) as queries:
        statuses = list(Assignment.objects.with_status(at=at).values_list("pk", "status"))
    return statuses, len(queries)


def test_status_of_twenty_assignments_costs_the_same_queries_as_one(db, course):
    lesson = course.lessons().first()
    t0 = datetime(2026, 1, 5, 9, tzinfo=UTC)
    program = make_program()
    program.courses.add(course)
    make_assignment(t0, program=program)
    probe = t0 + timedelta(days=20)

    one, queries_for_one = _list_statuses(probe)
    with CaptureQueriesContext(connection) as now_queries:
        list(Assignment.objects.with_status().values_list("pk", "status"))
    queries_now_for_one = len(now_queries)

    approver = UserFactory()
    for i in range(19):
        assignment = make_assignment(t0, ZONES[i % len(ZONES)], program)
        if i % 4 == 0:
            certify(assignment, t0 + timedelta(days=1))
        elif i % 4 == 1:
            grant_exemption(assignment=assignment, reason="Exempt", approver=approver, at=t0)
        elif i % 4 == 2:
            LessonCompletion.objects.create(
                user=assignment.employee.user,
                lesson=lesson,
                revision_id=lesson.live_revision_id,
                period_start=assignment.cycle_started_at,
                completed_at=t0 + timedelta(days=2),
            )

    twenty, queries_for_twenty = _list_statuses(probe)
    with CaptureQueriesContext(connection) as now_queries:
        list(Assignment.objects.with_status().values_list("pk", "status"))

    assert len(one) == 1 and len(twenty) == 20
    assert {status for _, status in twenty} >= {
        Status.CERTIFIED,
        Status.EXEMPT,
        Status.IN_PROGRESS,
        Status.NOT_STARTED,
    }
    assert queries_for_twenty == queries_for_one == 1
    assert len(now_queries) == queries_now_for_one == 1


def test_status_now_leaves_out_ended_assignments(db):
    assignment, _ = assign(
        employee=EmployeeFactory(),
        program=CertificationProgramFactory(),
        source=Assignment.Source.MANUAL,
    )
    assert Assignment.objects.with_status().filter(pk=assignment.pk).exists()
    end_assignment(assignment=assignment, reason="role changed")
    assert not Assignment.objects.with_status().filter(pk=assignment.pk).exists()
