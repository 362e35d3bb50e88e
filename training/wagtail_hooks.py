from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from .admin_views import AssignmentListView, DecisionView
from .api_admin import ApiClientIssueView, ApiClientListView, ApiClientRevokeView
from .directory_views import ImportDirectoryView
from .viewsets import CertificationViewSetGroup, PeopleViewSetGroup

register_snippet(PeopleViewSetGroup)


@hooks.register("register_admin_urls")
def register_import_urls():
    return [path("people/import/", ImportDirectoryView.as_view(), name="import_directory")]


class ImportDirectoryMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("training.add_employee")


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportDirectoryMenuItem(
        "Import directory", reverse("import_directory"), icon_name="upload", order=1100
    )


register_snippet(CertificationViewSetGroup)


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, permission: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


@hooks.register("register_admin_urls")
def register_assignment_urls():
    return [
        path("assignments/", AssignmentListView.as_view(), name="training_assignments"),
        path("assignments/decision/", DecisionView.as_view(), name="training_decision"),
    ]


@hooks.register("register_admin_menu_item")
def register_assignments_menu_item():
    return PermissionMenuItem(
        "Assignments",
        reverse("training_assignments"),
        icon_name="list-ul",
        order=1050,
        permission="training.view_assignment",
    )


@hooks.register("register_admin_urls")
def register_api_client_urls():
    return [
        path("api-clients/", ApiClientListView.as_view(), name="api_clients"),
        path("api-clients/new/", ApiClientIssueView.as_view(), name="api_client_new"),
        path(
            "api-clients/<int:pk>/revoke/", ApiClientRevokeView.as_view(), name="api_client_revoke"
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_api_clients_menu_item():
    return PermissionMenuItem(
        "API clients",
        reverse("api_clients"),
        icon_name="key",
        order=1200,
        permission="training.add_apiclient",
    )
