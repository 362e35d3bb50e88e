"""A compliance officer's security key, in the browser: enrolled, then used as the second step.

Chromium's virtual authenticator (DevTools Protocol, `WebAuthn` domain) plays the key: it answers
`navigator.credentials.create()` and `.get()` the way a platform authenticator with a PIN or a
fingerprint reader would, without a dialog. The live server is http://localhost, which Chromium and
allauth's python-fido2 both accept as a secure origin, so `MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN` stays
`False` here as in production (decision 0010). allauth's WebAuthn pages run only its own static
scripts (data travels in `application/json` blocks), so they live under the strict policy: the
`csp_problems` listener fails the journey on any violation.
"""

from urllib.parse import parse_qs

import pytest
from allauth.mfa.models import Authenticator
from playwright.sync_api import expect

from tests.org import compliance_officer

from .conftest import assert_no_csp_problems

pytestmark = pytest.mark.browser

PASSWORD = "pw-compliance-1"  # tests.org.compliance_officer's
AUTHENTICATE = "/accounts/2fa/authenticate/"
# A security key with a PIN or fingerprint, always touched when asked.
SECURITY_KEY = {
    "protocol": "ctap2",
    "transport": "internal",
    "hasResidentKey": True,
    "hasUserVerification": True,
    "isUserVerified": True,
    "automaticPresenceSimulation": True,
}


@pytest.fixture
def officer(live_server, course_tx):
    return compliance_officer(mfa=False)


@pytest.fixture
def keys(page):
    """Plug virtual security keys into this page's browser: `plug()` one, `unplug(id)` it."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("WebAuthn.enable")

    class Keys:
        def plug(self) -> str:
            added = cdp.send("WebAuthn.addVirtualAuthenticator", {"options": SECURITY_KEY})
            return added["authenticatorId"]

        def unplug(self, key: str) -> None:
            cdp.send("WebAuthn.removeVirtualAuthenticator", {"authenticatorId": key})

        def credentials(self, key: str) -> list:
            return cdp.send("WebAuthn.getCredentials", {"authenticatorId": key})["credentials"]

    return Keys()


def sign_in_with_password(page, site, email):
    page.goto(f"{site}/accounts/login/?next=/compliance/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()


def enrol_security_key(page, site, officer):
    """Sign in with the password, get sent to enrolment, add the key through allauth's page."""
    sign_in_with_password(page, site, officer.email)
    expect(page).to_have_url(f"{site}/accounts/2fa/")
    expect(page.get_by_text("you need a second factor")).to_be_visible()
    page.get_by_role("link", name="Add").click()  # under "Security Keys"
    page.locator("input[name=password]").fill(PASSWORD)  # allauth asks for it again
    page.get_by_role("button", name="Confirm").click()
    expect(page).to_have_url(f"{site}/accounts/2fa/webauthn/add/")
    page.get_by_label("Name").fill("Office key")
    page.get_by_role("button", name="Add").click()
    expect(page.get_by_text("Security key added.")).to_be_visible()


def sign_out(page):
    page.get_by_role("button", name="Sign out").click()


def expect_compliance_dashboard(page, site):
    page.goto(f"{site}/compliance/")
    expect(page.get_by_role("heading", level=1)).to_have_text("The organisation today")


def expect_still_at_the_second_step(page, site):
    """Every page, the evidence included, sends them back to the second step."""
    page.goto(f"{site}/compliance/")
    expect(page).to_have_url(f"{site}{AUTHENTICATE}")
    expect(page.get_by_role("heading", level=1)).to_have_text("Two-Factor Authentication")


def test_an_officer_enrols_a_security_key_then_signs_in_with_it(
    page, live_server, officer, keys, csp_problems
):
    site = live_server.url
    key = keys.plug()
    enrol_security_key(page, site, officer)
    assert len(keys.credentials(key)) == 1
    [authenticator] = Authenticator.objects.filter(user=officer, type=Authenticator.Type.WEBAUTHN)
    assert authenticator.data["name"] == "Office key"
    expect_compliance_dashboard(page, site)

    sign_out(page)
    sign_in_with_password(page, site, officer.email)
    expect(page).to_have_url(f"{site}{AUTHENTICATE}")  # the password alone is not enough
    page.get_by_role("button", name="Use a security key").click()  # the key answers
    expect(page).to_have_url(f"{site}/compliance/")
    expect(page.get_by_role("heading", level=1)).to_have_text("The organisation today")
    assert_no_csp_problems(csp_problems)


def test_without_the_enrolled_key_the_second_step_does_not_let_them_in(
    page, live_server, officer, keys, csp_problems
):
    site = live_server.url
    key = keys.plug()
    enrol_security_key(page, site, officer)
    sign_out(page)
    sign_in_with_password(page, site, officer.email)
    with page.expect_request(lambda r: r.method == "POST" and r.url.endswith(AUTHENTICATE)) as sent:
        page.get_by_role("button", name="Use a security key").click()
    answer = parse_qs(sent.value.post_data)["credential"][0]  # what the key answered
    expect(page).to_have_url(f"{site}/compliance/")
    sign_out(page)

    # The enrolled key is gone; another key (one the officer never enrolled) is plugged in.
    keys.unplug(key)
    keys.plug()
    sign_in_with_password(page, site, officer.email)
    expect(page).to_have_url(f"{site}{AUTHENTICATE}")
    with page.expect_console_message(lambda m: "NotAllowedError" in m.text):
        page.get_by_role("button", name="Use a security key").click()
    expect_still_at_the_second_step(page, site)

    # Replaying the enrolled key's earlier answer fails too: it signed another sign-in's challenge.
    page.locator("input[name=credential]").evaluate(
        "(input, answer) => { input.value = answer; input.form.submit(); }", answer
    )
    expect(page.get_by_text("Incorrect code")).to_be_visible()
    expect_still_at_the_second_step(page, site)
    assert_no_csp_problems(csp_problems)
