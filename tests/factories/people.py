"""People: users, departments, job roles, employees."""

import datetime

import factory
from django.contrib.auth import get_user_model
from factory.django import DjangoModelFactory

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
