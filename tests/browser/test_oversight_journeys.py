"""The manager's, the compliance officer's and the learner's daily questions, in the browser."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_manager_finds_who_is_late_and_nudges_them(page, sign_in, axe):
    sign_in(page, "manager@example.com")
    page.get_by_role("link", name="My team").click()
    expect(page.get_by_role("heading", name="My team", level=1)).to_be_visible()
    axe(page)
    page.get_by_role("link", name="Eli Novak").click()
    expect(page.get_by_role("heading", name="Eli Novak", level=1)).to_be_visible()
    expect(page.get_by_text("How the dates were worked out").first).to_be_visible()
    axe(page)
    page.get_by_role("button", name="Send reminder").first.click()
    expect(page.get_by_text("Reminder sent to Eli Novak.")).to_be_visible()


def test_compliance_officer_looks_back_and_exports(page, sign_in, axe):
    sign_in(page, "compliance@example.com")
    page.get_by_role("link", name="Compliance").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("The organisation today")
    expect(page.locator("svg.chart")).to_be_visible()
    axe(page)
    page.get_by_label("As of").fill("2026-06-30")
    page.get_by_role("button", name="Show").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("The organisation on 30 June 2026")
    page.get_by_role("link", name="Exports and evidence pack").click()
    axe(page)
    with page.expect_download() as download:
        page.locator(
            "a[href*='kind=records'][href*='format=csv'], button:has-text('CSV')"
        ).first.click()
    assert re.search(r"\.csv$", download.value.suggested_filename)


def test_employee_downloads_their_own_record(page, sign_in, axe):
    sign_in(page, "employee@example.com")
    expect(page.get_by_role("heading", name="My learning", level=1)).to_be_visible()
    with page.expect_download() as download:
        page.get_by_role("link", name=re.compile("Download my training record \\(JSON\\)")).click()
    assert download.value.suggested_filename.endswith(".json")
    expect(page.get_by_role("link", name="My team")).to_have_count(0)
    expect(page.get_by_role("link", name="Compliance")).to_have_count(0)
