"""Fuzzing: whatever a request carries, the site answers without a server error, and a refused
request writes nothing.

Hypothesis sends query strings and POST bodies built from each view's own parameter names and
from values known to have broken views (unicode digits, integers past 64 bits, impossible dates,
repeated parameters) to every view, as the role that can reach it. Schemathesis walks the API's
OpenAPI schema. Both are bounded (a few dozen examples each) to keep `make test` quick; the CI
profile (tests/conftest.py) makes them the same examples on every run.
"""

from urllib.parse import urlencode

import pytest
import schemathesis
from django.apps import apps
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from config.wsgi import application
from tests.test_access_matrix import world  # noqa: F401 - the fixture: every role, sample objects
from training.oversight.api_admin import issue_api_client
from training.oversight.forms import (
    ComplianceForm,
    DelegationForm,
    EvidenceWindowForm,
    ExportForm,
    TeamForm,
)

KNOWN_BREAKERS = [
    "",
    " ",
    "²",
    "١٢",
    "-1",
    "0",
    "1e3",
    str(2**63),
    str(2**64),
    "9" * 5000,
    "2026-02-30",
    "2026-13-01",
    "0001-01-01",
    "9999-12-31",
    "26-01-01",
    "true",
    "null",
    "{name}",
    "%(value)s",
    "=cmd|' /C calc'!A0",
]
VALUES = st.one_of(
    st.sampled_from(KNOWN_BREAKERS),
    st.integers().map(str),
    st.dates().map(str),
    st.text(st.characters(exclude_categories=["Cs", "Cc"]), max_size=12),
)


def names(form) -> list[str]:
    return [*form.base_fields, *getattr(form, "extra", ())]


# path, the role that reaches it, the parameter names it knows. GET.
PAGES = [
    ("/compliance/", "compliance", names(ComplianceForm)),
    ("/compliance/exports/", "compliance", []),
    ("/compliance/exports/download/", "compliance", names(ExportForm)),
    ("/compliance/evidence/", "compliance", names(EvidenceWindowForm)),
    ("/team/", "manager", names(TeamForm)),
    ("/team/export.csv", "manager", ["direct"]),
    ("/team/{employee}/", "manager", []),
    ("/learn/", "employee", []),
    ("/certificates/", "employee", []),
    ("/certificates/verify/{code}/", "anonymous", []),
]
# POST: every state-changing view, as someone allowed to use it.
FORMS = [
    ("/team/delegations/", "manager", [*names(DelegationForm), "revoke"]),
    ("/team/{employee}/remind/{assignment}/", "manager", []),
    ("/learn/courses/{course}/attestation/", "employee", ["accept"]),
    ("/learn/attempts/{attempt}/", "employee", ["q-1", "q-x"]),
    ("/learn/lessons/{lesson}/complete/", "employee", []),
    ("/learn/quizzes/{quiz}/start/", "employee", []),
    ("/learn/modules/{module}/renewal-check/", "employee", []),
]
DOMAIN_APPS = ["people", "learning", "certification", "oversight", "quizzes"]


def parameters(known: list[str]):
    """Name–value pairs: the view's own names (repeats allowed) and an unknown one now and then."""
    return st.lists(
        st.tuples(st.sampled_from([*known, "zz", "page"]), VALUES), min_size=0, max_size=4
    )


def row_counts() -> dict[str, int]:
    return {
        model._meta.label: model.objects.count()
        for label in DOMAIN_APPS
        for model in apps.get_app_config(label).get_models()
        if model._meta.managed and not model._meta.proxy
    }


def answer(client, method, path, pairs):
    if method == "get":
        response = client.get(f"{path}?{urlencode(pairs)}")
    else:
        body = {}
        for key, value in pairs:
            body.setdefault(key, []).append(value)
        response = client.post(path, body)
    if getattr(response, "streaming", False):
        b"".join(response.streaming_content)  # errors inside a stream count too
    return response


FUZZ = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@FUZZ
@given(data=st.data())
def test_no_query_string_gives_a_server_error(client, world, data):  # noqa: F811
    users, values = world
    path, role, known = data.draw(st.sampled_from(PAGES), label="page")
    pairs = data.draw(parameters(known), label="query")
    client.logout()
    if users[role] is not None:
        client.force_login(users[role])
    response = answer(client, "get", path.format(**values), pairs)
    assert response.status_code < 500, (path, pairs)


@FUZZ
@given(data=st.data())
def test_no_post_body_gives_a_server_error_and_a_refusal_writes_nothing(
    client,
    world,  # noqa: F811
    data,
):
    users, values = world
    path, role, known = data.draw(st.sampled_from(FORMS), label="form")
    pairs = data.draw(parameters(known), label="body")
    client.force_login(users[role])
    before = row_counts()
    response = answer(client, "post", path.format(**values), pairs)
    assert response.status_code < 500, (path, pairs)
    if response.status_code >= 400:
        assert row_counts() == before, (path, pairs)


# --- The API, from its own OpenAPI schema ------------------------------------------------------

schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)


@pytest.fixture
def token(db):
    return issue_api_client(name="Fuzzer", created_by=None)[1]


@pytest.mark.django_db
@schema.parametrize()
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_the_api_conforms_to_its_schema_and_never_fails(case, token):
    # Not "schema-valid data is accepted": a report day before 2000 or in the future is refused
    # with 422 by design (dates.check_report_day), a bound OpenAPI cannot express for a date.
    case.call_and_validate(
        headers={"Authorization": f"Bearer {token}"},
        checks=[
            not_a_server_error,
            status_code_conformance,
            content_type_conformance,
            response_schema_conformance,
        ],
    )
