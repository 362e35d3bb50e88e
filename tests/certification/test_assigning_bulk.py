"""The daily job's assigning by role: many people at once, the same result as one at a time."""

from datetime import UTC, date, datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import EmployeeFactory, JobRoleFactory, RoleRequirementFactory
from training.certification.assigning import assign, sync_assignments
from training.certification.models import Assignment, AssignmentEvent

AT = datetime(2026, 6, 1, 6, tzinfo=UTC)


def staff(role, count, prefix):
    return [
        EmployeeFactory(job_role=role, hire_date=date(2020, 1, 1), user__email=f"{prefix}{i}@x.org")
        for i in range(count)
    ]


def test_assigning_costs_the_same_queries_for_10_and_60_people(db):
    """Was five to seven queries per assignment (about 8 minutes for everyone at 50,000)."""
    counts = []
    for count, prefix in ((10, "s"), (60, "l")):
        requirement = RoleRequirementFactory(due_days=30)
        people = staff(requirement.job_role, count, prefix)
        with CaptureQueriesContext(connection) as queries:
            report = sync_assignments(at=AT)
        assert report.assigned == count
        assert Assignment.objects.filter(employee__in=people).count() == count
        counts.append(len(queries))
    assert counts[0] == counts[1], counts


def test_bulk_assigning_writes_what_assign_writes_and_a_second_run_nothing(db):
    requirement = RoleRequirementFactory(due_days=None, program__initial_due_days=45)
    newcomer = EmployeeFactory(job_role=requirement.job_role, hire_date=AT.date())
    old_hand, by_hand = staff(requirement.job_role, 2, "o")
    by_hand.job_role = JobRoleFactory()
    by_hand.save()
    sync_assignments(at=AT)
    expected, _ = assign(
        employee=by_hand, program=requirement.program, at=AT, source=Assignment.Source.MANUAL
    )
    for person in (newcomer, old_hand):
        assignment = Assignment.objects.get(employee=person)
        (event,) = assignment.events.all()
        assert event.kind == AssignmentEvent.Kind.ASSIGNED and event.at == AT
        assert event.due_at == assignment.due_at and assignment.cycle == 1
    # Someone long in post is due 45 days from now, exactly as `assign` would have it.
    long_in_post = Assignment.objects.get(employee=old_hand)
    assert long_in_post.due_at == expected.due_at
    assert long_in_post.events.get().explanation == expected.events.get().explanation
    assert "hired" in Assignment.objects.get(employee=newcomer).events.get().explanation
    events = AssignmentEvent.objects.count()
    assert sync_assignments(at=AT).assigned == 0
    assert AssignmentEvent.objects.count() == events


@pytest.mark.postgres_only
def test_two_runs_at_once_open_each_assignment_once_with_one_event(transactional_db):
    if connection.vendor != "postgresql":
        pytest.skip("SQLite serialises writers; the race needs PostgreSQL")
    from tests.test_concurrency import run_together

    requirement = RoleRequirementFactory(due_days=30)
    people = staff(requirement.job_role, 40, "r")
    results = run_together(2, lambda i: sync_assignments(at=AT))
    assert not [r for r in results if isinstance(r, Exception)], results
    assert sum(r.assigned for r in results) == 40
    assert Assignment.objects.filter(employee__in=people).count() == 40
    assert AssignmentEvent.objects.filter(assignment__employee__in=people).count() == 40
