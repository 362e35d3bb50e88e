"""An employee signs in with the company's OpenID Connect provider, in a real browser.

Beyond tests/people/test_sso.py, this proves what only a browser enforces: the button's POST is
redirected to the provider's origin, which the page's CSP must allow as a form-action.
"""

import re

import oidc_provider_mock
import pytest
from django.conf import settings as django_settings
from playwright.sync_api import expect

from config.sso import providers_from_environment, sign_in_origins

pytestmark = pytest.mark.browser


@pytest.fixture
def provider():
    with oidc_provider_mock.run_server_in_thread() as server:
        yield f"http://localhost:{server.server_port}"


def test_employee_signs_in_through_the_company_provider(page, site, provider, settings):
    # What config/settings/base.py makes of these variables, applied to the running server.
    providers = providers_from_environment(
        {
            "SSO_OIDC_SERVER_URL": provider,
            "SSO_OIDC_CLIENT_ID": "academy",
            "SSO_OIDC_CLIENT_SECRET": "academy-secret",
            "SSO_OIDC_NAME": "Example Corp",
        }
    )
    settings.SOCIALACCOUNT_PROVIDERS = providers
    settings.SECURE_CSP = {
        **django_settings.SECURE_CSP,
        "form-action": ["'self'", *sign_in_origins(providers)],
    }
    blocked = []
    page.on(
        "console",
        lambda message: (
            blocked.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )

    page.goto(f"{site.url}/learn/")
    page.get_by_role("button", name="Sign in with Example Corp").click()
    expect(page).to_have_url(re.compile(rf"^{re.escape(provider)}/oauth2/authorize"))
    page.get_by_label("Subject").fill("employee@example.com")
    page.get_by_role("button", name="Authorize", exact=True).click()

    expect(page).to_have_url(f"{site.url}/learn/")
    expect(page.get_by_role("heading", name="My learning", level=1)).to_be_visible()
    assert blocked == []
