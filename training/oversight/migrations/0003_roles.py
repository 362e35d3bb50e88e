"""The organisation-wide roles, as groups holding permissions (never group names in code).

Compliance officers see and act for the whole organisation, manage programs, requirements,
extensions and exemptions in the admin. Auditors read the organisation and export evidence, and
nothing else. Renaming a group, or granting a permission to another group, keeps working: the
code asks for permissions only (`training.people.access`).
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from training.people.roles import ROLES, permissions_q

def _create_permissions(apps):
    """On a new database Django makes permissions after the last migration (post_migrate); make
    them now, as it would, so the groups can hold them."""
    for label in ("people", "certification"):
        config = apps.get_app_config(label)
        config.models_module = True  # the state's app stub has none; create_permissions needs one
        create_permissions(config, apps=apps, verbosity=0)
        config.models_module = None


def _permissions(apps, wanted):
    return apps.get_model("auth", "Permission").objects.filter(permissions_q(wanted))


def grant(apps, schema_editor):
    _create_permissions(apps)
    Group = apps.get_model("auth", "Group")
    for name, wanted in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*_permissions(apps, wanted))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name, wanted in ROLES.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.remove(*_permissions(apps, wanted))


class Migration(migrations.Migration):
    dependencies = [
        ("oversight", "0002_own_tables"),
        ("people", "0003_organisation_access"),
        ("certification", "0002_own_tables"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
