"""`apply_retention`: leavers pseudonymised after N years, records still verifying (issue 9, item 8)."""

import json
from datetime import UTC, datetime, timedelta

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import CertificationRecordFactory, EmployeeFactory, UserFactory
from tests.helpers import tamper
from training.audit.context import acting
from training.audit.entries import record
from training.audit.models import Action, AuditEntry, Via
from training.certification.assigning import end_assignment
from training.certification.chain import verify_chain
from training.certification.models import CertificationRecord
from training.certification.retention import pseudonymise
from training.people.models import Delegation

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


# The audit log ---------------------------------------------------------------------------------

LEAVER_TRACES = (
    "gone@example.org",
    "g.oldcastle@example.org",
    "gwendolyn",
    "goneworth",
    "oldcastle",
)


def _leaver_with_a_history(other_first_name="Sam"):
    """A leaver who changed name and address once, managed someone, was given a role, and whose
    address an export's filters held; and the colleague she delegated to and renamed."""
    user = UserFactory(
        email="g.oldcastle@example.org",
        first_name="Gwendolyn",
        last_name="Oldcastle",
        date_joined=LEFT - timedelta(days=900),
    )
    user.email, user.last_name = "gone@example.org", "Goneworth"
    user.save()
    employee, _ = _leaver()  # the factory finds her account by its address
    colleague = EmployeeFactory(user__first_name=other_first_name, user__last_name="Stay")
    with acting(user=employee.user):
        Delegation.objects.create(
            manager=employee, delegate=colleague.user, created_at=LEFT, expires_at=LEFT
        )
        colleague.user.last_name = "Stayer"
        colleague.user.save()
    employee.user.groups.add(Group.objects.create(name="Reviewers"))
    record(action=Action.EXPORTED, after={"filters": {"q": ["x", "GONE@Example.org"]}})
    return employee, colleague


def user_entry(action, user):
    return AuditEntry.objects.get(action=action, content_type__model="user", object_id=user.pk)


def _log_as_text() -> list[str]:
    rows = AuditEntry.objects.order_by("id").values_list(
        "who", "object_text", "object_id", "before", "after"
    )
    return [json.dumps(row, ensure_ascii=False).casefold() for row in rows]


def test_the_audit_log_forgets_the_leaver_and_keeps_everyone_else(db):
    employee, colleague = _leaver_with_a_history()
    entries = AuditEntry.objects.count()
    assert any("gone@example.org" in row for row in _log_as_text())

    call_command("apply_retention", now=NOW.isoformat(), verbosity=0)

    assert AuditEntry.objects.count() == entries + 1  # every entry kept, and one more
    for row in _log_as_text():
        assert not [trace for trace in LEAVER_TRACES if trace in row], row
    delegated = AuditEntry.objects.get(action=Action.CREATED, content_type__model="delegation")
    assert delegated.who == f"leaver-{employee.pk}@pseudonymised.invalid"
    assert delegated.object_text.startswith(f"Former employee ({employee.employee_number}) → ")
    assert "Sam Stay until" in delegated.object_text and delegated.pseudonymised_at == NOW
    renamed = user_entry(Action.CHANGED, colleague.user)
    assert renamed.object_text == "Sam Stayer"
    assert (renamed.before, renamed.after) == ({"last_name": "Stay"}, {"last_name": "Stayer"})
    own_change = user_entry(Action.CHANGED, employee.user)
    assert own_change.before == {
        "email": f"leaver-{employee.pk}@pseudonymised.invalid",
        "last_name": "Former employee",
    }

    done = AuditEntry.objects.get(after={"pseudonymised": True})
    assert (done.via, done.action, done.object_id) == (
        Via.COMMAND,
        Action.CHANGED,
        str(employee.pk),
    )
    assert done.content_type.model == "employee"
    assert done.object_text == f"Employee {employee.employee_number}"


def test_a_namesake_keeps_their_name(db):
    employee, colleague = _leaver_with_a_history(other_first_name="Gwendolyn")
    call_command("apply_retention", now=NOW.isoformat(), verbosity=0)
    delegated = AuditEntry.objects.get(action=Action.CREATED, content_type__model="delegation")
    assert f"({employee.employee_number}) → Gwendolyn Stay until" in delegated.object_text
    assert "Former employee" in delegated.object_text
    joined = user_entry(Action.CREATED, colleague.user)
    assert joined.after["first_name"] == "Gwendolyn" and joined.pseudonymised_at is None


def test_re_running_leaves_the_audit_log_as_it_was(db):
    _leaver_with_a_history()
    call_command("apply_retention", now=NOW.isoformat(), verbosity=0)
    log = list(AuditEntry.objects.order_by("id").values())
    call_command("apply_retention", now=(NOW + timedelta(days=30)).isoformat(), verbosity=0)
    assert list(AuditEntry.objects.order_by("id").values()) == log
    assert AuditEntry.objects.filter(after={"pseudonymised": True}).count() == 1


def test_the_audit_log_costs_two_reads_and_one_update_per_entry_changed(db):
    employee, _ = _leaver_with_a_history()
    employee = type(employee).objects.select_related("user").get(pk=employee.pk)
    with CaptureQueriesContext(connection) as queries:
        pseudonymise(employee=employee, at=NOW)
    on_the_log = [q["sql"] for q in queries if '"audit_auditentry"' in q["sql"]]
    reads = [sql for sql in on_the_log if sql.startswith("SELECT")]
    updates = [sql for sql in on_the_log if sql.startswith("UPDATE")]
    assert len(reads) == 2
    assert len(updates) == AuditEntry.objects.filter(pseudonymised_at=NOW).count() > 5
