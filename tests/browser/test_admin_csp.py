"""The Content-Security-Policy: strict with real nonces on our pages, and one the admin survives.

Every CSP violation shows up in chromium's console (and, through the `csp_problems` listener, as a
console error naming the directive), so these tests collect the console and fail on any of it.
"""

import base64
import re
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, Permission
from playwright.sync_api import expect
from wagtail.images import get_image_model
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

from content.models import LessonPage, ModulePage
from quizzes.models import Quiz

from .conftest import assert_no_csp_problems

pytestmark = pytest.mark.browser

PROBE_TEMPLATES = Path(__file__).parent / "templates"
IMAGE = {
    "name": "pixel.png",
    "mimeType": "image/png",
    "buffer": base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
    ),
}

# A source in a policy: a keyword, a nonce, a scheme or a host. Django's unreplaced sentinel
# ("<CSP_NONCE_SENTINEL>") and the literal 'nonce' match none of them.
SOURCE = re.compile(
    r"'(self|none|unsafe-inline|unsafe-eval|strict-dynamic|report-sample)'"
    r"|'nonce-[A-Za-z0-9_\-+/]{22,}={0,2}'"
    r"|[a-z][a-z0-9+.\-]*:"
    r"|(https?://)?(\*\.)?[a-z0-9.\-]+(:\d+)?(/\S*)?"
)


def parse_policy(header: str) -> dict[str, list[str]]:
    policy = {}
    for directive in filter(None, (part.strip() for part in header.split(";"))):
        name, *sources = directive.split()
        policy[name] = sources
    return policy


def assert_valid(policy: dict[str, list[str]]) -> None:
    invalid = [s for sources in policy.values() for s in sources if not SOURCE.fullmatch(s)]
    assert invalid == [], f"invalid sources in the policy: {invalid}"


@pytest.fixture
def editor(site):
    """The demo content editor, who may edit and publish pages and quizzes and add images.

    Wagtail's migrations give the Editors group its rights, and the flush after a transactional
    test removes them: grant them here.
    """
    group = Group.objects.get(name="Editors")
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label__in=["wagtailadmin", "quizzes", "wagtailimages"],
            codename__in=[
                "access_admin",
                "add_quiz",
                "change_quiz",
                "publish_quiz",
                "add_image",
                "choose_image",
            ],
        )
    )
    root = Page.get_first_root_node()
    GroupCollectionPermission.objects.get_or_create(
        group=group,
        collection=Collection.get_first_root_node(),
        permission=Permission.objects.get(codename="add_image"),
    )
    for codename in ["add_page", "change_page", "publish_page"]:
        GroupPagePermission.objects.get_or_create(
            group=group, page=root, permission=Permission.objects.get(codename=codename)
        )
    return "editor@example.com"


def test_page_editor_and_quiz_editor_work_without_csp_violations(
    page, site, sign_in, editor, csp_problems
):
    lesson = LessonPage.objects.live().first()
    quiz = Quiz.objects.select_related("module").first()
    sign_in(page, editor)
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()

    # The page editor: its go-live date picker is started by an inline script.
    page.goto(f"{site.url}/admin/pages/{lesson.id}/edit/")
    expect(page.locator("#id_title")).to_have_value(lesson.title)
    assert_no_csp_problems(csp_problems)
    page.get_by_role("button", name="Toggle status").click()
    page.get_by_role("button", name="Set schedule").click()
    page.locator("#id_go_live_at").click()
    picker = page.locator(".xdsoft_datetimepicker:visible")
    expect(picker).to_be_visible()
    picker.locator(".xdsoft_date:not(.xdsoft_disabled)").last.click()
    expect(page.locator("#id_go_live_at")).to_have_value(re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d$"))
    page.keyboard.press("Escape")

    # The preview panel renders the lesson in a frame, under the admin's policy.
    page.get_by_role("button", name="Toggle preview").click()
    preview = page.frame_locator("iframe#w-preview-iframe")
    expect(preview.get_by_role("heading", level=1)).to_have_text(lesson.title)

    # The quiz editor: its module is chosen in the page chooser modal.
    page.goto(f"{site.url}/admin/snippets/quizzes/quiz/edit/{quiz.pk}/")
    expect(page.locator("#id_title")).to_have_value(quiz.title)
    assert_no_csp_problems(csp_problems)
    chooser = page.locator("#id_module-chooser")
    # The admin's scripts must have wired the chooser before it is clicked; on a busy machine
    # they take longer than the page's load event, and the modal's own page is then fetched.
    page.wait_for_load_state("networkidle")
    chooser.get_by_role("button", name="Actions").click()
    page.get_by_role("button", name="Choose another page").click()
    modal = page.locator(".modal-content")
    expect(modal.get_by_role("heading", name="Choose Module page")).to_be_visible(timeout=30_000)
    other = ModulePage.objects.exclude(pk=quiz.module_id).first()
    modal.get_by_role("link", name=other.title, exact=True).click()
    expect(chooser.locator(".chooser__title")).to_have_text(other.title)
    expect(page.locator("#id_module")).to_have_value(str(other.pk))

    # The image uploader shows a preview of the file (a blob: address) before it is sent.
    page.goto(f"{site.url}/admin/images/multiple/add/")
    page.set_input_files("#fileupload", IMAGE)
    expect(page.locator("#upload-list .upload-success")).to_have_count(1)
    get_image_model().objects.filter(title="pixel").delete()  # and its file, once committed

    assert_no_csp_problems(csp_problems)


def nonces_in(sources: list[str]) -> set[str]:
    return {s.removeprefix("'nonce-").removesuffix("'") for s in sources if s.startswith("'nonce-")}


def test_our_pages_send_a_strict_valid_policy_and_inline_scripts_carry_its_nonce(
    page, site, sign_in, settings, monkeypatch, csp_problems
):
    lesson = LessonPage.objects.live().first()
    module = lesson.get_parent()
    course = module.get_parent()

    # Home, course, module and lesson as a visitor (the last three send them to sign in),
    # then as the demo learner, up to a quiz attempt: no CSP message anywhere.
    for url in ["/", course.url, module.url, lesson.url]:
        page.goto(site.url + url)
    sign_in(page, "employee@example.com")
    for url in ["/learn/", course.url, module.url]:
        page.goto(site.url + url)
        expect(page.locator("main h1")).to_be_visible()
    page.get_by_role("link", name="Take the quiz").click()
    page.get_by_role("button", name="Start attempt").click()
    expect(page.locator("fieldset.question").first).to_be_visible()
    assert_no_csp_problems(csp_problems)

    response = page.goto(site.url + lesson.url)
    expect(page.get_by_role("heading", level=1)).to_have_text(lesson.title)
    policy = parse_policy(response.headers["content-security-policy"])
    assert_valid(policy)
    for directive in ["script-src", "style-src"]:
        assert "'unsafe-inline'" not in policy[directive]
    assert "'unsafe-eval'" not in policy["script-src"]
    for element, directive in [("script:not([src])", "script-src"), ("style", "style-src")]:
        inline = page.eval_on_selector_all(
            element, "els => els.filter(e => !e.type.includes('json')).map(e => e.nonce)"
        )
        assert set(inline) <= nonces_in(policy[directive]), (element, inline, policy[directive])

    # Our lesson template has no inline script today; render it with one, through base.html's
    # `extra_js` block, to see a fresh nonce reach the header and the script run under it.
    settings.TEMPLATES = [
        {**settings.TEMPLATES[0], "DIRS": [PROBE_TEMPLATES, *settings.TEMPLATES[0]["DIRS"]]}
    ]
    monkeypatch.setattr(LessonPage, "template", "csp_probe/lesson_page.html")
    nonces = []
    for _ in range(2):
        response = page.goto(site.url + lesson.url)
        policy = parse_policy(response.headers["content-security-policy"])
        assert_valid(policy)
        [nonce] = nonces_in(policy["script-src"])
        assert page.eval_on_selector("script#csp-probe", "e => e.nonce") == nonce
        expect(page.locator("html")).to_have_attribute("data-inline-script", "ran")
        nonces.append(nonce)
    assert nonces[0] != nonces[1], "a nonce serves one response only"

    assert_no_csp_problems(csp_problems)
