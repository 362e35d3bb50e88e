from content.models import CoursePage, HomePage, LessonPage, ModulePage, StandardPage


def test_page_tree_rules():
    assert CoursePage.allowed_parent_page_models() == [HomePage]
    assert ModulePage.allowed_parent_page_models() == [CoursePage]
    assert LessonPage.allowed_parent_page_models() == [ModulePage]
    assert LessonPage.allowed_subpage_models() == []
    assert set(HomePage.allowed_subpage_models()) == {CoursePage, StandardPage}


def test_next_lesson_crosses_into_the_next_module(course):
    modules = list(course.modules())
    last_of_first = modules[0].lessons().last()
    assert last_of_first.next_lesson() == modules[1].lessons().first()
    assert course.lessons().last().next_lesson() is None
