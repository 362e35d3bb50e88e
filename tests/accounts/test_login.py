import re

from django.core import mail
from django.test import Client
from django.urls import reverse

from accounts.models import User
from tests.factories import PASSWORD, UserFactory


def login(client, email, password=PASSWORD):
    return client.post(reverse("account_login"), {"login": email, "password": password})


def test_login_is_by_email_in_any_case(client, db):
    UserFactory(email="dana@example.org")
    response = login(client, "Dana@Example.org")
    assert response.status_code == 302
    assert client.get("/learn/").status_code == 200


def test_wrong_password_is_refused_with_a_message(client, db):
    UserFactory(email="dana@example.org")
    response = login(client, "dana@example.org", "nope")
    assert response.status_code == 200
    assert "not correct" in response.text
    assert client.get("/learn/").status_code == 302


def test_nobody_can_sign_themselves_up(client, db):
    response = client.post(
        reverse("account_signup"),
        {
            "email": "new@example.org",
            "password1": "a-long-pass-phrase",
            "password2": "a-long-pass-phrase",
        },
    )
    assert not User.objects.filter(email="new@example.org").exists()
    assert "Sign Up Closed" in response.text or "closed" in response.text.lower()


def test_login_page_does_not_offer_sign_up(client, db):
    html = client.get(reverse("account_login")).text
    assert "sign up" not in html.lower()
    assert '<label for="id_login">' in html


def test_repeated_failures_lock_the_account_even_for_the_right_password(client, db):
    UserFactory(email="dana@example.org")
    for _ in range(5):
        login(client, "dana@example.org", "wrong")
    response = login(client, "dana@example.org")
    assert response.status_code == 200
    assert "Too many failed login attempts" in response.text
    assert client.get("/learn/").status_code == 302


def test_password_reset_by_email(client, db):
    UserFactory(email="dana@example.org")
    client.post(reverse("account_reset_password"), {"email": "dana@example.org"})
    assert len(mail.outbox) == 1
    link = re.search(r"https?://\S+/accounts/password/reset/key/\S+", mail.outbox[0].body).group(0)
    path = link.split("testserver", 1)[-1]
    form = client.get(path, follow=True)
    assert form.status_code == 200
    response = client.post(
        form.redirect_chain[-1][0] if form.redirect_chain else path,
        {"password1": "brand-new-pass-phrase", "password2": "brand-new-pass-phrase"},
    )
    assert response.status_code == 302
    assert login(Client(), "dana@example.org", "brand-new-pass-phrase").status_code == 302


def test_logout_is_a_post(client, db):
    user = UserFactory()
    client.force_login(user)
    assert client.post(reverse("account_logout")).status_code == 302
    assert client.get("/learn/").status_code == 302


def test_wagtail_login_page_goes_to_allauth(client, db):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('account_login')}?next=/admin/pages/"
    # A POST to it cannot bypass allauth's rate limits either.
    UserFactory(email="dana@example.org", is_superuser=True)
    response = client.post("/admin/login/", {"username": "dana@example.org", "password": PASSWORD})
    assert response.status_code in {301, 302, 405}
    assert "_auth_user_id" not in client.session


def test_admin_redirects_anonymous_visitors_to_allauth(client, db):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_django_admin_is_not_mounted(client, db):
    assert client.get("/django-admin/").status_code == 404


def test_email_addresses_are_unique_whatever_their_case(db):
    import pytest
    from django.db import IntegrityError, transaction

    UserFactory(email="dana@example.org")
    with pytest.raises(IntegrityError), transaction.atomic():
        User.objects.create(email="DANA@example.org")
