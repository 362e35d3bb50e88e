"""The employee directory import: one CSV file, checked whole, then applied all or nothing.

The `import_employees` command and the admin upload page both call `import_directory`, so a file
that previews cleanly in one imports the same way in the other. Nothing is written unless every
row is valid: a half-loaded directory would assign training to half an organisation.
"""

import csv
import io
import re
import zoneinfo
from dataclasses import dataclass, field, fields
from datetime import date
from typing import NamedTuple

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.db.models.functions import Lower

from .models import Department, Employee, JobRole


@dataclass(frozen=True)
class Row:
    """One employee as the file states it (columns in order; "" when empty; email lower-cased)."""

    line: int
    employee_number: str
    email: str
    first_name: str
    last_name: str
    department: str
    job_role: str
    manager_employee_number: str
    hire_date: date | None  # None only in a file that has errors
    time_zone: str
    active: bool

    @property
    def label(self) -> str:
        return f"{self.employee_number} {self.first_name} {self.last_name}"


COLUMNS = tuple(f.name for f in fields(Row) if f.name != "line")
REQUIRED = ("employee_number", "email", "first_name", "last_name", "hire_date", "time_zone")
TRUE_WORDS, FALSE_WORDS = {"true", "yes", "1"}, {"false", "no", "0"}
SAVE_AS = "save it as “CSV UTF-8” and try again"
NOT_UTF8 = f"the file is not UTF-8 text: {SAVE_AS}"
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")  # date.fromisoformat alone also takes 20260302
USER_FIELDS = ("email", "first_name", "last_name")
EMPLOYEE_FIELDS = ("department", "job_role", "hire_date", "time_zone", "active")


def _max_lengths() -> dict[str, int]:
    """Limits come from the models, so a long value is a row error rather than a database crash."""
    user = get_user_model()
    sources = {
        "employee_number": (Employee, "employee_number"),
        "manager_employee_number": (Employee, "employee_number"),
        "department": (Department, "name"),
        "job_role": (JobRole, "name"),
        "time_zone": (Employee, "time_zone"),
    } | {name: (user, name) for name in USER_FIELDS}
    return {c: model._meta.get_field(name).max_length for c, (model, name) in sources.items()}


class Problem(NamedTuple):
    """Where a file is wrong (line 0: the whole file; no column: the whole line) and why."""

    line: int
    column: str
    reason: str

    def __str__(self) -> str:
        where = f"line {self.line}" if self.line else ""
        where += f", column {self.column}" if self.column else ""
        return f"{where}: {self.reason}" if where else self.reason

    def sort_key(self) -> tuple[int, int]:
        """As the file reads, so fixing goes from top to bottom and left to right."""
        return self.line, COLUMNS.index(self.column) if self.column in COLUMNS else -1


class DirectoryError(Exception):
    """The file cannot be imported; `errors` lists every problem, each naming line and column."""

    def __init__(self, problems: list[Problem]):
        self.errors = [str(p) for p in sorted(problems, key=Problem.sort_key)]
        super().__init__("\n".join(self.errors))


@dataclass
class ImportResult:
    """What an import did, or in a dry run would do. With errors, it did nothing."""

    dry_run: bool = False
    errors: list[str] = field(default_factory=list)
    created: int = 0
    updated: int = 0
    deactivated: int = 0
    unchanged: int = 0
    new_departments: list[str] = field(default_factory=list)
    new_job_roles: list[str] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)

    @property
    def summary(self) -> str:
        if self.errors:
            return f"{len(self.errors)} problem(s) found; nothing was changed."
        counts = ("created", "updated", "deactivated", "unchanged")
        parts = [", ".join(f"{getattr(self, name)} {name}" for name in counts)]
        if self.new_departments:
            parts.append(f"new departments: {', '.join(self.new_departments)}")
        if self.new_job_roles:
            parts.append(f"new job roles: {', '.join(self.new_job_roles)}")
        prefix = "Dry run, nothing written. Would be: " if self.dry_run else ""
        return prefix + "; ".join(parts) + "."


def parse_directory(data: bytes) -> list[Row]:
    """Read the file and check what needs no database; raise DirectoryError if anything is wrong."""
    rows, problems = _read(data)
    if problems:
        raise DirectoryError(problems)
    return rows


def _read(data: bytes) -> tuple[list[Row], list[Problem]]:
    """Every row that could be read and every problem, so one upload reports all of them."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return [], [Problem(data[: exc.start].count(b"\n") + 1, "", NOT_UTF8)]
    if not text.strip():
        return [], [Problem(0, "", "the file is empty")]
    reader = csv.reader(io.StringIO(text, newline=""))
    rows, problems = [], []
    try:
        header = [name.strip() for name in next(reader)]
        if problems := _check_header(header):
            return [], problems
        zones, limits, line = zoneinfo.available_timezones(), _max_lengths(), reader.line_num
        for cells in reader:
            start, line = line + 1, reader.line_num  # a quoted value may span lines
            if not any(cell.strip() for cell in cells):
                continue
            if len(cells) != len(header):
                reason = f"has {len(cells)} values but the header has {len(header)} columns"
                problems.append(Problem(start, "", reason))
                continue
            values = dict(zip(header, (cell.strip() for cell in cells), strict=True))
            rows.append(_read_row(start, values, zones, limits, problems))
    except csv.Error as exc:
        problems.append(Problem(reader.line_num, "", f"the file is not valid CSV ({exc})"))
    if not rows and not problems:
        problems.append(Problem(1, "", "the file has a header but no employees"))
    return rows, problems + _duplicates(rows)


def _check_header(header: list[str]) -> list[Problem]:
    if len(header) == 1 and ";" in header[0]:  # what Excel calls CSV in many European locales
        return [Problem(1, "", f"the columns are separated by “;”, not commas: {SAVE_AS}")]
    problems = [Problem(1, c, "this column is missing") for c in COLUMNS if c not in header]
    for index, name in enumerate(header):
        if name not in COLUMNS:
            reason = f"unknown column “{name}” (expected: {', '.join(COLUMNS)})"
            problems.append(Problem(1, "", reason))
        elif name in header[:index]:
            problems.append(Problem(1, name, "this column appears twice"))
    return problems


def _read_row(line: int, values: dict, zones: set, limits: dict, problems: list) -> Row:
    """Turn one line into a Row, adding a Problem for every value that is wrong."""

    def wrong(column, reason):
        problems.append(Problem(line, column, reason))

    for column in REQUIRED:
        if not values[column]:
            wrong(column, "a value is required")
    for column, limit in limits.items():
        if len(values[column]) > limit:
            wrong(column, f"is longer than {limit} characters")
    email, hire_date, active = values["email"].lower(), None, values["active"].lower()
    if email:
        try:
            validate_email(email)
        except ValidationError:
            wrong("email", f"“{values['email']}” is not a valid email address")
    if values["hire_date"]:
        try:
            if not ISO_DATE.fullmatch(values["hire_date"]):
                raise ValueError
            hire_date = date.fromisoformat(values["hire_date"])
        except ValueError:
            wrong("hire_date", f"“{values['hire_date']}” is not a date (use YYYY-MM-DD)")
    if values["time_zone"] and values["time_zone"] not in zones:
        reason = f"“{values['time_zone']}” is not a known time zone (for example “Europe/London”)"
        wrong("time_zone", reason)
    if active not in TRUE_WORDS | FALSE_WORDS | {""}:  # empty: active, as a new starter would be
        wrong("active", f"“{values['active']}” is not one of true/false, yes/no, 1/0")
    values = values | {"email": email, "hire_date": hire_date, "active": active not in FALSE_WORDS}
    return Row(line=line, **values)


def _duplicates(rows: list[Row]) -> list[Problem]:
    problems = []
    for column, note in (("employee_number", ""), ("email", " (case does not matter)")):
        first_lines: dict[str, int] = {}
        for row in rows:
            value = getattr(row, column)
            if value and value in first_lines:
                reason = f"“{value}” is also on line {first_lines[value]}{note}"
                problems.append(Problem(row.line, column, reason))
            first_lines.setdefault(value, row.line)
    return problems


@dataclass
class _Directory:
    """What the database holds now, loaded whole in a constant number of queries."""

    employees: dict[str, Employee]  # by employee number
    departments: dict[str, Department]  # by lower-cased name
    job_roles: dict[str, JobRole]
    email_users: dict[str, set[int]]  # lower-cased email -> ids of the users that have it

    @classmethod
    def load(cls) -> "_Directory":
        employees = Employee.objects.select_related("user", "department", "job_role", "manager")
        email_users: dict[str, set[int]] = {}
        user_emails = get_user_model().objects.values_list(Lower("email"), "pk")
        addresses = EmailAddress.objects.values_list(Lower("email"), "user_id")
        for email, user_id in [*user_emails, *addresses]:
            email_users.setdefault(email, set()).add(user_id)
        return cls(
            employees={e.employee_number: e for e in employees},
            departments={d.name.lower(): d for d in Department.objects.all()},
            job_roles={r.name.lower(): r for r in JobRole.objects.all()},
            email_users=email_users,
        )


def _check_against(directory: _Directory, rows: list[Row]) -> list[Problem]:
    """Managers that exist, emails no one else has, and no reporting cycles."""
    problems = []
    in_file = {row.employee_number: row for row in rows}
    by_user = {e.user_id: e for e in directory.employees.values()}
    for row in rows:
        boss = row.manager_employee_number
        if boss and boss not in in_file and boss not in directory.employees:
            reason = f"“{boss}” is not in the file nor an existing employee"
            problems.append(Problem(row.line, "manager_employee_number", reason))
        existing = directory.employees.get(row.employee_number)
        others = directory.email_users.get(row.email, set()) - {existing and existing.user_id}
        if others:
            owner = by_user.get(min(others))
            who = f"employee {owner.employee_number}" if owner else "another user"
            problems.append(Problem(row.line, "email", f"“{row.email}” already belongs to {who}"))
    return problems + _cycles(directory, in_file)


def _cycles(directory: _Directory, in_file: dict[str, Row]) -> list[Problem]:
    """Each reporting cycle the file would make, once, at the first of its lines."""
    boss_of = {n: e.manager.employee_number for n, e in directory.employees.items() if e.manager}
    boss_of |= {n: row.manager_employee_number for n, row in in_file.items()}
    problems, settled = [], set()
    for start in in_file:
        path, number = [], start
        while number and number not in settled and number not in path:
            path.append(number)
            number = boss_of.get(number)
        settled.update(path)
        cycle = path[path.index(number) :] if number in path else []
        lines = sorted((in_file[n].line, n) for n in cycle if n in in_file)
        if not lines:  # no cycle, or an old one this file does not touch
            continue
        first = cycle.index(lines[0][1])
        cycle = cycle[first:] + cycle[:first]
        steps = [
            f"{n} (line {in_file[n].line})" if n in in_file else f"{n} (existing)" for n in cycle
        ]
        reason = f"reporting cycle: {' → '.join(steps)} → {cycle[0]}"
        problems.append(Problem(lines[0][0], "manager_employee_number", reason))
    return problems


@dataclass
class _Plan:
    """The difference between the file and the database, row by row."""

    rows: list[Row]
    directory: _Directory
    departments: dict[str, str] = field(default_factory=dict)  # new ones: lower name -> spelling
    job_roles: dict[str, str] = field(default_factory=dict)
    diffs: dict[str, dict] = field(default_factory=dict)  # existing: number -> {field: (old, new)}

    @classmethod
    def make(cls, directory: _Directory, rows: list[Row]) -> "_Plan":
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
    rows, problems = _read(data)
    directory = _Directory.load() if rows else None  # no rows: the file itself was unreadable
    if directory:
        problems += _check_against(directory, rows)
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
