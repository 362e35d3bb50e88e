"""The daily job as a whole: its cost grows with the number of batches, never per person."""

from datetime import UTC, datetime, timedelta

import pytest
from django.core import mail
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from tests.factories import EmployeeFactory, RoleRequirementFactory
from training.certification import assigning, inserting, reminders
from training.certification.assigning import assign
from training.certification.jobs import run_daily
from training.certification.models import Assignment, AssignmentEvent, Reminder

AT = datetime(2026, 6, 1, 6, tzinfo=UTC)


def a_day_of(size: int) -> tuple[int, dict]:
    """`size` new hires to assign, `size` people long overdue (and their manager's digest) and
    `size` renewals to open, each with a notice to send; the job's queries, then all undone."""
    with transaction.atomic():
        requirement = RoleRequirementFactory(due_days=30, program__initial_due_days=30)
        program = requirement.program
        manager = EmployeeFactory(hire_date=datetime(2020, 1, 1).date())
        for _ in range(size):
            EmployeeFactory(job_role=requirement.job_role, hire_date=AT.date(), manager=manager)
        for _ in range(size):
            assign(
                employee=EmployeeFactory(manager=manager),
                program=program,
                at=AT - timedelta(days=60),
                source=Assignment.Source.MANUAL,
            )
        for _ in range(size):
            renewing, _ = assign(
                employee=EmployeeFactory(manager=manager),
                program=program,
                at=AT - timedelta(days=400),
                source=Assignment.Source.MANUAL,
            )
            Assignment.objects.filter(pk=renewing.pk).update(  # certified a year ago
                valid_until=AT + timedelta(days=20),
                renewal_opens_at=AT - timedelta(days=1),
                due_at=AT + timedelta(days=20),
            )
        mail.outbox.clear()
        with CaptureQueriesContext(connection) as queries:
            report = run_daily(at=AT)
        assert len(mail.outbox) == 3 * size + 1  # one digest for the manager
        assert Reminder.objects.filter(sent_at=None).count() == 0
        assert AssignmentEvent.objects.filter(kind=AssignmentEvent.Kind.RENEWAL_OPENED).count() == (
            size
        )
        transaction.set_rollback(True)
    return len(queries), report


@pytest.fixture
def batches_of(monkeypatch):
    def set_to(size):
        monkeypatch.setattr(assigning, "SYNC_BATCH", size)
        monkeypatch.setattr(reminders, "SEND_BATCH", size)
        monkeypatch.setattr(inserting, "INSERT_BATCH", size)

    return set_to


def test_the_daily_job_costs_the_same_queries_for_5_and_15_people_of_each_kind(db, batches_of):
    """Each renewal was opened on its own (four queries each); now all of it goes by batches.
    Emails: a notice each for the hires, the overdue and the renewing, and the escalations."""
    batches_of(1000)
    small, report = a_day_of(5)
    assert (report["assigned"], report["renewals_opened"], report["emails_sent"]) == (5, 5, 20)
    large, report = a_day_of(15)
    assert (report["assigned"], report["renewals_opened"], report["emails_sent"]) == (15, 15, 60)
    assert small == large


def test_more_people_cost_more_batches_and_nothing_per_person(db, batches_of):
    """With batches of 4, 4, 8 and 12 people of each kind take a number of batches growing by
    the same step each time: the job's queries grow by the same step too, whatever a batch holds."""
    batches_of(4)
    counts = [a_day_of(size)[0] for size in (4, 8, 12)]
    assert counts[2] - counts[1] == counts[1] - counts[0], counts


DUMMY_TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}


def test_the_daily_task_records_the_reminders_and_leaves_the_sending_to_the_workers(db, settings):
    """On a real worker the daily task sends nothing itself: it queues REMINDER_SEND_TASKS sending
    tasks, which the workers run side by side; each email goes out once whichever runs first."""
    from django.tasks import task_backends

    from training.certification.tasks import daily_job, send_reminders

    settings.TASKS = DUMMY_TASKS
    settings.REMINDER_SEND_TASKS = 3
    requirement = RoleRequirementFactory(due_days=10, program__initial_due_days=10)
    for _ in range(4):
        EmployeeFactory(job_role=requirement.job_role, hire_date=AT.date())
    mail.outbox.clear()
    report = daily_job.call(AT.isoformat())
    assert report["assigned"] == 4 and report["send_tasks"] == 3
    assert report["emails_sent"] == 0 and mail.outbox == []
    assert Reminder.objects.filter(sent_at=None).count() == 4
    queued = [r for r in task_backends["default"].results if r.task.name == "send_reminders"]
    assert len(queued) == 3
    sent = [send_reminders.call(AT.isoformat())["emails_sent"] for _ in queued]
    assert sent == [4, 0, 0]
    assert sorted(message.to[0] for message in mail.outbox) == sorted(
        Reminder.objects.values_list("recipient", flat=True)
    )
    assert Reminder.objects.filter(sent_at=None).count() == 0
