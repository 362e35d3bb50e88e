from django.apps import AppConfig


class OversightConfig(AppConfig):
    """The manager's and compliance views, reports, exports, the evidence pack and the API."""

    name = "training.oversight"
    label = "oversight"
    verbose_name = "Oversight"

    def ready(self):
        from training.audit.models import Action
        from training.audit.tracking import track
        from training.certification.jobs import register_daily_step

        from .models import ApiClient, ExportLog
        from .trend import daily_step

        # Using a client is not a change to it; its token's hash is a secret's fingerprint.
        track(ApiClient, exclude=("last_used_at", "token_hash"))
        # One entry per export and evidence pack: the row the export code opens for each.
        track(ExportLog, created=Action.EXPORTED, changes=False)
        # The month ends that passed are stored once, by the daily job (trend.store_month_ends).
        register_daily_step(daily_step)
