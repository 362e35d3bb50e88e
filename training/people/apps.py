from django.apps import AppConfig
from django.db.models.signals import post_save, pre_delete


class PeopleConfig(AppConfig):
    """Employees, departments, job roles, delegations, access rules and the directory import."""

    name = "training.people"
    label = "people"
    verbose_name = "People"

    def ready(self):
        from .auditing import register

        register()
        from .sessions import end_sessions_of_leaver

        post_save.connect(
            end_sessions_of_leaver,
            sender=self.get_model("Employee"),
            dispatch_uid="people.end_sessions_of_leaver",
        )
        from .models import refile_reports_of

        pre_delete.connect(
            refile_reports_of,
            sender=self.get_model("Employee"),
            dispatch_uid="people.refile_reports_of",
        )
