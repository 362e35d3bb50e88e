import re

import pytest
from wagtail.models import Page, PageViewRestriction, Revision

from content.building import build_course
from content.course_data import modules
from content.models import CoursePage, HomePage, LessonPage, ModulePage, StandardPage

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
    assert CoursePage.objects.count() == 1
