"""An audit entry is written once: Python refuses changing or removing one, and on PostgreSQL
so does the database, for anyone with SQL access."""

import pytest
from django.db import DatabaseError, connection, transaction

from training.audit.entries import record
from training.audit.models import Action, AppendOnlyError, AuditEntry

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the trigger exists on PostgreSQL only"
)


@pytest.fixture
def entry(db):
    return record(action=Action.CHANGED, before={"name": "a"}, after={"name": "b"})


def test_an_entry_cannot_be_saved_again(entry):
    entry.who = "someone else"
    with pytest.raises(AppendOnlyError):
        entry.save()
    assert AuditEntry.objects.get(pk=entry.pk).who == "command"


def test_an_entry_cannot_be_deleted(entry):
    with pytest.raises(AppendOnlyError):
        entry.delete()
    with pytest.raises(AppendOnlyError):
        AuditEntry.objects.filter(pk=entry.pk).delete()
    assert AuditEntry.objects.filter(pk=entry.pk).exists()


def test_a_bulk_update_is_refused(entry):
    with pytest.raises(AppendOnlyError):
        AuditEntry.objects.filter(pk=entry.pk).update(after={"name": "c"})
    assert AuditEntry.objects.get(pk=entry.pk).after == {"name": "b"}


@on_postgresql
@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE audit_auditentry SET who = 'nobody' WHERE id = %s",
        "DELETE FROM audit_auditentry WHERE id = %s",
    ],
)
def test_the_database_refuses_sql_that_rewrites_the_log(entry, sql):
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql, [entry.pk])
    assert AuditEntry.objects.get(pk=entry.pk).who == "command"
