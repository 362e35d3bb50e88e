"""Helpers for handing training's tables to the apps that own them now (not a migration itself).

A model's content type carries its permissions, admin log entries and Wagtail references, so it
moves with the model: the row is relabelled, never recreated, and every id that points at it holds.
"""


def _relabel(apps, models, *, source, target):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in models:
        if not ContentType.objects.filter(app_label=target, model=model).exists():
            ContentType.objects.filter(app_label=source, model=model).update(app_label=target)


def adopt_content_types(app_label, models):
    """A RunPython step: `training.<model>` content types become `<app_label>.<model>`."""

    def forward(apps, schema_editor):
        _relabel(apps, models, source="training", target=app_label)

    return forward


def return_content_types(app_label, models):
    """The reverse of `adopt_content_types`."""

    def backward(apps, schema_editor):
        _relabel(apps, models, source=app_label, target="training")

    return backward
