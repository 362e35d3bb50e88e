"""The 12-month trend from stored month ends: the same figures as computing them from history,
stored once by the daily job, and read in a constant number of queries."""

from datetime import UTC, date, datetime, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import EmployeeFactory
from tests.helpers import complete_course
from tests.org import build_org, compliance_officer
from training.certification import dates
from training.certification.assigning import (
    assign,
    end_assignment,
    grant_exemption,
    grant_extension,
)
from training.certification.jobs import run_daily
from training.certification.models import CertificationProgram
from training.certification.programs import ANNUAL_PROGRAM
from training.oversight.models import ComplianceSnapshot
from training.oversight.reports import compliance_counts
from training.oversight.trend import month_ends, store_month_ends, trend

URL = "/compliance/"
DAY = date(2026, 9, 15)  # the trend's last point; its eleven month ends all have history
JOB = datetime(2026, 9, 15, 6, tzinfo=UTC)


def at(year, month, day):
    return datetime(year, month, day, 10, tzinfo=UTC)


@pytest.fixture
def history(course):
    """Two programs from October 2025, through the services: people assigned, certified,
    extended, exempted, ended and assigned late, so that month ends have different figures."""
    annual = CertificationProgram.objects.get(name=ANNUAL_PROGRAM)
    other = CertificationProgram.objects.create(name="Other programme", initial_due_days=45)
    officer = compliance_officer()
    people = [EmployeeFactory(hire_date=date(2025, 10, 1)) for _ in range(7)]
    annual_of = [assign(employee=p, program=annual, at=at(2025, 10, 6))[0] for p in people[:4]]
    other_of = [assign(employee=p, program=other, at=at(2026, 2, 10))[0] for p in people[4:6]]
    complete_course(people[0].user, course, at=at(2025, 11, 3))
    grant_extension(
        assignment=annual_of[1],
        new_due_date=date(2026, 3, 31),
        reason="Sick leave",
        approver=officer,
        at=at(2026, 1, 20),
    )
    grant_exemption(
        assignment=annual_of[2], reason="On leave", approver=officer, at=at(2026, 2, 10)
    )
    end_assignment(assignment=annual_of[3], reason="left", at=at(2026, 3, 15))
    grant_exemption(
        assignment=other_of[0], reason="Contractor", approver=officer, at=at(2026, 5, 1)
    )
    assign(employee=people[6], program=annual, at=at(2026, 6, 1))
    complete_course(people[1].user, course, at=at(2026, 7, 20))
    return {"annual": annual, "other": other, "officer": officer}


def test_stored_month_ends_give_the_trend_computed_from_history(history):
    programs = (None, history["annual"].pk, history["other"].pk)
    from_history = {program: trend(DAY, program=program) for program in programs}
    assert store_month_ends(at=JOB) == 11  # October 2025 to August 2026

    for program in programs:
        last = compliance_counts(at=dates.as_of_moment(DAY)).overall(program=program)
        with CaptureQueriesContext(connection) as queries:
            stored = trend(DAY, program=program, last=last)
        assert stored == from_history[program]
        assert len(queries) == 1  # the stored month ends; nothing computed from the events
    # The same figures as the as-of rule of every other report, month end by month end.
    for point in from_history[None][:-1]:
        overall = compliance_counts(at=dates.as_of_moment(point["day"])).overall()
        assert (point["total"], point["compliant"]) == (overall["total"], overall["compliant"])
    percents = [p["percent"] for p in from_history[None]]
    assert None not in percents and len(set(percents)) >= 4
    # Per program, the totals add up to the organisation's.
    stored = ComplianceSnapshot.objects.filter(day=date(2026, 6, 30))
    overall = stored.get(program=None)
    assert overall.total == sum(s.total for s in stored.exclude(program=None)) == 6


def test_the_daily_job_stores_each_month_end_once(history):
    assert run_daily(at=JOB)["month_ends_stored"] == 11
    assert run_daily(at=JOB + timedelta(hours=1))["month_ends_stored"] == 0
    assert run_daily(at=JOB + timedelta(days=1))["month_ends_stored"] == 0
    assert run_daily(at=datetime(2026, 10, 1, 6, tzinfo=UTC))["month_ends_stored"] == 1
    days = ComplianceSnapshot.objects.filter(program=None).values_list("day", flat=True)
    assert sorted(days) == month_ends(date(2026, 9, 30), 12)
    # In all, and per program with assignments that day: the other programme starts in February.
    assert ComplianceSnapshot.objects.filter(day=date(2026, 1, 31)).count() == 2
    assert ComplianceSnapshot.objects.filter(day=date(2026, 2, 28)).count() == 3


def test_a_month_end_is_stored_only_once_it_has_passed_by_the_clock_too(history):
    """A run for a moment ahead (`run_schedules --now` in the future) stores no month end whose
    history can still grow."""
    today = dates.organisation_today()
    assert store_month_ends(at=datetime.now(UTC) + timedelta(days=62))
    last = max(ComplianceSnapshot.objects.values_list("day", flat=True))
    assert last < today.replace(day=1)


def test_the_dashboard_shows_the_same_trend_before_and_after_the_month_ends_are_stored(
    client, history
):
    """Also for a day whose first month ends come before any history (computed, not stored)."""
    client.force_login(history["officer"])
    for day, program in ((DAY, None), (DAY, history["other"].pk), (date(2026, 3, 31), None)):
        query = {"as_of": day.isoformat(), **({"program": program} if program else {})}
        before = client.get(URL, query).context["bars"]
        store_month_ends(at=JOB)
        after = client.get(URL, query).context
        assert after["bars"] == before
        assert [bar["day"] for bar in before] == month_ends(day)
        assert before[-1]["compliant"] == after["overall"]["compliant"]
        assert before[-1]["total"] == after["overall"]["total"]
        ComplianceSnapshot.objects.all().delete()


def test_a_stored_dashboard_costs_the_same_queries_for_10_and_1000_people(client, db):
    """Once the month ends are stored, the trend is one query of them: the events are not read
    with a window (the old trend's `LEAD`), whatever the size."""
    client.force_login(compliance_officer())
    counts = []
    for size, prefix in ((10, "s"), (990, "l")):
        build_org(size, prefix=prefix)
        ComplianceSnapshot.objects.all().delete()
        store_month_ends()
        client.get(URL)
        with CaptureQueriesContext(connection) as queries:
            client.get(URL)
        assert not [q for q in queries if "LEAD(" in q["sql"].upper()]
        counts.append(len(queries))
    assert counts[0] == counts[1], counts
