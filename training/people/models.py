"""People: departments, job roles, employees (only what training needs is kept), and the
delegations by which a manager lets someone else read their team's status."""

import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower


def validate_time_zone(value: str) -> None:
    if value not in zoneinfo.available_timezones():
        raise ValidationError(f"“{value}” is not a known time zone (for example “Europe/London”).")


class Department(models.Model):
    name = models.CharField(max_length=120)

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(Lower("name"), name="department_name_ci_unique")]

    def __str__(self):
        return self.name


class JobRole(models.Model):
    name = models.CharField(max_length=120)

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(Lower("name"), name="jobrole_name_ci_unique")]

    def __str__(self):
        return self.name


class Employee(models.Model):
    """A person in the organisation, 1:1 with the login user. Only what training needs is kept."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="employee"
    )
    employee_number = models.CharField(max_length=40, unique=True)
    department = models.ForeignKey(
        Department, on_delete=models.PROTECT, related_name="employees", null=True, blank=True
    )
    job_role = models.ForeignKey(
        JobRole, on_delete=models.PROTECT, related_name="employees", null=True, blank=True
    )
    manager = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="reports"
    )
    hire_date = models.DateField()
    active = models.BooleanField(default=True)
    time_zone = models.CharField(max_length=64, default="UTC", validators=[validate_time_zone])

    class Meta:
        ordering = ["user__last_name", "user__first_name"]

    def __str__(self):
        return f"{self.user} ({self.employee_number})"

    def clean(self):
        seen, boss = {self.pk}, self.manager
        while boss is not None:
            if boss.pk in seen:
                raise ValidationError({"manager": "This manager would create a reporting cycle."})
            seen.add(boss.pk)
            boss = boss.manager


class Delegation(models.Model):
    """A manager lets someone (an assistant) read their team's training status until `expires_at`."""

    manager = models.ForeignKey(Employee, on_delete=models.PROTECT, related_name="delegations")
    delegate = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="delegations_received"
    )
    created_at = models.DateTimeField()
    expires_at = models.DateTimeField()
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.manager} → {self.delegate} until {self.expires_at:%Y-%m-%d}"


class OrganisationAccess(models.Model):
    """No rows: the rights that make the organisation-wide roles, as permissions.

    A data migration grants them to the “Compliance officers” and “Auditors” groups; an
    administrator may rename those groups or grant the rights to anyone else in the admin.
    `training.people.access` is the only place that asks for them.
    """

    class Meta:
        managed = False
        default_permissions = ()
        verbose_name = "organisation access"
        permissions = [
            ("view_organisation", "Can see everyone's training status and the compliance view"),
            ("export_evidence", "Can export certification records and evidence packs"),
            ("remind_anyone", "Can send a training reminder to anyone in the organisation"),
        ]

    def __str__(self):
        return "Organisation access"
