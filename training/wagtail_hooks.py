"""Registers training's admin screens; the views themselves check permissions."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from .admin_views import AssignmentListView, DecisionView
from .api_admin import ApiClientIssueView, ApiClientListView, ApiClientRevokeView
from .directory_views import ImportDirectoryView
from .viewsets import CertificationViewSetGroup, PeopleViewSetGroup

register_snippet(PeopleViewSetGroup)
register_snippet(CertificationViewSetGroup)


class PermissionMenuItem(MenuItem):
    """A menu entry shown only to users holding the permission its page requires."""

    def __init__(self, *args, permission: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


@hooks.register("register_admin_urls")
def register_urls():
    return [
        path("people/import/", ImportDirectoryView.as_view(), name="import_directory"),
        path("assignments/", AssignmentListView.as_view(), name="training_assignments"),
        path("assignments/decision/", DecisionView.as_view(), name="training_decision"),
        path("api-clients/", ApiClientListView.as_view(), name="api_clients"),
        path("api-clients/new/", ApiClientIssueView.as_view(), name="api_client_new"),
        path(
            "api-clients/<int:pk>/revoke/", ApiClientRevokeView.as_view(), name="api_client_revoke"
        ),
    ]


MENU = [
    ("Assignments", "training_assignments", "list-ul", 1050, "training.view_assignment"),
    ("Import directory", "import_directory", "upload", 1100, "training.add_employee"),
    ("API clients", "api_clients", "key", 1200, "training.add_apiclient"),
]


def _menu_item(label, url_name, icon, order, permission):
    return PermissionMenuItem(
        label, reverse(url_name), icon_name=icon, order=order, permission=permission
    )


for entry in MENU:
    hooks.register("register_admin_menu_item", lambda entry=entry: _menu_item(*entry))
