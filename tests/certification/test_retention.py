"""`apply_retention`: leavers pseudonymised after N years, records still verifying (issue 9, item 8)."""

from datetime import UTC, datetime, timedelta

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from tests.factories import CertificationRecordFactory
from tests.helpers import tamper
from training.certification.assigning import end_assignment
from training.certification.chain import verify_chain
from training.certification.models import CertificationRecord

LEFT = datetime(2019, 6, 30, 17, 0, tzinfo=UTC)
NOW = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


def _leaver(left_at=LEFT, **names):
    record = CertificationRecordFactory(
        assignment__employee__user__email=names.pop("email", None) or "gone@example.org",
        assignment__employee__user__first_name="Gwen",
        assignment__employee__user__last_name="Gone",
        assignment__employee__user__date_joined=left_at - timedelta(days=900),
        completed_at=left_at - timedelta(days=200),
    )
    employee = record.employee
    employee.active = False
    employee.save(update_fields=["active"])
    end_assignment(assignment=record.assignment, at=left_at, reason="left the organisation")
    return employee, record


@pytest.fixture
def leaver(db):
    return _leaver()


def test_a_leaver_gone_longer_than_the_period_is_pseudonymised_everywhere(leaver):
    employee, record = leaver
    stayer = CertificationRecordFactory(assignment__employee__user__first_name="Sam")
    call_command("apply_retention", now=NOW.isoformat(), verbosity=0)

    employee.user.refresh_from_db()
    assert "Gwen" not in employee.user.get_full_name() and "gone@" not in employee.user.email
    assert not employee.user.is_active and not employee.user.has_usable_password()
    record = CertificationRecord.objects.get(pk=record.pk)
    assert (record.name, record.email) == ("Former employee", employee.user.email)
    assert record.pseudonymised_at == NOW
    assert record.employee_number == employee.employee_number  # the evidence stays answerable
    assert CertificationRecord.objects.get(pk=stayer.pk).pseudonymised_at is None
    check = verify_chain()
    assert check.ok, check.message


def test_someone_who_left_recently_is_kept(db):
    employee, record = _leaver(left_at=NOW - timedelta(days=365 * 5))
    call_command("apply_retention", now=NOW.isoformat(), verbosity=0)
    assert CertificationRecord.objects.get(pk=record.pk).email == "gone@example.org"
    call_command("apply_retention", now=NOW.isoformat(), years=4, verbosity=0)
    assert CertificationRecord.objects.get(pk=record.pk).pseudonymised_at == NOW


def test_an_active_employee_is_never_pseudonymised_however_old(db):
    record = CertificationRecordFactory(completed_at=LEFT - timedelta(days=2000))
    call_command("apply_retention", now=NOW.isoformat(), verbosity=0)
    assert CertificationRecord.objects.get(pk=record.pk).pseudonymised_at is None


def test_re_running_changes_nothing_more(leaver, capsys):
    call_command("apply_retention", now=NOW.isoformat())
    assert "pseudonymised 1 people and 1 certification records" in capsys.readouterr().out
    later = NOW + timedelta(days=30)
    call_command("apply_retention", now=later.isoformat())
    assert "pseudonymised 0 people and 0" in capsys.readouterr().out
    assert CertificationRecord.objects.get().pseudonymised_at == NOW
    assert verify_chain().ok


def test_a_dry_run_counts_and_changes_nothing(leaver, capsys):
    call_command("apply_retention", now=NOW.isoformat(), dry_run=True)
    assert "would pseudonymise 1 people and 1 certification records" in capsys.readouterr().out
    assert CertificationRecord.objects.get().email == "gone@example.org"


def test_a_pseudonym_cannot_hide_a_changed_name(leaver):
    """A record marked pseudonymised must carry the pseudonym: not any name an intruder likes."""
    call_command("apply_retention", now=NOW.isoformat(), verbosity=0)
    record = CertificationRecord.objects.get()
    tamper(
        "UPDATE certification_certificationrecord SET name = 'Mallory' WHERE id = %s", [record.pk]
    )
    check = verify_chain()
    assert not check.ok and "name or email was altered" in check.message


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"now": "yesterday"}, "not an ISO date-time"),
        ({"now": "2026-06-01T09:00"}, "needs a UTC offset"),
        ({"years": 0}, "out of range"),
    ],
)
def test_bad_options_are_named(db, options, message):
    with pytest.raises(CommandError, match=message):
        call_command("apply_retention", **options)
