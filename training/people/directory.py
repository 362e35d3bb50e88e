"""The employee directory import: one CSV file, checked whole, then applied all or nothing.

The `import_employees` command and the admin upload page both call `import_directory`, so a file
that previews cleanly in one imports the same way in the other. Nothing is written unless every
row is valid: a half-loaded directory would assign training to half an organisation.
"""

from dataclasses import dataclass, field

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction

from .directory_checks import (
    EMPLOYEE_FIELDS,
    USER_FIELDS,
    DirectoryError,
    DirectorySnapshot,
    ImportResult,
    Row,
    check_against_database,
    parse_directory,
    read_rows,
)
from .models import Department, Employee, JobRole

__all__ = ["DirectoryError", "ImportResult", "Row", "import_directory", "parse_directory"]


@dataclass
class _Plan:
    """The difference between the file and the database, row by row."""

    rows: list[Row]
    directory: DirectorySnapshot
    departments: dict[str, str] = field(default_factory=dict)  # new ones: lower name -> spelling
    job_roles: dict[str, str] = field(default_factory=dict)
    diffs: dict[str, dict] = field(default_factory=dict)  # existing: number -> {field: (old, new)}

    @classmethod
    def make(cls, directory: DirectorySnapshot, rows: list[Row]) -> "_Plan":
        plan = cls(rows=rows, directory=directory)
        for row in rows:
            department = _spelling(row.department, directory.departments, plan.departments)
            job_role = _spelling(row.job_role, directory.job_roles, plan.job_roles)
            if employee := directory.employees.get(row.employee_number):
                plan.diffs[row.employee_number] = _diff(employee, row, department, job_role)
        return plan

    def result(self, *, dry_run: bool) -> ImportResult:
        result = ImportResult(dry_run=dry_run)
        result.new_departments = list(self.departments.values())
        result.new_job_roles = list(self.job_roles.values())
        for row in self.rows:
            diff = self.diffs.get(row.employee_number)
            if diff is None:
                result.created += 1
                result.changes.append(f"{row.label}: new employee <{row.email}>")
            elif not diff:
                result.unchanged += 1
            else:  # a leaver counts once, as deactivated, whatever else changed
                leaving = diff.get("active") == (True, False)
                result.deactivated += leaving
                result.updated += not leaving
                result.changes += [f"{row.label}: {_describe(f, *v)}" for f, v in diff.items()]
        return result


def _spelling(name: str, existing: dict, new: dict) -> str | None:
    """Match a department or role ignoring case; the first spelling seen names a new one."""
    if not name:
        return None
    if name.lower() in existing:
        return existing[name.lower()].name
    return new.setdefault(name.lower(), name)


def _diff(employee: Employee, row: Row, department, job_role) -> dict[str, tuple]:
    user, manager = employee.user, employee.manager
    pairs = {
        # An email differing only in case is the same address.
        "email": (user.email, user.email if user.email.lower() == row.email else row.email),
        "first_name": (user.first_name, row.first_name),
        "last_name": (user.last_name, row.last_name),
        "department": (employee.department and employee.department.name, department),
        "job_role": (employee.job_role and employee.job_role.name, job_role),
        "manager": (manager and manager.employee_number, row.manager_employee_number or None),
        "hire_date": (employee.hire_date, row.hire_date),
        "time_zone": (employee.time_zone, row.time_zone),
        "active": (employee.active, row.active),
    }
    return {name: (old, new) for name, (old, new) in pairs.items() if old != new}


def _describe(name: str, old, new) -> str:
    if name == "active":
        return "deactivated" if old else "reactivated"
    return f"{name} {old or '—'} → {new or '—'}"


def import_directory(*, data: bytes, dry_run: bool) -> ImportResult:
    """Check the whole file, then apply it in one transaction; on any error change nothing."""
    try:
        return _import(data=data, dry_run=dry_run)
    except IntegrityError:
        # Someone changed the same people between our check and our write; all was rolled back.
        reason = "the directory changed while importing; nothing was changed, please try again"
        return ImportResult(dry_run=dry_run, errors=[reason])


@transaction.atomic
def _import(*, data: bytes, dry_run: bool) -> ImportResult:
    rows, problems = read_rows(data)
    directory = (
        DirectorySnapshot.load() if rows else None
    )  # no rows: the file itself was unreadable
    if directory:
        problems += check_against_database(directory, rows)
    if problems:
        return ImportResult(dry_run=dry_run, errors=DirectoryError(problems).errors)
    plan = _Plan.make(directory, rows)
    if not dry_run:
        _apply(plan)
    return plan.result(dry_run=dry_run)


def _apply(plan: _Plan) -> None:
    """Write the plan; managers last, once every employee they may point at exists."""
    new_departments = {n: Department.objects.create(name=s) for n, s in plan.departments.items()}
    new_job_roles = {n: JobRole.objects.create(name=s) for n, s in plan.job_roles.items()}
    departments = plan.directory.departments | new_departments
    job_roles = plan.directory.job_roles | new_job_roles
    employees = plan.directory.employees.copy()
    for row in plan.rows:
        values = {n: getattr(row, n) for n in USER_FIELDS + EMPLOYEE_FIELDS} | {
            "department": departments.get(row.department.lower()),
            "job_role": job_roles.get(row.job_role.lower()),
        }
        diff = plan.diffs.get(row.employee_number)
        if diff is None:
            employees[row.employee_number] = _create(row.employee_number, values)
        elif diff:
            _update(employees[row.employee_number], values, diff)
    for row in plan.rows:
        diff = plan.diffs.get(row.employee_number)
        if (diff is None and row.manager_employee_number) or (diff and "manager" in diff):
            employee = employees[row.employee_number]
            employee.manager = employees.get(row.manager_employee_number)
            employee.save(update_fields=["manager"])


def _create(number: str, values: dict) -> Employee:
    user_values = {n: values[n] for n in USER_FIELDS}
    user = get_user_model().objects.create_user(password=None, **user_values)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    employee_values = {n: values[n] for n in EMPLOYEE_FIELDS}
    return Employee.objects.create(user=user, employee_number=number, **employee_values)


def _update(employee: Employee, values: dict, diff: dict) -> None:
    """Save only the changed fields, so a concurrent edit of another field is not overwritten."""
    if "email" in diff:
        _move_email(employee.user, values["email"])
    for target, names in ((employee.user, USER_FIELDS), (employee, EMPLOYEE_FIELDS)):
        if changed := [name for name in names if name in diff]:
            for name in changed:
                setattr(target, name, values[name])
            target.save(update_fields=changed)


def _move_email(user, new_email: str) -> None:
    """Keep allauth's addresses in step with the login: the new email is the verified primary."""
    addresses = EmailAddress.objects.filter(user=user)
    address = addresses.filter(email__iexact=user.email).first() or EmailAddress(user=user)
    # Another address of this user already reading new_email would clash with the renamed one.
    addresses.filter(email__iexact=new_email).exclude(pk=address.pk).delete()
    addresses.filter(primary=True).exclude(pk=address.pk).update(primary=False)
    address.email, address.verified, address.primary = new_email, True, True
    address.save()
