"""Each malformed request found by probing the site answers 4xx with a message, never 500,
and changes nothing (issue 9: "Malformed input gives 500s")."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories import UserFactory
from tests.org import build_org, compliance_officer
from training.oversight.api_admin import issue_api_client
from training.people.models import Delegation

HUGE = str(2**64)  # past any 64-bit integer column
HUGER = "9" * 5000  # past Python's int() digit limit


@pytest.fixture
def org(db):
    return build_org(4)


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"as_of": "0001-01-01"}, "“as_of” cannot be before 2000-01-01."),
        ({"program": "²"}, "there is no certification program with id “²”"),
        ({"program": HUGE}, "there is no certification program"),
        ({"department": HUGER}, "there is no department"),
        ({"role": "-1"}, "there is no job role"),
    ],
)
def test_the_compliance_dashboard_explains_a_bad_query(client, org, query, message):
    client.force_login(compliance_officer())
    response = client.get(reverse("compliance:dashboard"), query)
    assert response.status_code == 400
    assert message in response.text


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"program": HUGE}, "there is no certification program"),
        ({"department": HUGER}, "there is no department"),
        ({"program": "²"}, "there is no certification program with id “²”"),
        ({"status": "great"}, "“status” must be one of"),
        ({"page": HUGE, "program": HUGE}, "there is no certification program"),
    ],
)
def test_the_team_view_explains_a_bad_query_and_shows_the_whole_team(client, org, query, message):
    boss, *_ = org
    client.force_login(boss.user)
    response = client.get(reverse("team:index"), query)
    assert response.status_code == 400
    assert message in response.text
    assert ">P1 Person<" in response.text  # unfiltered, under the message


def test_a_huge_page_number_shows_the_last_page(client, org):
    boss, *_ = org
    client.force_login(boss.user)
    assert client.get(reverse("team:index"), {"page": HUGE}).status_code == 200


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("kind=records&program=" + HUGE, "there is no certification program"),
        ("kind=status&department=" + HUGER, "there is no department"),
        ("kind=records&date_from=2026-13-01", "“date_from” must be a date as YYYY-MM-DD"),
        ("kind=status&as_of=0001-01-01", "“as_of” cannot be before 2000-01-01."),
    ],
)
def test_an_export_explains_a_bad_query(client, org, query, message):
    client.force_login(compliance_officer())
    response = client.get(f"{reverse('exports:download')}?{query}")
    assert response.status_code == 400
    assert message in response.text


@pytest.fixture
def token(db):
    return issue_api_client(name="HR warehouse", created_by=None)[1]


@pytest.mark.parametrize(
    ("path", "params", "words"),
    [
        ("records", {"offset": HUGE}, "offset"),
        ("records", {"program": HUGE}, "program"),
        ("status", {"offset": HUGER}, "offset"),
        ("status", {"program": HUGE}, "program"),
        ("status", {"as_of": "2026-02-30"}, "as_of"),
        ("records", {"date_from": "2026-13-01"}, "date_from"),
        ("records", {"date_to": "0001-01-01"}, "cannot be before 2000-01-01"),
        # PostgreSQL refuses a NUL in any query: it must never get that far.
        ("records", {"department": "Sales\x00"}, "department"),
        ("status", {"role": "Agent\x00"}, "role"),
        ("status", {"department": "x" * 201}, "department"),
    ],
)
def test_the_api_refuses_a_bad_filter_with_422_instead_of_returning_everything(
    client, org, token, path, params, words
):
    response = client.get(f"/api/v1/{path}", params, headers={"authorization": f"Bearer {token}"})
    assert response.status_code == 422
    assert words in str(response.json()["detail"])


def test_a_verification_code_with_a_nul_is_simply_not_found(client, org, token):
    response = client.get("/api/v1/records/AB%00CD", headers={"authorization": f"Bearer {token}"})
    assert response.status_code == 404


@pytest.mark.parametrize(
    ("form", "message"),
    [
        ({"revoke": "abc"}, "You have no live delegation with id “abc”."),
        ({"revoke": HUGE}, "You have no live delegation with id"),
        ({"email": "assistant@example.org", "days": "²"}, "between 1 and 366 days"),
        ({"email": "assistant@example.org", "days": HUGER}, "between 1 and 366 days"),
        ({"email": "assistant@example.org", "days": "0"}, "between 1 and 366 days"),
        ({"email": "not an email", "days": "5"}, "valid email"),
    ],
)
def test_a_bad_delegation_change_answers_400_and_changes_nothing(client, org, form, message):
    boss, *_ = org
    UserFactory(email="assistant@example.org")
    other = Delegation.objects.create(
        manager=org[1],  # another manager's delegation: not this one's to revoke
        delegate=boss.user,
        created_at=timezone.now(),
        expires_at=timezone.now() + timedelta(days=3),
    )
    client.force_login(boss.user)
    response = client.post(reverse("team:delegations"), form)
    assert response.status_code == 400
    assert message in response.text
    assert list(Delegation.objects.values_list("pk", "revoked_at")) == [(other.pk, None)]


def test_a_manager_cannot_revoke_another_managers_delegation(client, org):
    boss, lead, *_ = org
    theirs = Delegation.objects.create(
        manager=lead,
        delegate=UserFactory(),
        created_at=timezone.now(),
        expires_at=timezone.now() + timedelta(days=3),
    )
    client.force_login(boss.user)
    response = client.post(reverse("team:delegations"), {"revoke": theirs.pk})
    assert response.status_code == 400
    assert Delegation.objects.get().revoked_at is None
