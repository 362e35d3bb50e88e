"""The audit log page and its export: filters, bad parameters, query counts, the export code."""

import csv
import io
import json
from datetime import UTC, datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openpyxl import load_workbook

from tests.org import auditor, compliance_officer
from training.audit.models import Action, AuditEntry, Via
from training.oversight.models import ExportLog
from training.people.models import Employee


def entry(*, at, action=Action.CHANGED, who="ann@example.org", text="Someone", model=Employee):
    return AuditEntry(
        at=at,
        who=who,
        via=Via.ADMIN,
        action=action,
        content_type=ContentType.objects.get_for_model(model),
        object_id="1",
        object_text=text,
        before={"active": True},
        after={"active": False},
    )


@pytest.fixture
def officer_client(client, db):
    client.force_login(compliance_officer())
    return client


@pytest.fixture
def logged(db):
    return AuditEntry.objects.bulk_create(
        [
            entry(at=datetime(2026, 1, 10, 12, tzinfo=UTC), text="January change"),
            entry(
                at=datetime(2026, 2, 10, 12, tzinfo=UTC),
                action=Action.GRANTED,
                who="bob@example.org",
                text="February grant",
            ),
            entry(
                at=datetime(2026, 3, 10, 12, tzinfo=UTC),
                action=Action.EXPORTED,
                who="command",
                text='=HYPERLINK("http://evil")',
                model=ExportLog,
            ),
        ]
    )


def shown(response) -> list[str]:
    return [
        text for text in ("January change", "February grant", "HYPERLINK") if text in response.text
    ]


@pytest.mark.parametrize(
    "query, expected",
    [
        ({}, ["January change", "February grant", "HYPERLINK"]),
        ({"date_from": "2026-02-01", "date_to": "2026-02-28"}, ["February grant"]),
        ({"date_to": "2026-01-10"}, ["January change"]),
        ({"action": "granted"}, ["February grant"]),
        ({"actor": "BOB@"}, ["February grant"]),
        ({"object_type": "oversight.exportlog"}, ["HYPERLINK"]),
    ],
)
def test_filters_narrow_the_entries(officer_client, logged, query, expected):
    response = officer_client.get("/compliance/audit/", query)
    assert response.status_code == 200
    assert shown(response) == expected


def test_auditors_read_the_log_with_its_before_and_after(client, logged):
    client.force_login(auditor())
    response = client.get("/compliance/audit/", {"action": "changed"})
    assert response.status_code == 200
    assert "<code>active</code>: True" in response.text
    assert "<code>active</code>: False" in response.text


@pytest.mark.parametrize(
    "query, message",
    [
        ({"action": "rewrote"}, "“action” must be one of created"),
        ({"date_from": "2026-13-01"}, "“date_from” must be a date as YYYY-MM-DD"),
        ({"date_to": "0001-01-01"}, "“date_to”"),
        ({"date_from": "2026-03-01", "date_to": "2026-02-01"}, "“date_from” is after the end"),
        ({"object_type": "people.nobody"}, "“object_type”: there is no object type"),
        ({"actor": "x" * 300}, "“actor” is too long"),
        ({"as_of": "2026-01-01"}, "Unknown parameter “as_of”"),
    ],
)
@pytest.mark.parametrize("path", ["/compliance/audit/", "/compliance/audit/download/"])
def test_bad_parameters_are_refused_with_400_naming_them(
    officer_client, logged, path, query, message
):
    exports_before = ExportLog.objects.count()
    response = officer_client.get(path, query)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert ExportLog.objects.count() == exports_before


def test_an_unknown_format_is_refused(officer_client, logged):
    response = officer_client.get("/compliance/audit/download/", {"format": "pdf"})
    assert response.status_code == 400
    assert "“format” must be one of csv, xlsx, json" in response.text


def queries_for_a_page(client, size: int) -> int:
    AuditEntry.objects.bulk_create(
        entry(at=datetime(2026, 1, 1 + i % 28, tzinfo=UTC), text=f"e{i}") for i in range(size)
    )
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/compliance/audit/", {"date_from": "2026-01-01"})
    assert response.status_code == 200
    return len(queries)


def test_the_page_costs_the_same_queries_for_5_or_120_entries(officer_client):
    small = queries_for_a_page(officer_client, 5)
    large = queries_for_a_page(officer_client, 115)
    assert small == large


def read_csv(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))


def test_the_csv_export_neutralises_formulas_and_is_logged_and_audited(officer_client, logged):
    response = officer_client.get(
        "/compliance/audit/download/", {"format": "csv", "action": "exported"}
    )
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = read_csv(response)
    assert rows[0][:4] == ["at", "who", "via", "action"]
    assert len(rows) == 2
    assert rows[1][6] == '\'=HYPERLINK("http://evil")'
    assert rows[1][4] == "oversight.exportlog"

    log = ExportLog.objects.get(kind="audit_log")
    assert log.filters == {"action": "exported"} and log.row_count == 1 and log.sha256
    audited = AuditEntry.objects.get(action=Action.EXPORTED, who="co@example.org")
    assert audited.object_id == str(log.pk) and audited.after["kind"] == "audit_log"


def test_xlsx_and_json_exports_hold_the_same_entries(officer_client, logged):
    window = {"date_to": "2026-06-30"}
    xlsx = officer_client.get("/compliance/audit/download/", {"format": "xlsx", **window})
    sheet = load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active
    texts = [row[6] for row in sheet.iter_rows(min_row=2, values_only=True)]
    # Newest first.
    assert texts == ['\'=HYPERLINK("http://evil")', "February grant", "January change"]
    data = json.loads(
        b"".join(
            officer_client.get(
                "/compliance/audit/download/", {"format": "json", **window}
            ).streaming_content
        )
    )
    assert [row["object"] for row in data] == [
        '=HYPERLINK("http://evil")',
        "February grant",
        "January change",
    ]
    assert json.loads(data[-1]["after"]) == {"active": False}
