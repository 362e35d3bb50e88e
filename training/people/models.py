"""People: departments, job roles, employees (only what training needs is kept), and the
delegations by which a manager lets someone else read their team's status."""

import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Value
from django.db.models.functions import Concat, Lower, Substr


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
    # The ids of the person's managers, top first, each followed by “/”: “/4/17/” reports to 17,
    # who reports to 4; “/” has no manager. Kept by `save()` (a move re-prefixes the people below
    # in one update); everyone below someone is `manager_path__startswith=path_below(them)`.
    manager_path = models.TextField(default="/", editable=False)

    class Meta:
        ordering = ["user__last_name", "user__first_name"]
        indexes = [
            # LIKE 'prefix%' on PostgreSQL whatever the collation (ignored elsewhere).
            models.Index(
                fields=["manager_path"],
                name="employee_manager_path_idx",
                opclasses=["text_pattern_ops"],
            )
        ]

    def __str__(self):
        return f"{self.user} ({self.employee_number})"

    def save(self, *args, **kwargs):
        """Keep `manager_path` in the same transaction as the manager: read from the database,
        not from objects in memory that a move elsewhere may have made stale."""
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "manager" not in update_fields:
            return super().save(*args, **kwargs)  # the manager, so the path, is not written
        with transaction.atomic(using=kwargs.get("using")):
            stored = dict(
                Employee.objects.filter(pk__in=[self.pk, self.manager_id]).values_list(
                    "pk", "manager_path"
                )
            )
            if self.manager_id is None:
                path = "/"
            else:
                path = f"{stored.get(self.manager_id, '/')}{self.manager_id}/"
                if self.pk is not None and f"/{self.pk}/" in path:
                    raise ValidationError(
                        {"manager": "This manager would create a reporting cycle."}
                    )
            old = stored.get(self.pk)
            self.manager_path = path
            if update_fields is not None and old != path:
                kwargs["update_fields"] = {*update_fields, "manager_path"}
            super().save(*args, **kwargs)
            if old is not None and old != path:
                old_prefix = f"{old}{self.pk}/"
                Employee.objects.filter(manager_path__startswith=old_prefix).update(
                    manager_path=Concat(
                        Value(path_below(self)),
                        Substr("manager_path", len(old_prefix) + 1),
                        output_field=models.TextField(),
                    )
                )

    def clean(self):
        seen, boss = {self.pk}, self.manager
        while boss is not None:
            if boss.pk in seen:
                raise ValidationError({"manager": "This manager would create a reporting cycle."})
            seen.add(boss.pk)
            boss = boss.manager


def refile_reports_of(sender, instance: Employee, **kwargs) -> None:
    """Before an employee row is deleted, their reports lose their manager through `save()`, so
    the paths below are re-filed (the foreign key's SET NULL alone would leave them stale)."""
    for report in Employee.objects.filter(manager=instance):
        report.manager = None
        report.save(update_fields=["manager"])


def path_below(employee: Employee) -> str:
    """The `manager_path` of everyone who reports to this employee, and the prefix of those below."""
    return f"{employee.manager_path}{employee.pk}/"


def below(employee: Employee):
    """Everyone below this employee in the manager tree (directly or not), as of `manager_path`."""
    return Employee.objects.filter(manager_path__startswith=path_below(employee))


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
