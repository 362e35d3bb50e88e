"""On PostgreSQL the database itself refuses to change or remove evidence (django-pgtrigger).

Raw SQL, as anyone with an ordinary database login would send it: records, assignment events and
the export log refuse UPDATE and DELETE; the two changes the app needs still pass (a record
pseudonymised once; an open export log entry sealed once).
"""

import pytest
from django.db import connection, transaction
from django.db.utils import DatabaseError
from django.utils import timezone

from tests.factories import CertificationRecordFactory
from training.certification.models import AssignmentEvent, CertificationRecord
from training.oversight.exports import _open_log

pytestmark = pytest.mark.postgres_only


@pytest.fixture(autouse=True)
def _postgres(db):
    if connection.vendor != "postgresql":
        pytest.skip("triggers exist on PostgreSQL only; SQLite relies on AppendOnlyError")


def _refused(sql: str, params) -> bool:
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(sql, params)
    except DatabaseError as error:
        assert "pgtrigger: Cannot" in str(error)
        return True
    return False


RECORDS = "certification_certificationrecord"


@pytest.mark.parametrize(
    "sql",
    [
        f"UPDATE {RECORDS} SET modules = '[]' WHERE id = %s",
        f"UPDATE {RECORDS} SET hash = md5(hash) || md5(hash) WHERE id = %s",
        f"UPDATE {RECORDS} SET name = 'Mallory' WHERE id = %s",  # not as a pseudonymisation
        f"DELETE FROM {RECORDS} WHERE id = %s",
    ],
)
def test_records_refuse_update_and_delete(sql):
    record = CertificationRecordFactory()
    assert _refused(sql, [record.pk])
    assert CertificationRecord.objects.get(pk=record.pk).hash == record.hash


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE certification_recordfigures SET minutes = 1 WHERE record_id = %s",
        "DELETE FROM certification_recordfigures WHERE record_id = %s",
    ],
)
def test_a_records_figures_refuse_update_and_delete(sql):
    record = CertificationRecordFactory()
    assert _refused(sql, [record.pk])


def test_a_record_may_be_pseudonymised_once_and_nothing_else_with_it():
    record = CertificationRecordFactory()
    assert _refused(  # a pseudonymisation that also touches a sealed column
        f"UPDATE {RECORDS} SET name = 'X', pseudonymised_at = now(), cycle = 9 WHERE id = %s",
        [record.pk],
    )
    changed = CertificationRecord.objects.filter(pk=record.pk).pseudonymise(
        name="Former employee", email="leaver-1@pseudonymised.invalid", at=timezone.now()
    )
    assert changed == 1
    assert _refused(f"UPDATE {RECORDS} SET name = 'Again' WHERE id = %s", [record.pk])
    assert _refused(f"UPDATE {RECORDS} SET pseudonymised_at = NULL WHERE id = %s", [record.pk])


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE certification_assignmentevent SET explanation = 'x' WHERE id = %s",
        "DELETE FROM certification_assignmentevent WHERE id = %s",
    ],
)
def test_assignment_events_refuse_update_and_delete(sql):
    CertificationRecordFactory()
    from training.certification.assigning import record_event

    record = CertificationRecord.objects.get()
    record_event(record.assignment, AssignmentEvent.Kind.ASSIGNED, timezone.now(), "test")
    event = AssignmentEvent.objects.first()
    assert _refused(sql, [event.pk])


def test_the_export_log_takes_its_seal_once_and_nothing_else():
    log = _open_log(user=None, via="command", kind="records", file_format="csv", filters={})
    table = "oversight_exportlog"
    assert _refused(f"UPDATE {table} SET kind = 'status' WHERE id = %s", [log.pk])
    assert _refused(f"DELETE FROM {table} WHERE id = %s", [log.pk])
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} SET finished_at = now(), row_count = 3, sha256 = 'x' WHERE id = %s",
            [log.pk],
        )
    assert _refused(f"UPDATE {table} SET row_count = 0 WHERE id = %s", [log.pk])
