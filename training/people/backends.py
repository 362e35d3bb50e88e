"""The signed-in user, read once a request with what every page asks of them.

Django's backends read the user by id; then every page's navigation asks a permission (the
user's own permissions and their groups': two queries) and whether they have a team (one), and
the time zone middleware reads their employee (one). Here the five are one query. Who decides
does not change: the permissions are the set Django's `ModelBackend` builds, put where it keeps
it (`_perm_cache`) for every backend to read, and "has a team?" is `access.team_q`, which
`access.has_team` reads back for the signed-in user.
"""

import json

from allauth.account import auth_backends
from asgiref.sync import sync_to_async
from django.contrib.auth import backends, get_user_model
from django.contrib.auth.models import Permission
from django.db.models import CharField, OuterRef, Q, StringAgg, Subquery, Value
from django.db.models.functions import Cast, JSONArray

from .access import team_q


def _permissions_json():
    """The user's permissions, their own and their groups', as `["app", "codename"],…`: JSON, so
    whatever a codename holds, no name can run into the next."""
    pairs = Cast(JSONArray("content_type__app_label", "codename"), CharField())
    held = Permission.objects.filter(Q(user=OuterRef("pk")) | Q(group__user=OuterRef("pk")))
    # Grouped by a constant: one row, the aggregate over every permission held.
    return Subquery(
        held.order_by()
        .annotate(one=Value(1))
        .values("one")
        .annotate(pairs=StringAgg(pairs, delimiter=Value(",")))
        .values("pairs")
    )


class UserLoadingMixin:
    def get_user(self, user_id):
        user = (
            get_user_model()
            ._default_manager.select_related("employee")
            .annotate(permissions_json=_permissions_json(), has_team_now=team_q())
            .filter(pk=user_id)
            .first()
        )
        if user is None or not self.user_can_authenticate(user):
            return None
        if not user.is_superuser:  # a superuser holds every permission: Django reads them all
            pairs = json.loads(f"[{user.permissions_json or ''}]")
            user._perm_cache = {f"{app_label}.{codename}" for app_label, codename in pairs}
        return user

    async def aget_user(self, user_id):
        return await sync_to_async(self.get_user)(user_id)


class ModelBackend(UserLoadingMixin, backends.ModelBackend):
    """Django's backend (sign-in by email and password), reading the user in one query."""


class AuthenticationBackend(UserLoadingMixin, auth_backends.AuthenticationBackend):
    """allauth's backend (its rate limits; password, SSO and MFA sign-ins), the same way."""
