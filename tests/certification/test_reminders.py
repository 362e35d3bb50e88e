from datetime import UTC, datetime, timedelta

import pytest
from django.conf import settings
from django.core import mail
from django.test import override_settings
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st

from tests.factories import CertificationProgramFactory, EmployeeFactory
from training.certification.assigning import assign
from training.certification.jobs import run_daily
from training.certification.models import Assignment, Reminder
from training.certification.reminders import notices_due
from training.people.models import Employee

T0 = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)  # assigned; due 2026-04-01 end of day (London)


@pytest.fixture
def program(db):
    return CertificationProgramFactory(name="Test programme", initial_due_days=30)


@pytest.fixture
def team(program):
    manager = EmployeeFactory(hire_date=datetime(2020, 1, 1).date(), user__email="boss@example.org")
    people = [
        EmployeeFactory(manager=manager, hire_date=T0.date(), user__email=f"p{i}@example.org")
        for i in range(3)
    ]
    for person in people:
        assign(employee=person, program=program, at=T0, source=Assignment.Source.MANUAL)
    return manager, people


def day(n, hour=6):
    """Day n of the test calendar, at 06:00 UTC (when cron runs the job)."""
    return datetime(2026, 3, 2, hour, tzinfo=UTC) + timedelta(days=n)


def subjects_for(address):
    return [m.subject for m in mail.outbox if m.to == [address]]


def test_reminders_follow_the_schedule_and_each_is_sent_once(team):
    manager, people = team
    for n in range(0, 50):
        run_daily(at=day(n))
        run_daily(at=day(n, hour=7))  # a second run the same day sends nothing new
    assert subjects_for("p0@example.org") == [
        "Due in 30 days: Test programme",
        "Due in 7 days: Test programme",
        "Due in 1 day: Test programme",
        "Due today: Test programme",
        "Overdue: Test programme",  # week 1
        "Overdue: Test programme",  # week 2
        "Overdue: Test programme",  # week 3
    ]
    # One digest to the manager after 7 days overdue, covering all three people.
    digests = [m for m in mail.outbox if m.to == ["boss@example.org"]]
    assert len(digests) == 1
    assert digests[0].subject == "Overdue in your team: 3 people"
    for person in people:
        assert (
            person.user.email in digests[0].body or person.user.get_full_name() in digests[0].body
        )
    assert Reminder.objects.filter(sent_at__isnull=True).count() == 0
    # What is stored is the vocabulary: a kind, and which one of that kind in the cycle.
    K = Reminder.Kind
    assert list(
        Reminder.objects.filter(assignment__employee=people[0])
        .order_by("created_at", "kind")
        .values_list("kind", "occasion")
    ) == [
        (K.UPCOMING, 30),
        (K.UPCOMING, 7),
        (K.UPCOMING, 1),
        (K.DUE_TODAY, 0),
        (K.OVERDUE, 1),
        (K.ESCALATION, 0),
        (K.OVERDUE, 2),
        (K.OVERDUE, 3),
    ]
    team_url = f"{settings.WAGTAILADMIN_BASE_URL}{reverse('team:index')}"
    assert f"See your team: {team_url}" in digests[0].body
    assert f'<a href="{team_url}">See your team</a>' in digests[0].alternatives[0][0]


def test_emails_have_text_and_html_with_a_link_to_learn(team):
    run_daily(at=day(1))
    message = mail.outbox[0]
    assert "/learn/" in message.body
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html" and "/learn/" in html


def test_a_crash_while_sending_loses_nothing_and_sends_nothing_twice(team, monkeypatch):
    from training.certification import reminders

    real_send = reminders.send_notice
    calls = {"n": 0}

    def flaky(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise ConnectionError("SMTP server went away")
        return real_send(*args, **kwargs)

    monkeypatch.setattr(reminders, "send_notice", flaky)
    with pytest.raises(ConnectionError):
        run_daily(at=day(1))
    assert len(mail.outbox) == 1
    assert Reminder.objects.count() == 3  # all recorded before any was sent
    # The crashed claim is released after the timeout; the next run sends the rest, once each.
    Reminder.objects.filter(sent_at__isnull=True).update(claimed_at=day(-1))
    monkeypatch.setattr(reminders, "send_notice", real_send)
    run_daily(at=day(1, hour=9))
    assert sorted(m.to[0] for m in mail.outbox) == [
        "p0@example.org",
        "p1@example.org",
        "p2@example.org",
    ]


def test_no_reminder_for_the_exempt_or_leavers(team, program):
    from training.certification.assigning import grant_exemption

    _, people = team
    grant_exemption(
        assignment=people[0].assignments.get(),
        reason="On long-term leave",
        approver=team[0].user,
        at=T0,
    )
    people[1].active = False
    people[1].save()
    run_daily(at=day(1))
    assert [m.to for m in mail.outbox] == [["p2@example.org"]]


def test_the_renewal_reminder_arrives_once_a_year_later(team, course, program):
    """Learners certified in March are reminded 30 days before expiry, not before the window."""
    from tests.helpers import complete_course

    program.courses.add(course)
    _, people = team
    complete_course(people[0].user, course, at=day(5))
    mail.outbox.clear()
    for n in (300, 330, 339, 340, 341):
        run_daily(at=day(n))
        run_daily(at=day(n, hour=8))
    renewal = subjects_for("p0@example.org")
    assert renewal == ["Due in 30 days: Test programme"]


moments = st.datetimes(
    min_value=datetime(2020, 1, 1), max_value=datetime(2035, 12, 31), timezones=st.just(UTC)
)


@given(
    at=moments,
    due_in=st.timedeltas(min_value=timedelta(days=-400), max_value=timedelta(days=400)),
    valid_for=st.none() | st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=400)),
    tz=st.sampled_from(["Europe/London", "Pacific/Auckland", "America/Los_Angeles", "UTC"]),
    offsets=st.lists(st.integers(min_value=1, max_value=120), min_size=1, max_size=5, unique=True),
    escalate_after=st.integers(min_value=0, max_value=60),
)
def test_every_notice_the_planner_can_produce_is_a_member_of_the_vocabulary(
    at, due_in, valid_for, tz, offsets, escalate_after
):
    """Whatever the dates and the configured offsets: a `Reminder.Kind` and an occasion that fits."""
    assignment = Assignment(
        employee=Employee(time_zone=tz),
        due_at=at + due_in,
        valid_until=None if valid_for is None else at + due_in + valid_for,
    )
    with override_settings(TRAINING_REMINDER_DAYS=offsets, TRAINING_ESCALATION_DAYS=escalate_after):
        notices = notices_due(assignment, at)
    occasion = Reminder._meta.get_field("occasion")
    for notice in notices:
        assert isinstance(notice.kind, Reminder.Kind)
        assert notice.kind in Reminder.Kind.values
        occasion.run_validators(notice.occasion)
        assert Reminder.describe(notice.kind, notice.occasion)
    kinds = [n.kind for n in notices]
    assert len(kinds) == len(set(kinds))


def test_sending_costs_the_same_queries_for_3_and_30_reminders(program):
    """Each reminder used to cost a claim and a mark-as-sent query of its own (and the sender
    searched the whole pending list for each one it sent); now a batch costs a few queries."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from training.certification.reminders import plan_reminders, send_pending

    counts = []
    for size, prefix in ((3, "s"), (30, "l")):
        manager = EmployeeFactory(hire_date=T0.date(), user__email=f"{prefix}-boss@example.org")
        for i in range(size):
            person = EmployeeFactory(
                manager=manager, hire_date=T0.date(), user__email=f"{prefix}{i}@example.org"
            )
            assign(employee=person, program=program, at=T0, source=Assignment.Source.MANUAL)
        at = day(40)  # overdue by more than a week: a notice each and their manager's digest
        plan_reminders(at=at)
        mail.outbox.clear()
        with CaptureQueriesContext(connection) as queries:
            report = send_pending(at=at)
        assert report.digests == 1 and report.sent == 2 * size
        assert len(mail.outbox) == size + 1
        counts.append(len(queries))
    assert counts[0] == counts[1], counts
