from django.apps import AppConfig


class OversightConfig(AppConfig):
    """The manager's and compliance views, reports, exports, the evidence pack and the API."""

    name = "training.oversight"
    label = "oversight"
    verbose_name = "Oversight"
