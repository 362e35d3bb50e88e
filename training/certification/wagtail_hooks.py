"""Registers the certification screens; the views themselves check permissions."""

from django.urls import path
from wagtail.snippets.models import register_snippet

from training.people.admin_menu import register_admin_screens

from .admin_views import AssignmentListView, DecisionView
from .viewsets import CertificationViewSetGroup

register_snippet(CertificationViewSetGroup)

register_admin_screens(
    [
        path("assignments/", AssignmentListView.as_view(), name="certification_assignments"),
        path("assignments/decision/", DecisionView.as_view(), name="certification_decision"),
    ],
    [
        (
            "Assignments",
            "certification_assignments",
            "list-ul",
            1050,
            "certification.view_assignment",
        )
    ],
)
