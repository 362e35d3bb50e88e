"""Sessions: a new key at every sign-in, and a deactivated person signed out everywhere at once."""

import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from tests.factories import PASSWORD, EmployeeFactory, UserFactory
from tests.people.test_admin import employee_form
from tests.people.test_import import csv_bytes
from training.people.directory import import_directory

from .test_login import login


def signed_in_clients(user, n=2):
    """The person signed in on n browsers, through the login form as they would be."""
    clients = [Client() for _ in range(n)]
    for client in clients:
        assert login(client, user.email)["Location"] == reverse("portal:learn")
        assert client.get("/learn/").status_code == 200
    return clients


def signed_in(client) -> bool:
    return client.get("/learn/").status_code == 200


def test_the_session_key_changes_at_sign_in(client, db):
    UserFactory(email="dana@example.org")
    client.get(reverse("account_login"))
    session = client.session
    session["seen"] = True  # an anonymous session an attacker may have planted
    session.save()
    client.cookies[settings.SESSION_COOKIE_NAME] = session.session_key
    before = session.session_key

    login(client, "dana@example.org")

    assert client.session.session_key != before
    assert client.session.get("_auth_user_id")


def test_deactivating_the_login_ends_every_session(db):
    user = EmployeeFactory().user
    clients = signed_in_clients(user)
    other = signed_in_clients(EmployeeFactory().user, n=1)[0]

    user.is_active = False
    user.save()
    # Even once reactivated, the old sessions stay ended: they were deleted, not just refused.
    user.is_active = True
    user.save()

    assert not any(signed_in(c) for c in clients)
    assert signed_in(other)


@pytest.fixture
def ann(db):
    """Ann as the directory file below has her, but for the `active` column."""
    return EmployeeFactory(
        employee_number="E1",
        user__email="ann@example.org",
        user__first_name="Ann",
        user__last_name="Lee",
        department__name="Finance",
        job_role__name="Analyst",
        hire_date="2025-01-06",
    )


ANN_LEAVES = csv_bytes("E1,ann@example.org,Ann,Lee,Finance,Analyst,,2025-01-06,Europe/London,false")


def test_a_leaver_in_the_directory_import_is_signed_out_everywhere(ann):
    clients = signed_in_clients(ann.user)

    result = import_directory(data=ANN_LEAVES, dry_run=False)

    assert result.deactivated == 1
    assert not any(signed_in(c) for c in clients)


def test_a_dry_run_of_the_import_signs_nobody_out(ann):
    clients = signed_in_clients(ann.user)
    import_directory(data=ANN_LEAVES, dry_run=True)
    assert all(signed_in(c) for c in clients)


def test_deactivating_an_employee_in_the_wagtail_admin_signs_them_out(client, db):
    employee = EmployeeFactory()
    clients = signed_in_clients(employee.user)
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    response = client.post(
        reverse("wagtailsnippets_people_employee:edit", args=[employee.pk]),
        employee_form(employee, active=None),
    )
    assert response.status_code == 302
    employee.refresh_from_db()
    assert employee.active is False
    assert not any(signed_in(c) for c in clients)
    assert client.get("/admin/").status_code == 200  # the administrator's own session lives on


def test_editing_an_active_employee_signs_nobody_out(db):
    employee = EmployeeFactory()
    clients = signed_in_clients(employee.user)
    employee.time_zone = "Europe/Paris"
    employee.save()
    assert all(signed_in(c) for c in clients)


# Rate limits: behind the load balancer, each client is its own address.

PROXY = "10.0.0.5"


def login_from(address, email, password):
    return Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=address).post(
        reverse("account_login"), {"login": email, "password": password}
    )


def test_failed_logins_from_one_client_do_not_lock_out_another(db, settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    UserFactory(email="victim@example.org")
    UserFactory(email="colleague@example.org")
    for n in range(10):
        login_from("203.0.113.7", f"guess{n}@example.org", "wrong")

    # The guesser's own address is now limited ...
    limited = login_from("203.0.113.7", "colleague@example.org", PASSWORD)
    assert "Too many failed login attempts" in limited.text
    # ... and nobody else is: another client signs in, to any account.
    assert login_from("198.51.100.20", "colleague@example.org", PASSWORD).status_code == 302
    assert login_from("198.51.100.21", "victim@example.org", PASSWORD).status_code == 302


def test_failed_logins_for_one_account_do_not_lock_out_another(db, settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    UserFactory(email="victim@example.org")
    UserFactory(email="colleague@example.org")
    for n in range(5):
        login_from(f"203.0.113.{n}", "victim@example.org", "wrong")

    assert "Too many failed" in login_from("198.51.100.20", "victim@example.org", PASSWORD).text
    assert login_from("198.51.100.20", "colleague@example.org", PASSWORD).status_code == 302


def test_production_settings_read_the_trusted_proxy_count():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "x" * 50,
        "DATABASE_URL": "postgres://academy@db.internal:5432/academy",
        "STATIC_ROOT": "/tmp/static",
        "MEDIA_ROOT": "/tmp/media",
        "TRUSTED_PROXY_COUNT": "2",
    }
    code = "from django.conf import settings; print(settings.ALLAUTH_TRUSTED_PROXY_COUNT)"
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "2"
