import pytest

from tests import factories


@pytest.mark.parametrize(
    "factory",
    [
        factories.UserFactory,
        factories.DepartmentFactory,
        factories.JobRoleFactory,
        factories.EmployeeFactory,
    ],
)
def test_model_factories_build(db, factory):
    obj = factory()
    assert obj.pk is not None


def test_page_factories_build_a_course_tree(db):
    from wagtail.models import Page

    root = Page.get_first_root_node()
    course = factories.CoursePageFactory(parent=root)
    module = factories.ModulePageFactory(parent=course)
    lesson = factories.LessonPageFactory(parent=module)
    assert lesson.get_parent().specific == module
    assert lesson.live_revision is not None


def test_leaver_trait(db):
    assert factories.EmployeeFactory(leaver=True).active is False


def test_demo_people_exist_once_however_often_seeded(db):
    from training.demo.people import DEMO_PEOPLE, create_demo_users
    from training.people.models import Employee

    create_demo_users()
    create_demo_users()
    assert Employee.objects.filter(user__email__endswith="@example.com").count() == len(DEMO_PEOPLE)
    manager = Employee.objects.get(user__email="manager@example.com")
    assert manager.reports.count() == 2
