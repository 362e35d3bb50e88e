"""Signing in through the company's OpenID Connect provider, end to end.

The provider is a real one (oidc-provider-mock) serving on loopback in a thread: allauth reads its
discovery document, the test submits its authorisation form as the person would, and allauth
exchanges the code at its token endpoint and reads its userinfo over HTTP. Only the browser is
played by the test: Django's test client on our side, urllib on the provider's.
"""

import json
import re
import urllib.error
import urllib.request
from html import unescape
from urllib.parse import quote, urlencode

import oidc_provider_mock
import pytest
from allauth.socialaccount.models import SocialAccount
from django.urls import reverse

from accounts.models import User
from config.sso import providers_from_environment
from tests.factories import EmployeeFactory


@pytest.fixture(scope="module")
def provider():
    with oidc_provider_mock.run_server_in_thread() as server:
        yield f"http://localhost:{server.server_port}"


@pytest.fixture
def sso(settings, provider):
    """The OIDC provider configured as a deployment would: through the environment's variables."""
    settings.SOCIALACCOUNT_PROVIDERS = providers_from_environment(
        {
            "SSO_OIDC_SERVER_URL": provider,
            "SSO_OIDC_CLIENT_ID": "academy",
            "SSO_OIDC_CLIENT_SECRET": "academy-secret",
            "SSO_OIDC_NAME": "Example Corp",
        }
    )
    return provider


class _KeepRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def _send(url: str, *, method: str, data: bytes, content_type: str) -> tuple[int, str]:
    request = urllib.request.Request(
        url, data=data, method=method, headers={"Content-Type": content_type}
    )
    try:
        with urllib.request.build_opener(_KeepRedirects).open(request, timeout=10) as response:
            return response.status, response.headers.get("Location", "")
    except urllib.error.HTTPError as answer:
        return answer.code, answer.headers.get("Location", "")


def sign_in_at_provider(client, provider: str, *, sub: str, claims: dict):
    """Press "Sign in with …", approve as `sub` at the provider, and follow it back to us."""
    status, _ = _send(
        f"{provider}/users/{quote(sub)}",
        method="PUT",
        data=json.dumps(claims).encode(),
        content_type="application/json",
    )
    assert status == 204
    login_page = client.get(reverse("account_login")).text
    button = re.search(
        r'<form method="post" action="([^"]+)"[^>]*>\s*<input[^>]*csrfmiddlewaretoken', login_page
    )
    assert button, "the login page offers no SSO button"
    to_provider = client.post(unescape(button.group(1)))
    assert to_provider.status_code == 302
    authorize = to_provider["Location"]
    assert authorize.startswith(f"{provider}/oauth2/authorize?")
    status, back = _send(
        authorize,
        method="POST",
        data=urlencode({"sub": sub}).encode(),
        content_type="application/x-www-form-urlencoded",
    )
    assert status == 302 and "/accounts/oidc/company/login/callback/?" in back
    return client.get(back)


def signed_in_as(client) -> User | None:
    user_id = client.session.get("_auth_user_id")
    return User.objects.get(pk=user_id) if user_id else None


def test_login_page_offers_the_company_sign_in_only_when_configured(client, db, settings):
    settings.SOCIALACCOUNT_PROVIDERS = {}
    assert "Sign in with" not in client.get(reverse("account_login")).text
    settings.SOCIALACCOUNT_PROVIDERS = providers_from_environment(
        {
            "SSO_OIDC_SERVER_URL": "https://idp.example.com",
            "SSO_OIDC_CLIENT_ID": "academy",
            "SSO_OIDC_CLIENT_SECRET": "academy-secret",
            "SSO_OIDC_NAME": "Example Corp",
        }
    )
    assert "Sign in with Example Corp" in client.get(reverse("account_login")).text


def test_an_employee_signs_in_through_the_company_provider(client, db, sso):
    dana = EmployeeFactory(user__email="dana@example.org").user
    response = sign_in_at_provider(
        client, sso, sub="idp-dana", claims={"email": "dana@example.org", "name": "Dana"}
    )
    assert response.status_code == 302 and response["Location"] == reverse("portal:learn")
    assert signed_in_as(client) == dana
    assert client.get("/learn/").status_code == 200
    account = SocialAccount.objects.get()
    assert (account.user, account.provider, account.uid) == (dana, "company", "idp-dana")


def test_a_second_sign_in_follows_the_connection(client, db, sso):
    dana = EmployeeFactory(user__email="dana@example.org").user
    sign_in_at_provider(client, sso, sub="idp-dana-2", claims={"email": "dana@example.org"})
    client.logout()
    sign_in_at_provider(client, sso, sub="idp-dana-2", claims={"email": "dana@example.org"})
    assert signed_in_as(client) == dana
    assert SocialAccount.objects.count() == 1


def test_an_email_in_another_case_finds_the_employee(client, db, sso):
    dana = EmployeeFactory(user__email="dana@example.org").user
    sign_in_at_provider(client, sso, sub="idp-dana-3", claims={"email": "Dana@Example.ORG"})
    assert signed_in_as(client) == dana
    assert client.get("/learn/").status_code == 200


def test_someone_not_in_the_directory_gets_a_clear_page_and_no_account(client, db, sso):
    EmployeeFactory(user__email="dana@example.org")
    users = User.objects.count()
    response = sign_in_at_provider(
        client, sso, sub="idp-stranger", claims={"email": "stranger@example.org"}
    )
    assert response.status_code == 403
    assert "not in the employee directory" in response.text
    assert "stranger@example.org" in response.text and "HR or IT" in response.text
    assert User.objects.count() == users
    assert not SocialAccount.objects.exists()
    assert signed_in_as(client) is None
    assert client.get("/learn/").status_code == 302


def test_an_email_the_provider_marks_unverified_finds_no_one(client, db, sso):
    """An IdP that says `email_verified: false` has not vouched for the address: no match."""
    EmployeeFactory(user__email="dana@example.org")
    users = User.objects.count()
    response = sign_in_at_provider(
        client,
        sso,
        sub="idp-impostor",
        claims={"email": "dana@example.org", "email_verified": False},
    )
    assert response.status_code == 403
    assert "not verified" in response.text
    assert User.objects.count() == users
    assert not SocialAccount.objects.exists()
    assert signed_in_as(client) is None
    # The same person with a verified address (or with no claim at all, as Entra ID) gets in.
    sign_in_at_provider(
        client, sso, sub="idp-dana-v", claims={"email": "dana@example.org", "email_verified": True}
    )
    assert signed_in_as(client).email == "dana@example.org"


def test_a_user_without_an_employee_record_is_not_in_the_directory(client, db, sso):
    User.objects.create_user("contractor@example.org")
    response = sign_in_at_provider(
        client, sso, sub="idp-contractor", claims={"email": "contractor@example.org"}
    )
    assert response.status_code == 403 and "not in the employee directory" in response.text
    assert signed_in_as(client) is None and not SocialAccount.objects.exists()


@pytest.mark.parametrize(
    "leaver", [{"leaver": True}, {"user__is_active": False}], ids=["employee", "user"]
)
def test_a_deactivated_employee_is_refused(client, db, sso, leaver):
    EmployeeFactory(user__email="lee@example.org", **leaver)
    response = sign_in_at_provider(
        client,
        sso,
        sub=f"idp-lee-{len(leaver)}{list(leaver)[0]}",
        claims={"email": "lee@example.org"},
    )
    assert response.status_code == 403
    assert "Your account is deactivated" in response.text
    assert signed_in_as(client) is None and not SocialAccount.objects.exists()


def test_an_employee_deactivated_after_connecting_is_refused(client, db, sso):
    employee = EmployeeFactory(user__email="kim@example.org")
    sign_in_at_provider(client, sso, sub="idp-kim", claims={"email": "kim@example.org"})
    client.logout()
    employee.active = False
    employee.save()
    response = sign_in_at_provider(client, sso, sub="idp-kim", claims={"email": "kim@example.org"})
    assert response.status_code == 403 and "deactivated" in response.text
    assert signed_in_as(client) is None


def test_an_identity_without_an_email_is_not_matched_to_anyone(client, db, sso):
    EmployeeFactory(user__email="dana@example.org")
    response = sign_in_at_provider(client, sso, sub="idp-no-email", claims={"name": "Dana"})
    assert response.status_code == 403 and "it sent none" in response.text
    assert signed_in_as(client) is None and not SocialAccount.objects.exists()


def test_a_link_alone_does_not_start_a_sign_in(client, db, sso):
    """Only the button's POST (with its CSRF token) goes to the provider; a GET asks first."""
    response = client.get(reverse("openid_connect_login", kwargs={"provider_id": "company"}))
    assert response.status_code == 200
    assert 'method="post"' in response.text
