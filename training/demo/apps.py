from django.apps import AppConfig


class DemoConfig(AppConfig):
    """`seed_demo` and the demo logins; installed by the dev and test settings only."""

    name = "training.demo"
    label = "demo"
    verbose_name = "Demo organisation"
