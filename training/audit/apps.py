from django.apps import AppConfig


class AuditConfig(AppConfig):
    """The append-only audit log every room writes to."""

    name = "training.audit"
    label = "audit"
    verbose_name = "Audit log"
