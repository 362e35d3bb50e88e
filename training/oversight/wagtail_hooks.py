"""Registers the oversight screens; the views themselves check permissions."""

from django.urls import path

from training.people.admin_menu import register_admin_screens

from .api_admin import ApiClientIssueView, ApiClientListView, ApiClientRevokeView

register_admin_screens(
    [
        path("api-clients/", ApiClientListView.as_view(), name="api_clients"),
        path("api-clients/new/", ApiClientIssueView.as_view(), name="api_client_new"),
        path(
            "api-clients/<int:pk>/revoke/", ApiClientRevokeView.as_view(), name="api_client_revoke"
        ),
    ],
    [("API clients", "api_clients", "key", 1200, "oversight.add_apiclient")],
)
