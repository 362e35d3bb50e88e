"""Wagtail admin screens for people: employees, departments, job roles."""

from wagtail.admin.panels import FieldPanel
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Department, Employee, JobRole


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
