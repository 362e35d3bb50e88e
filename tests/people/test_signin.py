"""A leaver may not sign in with a password: the directory decides, as it does for SSO."""

from django.urls import reverse

from tests.factories import EmployeeFactory


def sign_in(client, email):
    return client.post(
        reverse("account_login"), {"login": email, "password": "correct-horse-battery"}
    )


def test_an_employee_the_directory_marks_as_gone_cannot_sign_in_with_a_password(client, db):
    employee = EmployeeFactory(user__email="leaver@example.org")
    employee.active = False
    employee.save()
    assert employee.user.is_active  # the login itself was left on, as the import leaves it

    response = sign_in(client, "leaver@example.org")

    assert response.status_code == 302
    assert response["Location"] == reverse("account_inactive")
    assert "_auth_user_id" not in client.session
    assert client.get(reverse("portal:learn")).status_code == 302  # to the login page


def test_an_active_employee_signs_in_as_before(client, db):
    EmployeeFactory(user__email="stayer@example.org")
    response = sign_in(client, "stayer@example.org")
    assert response.status_code == 302
    assert client.session["_auth_user_id"]
