"""Ending a person's sessions: every browser they are signed in on, at once.

allauth's `usersessions` app records each sign-in (password, MFA or SSO: all go through allauth)
with its session key, so the sessions of one person can be found without reading every session.
"""

from allauth.usersessions.models import UserSession
from django.db import transaction


@transaction.atomic
def end_all_sessions(*, user_id: int) -> int:
    """Sign the person out everywhere; returns how many sessions were ended."""
    sessions = list(UserSession.objects.filter(user_id=user_id))
    for session in sessions:
        session.end()
    return len(sessions)


def end_sessions_of_deactivated_user(sender, instance, update_fields=None, **kwargs):
    """Whatever path sets a login inactive (Wagtail's user admin, SSO, a script), it ends there."""
    if not instance.is_active and (update_fields is None or "is_active" in update_fields):
        end_all_sessions(user_id=instance.pk)
