from django.apps import AppConfig


class TrainingConfig(AppConfig):
    """The history of the years before training became a package of apps.

    Its migrations created the tables that `people`, `learning`, `certification` and `oversight`
    now own (0006 hands them over); it keeps no models of its own. See docs/architecture.md.
    """

    name = "training"
    label = "training"
    verbose_name = "Training (migration history)"
