"""Compliance officers and auditors read the audit log (`audit.view_auditentry`).

The groups exist since oversight.0003; this grants the one permission the audit app brought.
Found by the groups' shipped names, as 0003 made them; a renamed group keeps what it holds and
an administrator grants the new permission by hand.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from training.people.roles import AUDIT_LOG, AUDITORS, COMPLIANCE_OFFICERS, permissions_q


def _permission(apps):
    config = apps.get_app_config("audit")
    config.models_module = True  # as in 0003: the state's app stub has none
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None
    return apps.get_model("auth", "Permission").objects.filter(permissions_q(AUDIT_LOG))


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    permissions = list(_permission(apps))
    for group in Group.objects.filter(name__in=[COMPLIANCE_OFFICERS, AUDITORS]):
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    permissions = apps.get_model("auth", "Permission").objects.filter(permissions_q(AUDIT_LOG))
    for group in Group.objects.filter(name__in=[COMPLIANCE_OFFICERS, AUDITORS]):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("oversight", "0004_export_checkpoints"),
        ("audit", "0001_initial"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
