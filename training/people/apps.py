from django.apps import AppConfig


class PeopleConfig(AppConfig):
    """Employees, departments, job roles, delegations, access rules and the directory import."""

    name = "training.people"
    label = "people"
    verbose_name = "People"

    def ready(self):
        from .auditing import register

        register()
