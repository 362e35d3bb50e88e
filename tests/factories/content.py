"""Course pages: a course, its modules and their lessons, published like an editor would."""

import factory
import wagtail_factories
from wagtail.models import Page

from content.models import CoursePage, LessonPage, ModulePage


class CoursePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CoursePage

    parent = factory.LazyFunction(Page.get_first_root_node)
    title = factory.Sequence(lambda n: f"Course {n}")
    summary = "A course for tests."


class ModulePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ModulePage

    parent = factory.SubFactory(CoursePageFactory)
    title = factory.Sequence(lambda n: f"Module {n}")
    number = factory.Sequence(lambda n: n + 1)
    summary = "A module for tests."


class LessonPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = LessonPage
        skip_postgeneration_save = True

    parent = factory.SubFactory(ModulePageFactory)
    title = factory.Sequence(lambda n: f"Lesson {n}")
    summary = "A lesson for tests."
    body = factory.LazyFunction(lambda: [("text", "<p>Read me.</p>")])

    @factory.post_generation
    def publish(obj, create, extracted, **kwargs):
        """Lessons are published like an editor would, so they have a live revision."""
        if create and obj.live and extracted is not False:
            obj.save_revision().publish()
            obj.refresh_from_db()
