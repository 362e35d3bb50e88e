import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_employee_completes_module_one_and_sees_it_at_100_percent(page, site, sign_in, axe):
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

    expect(page.get_by_role("heading", level=1)).to_have_text("Comply with the law")
    expect(page.locator(".page-header .progress__label")).to_have_text("100 % · complete")
    expect(page.locator(".lesson-item.is-complete")).to_have_count(3)

    page.goto(site.url + "/learn/")
    tile = page.locator(".module-tile").first
    expect(tile).to_contain_text("3 of 3 lessons · complete")
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
