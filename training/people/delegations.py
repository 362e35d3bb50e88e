"""Delegations: a manager lets someone (an assistant) read their team's status for a number of
days, and may revoke it at any time. The one place that writes a `Delegation`; views and
commands call it. Each change is a model save, so the audit log records it (people/auditing.py).
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from .models import Delegation, Employee

MIN_DAYS, MAX_DAYS = 1, 366


class DelegationRefused(ValueError):
    """What is wrong with a requested delegation, in words for the manager; nothing was written."""


def grant(*, manager: Employee, email: str, days: int, at=None) -> Delegation:
    """Let the active person who signs in as `email` read `manager`'s team for `days` days."""
    if not MIN_DAYS <= days <= MAX_DAYS:
        raise DelegationRefused(f"Choose how long, between {MIN_DAYS} and {MAX_DAYS} days.")
    delegate = get_user_model().objects.filter(email__iexact=email, is_active=True).first()
    if delegate is None:
        raise DelegationRefused(f"No active person signs in as “{email}”.")
    if delegate.pk == manager.user_id:
        raise DelegationRefused("You cannot delegate to yourself.")
    at = at or timezone.now()
    return Delegation.objects.create(
        manager=manager, delegate=delegate, created_at=at, expires_at=at + timedelta(days=days)
    )


def revoke(delegation: Delegation, *, at=None) -> bool:
    """End a delegation now; False (and nothing written) when it was already revoked."""
    if delegation.revoked_at is not None:
        return False
    delegation.revoked_at = at or timezone.now()
    delegation.save(update_fields=["revoked_at"])
    return True
