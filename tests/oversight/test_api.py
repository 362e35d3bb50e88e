"""The read-only JSON API (training/api.py) and its token management in the admin (api_admin.py)."""

import hashlib
from datetime import UTC, date, datetime, timedelta

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import DepartmentFactory, EmployeeFactory, JobRoleFactory, UserFactory
from tests.helpers import complete_course
from training.certification.assigning import assign
from training.certification.models import Assignment, CertificationProgram, CertificationRecord
from training.certification.programs import ANNUAL_PROGRAM
from training.oversight.api_admin import issue_api_client
from training.oversight.models import ApiClient, ExportLog

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def program(course):
    return CertificationProgram.objects.get(name=ANNUAL_PROGRAM)


@pytest.fixture
def token(db):
    return issue_api_client(name="HR warehouse", created_by=None)[1]


def call(client, path, token=None, method="get", **params):
    headers = {"authorization": f"Bearer {token}"} if token else {}
    return getattr(client, method)(f"/api/v1/{path}", params, headers=headers)


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def certify(program, course, *, at, **employee):
    """An employee assigned at T0 who completes the course at `at`: a real, chained record."""
    person = EmployeeFactory(hire_date=T0.date(), **employee)
    assignment, _ = assign(employee=person, program=program, at=T0)
    complete_course(person.user, course, at=at)
    return CertificationRecord.objects.get(assignment=assignment)


def bulk_records(count: int) -> None:
    """Copies of one real record under new cycles, codes and hashes: rows for cost tests only."""
    record = CertificationRecord.objects.first()
    for _ in range(count):
        n = CertificationRecord.objects.count()
        record.pk, record._state.adding = None, True
        record.cycle, record.verification_code, record.hash = 1000 + n, f"BULK-{n:04d}", f"{n:064d}"
        record.save()


# --- Authentication --------------------------------------------------------------------------


def test_missing_unknown_and_revoked_tokens_are_refused(client, token):
    missing = call(client, "records")
    assert missing.status_code == 401
    assert "Authorization: Bearer" in missing.json()["detail"]
    assert missing["WWW-Authenticate"].startswith("Bearer")

    wrong = call(client, "records", token="dea_not-a-token")
    assert (wrong.status_code, wrong.json()) == (401, {"detail": "This API token is not known."})

    assert call(client, "records", token=token).status_code == 200
    ApiClient.objects.update(revoked_at=T0)
    revoked = call(client, "records", token=token)
    assert (revoked.status_code, revoked.json()) == (
        401,
        {"detail": "This API token has been revoked."},
    )


def test_a_signed_in_session_does_not_open_the_api(client, db):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    assert call(client, "records").status_code == 401
    assert call(client, "status").status_code == 401


def test_a_used_token_records_when(client, token):
    assert ApiClient.objects.get().last_used_at is None
    call(client, "status", token=token)
    assert ApiClient.objects.get().last_used_at is not None


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_the_api_only_reads(client, token, program, course, method):
    record = certify(program, course, at=T0 + timedelta(days=3))
    for path in ["records", f"records/{record.verification_code}", "status"]:
        assert call(client, path, token=token, method=method).status_code == 405
    assert CertificationRecord.objects.get() == record


def test_the_openapi_schema_is_served_and_no_docs_page(client, db):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    schema = response.json()
    assert schema["info"]["title"] == "Data Ethics Academy API"
    assert {"/api/v1/records", "/api/v1/records/{verification_code}", "/api/v1/status"} <= set(
        schema["paths"]
    )
    assert all(list(ops) == ["get"] for ops in schema["paths"].values())
    assert client.get("/api/v1/docs/").status_code == 404


# --- Records ---------------------------------------------------------------------------------


def test_records_match_the_database_newest_first_leavers_included(client, token, program, course):
    older = certify(program, course, at=T0 + timedelta(days=3), user__first_name="Ada")
    newer = certify(program, course, at=T0 + timedelta(days=9), user__first_name="Bo")
    newer.employee.active = False  # a leaver's records stay evidence
    newer.employee.save()

    body = call(client, "records", token=token).json()

    assert (body["count"], body["limit"], body["offset"]) == (2, 100, 0)
    assert [item["verification_code"] for item in body["items"]] == [
        newer.verification_code,
        older.verification_code,
    ]
    item = body["items"][1]
    assert item["name"] == older.name and item["name"].startswith("Ada ")
    assert item["email"] == older.email
    assert item["employee_number"] == older.employee_number
    assert item["department"] == older.department
    assert item["program_id"] == program.pk and item["program_name"] == ANNUAL_PROGRAM
    assert item["completed_at"] == iso(older.completed_at) == "2026-03-05T09:00:00Z"
    assert item["expires_at"] == iso(older.expires_at)
    assert item["hash"] == older.hash and item["previous_hash"] == older.previous_hash
    assert item["modules"] == older.modules
    assert item["explanation"] == older.explanation


def test_records_filter_by_program_snapshot_department_and_completion_days(
    client, token, program, course
):
    march = certify(program, course, at=T0 + timedelta(days=3), department__name="Sales")
    april = certify(program, course, at=datetime(2026, 4, 30, 23, 30, tzinfo=UTC))
    # Moving department later does not move the evidence: the record keeps “Sales”.
    march.employee.department = DepartmentFactory(name="Support")
    march.employee.save()

    def codes(**params):
        response = call(client, "records", token=token, **params)
        assert response.status_code == 200, response.content
        return [item["verification_code"] for item in response.json()["items"]]

    assert codes(department="sales") == [march.verification_code]
    assert codes(department="Support") == []
    assert codes(program=program.pk) == [april.verification_code, march.verification_code]
    other = CertificationProgram.objects.create(name="Other program")
    assert codes(program=other.pk) == []
    assert codes(date_from="2026-04-30") == [april.verification_code]
    assert codes(date_to="2026-04-29") == [march.verification_code]
    assert codes(date_from="2026-03-05", date_to="2026-03-05") == [march.verification_code]
    assert codes(date_to="2026-04-30") == [april.verification_code, march.verification_code]


@pytest.mark.parametrize(
    "params, words",
    [
        ({"date_from": "2026-05-01", "date_to": "2026-04-01"}, "date_from must be on or before"),
        ({"date_from": "yesterday"}, "date"),
        ({"limit": 501}, "less than or equal to 500"),
        ({"limit": 0}, "greater than or equal to 1"),
        ({"offset": -1}, "greater than or equal to 0"),
        ({"program": "sales"}, "integer"),
    ],
)
def test_bad_record_parameters_get_a_clear_message(client, token, params, words):
    response = call(client, "records", token=token, **params)
    assert response.status_code == 422
    assert words in str(response.json()["detail"])
    assert not ExportLog.objects.exists()


def test_records_are_paginated(client, token, program, course):
    made = [certify(program, course, at=T0 + timedelta(days=d)) for d in (1, 2, 3)]
    newest_first = [r.verification_code for r in reversed(made)]

    first = call(client, "records", token=token, limit=2).json()
    rest = call(client, "records", token=token, limit=2, offset=2).json()
    beyond = call(client, "records", token=token, limit=2, offset=4).json()

    assert first["count"] == rest["count"] == 3
    assert [i["verification_code"] for i in first["items"] + rest["items"]] == newest_first
    assert beyond["items"] == []


def test_one_record_by_verification_code(client, token, program, course):
    record = certify(program, course, at=T0 + timedelta(days=3))
    response = call(client, f"records/{record.verification_code}", token=token)
    assert response.status_code == 200
    assert response.json()["hash"] == record.hash
    typed = call(client, f"records/{record.verification_code.lower()}", token=token)
    assert typed.json()["verification_code"] == record.verification_code

    unknown = call(client, "records/ABCD-EFGH-JKLM", token=token)
    assert unknown.status_code == 404
    assert unknown.json() == {"detail": "No certification record has this verification code."}


def test_each_list_call_is_logged_as_an_export(client, token, program, course):
    certify(program, course, at=T0 + timedelta(days=3))
    certify(program, course, at=T0 + timedelta(days=4))

    response = call(client, "records", token=token, limit=1, date_from="2026-03-01")

    log = ExportLog.objects.get()
    assert (log.via, log.kind, log.file_format, log.user) == ("api", "records", "json", None)
    assert log.filters == {
        "client": "HR warehouse",
        "date_from": "2026-03-01",
        "limit": 1,
        "offset": 0,
    }
    assert log.row_count == 1
    assert log.sha256 == hashlib.sha256(response.content).hexdigest()
    assert log.finished_at >= log.started_at

    call(client, "status", token=token, status="overdue", as_of="2026-06-01")
    status_log = ExportLog.objects.filter(kind="status").get()
    assert status_log.filters["status"] == "overdue" and status_log.filters["as_of"] == "2026-06-01"
    # Reading one record is not a list export.
    call(client, f"records/{CertificationRecord.objects.first().verification_code}", token=token)
    assert ExportLog.objects.count() == 2


# --- Status ----------------------------------------------------------------------------------


@pytest.fixture
def organisation(program, course):
    """Three people assigned at T0 (due 1 April): one certifies on 5 March, two never do."""
    analysts = JobRoleFactory(name="Analyst")
    sales = DepartmentFactory(name="Sales")
    done = certify(
        program, course, at=T0 + timedelta(days=3), department=sales, job_role=analysts
    ).assignment
    idle = EmployeeFactory(hire_date=T0.date(), department=sales)
    other = EmployeeFactory(hire_date=T0.date(), job_role=analysts)
    return {
        "done": done,
        "idle": assign(employee=idle, program=program, at=T0)[0],
        "other": assign(employee=other, program=program, at=T0)[0],
    }


def statuses(client, token, **params) -> dict[int, str]:
    response = call(client, "status", token=token, **params)
    assert response.status_code == 200, response.content
    return {item["assignment_id"]: item["status"] for item in response.json()["items"]}


def test_status_as_of_a_past_day_uses_what_was_known_then(client, token, organisation):
    done, idle, other = (organisation[k].pk for k in ("done", "idle", "other"))

    assert statuses(client, token, as_of="2026-03-01") == {}  # nobody assigned yet
    # The course is done on 5 March, so on the 4th nothing had been learnt yet.
    assert statuses(client, token, as_of="2026-03-04") == {
        done: "not_started",
        idle: "not_started",
        other: "not_started",
    }
    assert statuses(client, token, as_of="2026-03-05") == {
        done: "certified",
        idle: "not_started",
        other: "not_started",
    }
    assert statuses(client, token, as_of="2026-04-02") == {
        done: "certified",
        idle: "overdue",
        other: "overdue",
    }


def test_status_rows_match_the_database(client, token, organisation):
    body = call(client, "status", token=token, as_of="2026-04-02").json()
    assert body["as_of"] == "2026-04-02T23:59:59.999999Z"
    row = next(i for i in body["items"] if i["assignment_id"] == organisation["done"].pk)
    done = Assignment.objects.select_related("employee__user").get(pk=organisation["done"].pk)
    record = done.records.get()
    assert row["employee_number"] == done.employee.employee_number
    assert row["email"] == done.employee.user.email
    assert (row["department"], row["job_role"]) == ("Sales", "Analyst")
    assert row["program_name"] == ANNUAL_PROGRAM
    assert row["valid_until"] == iso(record.expires_at)
    assert row["assigned_at"] == iso(T0)
    assert row["employee_active"] is True

    now = call(client, "status", token=token).json()
    assert now["count"] == 3
    # Without as_of, the current facts answer, exactly as the compliance pages see them.
    current = Assignment.objects.with_status().get(pk=done.pk).status
    assert {i["assignment_id"]: i["status"] for i in now["items"]}[done.pk] == current


def test_status_filters(client, token, organisation, program):
    done, idle, other = (organisation[k].pk for k in ("done", "idle", "other"))
    as_of = "2026-04-02"
    assert set(statuses(client, token, as_of=as_of, department="sales")) == {done, idle}
    assert set(statuses(client, token, as_of=as_of, role="Analyst")) == {done, other}
    assert set(statuses(client, token, as_of=as_of, status="overdue")) == {idle, other}
    assert set(statuses(client, token, as_of=as_of, program=program.pk)) == {done, idle, other}
    assert statuses(client, token, as_of=as_of, program=program.pk + 999) == {}
    assert set(
        statuses(client, token, as_of=as_of, department="Sales", status="overdue", role="")
    ) == {idle}


def test_status_is_paginated(client, token, organisation):
    pages = [
        call(client, "status", token=token, as_of="2026-04-02", limit=2, offset=offset).json()
        for offset in (0, 2)
    ]
    assert [len(p["items"]) for p in pages] == [2, 1]
    assert {p["count"] for p in pages} == {3}
    seen = [i["assignment_id"] for p in pages for i in p["items"]]
    assert sorted(seen) == sorted(a.pk for a in organisation.values())


@pytest.mark.parametrize(
    "params, words",
    [
        ({"as_of": "2026-02-30"}, "date"),
        ({"as_of": (date.today() + timedelta(days=2)).isoformat()}, "cannot be in the future"),
        ({"status": "great"}, "certified"),
        ({"limit": 1000}, "less than or equal to 500"),
    ],
)
def test_bad_status_parameters_get_a_clear_message(client, token, params, words):
    response = call(client, "status", token=token, **params)
    assert response.status_code == 422
    assert words in str(response.json()["detail"])


# --- Cost ------------------------------------------------------------------------------------


def queries(client, path, token, **params) -> tuple[int, int]:
    """How many queries one page costs, and how many rows it had."""
    with CaptureQueriesContext(connection) as captured:
        response = call(client, path, token=token, limit=500, **params)
    assert response.status_code == 200
    return len(captured), len(response.json()["items"])


def test_a_page_of_records_costs_the_same_queries_for_5_or_50_rows(client, token, program, course):
    certify(program, course, at=T0 + timedelta(days=3))
    bulk_records(4)
    small = queries(client, "records", token)
    bulk_records(45)
    large = queries(client, "records", token)
    assert (small[1], large[1]) == (5, 50)
    assert small[0] == large[0]


def test_a_page_of_status_costs_the_same_queries_for_5_or_50_rows(client, token, program):
    def hire(n):
        for _ in range(n):
            assign(employee=EmployeeFactory(hire_date=T0.date()), program=program, at=T0)

    hire(5)
    small = queries(client, "status", token, as_of="2026-04-02")
    now_small = queries(client, "status", token)
    hire(45)
    large = queries(client, "status", token, as_of="2026-04-02")
    now_large = queries(client, "status", token)
    assert (small[1], large[1], now_small[1], now_large[1]) == (5, 50, 5, 50)
    assert small[0] == large[0] and now_small[0] == now_large[0]


# --- Token management in the admin ------------------------------------------------------------


@pytest.fixture
def admin_client(client, db):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


def test_issuing_a_token_shows_it_once_and_keeps_only_its_hash(admin_client):
    response = admin_client.post(reverse("api_client_new"), {"name": "Payroll"})
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    api_client = ApiClient.objects.get(name="Payroll")
    token = response.context["token"]
    assert token in response.text and "will not be shown again" in response.text
    assert api_client.token_hash == ApiClient.hash_token(token) != token
    assert api_client.token_prefix == token[:8]
    stored = [str(v) for v in ApiClient.objects.values().get().values()]
    assert not any(token in value for value in stored)

    listing = admin_client.get(reverse("api_clients"))
    assert "Payroll" in listing.text and token[:8] in listing.text
    assert token not in listing.text

    # The token works, and the listing shows when it was used.
    admin_client.logout()
    assert call(admin_client, "records", token=token).status_code == 200
    assert ApiClient.objects.get(name="Payroll").last_used_at is not None


def test_a_client_name_is_unique(admin_client, token):
    response = admin_client.post(reverse("api_client_new"), {"name": "HR warehouse"})
    assert response.status_code == 200
    assert "already exists" in response.text
    assert ApiClient.objects.count() == 1


def test_revoking_a_token_in_the_admin_closes_the_api_to_it(admin_client, token):
    api_client = ApiClient.objects.get()
    url = reverse("api_client_revoke", args=[api_client.pk])
    assert admin_client.get(url).status_code == 405
    assert call(admin_client, "records", token=token).status_code == 200

    response = admin_client.post(url)
    assert response.status_code == 302 and response.url == reverse("api_clients")
    api_client.refresh_from_db()
    assert api_client.revoked_at is not None
    assert call(admin_client, "records", token=token).status_code == 401
    listing = admin_client.get(reverse("api_clients"))
    assert "is revoked" in listing.text
    assert url not in listing.text  # no revoke button any more


def test_admin_users_without_the_permission_get_403(client, token):
    editors = Group.objects.create(name="API test editors")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    editor = UserFactory(groups=[editors])
    client.force_login(editor)
    api_client = ApiClient.objects.get()

    assert client.get(reverse("api_clients")).status_code == 403
    assert client.get(reverse("api_client_new")).status_code == 403
    assert client.post(reverse("api_client_new"), {"name": "Sneaky"}).status_code == 403
    assert client.post(reverse("api_client_revoke", args=[api_client.pk])).status_code == 403
    assert ApiClient.objects.get().revoked_at is None
    assert not ApiClient.objects.filter(name="Sneaky").exists()
    assert "API clients" not in client.get(reverse("wagtailadmin_home")).text


def test_a_user_granted_the_permission_may_manage_clients(client, db):
    managers = Group.objects.create(name="API test managers")
    managers.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="add_apiclient"),
    )
    user = UserFactory(groups=[managers])
    client.force_login(user)
    assert client.get(reverse("api_clients")).status_code == 200
    assert "API clients" in client.get(reverse("wagtailadmin_home")).text
    assert client.post(reverse("api_client_new"), {"name": "BI"}).status_code == 200
    assert ApiClient.objects.get().created_by == user
