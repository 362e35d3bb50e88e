"""A privileged person without a second factor, in the browser: nothing but enrolment until done."""

import pytest
from allauth.mfa.models import Authenticator
from playwright.sync_api import expect

from tests.factories import current_totp_code
from training.demo.people import DEMO_PASSWORD

pytestmark = pytest.mark.browser


def test_an_auditor_enrols_an_authenticator_app_before_seeing_any_evidence(page, site, axe):
    Authenticator.objects.filter(user__email="auditor@example.com").delete()
    enrolment = f"{site.url}/accounts/2fa/"
    page.goto(f"{site.url}/accounts/login/")
    page.get_by_label("Email").fill("auditor@example.com")
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Sign in").click()

    expect(page).to_have_url(enrolment)
    expect(page.get_by_text("you need a second factor")).to_be_visible()
    for path in ["/compliance/", "/learn/", "/compliance/exports/"]:
        page.goto(f"{site.url}{path}")
        expect(page).to_have_url(enrolment)
    axe(page)

    page.get_by_role("link", name="Activate").click()
    page.locator("input[name=password]").fill(DEMO_PASSWORD)  # allauth asks for it again
    page.get_by_role("button", name="Confirm").click()
    secret = page.locator("#authenticator_secret").input_value()
    page.get_by_label("Authenticator code").fill(current_totp_code(secret))
    page.get_by_role("button", name="Activate").click()
    expect(page.get_by_text("Recovery Codes").first).to_be_visible()

    page.goto(f"{site.url}/compliance/")
    expect(page.get_by_role("heading", level=1)).to_have_text("The organisation today")
