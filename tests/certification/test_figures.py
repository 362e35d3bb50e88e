"""A record's figures (`RecordFigures`): fixed when the record is issued, and the same as the
learning behind it gives when computed afterwards, as the time-to-certify report once did on
every visit. The bulk builder's figures are held to the services' in tests/demo/test_bulk.py."""

from datetime import UTC, datetime, timedelta

from tests.factories import CertificationRecordFactory, EmployeeFactory
from tests.helpers import complete_course, renew_by_checks
from training.certification.assigning import assign, open_renewals
from training.certification.figures import record_figures
from training.certification.models import CertificationProgram, CertificationRecord, RecordFigures
from training.certification.programs import ANNUAL_PROGRAM
from training.learning.services import complete_lesson, start_renewal_check

T0 = datetime(2025, 1, 6, 9, 0, tzinfo=UTC)
DAY = timedelta(days=1)
FIELDS = ("record", "program", "program_name", "cycle", "completed_at", "minutes", "modules")


def stored() -> list[tuple]:
    return sorted(RecordFigures.objects.values_list(*FIELDS, "by_check"))


def recomputed() -> list[tuple]:
    """What the report computed from the learning on every visit before the figures were stored."""
    rows = record_figures(CertificationRecord.objects.all())
    return sorted(
        (f.record_id, f.program_id, f.program_name, f.cycle, f.completed_at, f.minutes, f.modules)
        + (f.by_check,)
        for f in rows
    )


def certify_and_renew(course, *, first_lesson_minutes_before=90, fail=()):
    """Certified 90 minutes after the first lesson; renewed by checks in 20 (`fail`: modules
    whose check fails, done by lessons and quiz); then more reading in the renewal's period."""
    program = CertificationProgram.objects.get(name=ANNUAL_PROGRAM)
    employee = EmployeeFactory(hire_date=T0.date())
    assignment, _ = assign(employee=employee, program=program, at=T0)
    done = T0 + timedelta(days=5)
    first = done - timedelta(minutes=first_lesson_minutes_before)
    complete_lesson(user=employee.user, lesson=course.lessons().first(), at=first)
    complete_course(employee.user, course, at=done)
    assignment.refresh_from_db()
    open_renewals(at=assignment.renewal_opens_at + timedelta(minutes=1))
    assignment.refresh_from_db()
    renews_at = assignment.cycle_started_at + timedelta(days=3)
    module = course.modules().first()
    start_renewal_check(user=employee.user, module=module, at=renews_at - timedelta(minutes=20))
    renew_by_checks(employee.user, course, renews_at, fail=fail)
    # Reading after the record, in the same period, changes nothing about it.
    complete_lesson(user=employee.user, lesson=course.lessons().last(), at=renews_at + 2 * DAY)
    return employee


def test_issuing_stores_how_long_the_cycle_took_and_how_its_modules_were_earned(course):
    modules = len(course.modules())
    ana = certify_and_renew(course, fail={"m01"})
    first, renewal = RecordFigures.objects.filter(record__employee=ana).order_by("cycle")
    assert (first.cycle, first.minutes, first.modules, first.by_check) == (1, 90, modules, 0)
    assert (renewal.cycle, renewal.minutes, renewal.modules) == (2, 20, modules)
    assert renewal.by_check == modules - 1  # the failed check's module was done by the lessons
    assert renewal.program_name == ANNUAL_PROGRAM == first.record.program_name
    assert renewal.completed_at == renewal.record.completed_at


def test_the_stored_figures_are_what_the_learning_behind_the_records_gives(course):
    certify_and_renew(course)
    certify_and_renew(course, first_lesson_minutes_before=30, fail={"m02"})
    CertificationRecordFactory()  # no learning on file: no minutes
    assert len(stored()) == 5
    assert stored() == recomputed()
    assert [row[5] for row in stored()].count(None) == 1
