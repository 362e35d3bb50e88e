"""People: users, departments, job roles, employees."""

import datetime
import time

import factory
from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import (
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
)
from allauth.mfa.utils import decrypt, encrypt
from django.contrib.auth import get_user_model
from factory.django import DjangoModelFactory

from training.people.access import is_privileged
from training.people.models import Department, Employee, JobRole

PASSWORD = "correct-horse-battery"


class TOTPAuthenticatorFactory(DjangoModelFactory):
    """A TOTP authenticator app, enrolled: `totp_code(user)` gives its current code."""

    class Meta:
        model = Authenticator

    user = factory.SubFactory("tests.factories.people.UserFactory", mfa=False)
    type = Authenticator.Type.TOTP
    data = factory.LazyFunction(lambda: {"secret": encrypt(generate_totp_secret())})


def totp_code(user) -> str:
    """The code the user's authenticator app shows now, computed from its secret."""
    authenticator = Authenticator.objects.get(user=user, type=Authenticator.Type.TOTP)
    return current_totp_code(decrypt(authenticator.data["secret"]))


def current_totp_code(secret: str) -> str:
    return format_hotp_value(hotp_value(secret, int(time.time()) // mfa_settings.TOTP_PERIOD))


def enrol_totp(user):
    """Privileged users must use MFA (`access.is_privileged`): give one an authenticator, as the
    factories do, when its rights were granted after it was built."""
    if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        TOTPAuthenticatorFactory(user=user)
    return user


class UserFactory(DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("email",)
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    class Params:
        # A privileged user who has not enrolled yet: the MFA middleware sends them to enrolment.
        without_mfa = factory.Trait(mfa=False)

    @factory.post_generation
    def save_password(obj, create, extracted, **kwargs):
        if create:
            obj.save()

    @factory.post_generation
    def groups(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.groups.add(*extracted)

    @factory.post_generation
    def mfa(obj, create, extracted, **kwargs):
        """Privileged users (who must use MFA) are enrolled with a TOTP app unless `mfa=False`."""
        if not create or extracted is False:
            return
        for cache in ("_perm_cache", "_user_perm_cache", "_group_perm_cache"):
            obj.__dict__.pop(cache, None)  # groups may have been added above
        if extracted or is_privileged(obj):
            enrol_totp(obj)


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
