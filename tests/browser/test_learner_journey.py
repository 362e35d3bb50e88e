import re

import pytest
from playwright.sync_api import expect

from quizzes.models import Attempt
from tests.helpers import right_answers, wrong_answers

pytestmark = pytest.mark.browser


def answer_open_attempt(page, email: str, *, correctly: bool):
    """Tick answers in the browser, looking the right ones up on the server side."""
    attempt = Attempt.objects.open().get(user__email=email)
    sheet = right_answers(attempt) if correctly else wrong_answers(attempt)
    for choice_ids in sheet.values():
        for cid in choice_ids:
            page.locator(f"#c-{cid}").check()


def test_employee_completes_module_one_fails_then_passes_its_quiz(page, site, axe):
    page.goto(site.url + "/")
    axe(page)

    page.goto(site.url + "/learn/")
    expect(page).to_have_url(re.compile(r"/accounts/login/\?next=/learn/"))
    axe(page)
    page.get_by_label("Email").fill("employee@example.com")
    page.get_by_label("Password").fill("learn-with-care")
    page.get_by_role("button", name="Sign in").click()

    expect(page).to_have_url(site.url + "/learn/")
    expect(page.get_by_role("heading", name="My learning", level=1)).to_be_visible()
    axe(page)

    page.get_by_role("link", name="Start Data Ethics Essentials").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Which laws apply to customer data")
    axe(page)
    # The scenario's answer stays hidden until the learner asks for it.
    reveal = page.locator(".scenario__reveal").first
    expect(reveal.locator("p").first).to_be_hidden()
    reveal.locator("summary").click()
    expect(reveal.locator("p").first).to_be_visible()

    for _ in range(3):
        page.get_by_role("button", name="Mark complete and continue").click()
        axe(page)

    # After the last lesson: the module's quiz.
    expect(page.get_by_role("heading", level=1)).to_have_text("Quiz: Comply with the law")
    expect(page.get_by_text("Attempts left this certification cycle: 3 of 3")).to_be_visible()
    page.get_by_role("button", name="Start attempt").click()
    expect(page.locator("fieldset.question")).to_have_count(5)
    axe(page)

    answer_open_attempt(page, "employee@example.com", correctly=False)
    page.get_by_role("button", name="Submit answers").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Not passed: 0 %")
    expect(page.locator(".result__explanation")).to_have_count(5)
    axe(page)

    page.get_by_role("link", name="Quiz overview").click()
    expect(page.get_by_text("Attempts left this certification cycle: 2 of 3")).to_be_visible()
    page.get_by_role("button", name="Start a new attempt").click()
    answer_open_attempt(page, "employee@example.com", correctly=True)
    page.get_by_role("button", name="Submit answers").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Passed: 100 %")

    page.goto(site.url + "/data-ethics-essentials/comply-with-the-law/")
    expect(page.locator(".page-header .progress__label")).to_have_text("100 % · complete")
    expect(page.locator(".lesson-item.is-complete")).to_have_count(3)
    expect(page.locator(".quiz-panel")).to_contain_text("Quiz passed · 100 %")
    axe(page)

    page.goto(site.url + "/learn/")
    expect(page.locator(".module-tile").first).to_contain_text("Complete")
    expect(page.get_by_role("link", name="Resume Data Ethics Essentials")).to_be_visible()
    axe(page)


def test_keyboard_user_can_reach_main_content(page, site, sign_in):
    sign_in(page, "employee@example.com")
    page.goto(site.url + "/learn/")
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to main content")).to_be_focused()


def test_unknown_page_is_the_styled_404(page, site, axe):
    response = page.goto(site.url + "/does-not-exist/")
    assert response.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("We couldn’t find that page")
    axe(page)
