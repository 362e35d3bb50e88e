import copy
import re
from datetime import date

import pytest
from wagtail.models import Page, PageViewRestriction, Revision

from content import course_data
from content.building import build_course
from content.course_data import modules, shipped_courses
from content.course_data.site import privacy_notice
from content.models import (
    BuiltRevision,
    CoursePage,
    HomePage,
    LessonPage,
    ModulePage,
    StandardPage,
)

PRINCIPLES = [
    "Comply with the law",
    "Be transparent",
    "Collect only what you need",
    "Keep data secure",
    "Ask for real consent",
    "Share carefully",
    "Anonymise and pseudonymise",
    "Keep data accurate",
    "Respect people's rights",
    "Build an ethical culture",
]

# One quiz per shipped module: the core course's ten and one per role track.
QUIZZES = sum(len(course.modules) for course in shipped_courses())


def words(value) -> int:
    return len(re.sub(r"<[^>]+>", " ", str(value)).split())


def test_course_has_ten_modules_in_the_order_of_the_principles(course):
    assert [m.title for m in course.modules()] == PRINCIPLES
    assert [m.number for m in course.modules()] == list(range(1, 11))


def test_every_module_has_two_to_four_lessons_and_the_course_at_least_25(course):
    for module in course.modules():
        assert 2 <= module.lessons().count() <= 4, module.title
    assert course.lessons().count() >= 25


@pytest.mark.parametrize("spec", modules(), ids=lambda m: m["slug"])
def test_module_content_meets_the_syllabus(spec):
    kinds = [kind for lesson in spec["lessons"] for kind, _ in lesson["body"]]
    assert "scenario" in kinds
    assert kinds.count("legal_reference") >= 2
    assert spec["lessons"][-1]["body"][-1][0] == "takeaways"
    for lesson in spec["lessons"]:
        # A five-minute read.
        assert 300 <= sum(words(v) for _, v in lesson["body"]) <= 700, lesson["slug"]


def test_lesson_titles_are_unique_across_the_course(course):
    titles = list(course.lessons().values_list("title", flat=True))
    assert len(titles) == len(set(titles))


def test_pages_are_published_with_a_live_revision(course):
    for lesson in course.lessons():
        assert lesson.live and lesson.live_revision_id is not None


def test_course_is_for_signed_in_people_and_home_is_the_site_root(course):
    assert PageViewRestriction.objects.filter(
        page=course, restriction_type=PageViewRestriction.LOGIN
    ).exists()
    home = HomePage.objects.get()
    assert home.get_site().root_page_id == home.id
    assert StandardPage.objects.filter(build_key="privacy-notice", live=True).exists()


def test_running_it_twice_changes_nothing(course):
    pages, revisions = Page.objects.count(), Revision.objects.count()
    report = build_course()
    assert report.created == []
    assert (Page.objects.count(), Revision.objects.count()) == (pages, revisions)


def test_an_editors_changes_are_kept(course):
    module = ModulePage.objects.get(build_key="m03")
    module.title = "Data minimisation, our way"
    module.save_revision().publish()
    lesson = module.lessons().first()
    lesson.slug = "renamed-by-editor"
    lesson.save_revision().publish()

    build_course()

    module.refresh_from_db()
    assert module.title == "Data minimisation, our way"
    assert ModulePage.objects.filter(build_key="m03").count() == 1
    assert LessonPage.objects.filter(build_key=lesson.build_key).get().slug == "renamed-by-editor"


def test_a_deleted_lesson_is_built_again_and_nothing_else(course):
    lesson = LessonPage.objects.get(build_key="m01/which-laws-apply")
    lesson.delete()
    report = build_course()
    assert report.created == ["Which laws apply to customer data"]
    assert CoursePage.objects.count() == len(shipped_courses())


def changed_modules(lesson_slug="which-laws-apply", **changes):
    """The shipped modules with one lesson of module 1 changed, as a newer release would ship."""
    specs = copy.deepcopy(modules())
    lesson = next(x for x in specs[0]["lessons"] if x["slug"] == lesson_slug)
    lesson.update(changes)
    return specs


NEW_BODY = [("text", "<p>The rules changed, so this lesson did too.</p>")]


def test_shipped_changes_reach_a_lesson_no_editor_has_changed(course, monkeypatch):
    lesson = LessonPage.objects.get(build_key="m01/which-laws-apply")
    before = lesson.live_revision_id
    monkeypatch.setattr(course_data, "modules", lambda: changed_modules(body=NEW_BODY))

    report = build_course()

    lesson.refresh_from_db()
    assert report.updated == [lesson.title] and report.created == report.kept_edited == []
    assert lesson.live_revision_id != before and not lesson.has_unpublished_changes
    assert "The rules changed" in str(lesson.body)
    assert BuiltRevision.objects.filter(revision_id=lesson.live_revision_id).exists()

    revisions = Revision.objects.count()
    again = build_course()
    assert (again.created, again.updated, again.kept_edited) == ([], [], [])
    assert Revision.objects.count() == revisions


def test_a_lesson_an_editor_published_is_kept_and_reported(course, monkeypatch):
    lesson = LessonPage.objects.get(build_key="m01/which-laws-apply")
    lesson.title = "Laws for our team"
    lesson.save_revision().publish()
    monkeypatch.setattr(course_data, "modules", lambda: changed_modules(body=NEW_BODY))

    report = build_course()

    lesson.refresh_from_db()
    assert report.kept_edited == ["Laws for our team"] and report.updated == []
    assert "The rules changed" not in str(lesson.body)
    assert "kept (edited): Laws for our team" in str(report)


def test_a_lesson_with_an_editors_draft_is_kept(course, monkeypatch):
    lesson = LessonPage.objects.get(build_key="m01/which-laws-apply")
    lesson.title = "Work in progress"
    lesson.save_revision()  # not published
    monkeypatch.setattr(course_data, "modules", lambda: changed_modules(body=NEW_BODY))

    report = build_course()

    lesson.refresh_from_db()
    assert report.kept_edited == [lesson.title]
    assert lesson.latest_revision.as_object().title == "Work in progress"
    assert "The rules changed" not in str(lesson.body)


def test_pages_built_before_builds_were_recorded_are_updated_once(course, monkeypatch):
    # An install built by the earlier builder: one revision per page, made by no user.
    BuiltRevision.objects.all().delete()
    monkeypatch.setattr(course_data, "modules", lambda: changed_modules(body=NEW_BODY))

    report = build_course()

    assert report.kept_edited == []
    assert "Which laws apply to customer data" in report.updated
    assert BuiltRevision.objects.count() == Page.objects.filter(depth__gt=1).count() + QUIZZES
    assert build_course().updated == []


def test_the_privacy_notice_is_updated_with_the_configured_controller(course, settings):
    settings.PRIVACY_NOTICE_CONTROLLER = "Northwind Outdoor Ltd"
    settings.PRIVACY_NOTICE_DPO_CONTACT = "privacy@northwind.example"
    report = build_course()
    assert report.updated == ["Privacy notice"]
    page = StandardPage.objects.get(build_key="privacy-notice")
    text = str(page.body)
    assert "Northwind Outdoor Ltd, the organisation that gave you access" in text
    assert "privacy@northwind.example" in text


def test_the_privacy_notice_states_a_defensible_basis_and_every_right():
    notice = privacy_notice()
    text = " ".join(str(value) for _, value in notice["body"])
    assert "legal obligation" not in text
    assert "legitimate interest" in text and "Art. 6(1)(f)" in text
    assert "Your employer, the organisation that gave you access" in text  # the controller
    assert "data protection officer (DPO)" in text
    assert "object" in text and "Art. 21" in text
    assert "supervisory authority" in text and "Art. 77" in text


def test_the_course_states_its_legal_position_and_review_cadence(course):
    assert course.legal_position_as_of == date(2026, 12, 1)
    assert course.legal_position == (
        "Legal position as of 1 December 2026; reviewed every six months."
    )
    assert course.legal_review_due == date(2027, 6, 1)
    course.legal_review_months, course.legal_position_as_of = 12, date(2028, 2, 29)
    assert course.legal_review_cadence == "every year"
    assert course.legal_review_due == date(2029, 2, 28)
    course.legal_position_as_of = None
    assert course.legal_position == "" and course.legal_review_due is None


def test_a_lesson_added_in_a_new_release_takes_its_place_in_the_module(course, monkeypatch):
    specs = copy.deepcopy(modules())
    new = copy.deepcopy(specs[0]["lessons"][0])
    new.update(slug="a-new-second-lesson", title="A new second lesson")
    specs[0]["lessons"].insert(1, new)
    monkeypatch.setattr(course_data, "modules", lambda: specs)

    report = build_course()

    assert report.created == ["A new second lesson"]
    module = ModulePage.objects.get(build_key="m01")
    assert [x.slug for x in module.lessons()] == [x["slug"] for x in specs[0]["lessons"]]
    assert build_course().created == []
