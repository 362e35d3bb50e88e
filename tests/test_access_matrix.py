"""Every URL of the site, walked with every role, against the expected answer.

A new URL fails this test until it is added to EXPECTED with a decision for each role.
"""

from datetime import UTC, datetime, timedelta

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone

from content.models import LessonPage
from quizzes.models import Attempt, Quiz
from tests.factories import EmployeeFactory, UserFactory
from tests.helpers import complete_course
from tests.org import auditor, compliance_officer
from training.certification.assigning import assign
from training.certification.models import CertificationProgram, CertificationRecord
from training.certification.programs import ANNUAL_PROGRAM
from training.people.models import Delegation

ROLES = [
    "anonymous",
    "employee",
    "manager",
    "other_manager",
    "compliance",
    "auditor",
    "editor",
    "admin",
]

OK, LOGIN, FORBIDDEN, MISSING, METHOD, UNAUTHORISED, REDIRECT = (
    200,
    "login",
    403,
    404,
    405,
    401,
    302,
)


def every(answer, **overrides):
    return {role: overrides.get(role, answer) for role in ROLES}


# People are employees first: every role keeps its own learning.
LEARNER = every(OK, anonymous=LOGIN)
ORGANISATION = every(FORBIDDEN, anonymous=LOGIN, compliance=OK, auditor=OK, admin=OK)
API = every(UNAUTHORISED)

# URL name → (path with sample values, expected answer per role) for a GET.
EXPECTED = {
    "compliance:dashboard": ("/compliance/", ORGANISATION),
    "compliance:audit": ("/compliance/audit/", ORGANISATION),
    "compliance:audit_download": ("/compliance/audit/download/?format=csv", ORGANISATION),
    "exports:index": ("/compliance/exports/", ORGANISATION),
    "exports:download": ("/compliance/exports/download/?kind=records&format=csv", ORGANISATION),
    "evidence:pack": (
        "/compliance/evidence/?date_from=2026-01-01&date_to=2026-11-01",
        ORGANISATION,
    ),
    "team:index": ("/team/", every(FORBIDDEN, anonymous=LOGIN, manager=OK, other_manager=OK)),
    "team:export": (
        "/team/export.csv",
        every(FORBIDDEN, anonymous=LOGIN, manager=OK, other_manager=OK),
    ),
    "team:delegations": (
        "/team/delegations/",
        every(FORBIDDEN, anonymous=LOGIN, manager=OK, other_manager=OK),
    ),
    "team:person": (
        "/team/{employee}/",
        every(
            MISSING, anonymous=LOGIN, employee=OK, manager=OK, compliance=OK, auditor=OK, admin=OK
        ),
    ),
    "team:remind": ("/team/{employee}/remind/{assignment}/", every(METHOD)),
    "portal:learn": ("/learn/", LEARNER),
    "portal:complete_lesson": ("/learn/lessons/{lesson}/complete/", every(METHOD)),
    "portal:attest": ("/learn/courses/{course}/attestation/", LEARNER),
    "portal:quiz": ("/learn/quizzes/{quiz}/", LEARNER),
    "portal:quiz_start": ("/learn/quizzes/{quiz}/start/", every(METHOD)),
    "portal:renewal_check_start": ("/learn/modules/{module}/renewal-check/", every(METHOD)),
    "portal:attempt": (
        "/learn/attempts/{attempt}/",
        every(MISSING, anonymous=LOGIN, employee=OK),
    ),
    "portal:my_record_json": ("/learn/my-record.json", LEARNER),
    "portal:my_record_pdf": ("/learn/my-record.pdf", LEARNER),
    "certificates:mine": ("/certificates/", LEARNER),
    "certificates:verify": ("/certificates/verify/{code}/", every(OK)),
    "certificates:detail": (
        "/certificates/{code}/",
        every(
            MISSING, anonymous=LOGIN, employee=OK, manager=OK, compliance=OK, auditor=OK, admin=OK
        ),
    ),
    "certificates:pdf": (
        "/certificates/{code}/pdf/",
        every(
            MISSING, anonymous=LOGIN, employee=OK, manager=OK, compliance=OK, auditor=OK, admin=OK
        ),
    ),
    "api:openapi-json": ("/api/v1/openapi.json", every(OK)),
    "api:list_records": ("/api/v1/records", API),
    "api:get_record": ("/api/v1/records/{code}", API),
    "api:list_status": ("/api/v1/status", API),
    "api:api-root": ("/api/v1/", every(MISSING)),
    "wagtailcore_login": ("/_util/login/", every(REDIRECT)),
    "privacy_notice": ("/privacy/", every(REDIRECT)),
    "wagtail_serve": ("{lesson_url}", every(OK, anonymous=LOGIN)),
}
# URL name → (sample body, expected answer per role) for a POST. Every URL has a decision: a view
# that only reads refuses POST (405); each that writes says who may, through `access`. A refused
# POST writes nothing (checked below). The sample bodies are valid, so a refusal is the rule's.
READS = every(METHOD)
POSTS = {
    **{name: ({}, READS) for name in EXPECTED},
    "team:delegations": (
        {"email": "editor@example.org", "days": "5"},
        every(FORBIDDEN, anonymous=LOGIN, manager=REDIRECT, other_manager=REDIRECT),
    ),
    "team:remind": (
        {},
        every(
            FORBIDDEN,
            anonymous=LOGIN,
            manager=REDIRECT,
            other_manager=MISSING,
            compliance=REDIRECT,
            editor=MISSING,
            admin=REDIRECT,
        ),
    ),
    # Everyone's own learning: signed in, and a page they may read.
    "portal:complete_lesson": ({}, every(REDIRECT, anonymous=LOGIN)),
    "portal:quiz_start": ({}, every(REDIRECT, anonymous=LOGIN)),
    "portal:renewal_check_start": ({}, every(REDIRECT, anonymous=LOGIN)),
    # Only the employee has finished the course; for the others the page explains why not (200).
    "portal:attest": ({"accept": "yes"}, every(OK, anonymous=LOGIN, employee=REDIRECT)),
    # An attempt is its owner's alone; theirs is graded already, so a second answer is refused.
    "portal:attempt": ({}, every(MISSING, anonymous=LOGIN, employee=REDIRECT)),
    # Not ours to write to: the schema, Wagtail's pages (no forms on ours), redirects.
    "api:openapi-json": ({}, every(OK)),
    "api:api-root": ({}, every(MISSING)),
    "wagtailcore_login": ({}, every(LOGIN)),
    "wagtail_serve": ({}, every(OK, anonymous=LOGIN)),
}
# The tables of the rooms that hold what people did: a refused POST changes none of them.
DOMAIN_APPS = ["people", "learning", "certification", "oversight", "quizzes"]

# Served by other means, or not pages a person opens: checked elsewhere or not at all.
NOT_WALKED = {
    "wagtaildocs_serve",
    "wagtaildocs_authenticate_with_password",
    "wagtailcore_authenticate_with_password",
    None,  # unnamed: admin/login, media in DEBUG
}


def url_names():
    names = set()

    def walk(patterns, namespace):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                if str(pattern.pattern) in {"admin/", "accounts/"}:
                    continue
                inner = pattern.namespace or namespace
                walk(pattern.url_patterns, inner if pattern.namespace else namespace)
            elif isinstance(pattern, URLPattern):
                name = pattern.name
                names.add(f"{namespace}:{name}" if namespace and name else name)

    walk(get_resolver().url_patterns, None)
    return names - NOT_WALKED


@pytest.fixture
def world(course):
    program = CertificationProgram.objects.get(name=ANNUAL_PROGRAM)
    boss = EmployeeFactory(user__email="boss@example.org")
    employee = EmployeeFactory(manager=boss, user__email="me@example.org")
    other_boss = EmployeeFactory(user__email="other-boss@example.org")
    EmployeeFactory(manager=other_boss)
    assignment, _ = assign(
        employee=employee, program=program, at=datetime.now(UTC) - timedelta(days=3)
    )
    complete_course(employee.user, course)
    editor = UserFactory(email="editor@example.org", groups=[Group.objects.get(name="Editors")])
    admin = UserFactory(email="admin@example.org", is_superuser=True, is_staff=True)
    users = {
        "anonymous": None,
        "employee": employee.user,
        "manager": boss.user,
        "other_manager": other_boss.user,
        "compliance": compliance_officer(),
        "auditor": auditor(),
        "editor": editor,
        "admin": admin,
    }
    lesson = LessonPage.objects.live().first()
    values = {
        "employee": employee.pk,
        "assignment": assignment.pk,
        "lesson": lesson.pk,
        "lesson_url": lesson.url,
        "course": course.pk,
        "module": lesson.get_parent().pk,
        "quiz": Quiz.objects.first().pk,
        "attempt": Attempt.objects.filter(user=employee.user).first().pk,
        "code": CertificationRecord.objects.get().verification_code,
    }
    assert Permission.objects.exists()
    return users, values


def test_every_url_is_in_the_table():
    assert url_names() == set(EXPECTED), (
        f"missing: {url_names() - set(EXPECTED)}; stale: {set(EXPECTED) - url_names()}"
    )


@pytest.mark.parametrize("role", ROLES)
def test_every_url_answers_each_role_as_expected(client, world, role):
    users, values = world
    if users[role] is not None:
        client.force_login(users[role])
    wrong = []
    for name, (path, expected) in EXPECTED.items():
        response = client.get(path.format(**values))
        want = expected[role]
        if not answered(response, want):
            wrong.append((name, want, response.status_code))
    assert wrong == [], f"{role}: {wrong}"


def answered(response, want) -> bool:
    if want == LOGIN:
        return response.status_code == 302 and "/accounts/login/" in response["Location"]
    return response.status_code == want


def row_counts() -> dict[str, int]:
    return {
        model._meta.label: model.objects.count()
        for label in DOMAIN_APPS
        for model in apps.get_app_config(label).get_models()
        if model._meta.managed and not model._meta.proxy
    }


def test_every_url_has_a_post_decision():
    assert set(POSTS) == set(EXPECTED), f"no POST decision: {set(EXPECTED) - set(POSTS)}"


@pytest.mark.parametrize("role", ROLES)
def test_every_post_answers_each_role_as_expected_and_a_refusal_writes_nothing(client, world, role):
    users, values = world
    if users[role] is not None:
        client.force_login(users[role])
    wrong = []
    for name, (body, expected) in POSTS.items():
        path = EXPECTED[name][0].format(**values)
        before = row_counts()
        response = client.post(path, body)
        want = expected[role]
        if not answered(response, want):
            wrong.append((name, want, response.status_code))
        elif want in (LOGIN, FORBIDDEN, MISSING, METHOD) and row_counts() != before:
            wrong.append((name, "wrote while refusing", response.status_code))
    assert wrong == [], f"{role}: {wrong}"


def test_a_delegate_reads_but_every_write_to_the_team_is_refused(client, world):
    users, values = world
    manager = users["manager"].employee
    delegate = UserFactory(email="assistant@example.org")
    Delegation.objects.create(
        manager=manager,
        delegate=delegate,
        created_at=timezone.now(),
        expires_at=timezone.now() + timedelta(days=5),
    )
    client.force_login(delegate)
    assert client.get(f"/team/{values['employee']}/").status_code == 200
    before = row_counts()
    remind = client.post(f"/team/{values['employee']}/remind/{values['assignment']}/")
    delegate_on = client.post("/team/delegations/", {"email": "editor@example.org", "days": "5"})
    revoke = client.post("/team/delegations/", {"revoke": Delegation.objects.get().pk})
    assert [remind.status_code, delegate_on.status_code, revoke.status_code] == [403] * 3
    assert row_counts() == before


@pytest.mark.parametrize("role", ["employee", "manager", "compliance", "auditor", "editor"])
def test_only_editors_compliance_officers_and_administrators_enter_the_admin(client, world, role):
    users, _ = world
    client.force_login(users[role])
    response = client.get("/admin/")
    if role in {"editor", "compliance"}:
        assert response.status_code == 200
    else:
        assert response.status_code == 302
