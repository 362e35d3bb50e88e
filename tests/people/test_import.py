import datetime
import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import PASSWORD, DepartmentFactory, EmployeeFactory, UserFactory
from training.people.directory import DirectoryError, import_directory, parse_directory
from training.people.models import Department, Employee, JobRole

User = get_user_model()

HEADER = (
    "employee_number,email,first_name,last_name,department,job_role,"
    "manager_employee_number,hire_date,time_zone,active"
)
ANN = "E1,ann@example.org,Ann,Lee,Finance,Analyst,,2025-01-06,Europe/London,true"
BOB = "E2,bob@example.org,Bob,Ng,Finance,Analyst,E1,2025-02-03,Europe/Paris,yes"


def csv_bytes(*lines: str, header: str = HEADER) -> bytes:
    return "\n".join([header, *lines]).encode() + b"\n"


def directory_state():
    """Everything an import may touch, so a test can say "nothing changed" and mean it."""
    return (
        list(User.objects.order_by("pk").values_list("pk", "email", "first_name", "last_name")),
        list(EmailAddress.objects.order_by("pk").values_list("user_id", "email", "primary")),
        list(Employee.objects.order_by("pk").values()),
        list(Department.objects.order_by("pk").values_list("name", flat=True)),
        list(JobRole.objects.order_by("pk").values_list("name", flat=True)),
    )


def imported(*lines: str):
    result = import_directory(data=csv_bytes(*lines), dry_run=False)
    assert result.errors == []
    return result


# --- creating, updating, re-importing -------------------------------------------------------


def test_a_new_directory_creates_users_employees_departments_and_roles(db):
    result = imported(ANN, BOB)

    assert (result.created, result.updated, result.unchanged) == (2, 0, 0)
    assert result.new_departments == ["Finance"] and result.new_job_roles == ["Analyst"]
    bob = Employee.objects.select_related("user", "manager", "department").get(employee_number="E2")
    assert bob.user.email == "bob@example.org" and bob.user.get_full_name() == "Bob Ng"
    assert bob.manager.employee_number == "E1"
    assert bob.department.name == "Finance"
    assert bob.hire_date == datetime.date(2025, 2, 3) and bob.time_zone == "Europe/Paris"
    assert not bob.user.has_usable_password()
    address = EmailAddress.objects.get(user=bob.user)
    assert (address.email, address.verified, address.primary) == ("bob@example.org", True, True)


def test_a_manager_may_appear_later_in_the_file(db):
    imported(BOB, ANN)
    assert Employee.objects.get(employee_number="E2").manager.employee_number == "E1"


def test_departments_and_roles_match_existing_ones_ignoring_case(db):
    DepartmentFactory(name="Finance")
    result = imported(ANN.replace("Finance", "FINANCE"), BOB.replace("Analyst", "analyst"))

    assert result.new_departments == [] and result.new_job_roles == ["Analyst"]
    assert list(Department.objects.values_list("name", flat=True)) == ["Finance"]
    assert JobRole.objects.count() == 1


def test_an_empty_department_and_an_inactive_new_starter(db):
    imported("E1,ann@example.org,Ann,Lee,,,,2025-01-06,UTC,no")
    ann = Employee.objects.get(employee_number="E1")
    assert ann.department is None and ann.job_role is None and ann.active is False


def test_changed_fields_are_updated_and_leavers_deactivated(db):
    boss = EmployeeFactory(employee_number="E9")
    stays = EmployeeFactory(employee_number="E1", job_role__name="Analyst")
    leaves = EmployeeFactory(employee_number="E2")
    same = EmployeeFactory(employee_number="E3")

    def line(e, *, role=None, active="true", manager=""):
        u = e.user
        return (
            f"{e.employee_number},{u.email},{u.first_name},{u.last_name},{e.department.name},"
            f"{role or e.job_role.name},{manager},{e.hire_date},{e.time_zone},{active}"
        )

    result = imported(
        line(stays, role="Senior Analyst", manager="E9"),
        line(leaves, active="0"),
        line(same),
    )

    assert (result.updated, result.deactivated, result.unchanged) == (1, 1, 1)
    stays.refresh_from_db()
    assert (stays.job_role.name, stays.manager) == ("Senior Analyst", boss)
    assert Employee.objects.get(pk=leaves.pk).active is False
    name = stays.user.get_full_name()
    assert f"E1 {name}: job_role Analyst → Senior Analyst" in result.changes
    assert f"E1 {name}: manager — → E9" in result.changes
    assert any(c.startswith("E2 ") and c.endswith("deactivated") for c in result.changes)
    assert not any(c.startswith("E3 ") for c in result.changes)


def test_a_changed_email_moves_the_login_and_the_allauth_address(db, client):
    employee = EmployeeFactory(employee_number="E1", user__email="ann@old.example.org")
    EmailAddress.objects.create(
        user=employee.user, email="ann@old.example.org", verified=True, primary=True
    )
    u = employee.user
    result = imported(
        f"E1,Ann@New.example.org,{u.first_name},{u.last_name},{employee.department.name},"
        f"{employee.job_role.name},,{employee.hire_date},{employee.time_zone},true"
    )

    assert result.updated == 1
    assert "email ann@old.example.org → ann@new.example.org" in result.changes[0]
    address = EmailAddress.objects.get(user=u)
    assert (address.email, address.verified, address.primary) == ("ann@new.example.org", True, True)
    assert client.login(email="ann@new.example.org", password=PASSWORD)
    assert not client.login(email="ann@old.example.org", password=PASSWORD)


def test_importing_the_same_file_twice_writes_nothing_the_second_time(db):
    data = csv_bytes(ANN, BOB, "E3,cy@example.org,Cy,Ro,Sales,Rep,E2,2025-03-03,UTC,false")
    import_directory(data=data, dry_run=False)
    before = directory_state()

    with CaptureQueriesContext(connection) as queries:
        result = import_directory(data=data, dry_run=False)

    writes = [
        q["sql"]
        for q in queries
        if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
    ]
    assert writes == []
    assert (result.created, result.updated, result.deactivated, result.unchanged) == (0, 0, 0, 3)
    assert result.changes == [] and result.new_departments == []
    assert directory_state() == before


def test_a_dry_run_reports_the_changes_and_writes_nothing(db):
    existing = EmployeeFactory(employee_number="E1", job_role__name="Analyst")
    u = existing.user
    change = (
        f"E1,{u.email},{u.first_name},{u.last_name},{existing.department.name},Lead,,"
        f"{existing.hire_date},{existing.time_zone},true"
    )
    before = directory_state()

    preview = import_directory(data=csv_bytes(change, BOB.replace(",E1,", ",,")), dry_run=True)

    assert directory_state() == before
    assert preview.dry_run and preview.errors == []
    assert (preview.created, preview.updated) == (1, 1)
    assert preview.new_job_roles == ["Lead"] and preview.new_departments == ["Finance"]
    assert f"E1 {u.get_full_name()}: job_role Analyst → Lead" in preview.changes
    assert "E2 Bob Ng: new employee <bob@example.org>" in preview.changes
    real = import_directory(data=csv_bytes(change, BOB.replace(",E1,", ",,")), dry_run=False)
    assert real.changes == preview.changes


def test_a_utf8_bom_is_accepted(db):
    result = import_directory(data="\ufeff".encode() + csv_bytes(ANN), dry_run=False)
    assert result.errors == [] and result.created == 1


def test_parse_directory_returns_rows_or_raises_with_every_problem():
    rows = parse_directory(csv_bytes(ANN, BOB))
    assert [r.employee_number for r in rows] == ["E1", "E2"]
    assert rows[1].line == 3 and rows[1].manager_employee_number == "E1"
    with pytest.raises(DirectoryError) as raised:
        parse_directory(csv_bytes(ANN.replace("2025-01-06", "soon"), BOB.replace("yes", "maybe")))
    assert len(raised.value.errors) == 2


# --- all or nothing: every error names line and column, and nothing changes ---------------

ERROR_CASES = {
    "bad date": (
        [ANN, BOB.replace("2025-02-03", "2026-02-30")],
        "line 3, column hire_date: “2026-02-30” is not a date (use YYYY-MM-DD)",
    ),
    "date in another format": (
        [ANN, BOB.replace("2025-02-03", "03/02/2025")],
        "line 3, column hire_date: “03/02/2025” is not a date",
    ),
    "unknown manager": (
        [ANN, BOB.replace(",E1,", ",E77,")],
        "line 3, column manager_employee_number: “E77” is not in the file nor an existing",
    ),
    "duplicate employee number": (
        [ANN, BOB.replace("E2,", "E1,", 1).replace(",E1,", ",,")],
        "line 3, column employee_number: “E1” is also on line 2",
    ),
    "duplicate email differing in case": (
        [ANN, BOB.replace("bob@example.org", "Ann@Example.org")],
        "line 3, column email: “ann@example.org” is also on line 2",
    ),
    "manager cycle": (
        [ANN.replace(",,2025", ",E2,2025"), BOB],
        "line 2, column manager_employee_number: reporting cycle: E1 (line 2) → E2 (line 3) → E1",
    ),
    "own manager": (
        [ANN.replace(",,2025", ",E1,2025")],
        "line 2, column manager_employee_number: reporting cycle: E1 (line 2) → E1",
    ),
    "unknown time zone": (
        [ANN, BOB.replace("Europe/Paris", "Mars/Olympus")],
        "line 3, column time_zone: “Mars/Olympus” is not a known time zone",
    ),
    "bad active value": (
        [ANN, BOB.replace(",yes", ",maybe")],
        "line 3, column active: “maybe” is not one of true/false, yes/no, 1/0",
    ),
    "invalid email": (
        [ANN, BOB.replace("bob@example.org", "bob-at-example")],
        "line 3, column email: “bob-at-example” is not a valid email address",
    ),
    "too long an employee number": (
        [ANN, BOB.replace("E2,", "E" * 41 + ",", 1)],
        "line 3, column employee_number: is longer than 40 characters",
    ),
    "wrong number of values": (
        [ANN, BOB + ",extra"],
        "line 3: has 11 values but the header has 10 columns",
    ),
    "header only": ([], "line 1: the file has a header but no employees"),
}


@pytest.mark.parametrize("lines, message", ERROR_CASES.values(), ids=ERROR_CASES.keys())
def test_an_error_is_reported_with_its_line_and_column_and_nothing_changes(db, lines, message):
    EmployeeFactory(employee_number="E50")
    before = directory_state()

    result = import_directory(data=csv_bytes(*lines), dry_run=False)

    assert any(error.startswith(message) for error in result.errors), result.errors
    assert len(result.errors) == 1
    assert (result.created, result.changes) == (0, [])
    assert directory_state() == before


@pytest.mark.parametrize(
    "column", ["employee_number", "email", "first_name", "last_name", "hire_date", "time_zone"]
)
def test_a_missing_required_value_is_an_error(db, column):
    values = dict(zip(HEADER.split(","), BOB.replace(",E1,", ",,").split(","), strict=True))
    values[column] = ""

    result = import_directory(data=csv_bytes(ANN, ",".join(values.values())), dry_run=False)

    assert f"line 3, column {column}: a value is required" in result.errors
    assert Employee.objects.count() == 0


@pytest.mark.parametrize(
    "header, message",
    [
        (HEADER.replace(",time_zone", ""), "line 1, column time_zone: this column is missing"),
        (HEADER.replace("active", "status"), "line 1: unknown column “status”"),
        (HEADER + ",hire_date", "line 1, column hire_date: this column appears twice"),
        (HEADER.replace(",", ";"), "line 1: the columns are separated by “;”, not commas"),
    ],
)
def test_header_problems_are_reported_and_nothing_is_imported(db, header, message):
    result = import_directory(data=csv_bytes(ANN, header=header), dry_run=False)
    assert any(error.startswith(message) for error in result.errors), result.errors
    assert Employee.objects.count() == 0


def test_the_header_columns_may_come_in_any_order(db):
    names = HEADER.split(",")
    order = list(reversed(range(len(names))))
    row = [ANN.split(",")[i] for i in order]
    result = import_directory(
        data=csv_bytes(",".join(row), header=",".join(names[i] for i in order)), dry_run=False
    )
    assert result.errors == []
    assert Employee.objects.get(employee_number="E1").user.email == "ann@example.org"


def test_a_file_that_is_not_utf8_gets_one_clear_error(db):
    data = HEADER.encode() + b"\n" + ANN.replace("Ann", "Zoë").encode("latin-1") + b"\n"
    result = import_directory(data=data, dry_run=False)
    assert result.errors == [
        "line 2: the file is not UTF-8 text: save it as “CSV UTF-8” and try again"
    ]
    assert User.objects.filter(email="ann@example.org").count() == 0


@pytest.mark.parametrize("data", [b"", b"  \n\n", "\ufeff".encode()])
def test_an_empty_file_is_an_error(db, data):
    assert import_directory(data=data, dry_run=False).errors == ["the file is empty"]


def test_every_problem_in_the_file_is_reported_at_once_in_file_order(db):
    result = import_directory(
        data=csv_bytes(
            ANN.replace("Europe/London", "Nowhere"),
            BOB.replace("2025-02-03", "tomorrow").replace(",E1,", ",E404,"),
        ),
        dry_run=False,
    )
    assert [e.split(":")[0] for e in result.errors] == [
        "line 2, column time_zone",
        "line 3, column manager_employee_number",
        "line 3, column hire_date",
    ]
    assert Employee.objects.count() == 0


def test_an_email_used_by_another_existing_employee_is_refused(db):
    other = EmployeeFactory(employee_number="E70", user__email="ann@example.org")
    before = directory_state()

    result = import_directory(data=csv_bytes(ANN.replace("ann@", "ANN@")), dry_run=False)

    assert result.errors == [
        f"line 2, column email: “ann@example.org” already belongs to employee {other.employee_number}"
    ]
    assert directory_state() == before


def test_an_email_used_by_a_user_who_is_not_an_employee_is_refused(db):
    UserFactory(email="bob@example.org")
    result = import_directory(data=csv_bytes(ANN, BOB), dry_run=False)
    assert result.errors == [
        "line 3, column email: “bob@example.org” already belongs to another user"
    ]
    assert Employee.objects.count() == 0


def test_a_manager_cycle_through_an_existing_employee_is_refused(db):
    # E1 (in the file) reports to E60, who already reports to E2; the file makes E2 report to E1.
    top = EmployeeFactory(employee_number="E60")
    EmployeeFactory(employee_number="E2")
    top.manager = Employee.objects.get(employee_number="E2")
    top.save()
    before = directory_state()

    result = import_directory(
        data=csv_bytes(ANN.replace(",,2025", ",E60,2025"), BOB), dry_run=False
    )

    assert result.errors == [
        "line 2, column manager_employee_number: reporting cycle: "
        "E1 (line 2) → E60 (existing) → E2 (line 3) → E1"
    ]
    assert directory_state() == before


# --- the command ----------------------------------------------------------------------------


def test_the_command_imports_and_prints_the_summary(db, tmp_path, capsys):
    path = tmp_path / "directory.csv"
    path.write_bytes(csv_bytes(ANN, BOB))

    call_command("import_employees", str(path), "--dry-run")
    assert Employee.objects.count() == 0
    assert "Dry run" in capsys.readouterr().out

    call_command("import_employees", str(path))
    out = capsys.readouterr().out
    assert "E2 Bob Ng: new employee <bob@example.org>" in out
    assert "2 created, 0 updated, 0 deactivated, 0 unchanged" in out
    assert Employee.objects.count() == 2


def test_the_command_prints_every_error_and_fails_without_changing_anything(db, tmp_path, capsys):
    path = tmp_path / "directory.csv"
    path.write_bytes(csv_bytes(ANN, BOB.replace("2025-02-03", "2026-02-30")))

    with pytest.raises(CommandError, match="1 problem"):
        call_command("import_employees", str(path))

    assert "line 3, column hire_date" in capsys.readouterr().err
    assert Employee.objects.count() == 0


def test_the_command_names_a_missing_file(db, tmp_path):
    with pytest.raises(CommandError, match="cannot read .*missing.csv"):
        call_command("import_employees", str(tmp_path / "missing.csv"))


# --- the admin page -------------------------------------------------------------------------


def upload(client, data: bytes, *, dry_run: bool):
    form = {"file": SimpleUploadedFile("directory.csv", data, content_type="text/csv")}
    if dry_run:
        form["dry_run"] = "on"
    return client.post(reverse("import_directory"), form)


@pytest.fixture
def superuser_client(client, db):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


def test_the_admin_page_offers_a_dry_run_checked_by_default(superuser_client):
    response = superuser_client.get(reverse("import_directory"))
    assert response.status_code == 200
    checkbox = re.search(r'<input[^>]*name="dry_run"[^>]*>', response.text).group()
    assert "checked" in checkbox
    assert "Import directory" in superuser_client.get(reverse("wagtailadmin_home")).text


def test_the_admin_page_previews_then_imports(superuser_client):
    data = csv_bytes(ANN, BOB)

    preview = upload(superuser_client, data, dry_run=True)
    assert preview.status_code == 200
    assert "E2 Bob Ng: new employee &lt;bob@example.org&gt;" in preview.text
    assert "nothing has been changed yet" in preview.text
    assert Employee.objects.count() == 0

    done = upload(superuser_client, data, dry_run=False)
    assert done.status_code == 200
    assert "Directory imported" in done.text
    assert Employee.objects.count() == 2


def test_the_admin_page_lists_the_errors_and_changes_nothing(superuser_client):
    response = upload(
        superuser_client, csv_bytes(ANN, BOB.replace("Europe/Paris", "Mars/Olympus")), dry_run=False
    )
    assert "Nothing was changed" in response.text
    assert "line 3, column time_zone" in response.text
    assert Employee.objects.count() == 0


def test_an_ordinary_user_cannot_reach_the_import(client, db):
    client.force_login(UserFactory())
    response = upload(client, csv_bytes(ANN), dry_run=False)
    assert response.status_code in (302, 403)
    assert Employee.objects.count() == 0


def test_an_admin_user_without_the_employee_permission_is_refused_and_sees_no_menu_item(client, db):
    editors = Group.objects.create(name="Import test editors")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    editor = UserFactory(groups=[editors])
    client.force_login(editor)

    # Wagtail turns the view's PermissionDenied into a redirect home with a message.
    response = upload(client, csv_bytes(ANN), dry_run=False)
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    assert Employee.objects.count() == 0
    ajax = client.get(reverse("import_directory"), headers={"x-requested-with": "XMLHttpRequest"})
    assert ajax.status_code == 403
    home = client.get(reverse("wagtailadmin_home"))
    assert "do not have permission" in home.text
    assert "Import directory" not in home.text
