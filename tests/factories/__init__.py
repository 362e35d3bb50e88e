"""Factories for every model the tests build; `tests/test_factories.py` builds each one."""

import datetime

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from factory.django import DjangoModelFactory

from content.models import CoursePage, LessonPage, ModulePage
from training.people.models import Department, Employee, JobRole

PASSWORD = "correct-horse-battery"


class UserFactory(DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("email",)
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def save_password(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class DepartmentFactory(DjangoModelFactory):
    class Meta:
        model = Department
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Department {n}")


class JobRoleFactory(DjangoModelFactory):
    class Meta:
        model = JobRole
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Role {n}")


class EmployeeFactory(DjangoModelFactory):
    class Meta:
        model = Employee

    user = factory.SubFactory(UserFactory)
    employee_number = factory.Sequence(lambda n: f"T{n:05d}")
    department = factory.SubFactory(DepartmentFactory)
    job_role = factory.SubFactory(JobRoleFactory)
    hire_date = datetime.date(2025, 3, 2)
    time_zone = "Europe/London"

    class Params:
        leaver = factory.Trait(active=False)


class CoursePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CoursePage

    title = factory.Sequence(lambda n: f"Course {n}")
    summary = "A course for tests."


class ModulePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ModulePage

    title = factory.Sequence(lambda n: f"Module {n}")
    number = factory.Sequence(lambda n: n + 1)
    summary = "A module for tests."


class LessonPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = LessonPage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Lesson {n}")
    summary = "A lesson for tests."
    body = factory.LazyFunction(lambda: [("text", "<p>Read me.</p>")])

    @factory.post_generation
    def publish(obj, create, extracted, **kwargs):
        """Lessons are published like an editor would, so they have a live revision."""
        if create and obj.live and extracted is not False:
            obj.save_revision().publish()
            obj.refresh_from_db()
