"""Records, exports, the evidence pack and the API say how each module was earned."""

import csv
import io
import zipfile
from datetime import UTC, datetime, timedelta

import pytest

from tests.factories import EmployeeFactory
from tests.helpers import complete_course, renew_by_checks
from tests.org import compliance_officer
from training.certification.assigning import assign, open_renewals
from training.certification.issuing import verify_chain
from training.certification.models import CertificationProgram, CertificationRecord
from training.certification.programs import ANNUAL_PROGRAM
from training.oversight.api_admin import issue_api_client
from training.oversight.exports import module_scores

T0 = datetime(2025, 1, 6, 9, 0, tzinfo=UTC)  # renewed before today: report days must be past


@pytest.fixture
def renewed(course):
    """Certified on lessons and quizzes, then renewed by checks, failing the first module's."""
    program = CertificationProgram.objects.get(name=ANNUAL_PROGRAM)
    employee = EmployeeFactory(hire_date=T0.date())
    assignment, _ = assign(employee=employee, program=program, at=T0)
    complete_course(employee.user, course, at=T0 + timedelta(days=10))
    assignment.refresh_from_db()
    open_renewals(at=assignment.renewal_opens_at + timedelta(minutes=1))
    assignment.refresh_from_db()
    renewed_at = assignment.cycle_started_at + timedelta(days=1)
    renew_by_checks(employee.user, course, renewed_at, fail={"m01"})
    return CertificationRecord.objects.get(assignment=assignment, cycle=2)


def test_the_record_says_how_each_module_was_earned(renewed):
    earned = [m["earned_by"] for m in renewed.modules]
    assert earned[0] == "lessons_and_quiz"
    assert set(earned[1:]) == {"renewal_check"}
    assert verify_chain().ok


def test_the_module_scores_cell_names_the_method():
    cell = module_scores(
        [
            {"title": "Comply with the law", "score": "100.00", "earned_by": "renewal_check"},
            {"title": "Be transparent", "score": "80.00", "earned_by": "lessons_and_quiz"},
            {"title": "Older record", "score": "90.00"},
        ]
    )
    assert cell == (
        "Comply with the law: 100 (renewal check); Be transparent: 80 (lessons and quiz); "
        "Older record: 90"
    )


def _csv(content: bytes) -> list[dict]:
    return list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"))))


def test_exports_and_the_evidence_pack_carry_it(client, renewed):
    client.force_login(compliance_officer())
    response = client.get("/compliance/exports/download/", {"kind": "records", "format": "csv"})
    rows = {r["verification_code"]: r for r in _csv(b"".join(response.streaming_content))}
    cell = rows[renewed.verification_code]["module_scores"]
    titles = [m["title"] for m in renewed.modules]
    assert cell.startswith(f"{titles[0]}: 100 (lessons and quiz); {titles[1]}: 100 (renewal check)")

    day = renewed.completed_at.date().isoformat()
    pack = client.get("/compliance/evidence/", {"date_from": day, "date_to": day})
    archive = zipfile.ZipFile(io.BytesIO(b"".join(pack.streaming_content)))
    records = {r["verification_code"]: r for r in _csv(archive.read("records.csv"))}
    assert records[renewed.verification_code]["module_scores"] == cell


def test_the_api_record_includes_it(client, renewed):
    token = issue_api_client(name="Audit", created_by=None)[1]
    response = client.get(
        f"/api/v1/records/{renewed.verification_code}",
        headers={"authorization": f"Bearer {token}"},
    )
    assert response.status_code == 200
    assert [m["earned_by"] for m in response.json()["modules"]] == [
        m["earned_by"] for m in renewed.modules
    ]
