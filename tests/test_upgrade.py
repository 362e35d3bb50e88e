"""A database from before training became a package of apps upgrades losing nothing.

The rooms took over training's tables by migration (state moved, content types relabelled, tables
and indexes renamed). This test fills a database with an organisation's history, takes the schema
back to the old layout (training 0005, every table `training_*`, every content type `training.*`),
checks the data sits there, then migrates forward again and compares: every row, every id, every
record's hash, every content type and permission, and `verify_records` still passing.

`.ci/upgrade-check` does the same from the other end: the old code itself seeds a database, and
the new code migrates it.
"""

from datetime import UTC, datetime, timedelta

import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from tests.factories import EmployeeFactory
from tests.helpers import complete_course
from training.certification.assigning import assign, grant_exemption, grant_extension
from training.certification.issuing import verify_chain
from training.certification.models import (
    CertificationProgram,
    CertificationRecord,
    RoleRequirement,
)
from training.certification.programs import ANNUAL_PROGRAM
from training.oversight.api_admin import issue_api_client
from training.people.models import Delegation
from training.people.roles import AUDITORS, COMPLIANCE_OFFICERS, role_group

ROOMS = ("people", "learning", "certification", "oversight")
OLD_LAYOUT = [("training", "0005_oversight"), *[(room, None) for room in ROOMS]]
MOVED = {
    "people": ["department", "jobrole", "employee", "delegation"],
    "learning": ["lessoncompletion", "modulecompletion", "courseattestation"],
    "certification": [
        "certificationprogram",
        "rolerequirement",
        "assignment",
        "assignmentevent",
        "extension",
        "exemption",
        "certificationrecord",
        "chainhead",
        "reminder",
    ],
    "oversight": ["exportlog", "apiclient"],
}


def migrate(targets):
    executor = MigrationExecutor(connection)
    if targets is None:
        targets = executor.loader.graph.leaf_nodes()
    executor.migrate(targets)
    ContentType.objects.clear_cache()


def tables() -> set[str]:
    with connection.cursor() as cursor:
        return set(connection.introspection.table_names(cursor))


def count_rows(table: str) -> int:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")
        return cursor.fetchone()[0]


def snapshot() -> dict:
    counts = {
        model: count_rows(f"{room}_{model}") for room, models in MOVED.items() for model in models
    }
    counts["certificationprogram_courses"] = count_rows(
        "certification_certificationprogram_courses"
    )
    return {
        "counts": counts,
        "hashes": list(CertificationRecord.objects.order_by("id").values_list("id", "hash")),
        "content_types": {
            (ct.app_label, ct.model): ct.pk
            for ct in ContentType.objects.filter(app_label__in=ROOMS)
        },
        "group_permissions": {
            group.name: sorted(group.permissions.values_list("pk", flat=True))
            for group in Group.objects.all()
        },
        "permissions": sorted(Permission.objects.values_list("pk", "codename")),
    }


@pytest.fixture
def history(course_tx):
    """An organisation with every kind of row the rooms own."""
    course = course_tx
    program = CertificationProgram.objects.get(name=ANNUAL_PROGRAM)
    officer = EmployeeFactory(
        user__email="officer@example.org", user__groups=[role_group(COMPLIANCE_OFFICERS)]
    ).user
    role_group(AUDITORS)  # as migration oversight.0003 made it (a transactional test flushes it)
    start = datetime(2026, 1, 5, 9, tzinfo=UTC)
    boss = EmployeeFactory()
    people = [EmployeeFactory(manager=boss, hire_date=start.date()) for _ in range(4)]
    assignments = [assign(employee=p, program=program, at=start)[0] for p in people]
    for person in people[:2]:
        complete_course(person.user, course, at=start + timedelta(days=3))
    grant_extension(
        assignment=assignments[2],
        new_due_date=(start + timedelta(days=60)).date(),
        reason="Parental leave",
        approver=officer,
        at=start + timedelta(days=4),
    )
    grant_exemption(assignment=assignments[3], reason="Secondment", approver=officer, at=start)
    Delegation.objects.create(
        manager=boss,
        delegate=officer,
        created_at=start,
        expires_at=start + timedelta(days=30),
    )
    issue_api_client(name="warehouse", created_by=officer)
    RoleRequirement.objects.create(job_role=boss.job_role, program=program)
    call_command("run_schedules", now=(start + timedelta(days=31)).isoformat(), verbosity=0)
    call_command("export_certifications", output="/dev/null", verbosity=0)


def test_the_old_layout_upgrades_keeping_every_row_hash_and_permission(history):
    before = snapshot()
    assert before["counts"]["certificationrecord"] == 2
    assert all(before["counts"].values()), before["counts"]
    assert verify_chain().ok

    migrate(OLD_LAYOUT)
    try:
        old_tables = tables()
        for room, models in MOVED.items():
            for model in models:
                assert f"training_{model}" in old_tables
                assert f"{room}_{model}" not in old_tables
                assert ContentType.objects.filter(app_label="training", model=model).exists()
                assert not ContentType.objects.filter(app_label=room, model=model).exists()
        assert count_rows("training_certificationrecord") == 2
    finally:
        migrate(None)  # the next test needs the current schema whatever happened here

    after = snapshot()
    assert after == before
    assert verify_chain().ok
    assert not any(table.startswith("training_") for table in tables())
