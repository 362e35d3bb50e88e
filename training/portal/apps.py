from django.apps import AppConfig


class PortalConfig(AppConfig):
    """The learner's screens: what is due, lessons, quizzes, attestation, my record. No models."""

    name = "training.portal"
    label = "portal"
    verbose_name = "Learner portal"
