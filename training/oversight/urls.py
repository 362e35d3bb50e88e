"""Oversight's URLs, one namespace per room of the interface (mounted in config/urls.py)."""

from django.urls import path

from .views import audit, compliance, exports, team

team_urls = (
    [
        path("", team.team, name="index"),
        path("delegations/", team.delegations, name="delegations"),
        path("export.csv", team.team_export, name="export"),
        path("<int:employee_id>/", team.person, name="person"),
        path("<int:employee_id>/remind/<int:assignment_id>/", team.send_reminder, name="remind"),
    ],
    "team",
)

compliance_urls = (
    [
        path("", compliance.dashboard, name="dashboard"),
        path("audit/", audit.log, name="audit"),
        path("audit/download/", audit.download, name="audit_download"),
    ],
    "compliance",
)

export_urls = (
    [
        path("", exports.index, name="index"),
        path("download/", exports.download, name="download"),
    ],
    "exports",
)

evidence_urls = ([path("", exports.evidence_pack, name="pack")], "evidence")
