"""Wagtail admin screens for the people side of training."""

from django import forms
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import CertificationProgram, Department, Employee, JobRole, RoleRequirement


class DepartmentViewSet(SnippetViewSet):
    model = Department
    icon = "group"
    menu_label = "Departments"
    list_display = ["name"]
    search_fields = ["name"]
    ordering = ["name"]


class JobRoleViewSet(SnippetViewSet):
    model = JobRole
    icon = "tag"
    menu_label = "Job roles"
    list_display = ["name"]
    search_fields = ["name"]
    ordering = ["name"]


class EmployeeViewSet(SnippetViewSet):
    model = Employee
    icon = "user"
    menu_label = "Employees"
    list_display = ["user", "employee_number", "department", "job_role", "manager", "active"]
    list_filter = ["active", "department", "job_role"]
    list_export = [
        "employee_number",
        "user",
        "department",
        "job_role",
        "manager",
        "hire_date",
        "active",
    ]
    search_fields = ["employee_number", "user__email", "user__first_name", "user__last_name"]
    panels = [
        FieldPanel("user"),
        FieldPanel("employee_number"),
        FieldPanel("department"),
        FieldPanel("job_role"),
        FieldPanel("manager"),
        FieldPanel("hire_date"),
        FieldPanel("time_zone"),
        FieldPanel("active"),
    ]


class PeopleViewSetGroup(SnippetViewSetGroup):
    items = (EmployeeViewSet, DepartmentViewSet, JobRoleViewSet)
    menu_icon = "group"
    menu_label = "People"
    menu_name = "people"


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
