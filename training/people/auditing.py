"""What people asks the audit log to keep: employees, delegations, accounts and their rights,
and every sign-in of a privileged user."""

from contextlib import nullcontext

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.signals import user_logged_in

from training.audit.context import acting
from training.audit.entries import record
from training.audit.models import Action, Via
from training.audit.tracking import track, track_grants

from .access import is_privileged
from .models import Delegation, Employee

# allauth's single sign-on callbacks: `openid_connect_callback`, `<provider>_callback` (OAuth2),
# `saml_acs` and `saml_finish_acs`.
SSO_VIEWS = ("callback", "acs")


def _signed_in(sender, request, user, **kwargs):
    if not is_privileged(user):
        return
    match = getattr(request, "resolver_match", None)
    sso = match is not None and any((match.url_name or "").endswith(v) for v in SSO_VIEWS)
    with acting(via=Via.SSO) if sso else nullcontext():
        record(action=Action.SIGNED_IN, obj=user)


def register() -> None:
    User = get_user_model()
    track(Employee)
    track(Delegation)
    # The password hash is no one's business, and a sign-in is recorded as such, not as a change.
    track(User, exclude=("password", "last_login"))
    track(Group)
    track_grants(User.groups)
    track_grants(User.user_permissions)
    track_grants(Group.permissions)
    user_logged_in.connect(_signed_in, dispatch_uid="people.audit_privileged_sign_in")
