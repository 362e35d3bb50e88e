"""Exports and the evidence pack: /compliance/exports/, /compliance/evidence/ and the command."""

import csv
import hashlib
import io
import json
import zipfile
from datetime import UTC, date, datetime, timedelta

import openpyxl
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from quizzes.models import Quiz
from tests.factories import DepartmentFactory, EmployeeFactory, JobRoleFactory
from tests.helpers import complete_course, delete_record, tamper
from tests.org import auditor, build_org, compliance_officer
from training.certification.assigning import assign, end_assignment, grant_extension
from training.certification.chain import checkpoint_is_genuine
from training.certification.models import Assignment, CertificationProgram, CertificationRecord
from training.certification.programs import ANNUAL_PROGRAM
from training.oversight.evidence import content_revisions
from training.oversight.exports import (
    RECORD_HEADER,
    STATUS_HEADER,
    ExportFilters,
    run_export,
)
from training.oversight.models import ExportLog

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
DOWNLOAD = "/compliance/exports/download/"
EVIDENCE = "/compliance/evidence/"


@pytest.fixture
def program(course):
    return CertificationProgram.objects.get(name=ANNUAL_PROGRAM)


@pytest.fixture
def officer(db):
    return compliance_officer()


@pytest.fixture
def officer_client(client, officer):
    client.force_login(officer)
    return client


@pytest.fixture
def org(program, course, officer):
    """Four people assigned on T0: Alice certified, Bob certified and then left, Carol never
    started (overdue, extended later), and one whose every field looks like a formula."""
    people = {}

    def person(key, **fields):
        employee = EmployeeFactory(**fields)
        assignment, _ = assign(employee=employee, program=program, at=T0)
        people[key] = assignment
        return employee

    alice = person("alice", user__first_name="Alice", user__last_name="Archer")
    bob = person("bob", user__first_name="Bob", user__last_name="Baker")
    person("carol", user__first_name="Carol", user__last_name="Cole")
    formula = person(
        "formula",
        employee_number="\tx",
        user__first_name="=SUM(1)",
        user__last_name="Formula",
        user__email="+1@example.org",
        department=DepartmentFactory(name="-2"),
        job_role=JobRoleFactory(name="@x"),
    )
    complete_course(formula.user, course, at=T0 + timedelta(days=5))
    complete_course(alice.user, course, at=T0 + timedelta(days=10))
    complete_course(bob.user, course, at=T0 + timedelta(days=12))
    end_assignment(assignment=people["bob"], at=T0 + timedelta(days=40), reason="Left")
    bob.active = False
    bob.save()
    grant_extension(
        assignment=people["carol"],
        new_due_date=date(2026, 12, 31),
        reason="Long leave",
        approver=officer,
        at=T0 + timedelta(days=50),
    )
    for assignment in people.values():
        assignment.refresh_from_db()
    return people


def download(client, **params):
    response = client.get(DOWNLOAD, params)
    assert response.status_code == 200, response.content[:500]
    assert response.streaming
    assert response["Content-Disposition"].startswith("attachment; filename=")
    return b"".join(response.streaming_content)


def csv_rows(content: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(content.decode())))


def xlsx_rows(content: bytes) -> list[tuple]:
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    return list(sheet.iter_rows(values_only=True))


def iso(moment):
    return moment.astimezone(UTC).isoformat() if moment else None


def shown(text: str) -> str:
    """How a spreadsheet cell must show text: formula-like text behind an apostrophe."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r", "\n") else text


def earned(module: dict) -> str:
    labels = {"lessons_and_quiz": " (lessons and quiz)", "renewal_check": " (renewal check)"}
    return labels.get(module.get("earned_by"), "")


def expected_records() -> list[list]:
    return [
        [
            r.verification_code,
            shown(r.employee_number),
            shown(r.name),
            shown(r.email),
            shown(r.department),
            shown(r.job_role),
            r.program_name,
            str(r.cycle),
            iso(r.completed_at),
            iso(r.expires_at),
            "; ".join(f"{m['title']}: 100{earned(m)}" for m in r.modules),
            r.hash,
            r.previous_hash,
        ]
        for r in CertificationRecord.objects.order_by("id")
    ]


# The files hold what the database holds --------------------------------------------------------


def test_records_csv_matches_the_database_row_for_row(officer_client, org):
    rows = csv_rows(download(officer_client, kind="records", format="csv"))
    assert rows[0] == RECORD_HEADER
    assert rows[1:] == expected_records()
    # The leaver's record is there, and the formula-like person's cells cannot run.
    assert org["bob"].employee.active is False
    by_number = {row[1]: row for row in rows[1:]}
    assert by_number[org["bob"].employee.employee_number][2] == "Bob Baker"
    assert by_number["'\tx"][2:6] == ["'=SUM(1) Formula", "'+1@example.org", "'-2", "'@x"]


def test_records_xlsx_matches_the_csv(officer_client, org):
    rows = xlsx_rows(download(officer_client, kind="records", format="xlsx"))
    assert list(rows[0]) == RECORD_HEADER
    expected = [[int(v) if i == 7 else v for i, v in enumerate(row)] for row in expected_records()]
    assert [list(row) for row in rows[1:]] == expected


def test_records_json_keeps_the_raw_values(officer_client, org):
    data = json.loads(download(officer_client, kind="records", format="json"))
    assert [item["verification_code"] for item in data] == list(
        CertificationRecord.objects.order_by("id").values_list("verification_code", flat=True)
    )
    assert set(data[0]) == set(RECORD_HEADER)
    formula = next(item for item in data if item["employee_number"] == "\tx")
    assert (formula["name"], formula["department"]) == ("=SUM(1) Formula", "-2")
    assert formula["cycle"] == 1


def expected_status(at) -> dict[str, list]:
    rows = Assignment.objects.with_status(at=at).select_related(
        "employee__user", "employee__department", "employee__job_role", "program"
    )
    expected = {}
    for a in rows:
        due = a.as_of_due_at if at else a.due_at
        valid = a.as_of_valid_until if at else a.valid_until
        expected[a.employee.employee_number] = [
            shown(a.employee.employee_number),
            shown(a.employee.user.get_full_name()),
            shown(a.employee.user.email),
            shown(a.employee.department.name),
            shown(a.employee.job_role.name),
            a.employee.active,
            a.program.name,
            a.status,
            iso(due),
            iso(valid),
            iso(a.assigned_at),
            iso(a.ended_at),
        ]
    return expected


def test_status_as_of_a_past_date_in_xlsx_matches_history(officer_client, org):
    as_of = date(2026, 4, 6)  # Carol overdue, Bob not yet gone, Carol's extension not yet granted
    rows = xlsx_rows(download(officer_client, kind="status", format="xlsx", as_of="2026-04-06"))
    assert list(rows[0]) == STATUS_HEADER
    at = datetime(2026, 4, 6, 23, 59, 59, 999999, tzinfo=UTC)
    expected = expected_status(at)
    ours = {a.employee.employee_number for a in org.values()}
    got = {row[0]: list(row) for row in rows[1:] if row[0].lstrip("'") in ours}
    assert got == {shown(number): expected[number] for number in ours}
    statuses = {row[1]: row[7] for row in got.values()}
    assert statuses == {
        "Alice Archer": "certified",
        "Bob Baker": "certified",
        "Carol Cole": "overdue",
        "'=SUM(1) Formula": "certified",
    }
    bob = got[org["bob"].employee.employee_number]
    assert (bob[5], bob[11]) == (False, iso(org["bob"].ended_at))  # a leaver, ended later
    carol = got[org["carol"].employee.employee_number]
    assert carol[8] < as_of.isoformat() < iso(org["carol"].due_at)  # the due date then, not now


def test_status_csv_now_and_after_an_assignment_ended(officer_client, org):
    now_rows = csv_rows(download(officer_client, kind="status", format="csv"))
    ours = {a.employee.employee_number for a in org.values()} - {
        org["bob"].employee.employee_number
    }
    expected = expected_status(None)
    text = {
        k: ["" if v is None else str(v).lower() if isinstance(v, bool) else v for v in row]
        for k, row in expected.items()
    }
    got = {row[0]: row for row in now_rows[1:]}
    assert {number: got[shown(number)] for number in ours} == {n: text[n] for n in ours}
    # Bob's assignment ended on day 40: it is in the export of day 39, not of day 41.
    bob = org["bob"].employee.employee_number
    before = csv_rows(download(officer_client, kind="status", as_of="2026-04-10"))
    after = csv_rows(download(officer_client, kind="status", as_of="2026-04-12"))
    assert bob in [row[0] for row in before] and bob not in [row[0] for row in after]
    assert bob not in got


def test_filters_narrow_the_rows(officer_client, org):
    records = csv_rows(download(officer_client, date_from="2026-03-12", date_to="2026-03-12"))
    assert [row[2] for row in records[1:]] == ["Alice Archer"]
    department = org["formula"].employee.department
    records = csv_rows(download(officer_client, department=department.pk))
    assert [row[4] for row in records[1:]] == ["'-2"]
    overdue = csv_rows(
        download(officer_client, kind="status", status="overdue", as_of="2026-04-06")
    )
    assert [row[1] for row in overdue[1:]] == ["Carol Cole"]


def test_the_scope_limits_rows_to_the_employees_given(org):
    alice = org["alice"].employee
    _, _, chunks = run_export(
        user=None, via="api", filters=ExportFilters(kind="status"), scope={alice.pk}
    )
    rows = csv_rows(b"".join(chunks))
    assert [row[0] for row in rows[1:]] == [alice.employee_number]


# Refusals ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("kind=records&kind=status", "Give “kind” once."),
        ("format=csv&format=json", "Give “format” once."),
        ("program=1&program=1", "Give “program” once."),
        ("colour=red", "Unknown parameter “colour”."),
        ("format=pdf", "“format” must be one of csv, xlsx, json"),
        ("program=999999", "“program”: there is no certification program with id “999999”."),
        ("department=abc", "“department”: there is no department"),
        ("kind=status&status=happy", "“status” must be one of"),
        ("kind=status&as_of=2026-02-30", "“as_of” must be a date as YYYY-MM-DD"),
        ("kind=status&as_of=2999-01-01", "“as_of” cannot be in the future."),
        ("date_from=2026-05-01&date_to=2026-04-01", "“date_from” is after the end date."),
        ("kind=records&as_of=2026-01-01", "“as_of” applies to status exports only."),
        ("kind=status&date_from=2026-01-01", "“date_from” applies to records exports only."),
    ],
)
def test_bad_parameters_are_refused_with_400_and_no_file(officer_client, program, query, message):
    response = officer_client.get(f"{DOWNLOAD}?{query}")
    assert response.status_code == 400
    assert not response.streaming
    assert "Content-Disposition" not in response
    assert message in response.content.decode()
    assert not ExportLog.objects.exists()


@pytest.mark.parametrize(
    "query",
    [
        "",
        "date_from=2026-01-01",
        "date_from=2026-02-01&date_to=2026-01-01",
        "date_to=x&date_from=y",
        "date_from=2026-01-01&date_to=2026-01-31&date_to=2026-02-28",
        "date_from=2026-01-01&date_to=2026-01-31&kind=records",
    ],
)
def test_a_bad_evidence_window_is_refused(officer_client, query):
    response = officer_client.get(f"{EVIDENCE}?{query}")
    assert response.status_code == 400
    assert "Content-Disposition" not in response
    assert "No file was produced" in response.content.decode()
    assert not ExportLog.objects.exists()


# Who may export ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url", ["/compliance/exports/", DOWNLOAD, f"{EVIDENCE}?date_from=2026-01-01&date_to=2026-01-31"]
)
def test_employees_and_managers_are_refused_and_the_anonymous_sent_to_sign_in(client, db, url):
    worker = EmployeeFactory()
    manager = EmployeeFactory()
    EmployeeFactory(manager=manager)
    for person in (worker, manager):
        client.force_login(person.user)
        assert client.get(url).status_code == 403
    client.logout()
    response = client.get(url)
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    assert not ExportLog.objects.exists()


def test_an_auditor_may_export_and_download_the_evidence_pack(client, org):
    client.force_login(auditor())
    assert client.get("/compliance/exports/").status_code == 200
    rows = csv_rows(download(client, kind="status"))
    assert len(rows) > 1
    response = client.get(EVIDENCE, {"date_from": "2026-03-01", "date_to": "2026-03-31"})
    assert response.status_code == 200
    assert zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content))).testzip() is None


def test_the_export_page_offers_every_kind_and_format(officer_client, program):
    page = officer_client.get("/compliance/exports/", {"as_of": "2026-04-06"}).content.decode()
    assert page.count(f'action="{DOWNLOAD}"') == 2 and f'action="{EVIDENCE}"' in page
    assert page.count('name="format" value="xlsx"') == 2
    assert 'value="2026-04-06"' in page  # the dashboard's day carries over


# The log and the cost ----------------------------------------------------------------------------


def test_the_log_holds_the_row_count_and_the_sha256_of_the_bytes_sent(officer_client, officer, org):
    program = org["alice"].program
    content = download(officer_client, kind="records", format="xlsx", program=program.pk)
    log = ExportLog.objects.get()
    assert (log.user, log.via, log.kind, log.file_format) == (officer, "ui", "records", "xlsx")
    assert log.filters == {"program": program.pk}
    assert log.row_count == 3
    assert log.sha256 == hashlib.sha256(content).hexdigest()
    assert log.started_at <= log.finished_at


def _bulk_records(count: int, assignment: Assignment, start: int) -> None:
    at = T0 + timedelta(days=1)
    CertificationRecord.objects.bulk_create(
        CertificationRecord(
            assignment=assignment,
            employee=assignment.employee,
            program=assignment.program,
            program_name=assignment.program.name,
            cycle=start + i,
            employee_number=assignment.employee.employee_number,
            name="Bulk Person",
            email="bulk@example.org",
            department="Support",
            job_role="Agent",
            personal_digest="0" * 64,
            completed_at=at,
            expires_at=at + timedelta(days=365),
            modules=[{"title": "Comply with the law", "score": "100.00"}],
            revisions={},
            attestation_text="I agree.",
            attested_at=at,
            explanation="bulk",
            verification_code=f"BULK-{start + i:09d}",
            previous_hash="0" * 64,
            hash=f"{start + i:064d}",
            issued_at=at,
        )
        for i in range(count)
    )


def _queries_for(client, params) -> int:
    with CaptureQueriesContext(connection) as queries:
        download(client, **params)
    return len(queries)


@pytest.mark.parametrize(
    "params",
    [
        {"kind": "records", "format": "csv"},
        {"kind": "records", "format": "json"},
        {"kind": "status", "format": "csv"},
        {"kind": "status", "format": "xlsx", "as_of": "2026-02-01"},
    ],
)
def test_an_export_costs_the_same_queries_for_10_rows_as_for_1000(officer_client, params):
    _, _, people, program = build_org(10, prefix="a")
    _bulk_records(10, Assignment.objects.get(employee=people[0]), start=1)
    few = _queries_for(officer_client, params)
    build_org(990, prefix="b")
    _bulk_records(990, Assignment.objects.get(employee=people[0]), start=11)
    many = _queries_for(officer_client, params)
    assert few == many
    assert ExportLog.objects.order_by("started_at").last().row_count == 1000


# The command ------------------------------------------------------------------------------------


def test_the_command_writes_the_same_csv_as_the_page(officer_client, org, tmp_path):
    program = org["alice"].program
    page = download(officer_client, kind="status", as_of="2026-04-06", program=program.pk)
    target = tmp_path / "status.csv"
    call_command(
        "export_certifications",
        "--kind=status",
        "--as-of=2026-04-06",
        f"--program={program.pk}",
        f"--output={target}",
    )
    assert target.read_bytes() == page
    stdout = io.StringIO()
    call_command(
        "export_certifications",
        "--kind=status",
        "--as-of=2026-04-06",
        f"--program={program.pk}",
        stdout=stdout,
    )
    assert stdout.getvalue().encode() == page
    logs = ExportLog.objects.filter(via="command")
    assert logs.count() == 2 and {log.user for log in logs} == {None}
    assert {log.sha256 for log in logs} == {hashlib.sha256(page).hexdigest()}


@pytest.mark.parametrize(
    ("options", "named"),
    [
        (["--date-from=2026-13-01"], "--date-from"),
        (["--kind=status", "--as-of=tomorrow"], "--as-of"),
        (["--role=0"], "--role"),
        (["--format=xlsx"], "--output"),
        (["--kind=records", "--status=overdue"], "--status"),
    ],
)
def test_the_command_refuses_bad_options_and_writes_nothing(db, tmp_path, options, named):
    target = tmp_path / "out.csv"
    extra = [] if named == "--output" else [f"--output={target}"]
    with pytest.raises(CommandError) as failure:
        call_command("export_certifications", *options, *extra)
    assert str(failure.value).startswith(named)
    assert not target.exists() and list(tmp_path.iterdir()) == []
    assert not ExportLog.objects.exists()


def test_the_command_writes_xlsx_to_a_file(org, tmp_path):
    target = tmp_path / "records.xlsx"
    call_command("export_certifications", "--format=xlsx", f"--output={target}")
    rows = xlsx_rows(target.read_bytes())
    assert len(rows) == 1 + CertificationRecord.objects.count()


def test_the_command_writes_into_a_pipe_and_leaves_it_a_pipe(org, tmp_path):
    """`--output /dev/null` (or a named pipe) is written to, never replaced by a regular file:
    run as root, the rename that keeps partial files away once turned /dev/null into one."""
    import os
    import stat
    import threading

    pipe = tmp_path / "records.csv"
    os.mkfifo(pipe)
    received = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()), daemon=True)
    reader.start()
    call_command("export_certifications", f"--output={pipe}", verbosity=0)
    reader.join(timeout=30)
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)
    assert received and received[0].count(b"\n") == 1 + CertificationRecord.objects.count()


# The evidence pack -------------------------------------------------------------------------------


def test_the_evidence_pack_is_complete_and_sealed(officer_client, officer, org):
    response = officer_client.get(EVIDENCE, {"date_from": "2026-03-10", "date_to": "2026-03-13"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    content = b"".join(response.streaming_content)
    archive = zipfile.ZipFile(io.BytesIO(content))
    names = set(archive.namelist())
    assert names == {
        "records.csv",
        "status_as_of_2026-03-13.csv",
        "programs.json",
        "content_revisions.csv",
        "verification.txt",
        "checkpoint.json",
        "manifest.json",
    }
    manifest = json.loads(archive.read("manifest.json"))
    assert {f["name"] for f in manifest["files"]} == names - {"manifest.json"}
    for entry in manifest["files"]:
        data = archive.read(entry["name"])
        assert entry["sha256"] == hashlib.sha256(data).hexdigest()
        assert entry["size"] == len(data)
    assert "the chain is intact" in archive.read("verification.txt").decode()
    # Only the window's records: Alice finished on the 12th; the others on the 7th and 14th.
    records = csv_rows(archive.read("records.csv"))
    assert [row[0] for row in records[1:]] == [org["alice"].records.get().verification_code]
    status = csv_rows(archive.read("status_as_of_2026-03-13.csv"))
    assert {row[1] for row in status[1:]} >= {"Alice Archer", "Bob Baker", "Carol Cole"}
    programs = json.loads(archive.read("programs.json"))
    annual = next(p for p in programs if p["name"] == ANNUAL_PROGRAM)
    assert [c["id"] for c in annual["courses"]] == [org["alice"].program.courses.get().pk]
    log = ExportLog.objects.get(kind="evidence_pack")
    assert (log.user, log.file_format) == (officer, "zip")
    assert log.filters == {"date_from": "2026-03-10", "date_to": "2026-03-13"}
    assert log.sha256 == hashlib.sha256(content).hexdigest()
    assert log.row_count == (len(records) - 1) + (len(status) - 1)


def test_a_tampered_chain_shows_in_the_evidence_pack(officer_client, org):
    record = CertificationRecord.objects.order_by("id").first()
    tamper(
        "UPDATE certification_certificationrecord SET name = 'Mallory' WHERE id = %s",
        [record.pk],
    )
    response = officer_client.get(EVIDENCE, {"date_from": "2026-03-01", "date_to": "2026-03-31"})
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    text = archive.read("verification.txt").decode()
    assert text.startswith("BROKEN") and f"record #{record.pk}" in text


def test_content_revisions_lists_what_was_live_during_the_window(course):
    lesson = course.lessons().first()
    old = lesson.live_revision_id
    new = lesson.save_revision()
    new.publish()
    today = timezone.now().date()
    rows = list(content_revisions(today - timedelta(days=1), today))
    pages = {(row[1], row[3]): row for row in rows if row[0] == "page"}
    assert (lesson.pk, old) in pages and (lesson.pk, new.pk) in pages
    assert pages[(lesson.pk, old)][6] == pages[(lesson.pk, new.pk)][5]  # replaced when republished
    assert pages[(lesson.pk, new.pk)][6] is None  # live still
    assert {row[1] for row in rows if row[0] == "page"} >= set(
        course.lessons().values_list("id", flat=True)
    )
    assert len([row for row in rows if row[0] == "quiz"]) == Quiz.objects.count() == 14
    assert list(content_revisions(date(2020, 1, 1), date(2020, 12, 31))) == []
    # After the republication, only the new revision is live.
    later = today + timedelta(days=1)
    current = [
        row for row in content_revisions(later, later) if row[0] == "page" and row[1] == lesson.pk
    ]
    assert [row[3] for row in current] == [new.pk]


# Chain checkpoints: every export leaves one behind (issue 9, item 5) ---------------------------


def test_every_export_logs_a_signed_checkpoint_of_the_chain(officer_client, org):
    b"".join(officer_client.get(DOWNLOAD, {"kind": "records", "format": "csv"}).streaming_content)
    call_command("export_certifications", output="/dev/null", verbosity=0)
    logs = list(ExportLog.objects.order_by("id"))
    assert len(logs) == 2
    head = CertificationRecord.objects.order_by("id").last()
    for log in logs:
        assert log.checkpoint["records"] == CertificationRecord.objects.count()
        assert log.checkpoint["head"] == head.hash
        assert checkpoint_is_genuine(log.checkpoint)


def test_the_evidence_pack_carries_the_checkpoint_it_logged(officer_client, org):
    response = officer_client.get(EVIDENCE, {"date_from": "2026-03-01", "date_to": "2026-03-31"})
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    log = ExportLog.objects.get(kind="evidence_pack")
    assert json.loads(archive.read("checkpoint.json")) == log.checkpoint
    assert checkpoint_is_genuine(log.checkpoint)


def test_records_deleted_after_an_export_are_caught_by_its_logged_checkpoint(org):
    call_command("export_certifications", output="/dev/null", verbosity=0)
    records = list(CertificationRecord.objects.order_by("id"))
    delete_record(records[-1].pk)
    tamper("UPDATE certification_chainhead SET last_hash = %s", [records[-2].hash])
    with pytest.raises(CommandError) as failure:
        call_command("verify_records")
    assert failure.value.returncode == 3 and "truncated" in str(failure.value)
