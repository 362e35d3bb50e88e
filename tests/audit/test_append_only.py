"""An audit entry is written once: Python refuses changing or removing one, and on PostgreSQL
so does the database, for anyone with SQL access. The one exception is retention's: a leaver's
name and email replaced by a pseudonym, stamped with when."""

from datetime import UTC, datetime

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


PSEUDONYMS = {"ann.lee@example.org": "leaver-7@pseudonymised.invalid", "Ann Lee": "Former employee"}
NOW = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def naming_ann(db):
    return AuditEntry.objects.create(
        at=datetime(2025, 1, 2, tzinfo=UTC),
        who="Ann.Lee@Example.org",
        via="ui",
        action=Action.CHANGED,
        object_id="12",
        object_text="Ann Lee → Bob Annleeson until 2025-02-01",
        before={"first_name": "Ann", "people": [{"name": "Ann Lee", "n": 3}], "note": "Annie"},
        after={"first_name": "Anne", "cc": ["ann.lee@example.org", "bob@example.org"]},
    )


def test_pseudonymising_replaces_a_person_in_text_and_json_and_nothing_else(naming_ann, entry):
    changed = AuditEntry.objects.filter(pk__in=[naming_ann.pk, entry.pk]).pseudonymise(
        texts=PSEUDONYMS, values={"Ann": "Former employee", "Lee": "Former employee"}, at=NOW
    )
    assert changed == 1
    ann = AuditEntry.objects.get(pk=naming_ann.pk)
    assert ann.who == "leaver-7@pseudonymised.invalid"
    assert ann.object_text == "Former employee → Bob Annleeson until 2025-02-01"
    assert ann.before == {
        "first_name": "Former employee",  # a whole value; “Annie” and “Anne” are someone else
        "people": [{"name": "Former employee", "n": 3}],
        "note": "Annie",
    }
    assert ann.after == {
        "first_name": "Anne",
        "cc": ["leaver-7@pseudonymised.invalid", "bob@example.org"],
    }
    assert ann.pseudonymised_at == NOW
    assert (ann.at, ann.action, ann.object_id) == (naming_ann.at, Action.CHANGED, "12")
    assert AuditEntry.objects.get(pk=entry.pk).pseudonymised_at is None  # named no one


def test_a_pseudonymised_entry_is_still_never_saved_or_updated(naming_ann):
    AuditEntry.objects.filter(pk=naming_ann.pk).pseudonymise(texts=PSEUDONYMS, values={}, at=NOW)
    ann = AuditEntry.objects.get(pk=naming_ann.pk)
    ann.who = "Ann.Lee@Example.org"
    with pytest.raises(AppendOnlyError):
        ann.save()
    with pytest.raises(AppendOnlyError):
        AuditEntry.objects.filter(pk=ann.pk).update(who="Ann.Lee@Example.org")
    assert AuditEntry.objects.get(pk=ann.pk).who == "leaver-7@pseudonymised.invalid"


def test_entries_naming_a_person_are_found_by_who_object_and_text(naming_ann, entry):
    found = AuditEntry.objects.naming(texts=["ANN.LEE@example.org"])
    assert list(found) == [naming_ann]
    assert list(AuditEntry.objects.naming(texts=["Ann Lee"])) == [naming_ann]
    assert list(AuditEntry.objects.naming(texts=["bob@example.org"])) == [naming_ann]
    assert not AuditEntry.objects.naming(texts=["carol@example.org"]).exists()


def test_a_name_beyond_ascii_is_found_inside_json_on_either_database(db):
    """SQLite stores “ë” in JSON as \\u00eb, PostgreSQL prints it as it is."""
    exported = record(action=Action.EXPORTED, after={"filters": {"q": "Zoë Ångström"}})
    assert list(AuditEntry.objects.naming(texts=["Zoë Ångström"])) == [exported]


def _sql(sql: str, params) -> None:
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql, params)


REFUSED = [
    "UPDATE audit_auditentry SET action = 'deleted', pseudonymised_at = now() WHERE id = %s",
    "UPDATE audit_auditentry SET at = now(), pseudonymised_at = now() WHERE id = %s",
    "UPDATE audit_auditentry SET object_id = '99', pseudonymised_at = now() WHERE id = %s",
    "UPDATE audit_auditentry SET who = 'x', user_id = 1, pseudonymised_at = now() WHERE id = %s",
    "DELETE FROM audit_auditentry WHERE id = %s",
]


@on_postgresql
@pytest.mark.parametrize("sql", [*REFUSED, "UPDATE audit_auditentry SET who = 'x' WHERE id = %s"])
def test_the_database_refuses_anything_but_a_pseudonymisation(naming_ann, sql):
    with pytest.raises(DatabaseError, match="pgtrigger: Cannot"):
        _sql(sql, [naming_ann.pk])
    ann = AuditEntry.objects.get(pk=naming_ann.pk)
    assert (ann.who, ann.object_id, ann.pseudonymised_at) == ("Ann.Lee@Example.org", "12", None)


@on_postgresql
@pytest.mark.parametrize(
    "sql", [*REFUSED, "UPDATE audit_auditentry SET pseudonymised_at = NULL WHERE id = %s"]
)
def test_a_pseudonymised_entry_still_refuses_everything_else(naming_ann, sql):
    AuditEntry.objects.filter(pk=naming_ann.pk).pseudonymise(
        texts={"Ann Lee": "Former employee"}, values={}, at=NOW
    )
    with pytest.raises(DatabaseError, match="pgtrigger: Cannot"):
        _sql(sql, [naming_ann.pk])
    ann = AuditEntry.objects.get(pk=naming_ann.pk)
    assert (ann.who, ann.object_id, ann.pseudonymised_at) == ("Ann.Lee@Example.org", "12", NOW)


@on_postgresql
def test_the_database_allows_a_second_person_in_an_entry_to_be_pseudonymised_later(naming_ann):
    """A delegation names two people, who may leave years apart."""
    _sql(
        "UPDATE audit_auditentry SET who = 'x', pseudonymised_at = %s WHERE id = %s",
        [NOW, naming_ann.pk],
    )
    later = datetime(2027, 1, 1, tzinfo=UTC)
    AuditEntry.objects.filter(pk=naming_ann.pk).pseudonymise(
        texts={"Bob Annleeson": "Former employee"}, values={}, at=later
    )
    ann = AuditEntry.objects.get(pk=naming_ann.pk)
    assert ann.object_text == "Ann Lee → Former employee until 2025-02-01"
    assert (ann.who, ann.pseudonymised_at) == ("x", later)
