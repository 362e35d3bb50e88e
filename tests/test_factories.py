"""Every factory builds, and every assignment trait gives the status it is named after."""

from datetime import UTC, datetime

import pytest
from wagtail.models import Page

from quizzes.states import QuizState, standing
from tests import factories
from training.certification.issuing import verify_chain
from training.certification.models import Assignment, Status

MODEL_FACTORIES = [
    factories.UserFactory,
    factories.DepartmentFactory,
    factories.JobRoleFactory,
    factories.EmployeeFactory,
    factories.CertificationProgramFactory,
    factories.RoleRequirementFactory,
    factories.AssignmentFactory,
    factories.AssignmentEventFactory,
    factories.ExemptionFactory,
    factories.CertificationRecordFactory,
    factories.LessonCompletionFactory,
    factories.QuizFactory,
    factories.AttemptFactory,
    factories.TOTPAuthenticatorFactory,
]


def test_every_factory_in_the_package_is_built_here():
    exported = {getattr(factories, name) for name in factories.__all__ if name.endswith("Factory")}
    pages = {factories.CoursePageFactory, factories.ModulePageFactory, factories.LessonPageFactory}
    assert exported == set(MODEL_FACTORIES) | pages


@pytest.mark.parametrize("factory", MODEL_FACTORIES, ids=lambda f: f.__name__)
def test_model_factories_build(db, factory):
    obj = factory()
    assert obj.pk is not None


def test_page_factories_build_a_course_tree(db):
    root = Page.get_first_root_node()
    course = factories.CoursePageFactory(parent=root)
    module = factories.ModulePageFactory(parent=course)
    lesson = factories.LessonPageFactory(parent=module)
    assert lesson.get_parent().specific == module
    assert lesson.live_revision is not None


def test_a_lesson_alone_builds_its_module_and_course_under_the_root(db):
    lesson = factories.LessonPageFactory()
    course = lesson.get_parent().get_parent()
    assert course.get_parent().pk == Page.get_first_root_node().pk


def test_leaver_trait(db):
    assert factories.EmployeeFactory(leaver=True).active is False


@pytest.mark.parametrize("status", list(Status), ids=str)
def test_each_assignment_trait_has_its_status_now(db, status):
    assignment = factories.AssignmentFactory(**{status.value: True})
    assert Assignment.objects.with_status().get(pk=assignment.pk).status == status


@pytest.mark.parametrize("status", list(Status), ids=str)
def test_each_assignment_trait_has_its_status_as_of_a_past_moment_too(db, status):
    """The history it builds (events, evidence, learning) says the same as the current facts."""
    at = datetime(2025, 6, 1, 9, tzinfo=UTC)
    assignment = factories.AssignmentFactory(at=at, **{status.value: True})
    assert Assignment.objects.with_status(at=at).get(pk=assignment.pk).status == status


def test_records_made_by_the_factories_keep_the_chain_intact(db):
    factories.CertificationRecordFactory()
    factories.AssignmentFactory(certified=True)
    factories.AssignmentFactory(renewal_due=True)
    check = verify_chain()
    assert check.ok, check.message


@pytest.mark.parametrize(
    "traits, state",
    [
        ({}, QuizState.IN_PROGRESS),
        ({"failing": True}, QuizState.FAILED),
        ({"passing": True}, QuizState.PASSED),
        ({"timed_out": True}, QuizState.FAILED),
    ],
    ids=str,
)
def test_attempt_traits(db, traits, state):
    attempt = factories.AttemptFactory(**traits)
    now = standing([attempt], attempts_per_cycle=3, at=datetime.now(UTC))
    assert now.state == state
