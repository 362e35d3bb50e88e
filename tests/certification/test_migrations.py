"""Migration 0003_reminder_kinds: the strings once built on the fly become `Reminder.Kind` members
with an occasion, and going back rebuilds the very same strings. Migration 0007_record_figures:
records already issued get the figures issuing stores."""

import importlib
from datetime import UTC, date, datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from tests.certification.test_figures import FIELDS, certify_and_renew, stored
from tests.factories import EmployeeFactory
from training.certification.assigning import assign
from training.certification.models import CertificationProgram, Reminder
from training.certification.models.records import day_occasion

BEFORE = ("certification", "0002_own_tables")
AFTER = ("certification", "0003_reminder_kinds")
migration = importlib.import_module("training.certification.migrations.0003_reminder_kinds")

K = Reminder.Kind
STORED = {  # as the planner and the team view stored them before, and as they are stored now
    "due_in_30": (K.UPCOMING, 30),
    "due_in_1": (K.UPCOMING, 1),
    "due_today": (K.DUE_TODAY, 0),
    "overdue_week_1": (K.OVERDUE, 1),
    "overdue_week_12": (K.OVERDUE, 12),
    "escalation": (K.ESCALATION, 0),
    "manual_2026-05-10": (K.MANUAL, day_occasion(date(2026, 5, 10))),
}


@pytest.mark.parametrize("old, new", STORED.items())
def test_each_old_string_has_one_member_and_back(old, new):
    assert migration.new_kind(old) == new
    assert migration.old_kind(*new) == old


def test_an_unknown_string_stops_the_migration_rather_than_guess():
    with pytest.raises(ValueError, match="'due_soon'"):
        migration.new_kind("due_soon")


def migrate(target):
    executor = MigrationExecutor(connection)
    executor.migrate([target])
    return executor.loader.project_state([target]).apps


def test_the_migration_converts_stored_reminders_both_ways(transactional_db):
    at = datetime(2026, 5, 10, 9, tzinfo=UTC)
    assignment, _ = assign(
        employee=EmployeeFactory(), program=CertificationProgram.objects.create(name="P"), at=at
    )
    for kind, occasion in STORED.values():
        Reminder.objects.create(
            assignment=assignment,
            cycle=1,
            kind=kind,
            occasion=occasion,
            recipient="someone@example.org",
            created_at=at,
        )
    try:
        old_apps = migrate(BEFORE)
        old = old_apps.get_model("certification", "Reminder").objects
        assert sorted(old.values_list("kind", flat=True)) == sorted(STORED)

        new_apps = migrate(AFTER)
        new = new_apps.get_model("certification", "Reminder").objects
        assert sorted(new.values_list("kind", "occasion")) == sorted(STORED.values())
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())


def test_migration_0007_fills_the_figures_issuing_stores(course_tx):
    """Records issued before the figures were stored get those issuing would have given them."""
    certify_and_renew(course_tx, fail={"m01"})
    issued = stored()
    assert len(issued) == 2
    try:
        migrate(("certification", "0006_reminder_unsent_index"))
        filled = migrate(("certification", "0007_record_figures"))
        figures = filled.get_model("certification", "RecordFigures").objects
        assert sorted(figures.values_list(*FIELDS, "by_check")) == issued
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())
