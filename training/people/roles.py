"""The organisation-wide roles the platform ships: a group name and the permissions it holds.

Migration oversight.0003 creates these groups once; after that they are data, which an
administrator may rename or change. Nothing decides access by a group's name: `access` asks for
permissions. `role_group` gives the demo and the tests a group holding a role's permissions.
"""

from django.contrib.auth.models import Group, Permission
from django.db.models import Q

COMPLIANCE_OFFICERS = "Compliance officers"
AUDITORS = "Auditors"

# (app label, model, codename)
ROLES = {
    COMPLIANCE_OFFICERS: [
        ("people", "organisationaccess", "view_organisation"),
        ("people", "organisationaccess", "export_evidence"),
        ("people", "organisationaccess", "remind_anyone"),
        ("wagtailadmin", "admin", "access_admin"),
        ("people", "employee", "view_employee"),
        ("certification", "certificationprogram", "add_certificationprogram"),
        ("certification", "certificationprogram", "change_certificationprogram"),
        ("certification", "certificationprogram", "view_certificationprogram"),
        ("certification", "rolerequirement", "add_rolerequirement"),
        ("certification", "rolerequirement", "change_rolerequirement"),
        ("certification", "rolerequirement", "delete_rolerequirement"),
        ("certification", "rolerequirement", "view_rolerequirement"),
        ("certification", "assignment", "view_assignment"),
        ("certification", "extension", "add_extension"),
        ("certification", "exemption", "add_exemption"),
        ("audit", "auditentry", "view_auditentry"),
    ],
    AUDITORS: [
        ("people", "organisationaccess", "view_organisation"),
        ("people", "organisationaccess", "export_evidence"),
        ("audit", "auditentry", "view_auditentry"),
    ],
}
# Granted by a later migration (oversight.0004) than the one that made the groups.
AUDIT_LOG = [("audit", "auditentry", "view_auditentry")]


def permissions_q(wanted) -> Q:
    q = Q(pk__in=[])
    for app_label, model, codename in wanted:
        q |= Q(content_type__app_label=app_label, content_type__model=model, codename=codename)
    return q


def role_group(name: str) -> Group:
    """The group called `name`, holding the permissions of the role of that name."""
    group, _ = Group.objects.get_or_create(name=name)
    group.permissions.add(*Permission.objects.filter(permissions_q(ROLES[name])))
    return group
