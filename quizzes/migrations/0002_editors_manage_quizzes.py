from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAMES = ["add_quiz", "change_quiz", "publish_quiz"]


def grant_editors(apps, schema_editor):
    """Wagtail's Editors group writes content; quizzes are content, so they may edit them too."""
    app_config = apps.get_app_config("quizzes")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    quiz_type = ContentType.objects.get(app_label="quizzes", model="quiz")
    # Wagtail adds this one after migrations for models with draft states; the name matches its.
    Permission.objects.get_or_create(
        content_type=quiz_type, codename="publish_quiz", defaults={"name": "Can publish quiz"}
    )
    editors = Group.objects.filter(name="Editors").first()
    if editors is None:
        return
    editors.permissions.add(
        *Permission.objects.filter(content_type__app_label="quizzes", codename__in=CODENAMES)
    )
    access_admin = Permission.objects.filter(codename="access_admin").first()
    if access_admin:
        editors.permissions.add(access_admin)


class Migration(migrations.Migration):
    dependencies = [
        ("quizzes", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(grant_editors, migrations.RunPython.noop)]
