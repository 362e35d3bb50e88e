"""The delegation service: the one writer of delegations, whichever screen or command asks."""

from datetime import timedelta

import pytest
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from tests.factories import EmployeeFactory, UserFactory
from training.audit.models import AuditEntry
from training.people import delegations
from training.people.models import Delegation


def entries(delegation):
    kind = ContentType.objects.get_for_model(Delegation)
    return AuditEntry.objects.filter(content_type=kind, object_id=str(delegation.pk))


@pytest.fixture
def manager(db):
    return EmployeeFactory()


def test_grant_gives_the_named_person_the_days_asked(manager):
    assistant = UserFactory(email="Assistant@Example.org")
    at = timezone.now()
    delegation = delegations.grant(manager=manager, email="assistant@example.org", days=14, at=at)
    assert delegation.delegate == assistant
    assert delegation.expires_at == at + timedelta(days=14)
    assert entries(delegation).filter(action="created").exists()


@pytest.mark.parametrize(
    ("email", "days", "message"),
    [
        ("nobody@example.org", 7, "No active person signs in as “nobody@example.org”."),
        ("left@example.org", 7, "No active person signs in as “left@example.org”."),
        ("assistant@example.org", 0, "Choose how long, between 1 and 366 days."),
        ("assistant@example.org", 367, "Choose how long, between 1 and 366 days."),
    ],
)
def test_a_refused_grant_says_why_and_writes_nothing(manager, email, days, message):
    UserFactory(email="assistant@example.org")
    UserFactory(email="left@example.org", is_active=False)
    with pytest.raises(delegations.DelegationRefused, match=message):
        delegations.grant(manager=manager, email=email, days=days)
    assert not Delegation.objects.exists()


def test_a_manager_cannot_delegate_to_themselves(manager):
    with pytest.raises(delegations.DelegationRefused, match="yourself"):
        delegations.grant(manager=manager, email=manager.user.email.upper(), days=7)
    assert not Delegation.objects.exists()


def test_revoking_twice_changes_nothing_the_second_time(manager):
    UserFactory(email="assistant@example.org")
    delegation = delegations.grant(manager=manager, email="assistant@example.org", days=7)
    first = timezone.now()
    assert delegations.revoke(delegation, at=first) is True
    assert delegations.revoke(delegation, at=first + timedelta(hours=1)) is False
    delegation.refresh_from_db()
    assert delegation.revoked_at == first
    assert entries(delegation).filter(action="changed").count() == 1
