import pytest
from django.urls import reverse

from tests.factories import EmployeeFactory, UserFactory
from training.people.models import Employee


@pytest.fixture
def admin_client(client, db):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


def employee_form(employee, **changes) -> dict:
    """The admin's edit form for this employee as posted, with `changes`; None leaves a field out
    (an unticked box)."""
    form = {
        "user": employee.user.pk,
        "employee_number": employee.employee_number,
        "department": employee.department.pk,
        "job_role": employee.job_role.pk,
        "manager": "",
        "hire_date": "2025-03-02",
        "time_zone": "Europe/London",
        "active": "on",
    } | changes
    return {name: value for name, value in form.items() if value is not None}


def test_employees_are_listed_and_searchable_in_the_admin(admin_client):
    EmployeeFactory(user__email="rosa@example.org", user__last_name="Alvarez")
    EmployeeFactory(user__email="tom@example.org", user__last_name="Berg")
    url = reverse("wagtailsnippets_people_employee:list")
    response = admin_client.get(url, {"q": "Alvarez"})
    assert response.status_code == 200
    assert "rosa@example.org" in response.text or "Alvarez" in response.text
    assert "Berg" not in response.text


def test_editing_an_employee_rejects_an_unknown_time_zone(admin_client):
    employee = EmployeeFactory()
    url = reverse("wagtailsnippets_people_employee:edit", args=[employee.pk])
    response = admin_client.post(
        url,
        employee_form(employee, time_zone="Mars/Olympus"),
    )
    assert response.status_code == 200
    assert "not a known time zone" in response.text
    employee.refresh_from_db()
    assert employee.time_zone == "Europe/London"


def test_a_reporting_cycle_is_refused(admin_client):
    boss = EmployeeFactory()
    report = EmployeeFactory(manager=boss)
    url = reverse("wagtailsnippets_people_employee:edit", args=[boss.pk])
    response = admin_client.post(
        url,
        employee_form(boss, manager=report.pk, time_zone="UTC"),
    )
    assert response.status_code == 200
    assert "reporting cycle" in response.text
    assert Employee.objects.get(pk=boss.pk).manager is None
