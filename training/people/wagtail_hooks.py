"""Registers the people screens; the views themselves check permissions."""

from django.urls import path
from wagtail.snippets.models import register_snippet

from .admin_menu import register_admin_screens
from .directory_views import ImportDirectoryView
from .viewsets import PeopleViewSetGroup

register_snippet(PeopleViewSetGroup)

register_admin_screens(
    [path("people/import/", ImportDirectoryView.as_view(), name="import_directory")],
    [("Import directory", "import_directory", "upload", 1100, "people.add_employee")],
)
