import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from tests.factories import enrol_totp, totp_code
from training.demo.people import DEMO_PASSWORD, create_demo_users
from training.people.access import is_privileged

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# Runs in every document and frame before any of its own scripts.
REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  console.error(
    `CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || "inline"}` +
    ` at ${event.sourceFile}:${event.lineNumber} ${event.sample || ""}`
  );
}, true);
"""


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": "/usr/bin/chromium",
        "headless": True,
        "args": CHROMIUM_ARGS,
    }


@pytest.fixture
def site(live_server, course_tx):
    """A served site with the shipped course and the demo people, as after `make run`."""
    create_demo_users()
    return live_server


@pytest.fixture
def axe():
    from axe_playwright_python.sync_playwright import Axe

    checker = Axe()

    def check(page):
        results = checker.run(page)
        serious = [
            (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
            for v in results.response["violations"]
            if v["impact"] in {"serious", "critical"}
        ]
        assert serious == [], f"{page.url}: {serious}"

    return check


def sign_in_as(page, site, email):
    """Sign in through the form, as a person would; a privileged person then types the code
    their authenticator app shows (computed here from its secret)."""
    user = get_user_model().objects.get(email=email)
    page.goto(f"{site.url}/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    if is_privileged(user):
        expect(page).to_have_url(f"{site.url}/accounts/2fa/authenticate/")
        page.locator("input[name=code]").fill(totp_code(enrol_totp(user)))
        page.get_by_role("button", name="Sign In", exact=True).click()
        expect(page).not_to_have_url(f"{site.url}/accounts/2fa/authenticate/")


@pytest.fixture
def sign_in(site):
    return lambda page, email: sign_in_as(page, site, email)


def assert_no_csp_problems(problems: list[str]) -> None:
    assert not problems, "CSP problems in chromium's console:\n" + "\n".join(problems)


@pytest.fixture
def csp_problems(page):
    """Every CSP message chromium logs, every violation event, and every uncaught error."""
    problems = []
    page.add_init_script(REPORT_VIOLATIONS)

    def on_console(message):
        if "Content Security Policy" in message.text or message.text.startswith("CSP violation"):
            problems.append(f"{message.type}: {message.text} ({page.url})")

    page.on("console", on_console)
    page.on("pageerror", lambda error: problems.append(f"pageerror: {error} ({page.url})"))
    return problems
