from django.apps import AppConfig
from django.db.models.signals import post_save


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = "Accounts"

    def ready(self):
        from .sessions import end_sessions_of_deactivated_user

        post_save.connect(
            end_sessions_of_deactivated_user,
            sender=self.get_model("User"),
            dispatch_uid="accounts.end_sessions_of_deactivated_user",
        )
