import os

import pytest
from django.conf import settings
from django.core.cache import cache
from hypothesis import settings as hypothesis_settings
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Collection, Locale, Page

from content.building import build_course
from content.models import CoursePage

from .factories import PASSWORD, EmployeeFactory, enrol_totp

# CI runs the same examples every time, so a red build is reproducible and never flaky; a failure
# prints the blob that replays it (@reproduce_failure). Locally each run explores new examples.
hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True, deadline=None)
hypothesis_settings.load_profile(
    "ci" if os.environ.get("CI", "").lower() not in ("", "0", "false") else "default"
)

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


def restore_migration_data():
    """Put back what Wagtail's migrations create, which the flush after a transactional test wipes."""
    Locale.objects.get_or_create(
        language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE)
    )
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root"))


@pytest.fixture
def course_tx(transactional_db):
    """The shipped course in a database whose writes are committed (threads, live server)."""
    restore_migration_data()
    build_course()
    return CoursePage.objects.get(build_key="data-ethics-essentials")


@pytest.fixture
def course(db):
    return CoursePage.objects.get(build_key="data-ethics-essentials")


@pytest.fixture
def admin_user(admin_user):
    """pytest-django's superuser (behind `admin_client`), enrolled in MFA as administrators must be."""
    return enrol_totp(admin_user)


@pytest.fixture
def employee(db):
    return EmployeeFactory(user__email="learner@example.org")


@pytest.fixture
def learner_client(client, employee):
    assert client.login(email=employee.user.email, password=PASSWORD)
    return client


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Run tests that commit (and so flush the database after them) last.

    pytest-django orders them last too, but pytest's grouping by session-scoped parametrised
    fixtures (Playwright's browser) can undo that; the course built once per session must
    survive until every rolled-back test has run.
    """

    def commits(item):
        names = item.fixturenames
        return "transactional_db" in names or "live_server" in names

    items.sort(key=commits)
