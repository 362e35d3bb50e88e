import os

import pytest
from django.core.cache import cache

from content.building import build_course
from content.models import CoursePage

from .factories import PASSWORD, EmployeeFactory

# Playwright's sync API runs an event loop in the test thread; Django's ORM is used from it safely.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Build the shipped course once; every test then runs inside a rolled-back transaction."""
    with django_db_blocker.unblock():
        build_course()


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def course(db):
    return CoursePage.objects.get(build_key="data-ethics-essentials")


@pytest.fixture
def employee(db):
    return EmployeeFactory(user__email="learner@example.org")


@pytest.fixture
def learner_client(client, employee):
    assert client.login(email=employee.user.email, password=PASSWORD)
    return client
