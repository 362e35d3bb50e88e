"""`seed_demo --employees N --years Y --seed S`: a company written in bulk that the services would
have left the same way."""

import io
from datetime import UTC, datetime

import pytest
from django.core.management import call_command
from django.db import transaction
from django.db.models import Max, Q

from quizzes.models import Attempt
from training.certification.figures import record_figures
from training.certification.issuing import verify_chain
from training.certification.jobs import run_daily
from training.certification.models import (
    Assignment,
    AssignmentEvent,
    CertificationRecord,
    ChainHead,
    Exemption,
    Extension,
    RecordFigures,
    Reminder,
    Status,
)
from training.demo.bulk import build_company
from training.demo.company import plan_company
from training.demo.people import create_demo_users
from training.demo.replay import replay_company
from training.learning.models import CourseAttestation, LessonCompletion, ModuleCompletion
from training.oversight.models import ComplianceSnapshot
from training.people.models import Employee

NOW = datetime(2026, 11, 30, 15, 30, tzinfo=UTC)
FACTS = (
    "program__name",
    "assigned_at",
    "ended_at",
    "end_reason",
    "cycle",
    "cycle_started_at",
    "due_at",
    "valid_until",
    "renewal_opens_at",
    "exempt",
)


FIGURES = ("program_name", "cycle", "completed_at", "minutes", "modules", "by_check")


def _company_state():
    """Per person and program: the status at NOW, the current facts, the history's kinds, the
    cycles certified and each record's figures; with the chain's verdict, the managers above
    each person and the month ends' compliance figures."""
    company = Assignment.objects.filter(employee__employee_number__startswith="C")
    statuses = {
        (a.employee.employee_number, a.program.name): a.status
        for a in company.with_status(at=NOW).select_related("employee", "program")
    }
    facts = {
        (row.pop("employee__employee_number"), row["program__name"], row["assigned_at"]): row
        for row in company.values("employee__employee_number", *FACTS)
    }
    kinds = sorted(
        AssignmentEvent.objects.filter(assignment__in=company).values_list(
            "assignment__employee__employee_number", "assignment__program__name", "kind"
        )
    )
    cycles = sorted(
        CertificationRecord.objects.filter(employee_number__startswith="C").values_list(
            "employee_number", "program_name", "cycle", "department", "job_role"
        )
    )
    numbers = dict(Employee.objects.values_list("pk", "employee_number"))
    paths = {
        number: [numbers[int(pk)] for pk in path.strip("/").split("/") if pk]
        for number, path in Employee.objects.filter(employee_number__startswith="C").values_list(
            "employee_number", "manager_path"
        )
    }
    snapshots = sorted(
        ComplianceSnapshot.objects.values_list("day", "program__name", "total", "compliant"),
        key=str,
    )
    # The replay learns at other times of day than the walk plans (completion times are not
    # compared either): of a record's figures, how its modules were earned and whether learning
    # is on file must agree; the minutes are held to `record_figures` in the test.
    figures = sorted(
        RecordFigures.objects.filter(record__employee_number__startswith="C")
        .annotate(timed=Q(minutes__isnull=False))
        .values_list(
            "record__employee_number", "program_name", "cycle", "modules", "by_check", "timed"
        )
    )
    return statuses, facts, kinds, cycles, verify_chain().ok, paths, snapshots, figures


@pytest.mark.django_db
def test_a_bulk_company_is_the_one_the_services_would_leave():
    create_demo_users()
    with transaction.atomic():
        replay_company(size=24, years=2, seed=7, now=NOW)
        by_services = _company_state()
        transaction.set_rollback(True)
    build_company(size=24, years=2, seed=7, now=NOW)
    in_bulk = _company_state()
    assert in_bulk[0] == by_services[0]  # statuses
    assert in_bulk[1] == by_services[1]  # current facts
    assert in_bulk[2] == by_services[2]  # the kinds of event in each history
    assert in_bulk[3] == by_services[3]  # the records: one per completed cycle
    assert in_bulk[4] and by_services[4]
    assert in_bulk[5] == by_services[5]  # the managers above each person, as `save()` keeps them
    assert any(len(chain) > 3 for chain in in_bulk[5].values())
    # The month ends the replay's daily job stored as they passed, the bulk path stores at once.
    assert in_bulk[6] == by_services[6]
    assert len({day for day, *_ in in_bulk[6]}) == 25  # October 2024 (the launch) to October 2026
    assert in_bulk[7] == by_services[7]  # how each record's modules were earned
    # Each record's figures are what the learning written gives, computed as issuing does.
    records = CertificationRecord.objects.filter(employee_number__startswith="C")
    stored = RecordFigures.objects.filter(record__in=records).values_list("record", *FIGURES)
    recomputed = [(f.record_id, *(getattr(f, n) for n in FIGURES)) for f in record_figures(records)]
    assert sorted(stored) == sorted(recomputed)
    assert len(set(in_bulk[0].values())) >= 5
    # The daily job finds nothing left to do: every assignment, renewal and reminder is there.
    report = run_daily(at=NOW)
    assert [
        report[k]
        for k in ("assigned", "ended", "renewals_opened", "reminders_recorded", "month_ends_stored")
    ] == [0, 0, 0, 0, 0]


@pytest.fixture(scope="module")
def company(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        out = io.StringIO()
        call_command("seed_demo", employees=150, years=3, seed=3, stdout=out)
        yield out.getvalue()
        transaction.set_rollback(True)


def _depth(employee_id, managers) -> int:
    depth = 1
    while managers.get(employee_id):
        employee_id, depth = managers[employee_id], depth + 1
    return depth


def test_the_company_shows_every_status(company, db):
    statuses = set(Assignment.objects.with_status().values_list("status", flat=True))
    assert statuses == set(Status.values)
    assert "Demo company created: 150 people under manager@example.com, 3 years" in company


def test_the_tree_under_manager_is_six_or_seven_levels_deep(company, db):
    managers = dict(Employee.objects.values_list("pk", "manager_id"))
    top = Employee.objects.get(user__email="manager@example.com").pk
    company = Employee.objects.filter(employee_number__startswith="C").values_list("pk", flat=True)
    depths = {_depth(pk, managers) for pk in company}
    assert max(depths) == 7 and min(depths) == 2
    assert all(_depth(pk, managers) > 1 and top in _chain(pk, managers) for pk in company)


def _chain(pk, managers):
    while pk:
        yield pk
        pk = managers.get(pk)


def test_the_company_has_years_of_history(company, db):
    assert verify_chain().ok
    assert ChainHead.objects.get().last_hash == CertificationRecord.objects.last().hash
    people = Employee.objects.filter(employee_number__startswith="C")
    assert people.filter(active=False).exists()  # leavers
    ended = Assignment.objects.filter(employee__in=people, ended_at__isnull=False)
    assert set(ended.values_list("end_reason", flat=True)) == {
        "left the organisation",
        "no longer required by the job role",  # moved to another area
    }
    assert CertificationRecord.objects.values("program").distinct().count() >= 3
    assert CertificationRecord.objects.aggregate(top=Max("cycle"))["top"] >= 3
    assert Attempt.objects.filter(purpose=Attempt.Purpose.RENEWAL_CHECK).exists()
    assert Attempt.objects.filter(passed=False).exists()
    assert LessonCompletion.objects.exists() and ModuleCompletion.objects.exists()
    assert CourseAttestation.objects.count() >= CertificationRecord.objects.count()
    assert Extension.objects.exists() and Exemption.objects.exists()
    assert set(Reminder.objects.values_list("kind", flat=True)) >= {
        Reminder.Kind.UPCOMING,
        Reminder.Kind.OVERDUE,
        Reminder.Kind.ESCALATION,
    }
    assert AssignmentEvent.objects.filter(kind=AssignmentEvent.Kind.RENEWAL_OPENED).exists()
    # One record per completed cycle: every certified event has its record.
    certified = AssignmentEvent.objects.filter(kind=AssignmentEvent.Kind.CERTIFIED)
    assert certified.count() == CertificationRecord.objects.count()


def test_a_second_run_changes_nothing(company, db):
    before = (Employee.objects.count(), CertificationRecord.objects.count())
    out = io.StringIO()
    call_command("seed_demo", employees=150, years=3, seed=3, stdout=out)
    assert (Employee.objects.count(), CertificationRecord.objects.count()) == before
    assert "Demo company exists (150 people)" in out.getvalue()


def test_the_plan_is_the_same_for_a_seed():
    def summary(people):
        return [(p.email, p.role, p.manager, p.outcome, p.seed) for p in people]

    assert summary(plan_company(size=300, seed=5)) == summary(plan_company(size=300, seed=5))
    assert summary(plan_company(size=300, seed=5)) != summary(plan_company(size=300, seed=6))


def test_the_command_refuses_a_size_or_history_it_cannot_build(db):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="--years must be between 1 and 10"):
        call_command("seed_demo", employees=100, years=0, stdout=io.StringIO())
    with pytest.raises(CommandError, match="--employees must be between 20"):
        call_command("seed_demo", employees=10, seed=1, stdout=io.StringIO())
