"""Wagtail admin screens for certification programs and role requirements."""

from django import forms
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import CertificationProgram, RoleRequirement


class CertificationProgramViewSet(SnippetViewSet):
    model = CertificationProgram
    icon = "tick-inverse"
    menu_label = "Programs"
    list_display = [
        "name",
        "validity_months",
        "renewal_window_days",
        "grace_days",
        "renewal_basis",
        "renewal_by_assessment",
        "active",
    ]
    search_fields = ["name"]
    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("courses", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldPanel("validity_months"),
                FieldPanel("renewal_window_days"),
                FieldPanel("grace_days"),
                FieldPanel("initial_due_days"),
            ],
            heading="Dates",
        ),
        MultiFieldPanel(
            [
                FieldPanel("renewal_basis"),
                FieldPanel("fixed_due_month"),
                FieldPanel("fixed_due_day"),
                FieldPanel("renewal_by_assessment"),
            ],
            heading="Renewal",
        ),
        FieldPanel("active"),
    ]


class RoleRequirementViewSet(SnippetViewSet):
    model = RoleRequirement
    icon = "link"
    menu_label = "Role requirements"
    list_display = ["job_role", "program", "due_days"]
    list_filter = ["program"]


class CertificationViewSetGroup(SnippetViewSetGroup):
    items = (CertificationProgramViewSet, RoleRequirementViewSet)
    menu_icon = "tick-inverse"
    menu_label = "Certification"
    menu_name = "certification"
