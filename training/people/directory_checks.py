"""Reading and checking a directory file: every problem named by line and column, nothing written."""

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
    rows, problems = read_rows(data)
    if problems:
        raise DirectoryError(problems)
    return rows


def read_rows(data: bytes) -> tuple[list[Row], list[Problem]]:
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
class DirectorySnapshot:
    """What the database holds now, loaded whole in a constant number of queries."""

    employees: dict[str, Employee]  # by employee number
    departments: dict[str, Department]  # by lower-cased name
    job_roles: dict[str, JobRole]
    email_users: dict[str, set[int]]  # lower-cased email -> ids of the users that have it

    @classmethod
    def load(cls) -> "DirectorySnapshot":
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


def check_against_database(directory: DirectorySnapshot, rows: list[Row]) -> list[Problem]:
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


def _cycles(directory: DirectorySnapshot, in_file: dict[str, Row]) -> list[Problem]:
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
