"""One "as of day D" moment and one day-range rule, shared by the dashboard, the trend, the exports,
the evidence pack and the API: they must agree about an event in the last half second of a day,
in an organisation whose time zone is not UTC."""

import csv
import io
import zipfile
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.test import override_settings

from tests.factories import EmployeeFactory
from tests.helpers import complete_course
from tests.org import compliance_officer
from training.certification.assigning import assign, grant_exemption
from training.certification.models import CertificationProgram, CertificationRecord
from training.certification.programs import ANNUAL_PROGRAM
from training.oversight.api_admin import issue_api_client

ZONE = "America/New_York"
NY = ZoneInfo(ZONE)
# The last day of a month, so the trend has a point on it too.
D = date(2026, 4, 30)
LAST_HALF_SECOND = datetime(2026, 4, 30, 23, 59, 59, 500_000, tzinfo=NY)  # 03:59:59.5 UTC next day
NEXT_DAY = datetime(2026, 5, 1, 0, 0, 0, 200_000, tzinfo=NY)


@pytest.fixture
def organisation(course):
    """Two people assigned in March: one exempted, one certified, both in the last half second
    of D (New York time); a third exempted a moment into the next day."""
    with override_settings(TIME_ZONE=ZONE):
        program = CertificationProgram.objects.get(name=ANNUAL_PROGRAM)
        start = datetime(2026, 3, 2, 9, tzinfo=NY)
        officer = compliance_officer()
        people = {}
        for name in ("exempt", "certified", "late"):
            employee = EmployeeFactory(hire_date=start.date(), time_zone=ZONE)
            people[name] = assign(employee=employee, program=program, at=start)[0]
        grant_exemption(
            assignment=people["exempt"], reason="On leave", approver=officer, at=LAST_HALF_SECOND
        )
        grant_exemption(assignment=people["late"], reason="On leave", approver=officer, at=NEXT_DAY)
        complete_course(people["certified"].employee.user, course, at=LAST_HALF_SECOND)
        yield {**people, "officer": officer, "program": program}


def _csv(data: bytes) -> list[dict]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def _statuses_in(rows: list[dict], organisation) -> dict[str, str]:
    numbers = {a.employee.employee_number: name for name, a in _people(organisation)}
    return {
        numbers[r["employee_number"]]: r["status"] for r in rows if r["employee_number"] in numbers
    }


def _people(organisation):
    return [(n, organisation[n]) for n in ("exempt", "certified", "late")]


EXPECTED = {"exempt": "exempt", "certified": "certified", "late": "overdue"}


@override_settings(TIME_ZONE=ZONE)
def test_dashboard_trend_exports_evidence_and_api_agree_on_day_d(client, organisation):
    client.force_login(organisation["officer"])

    dashboard = client.get("/compliance/", {"as_of": D.isoformat()}).context
    failing = {a.pk for a in dashboard["page"].object_list}
    assert failing == {organisation["late"].pk}
    assert dashboard["overall"]["compliant"] == 2
    point = next(p for p in dashboard["bars"] if p["day"] == D)
    assert point["compliant"] == 2

    export = client.get("/compliance/exports/download/", {"kind": "status", "as_of": D.isoformat()})
    assert _statuses_in(_csv(b"".join(export.streaming_content)), organisation) == EXPECTED

    pack = client.get(
        "/compliance/evidence/", {"date_from": "2026-04-01", "date_to": D.isoformat()}
    )
    archive = zipfile.ZipFile(io.BytesIO(b"".join(pack.streaming_content)))
    status_file = next(n for n in archive.namelist() if "status" in n)
    assert _statuses_in(_csv(archive.read(status_file)), organisation) == EXPECTED

    token = issue_api_client(name="warehouse", created_by=None)[1]
    body = client.get(
        "/api/v1/status", {"as_of": D.isoformat()}, headers={"authorization": f"Bearer {token}"}
    ).json()
    by_id = {item["assignment_id"]: item["status"] for item in body["items"]}
    assert {name: by_id[a.pk] for name, a in _people(organisation)} == EXPECTED


@override_settings(TIME_ZONE=ZONE)
def test_a_record_completed_in_the_last_half_second_belongs_to_day_d_everywhere(
    client, organisation
):
    client.force_login(organisation["officer"])
    record = CertificationRecord.objects.get()
    token = issue_api_client(name="warehouse", created_by=None)[1]

    def exported(**days):
        response = client.get("/compliance/exports/download/", {"kind": "records", **days})
        return [r["verification_code"] for r in _csv(b"".join(response.streaming_content))]

    def api(**days):
        response = client.get("/api/v1/records", days, headers={"authorization": f"Bearer {token}"})
        return [item["verification_code"] for item in response.json()["items"]]

    on_d = {"date_from": D.isoformat(), "date_to": D.isoformat()}
    next_day = (D + timedelta(days=1)).isoformat()
    after_d = {"date_from": next_day, "date_to": next_day}
    assert exported(**on_d) == api(**on_d) == [record.verification_code]
    assert exported(**after_d) == api(**after_d) == []

    pack = client.get("/compliance/evidence/", on_d)
    archive = zipfile.ZipFile(io.BytesIO(b"".join(pack.streaming_content)))
    records_file = next(n for n in archive.namelist() if n.endswith("records.csv"))
    assert [r["verification_code"] for r in _csv(archive.read(records_file))] == [
        record.verification_code
    ]
