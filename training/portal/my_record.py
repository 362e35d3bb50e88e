"""The learner's right of access: everything the platform holds about one person, as data and as PDF.

`personal_record` reads only rows that belong to the signed-in user, in a fixed number of queries
whatever the length of their history; `render_record_pdf` lays the same data out for reading.
"""

import datetime
from collections import defaultdict

from django.utils import timezone

from quizzes.models import Answer, Attempt
from training.certification.models import (
    Assignment,
    AssignmentEvent,
    CertificationRecord,
    Exemption,
    Extension,
    Reminder,
)
from training.learning.models import CourseAttestation, LessonCompletion, ModuleCompletion
from training.oversight.models import ExportLog
from training.people.models import Delegation, Employee

ABOUT = (
    "This is everything Data Ethics Academy holds about you: your account, your place in the "
    "organisation, the certifications required of you and how their dates were worked out, "
    "extensions and exemptions, every lesson, module, quiz attempt and attestation you completed, "
    "your certification records, the reminders sent about your training, delegations and exports. "
    "Times are in UTC (ISO 8601)."
)


def iso(value) -> str | None:
    """A datetime as ISO 8601 in UTC, a date as ISO 8601, None as None."""
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return value.astimezone(datetime.UTC).isoformat()
    return value.isoformat()


def person_name(first: str | None, last: str | None, email: str | None) -> str | None:
    """How a user is named elsewhere in the app (`User.__str__`): full name, else email."""
    return f"{first or ''} {last or ''}".strip() or email


def _who(prefix: str) -> list[str]:
    return [f"{prefix}__first_name", f"{prefix}__last_name", f"{prefix}__email"]


def _named(rows: list[dict], prefix: str, key: str) -> list[dict]:
    """Fold the `_who(prefix)` columns of each row into one name under `key`."""
    for row in rows:
        row[key] = person_name(*(row.pop(field) for field in _who(prefix)))
    return rows


def _rows(queryset, *fields, rename: dict | None = None) -> list[dict]:
    """`values()` rows with dates in ISO 8601 and related fields renamed (`quiz__title` → `quiz`)."""
    rename = rename or {}
    return [
        {rename.get(k, k): iso(v) if isinstance(v, datetime.date) else v for k, v in row.items()}
        for row in queryset.values(*fields)
    ]


def _account(user) -> dict:
    return {
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "date_joined": iso(user.date_joined),
        "last_login": iso(user.last_login),
    }


def _employee(user) -> dict | None:
    employee = (
        Employee.objects.select_related("department", "job_role", "manager__user")
        .filter(user=user)
        .first()
    )
    if employee is None:
        return None
    boss = employee.manager.user if employee.manager else None
    return {
        "employee_number": employee.employee_number,
        "department": employee.department.name if employee.department else None,
        "job_role": employee.job_role.name if employee.job_role else None,
        "manager": person_name(boss.first_name, boss.last_name, boss.email) if boss else None,
        "hire_date": iso(employee.hire_date),
        "active": employee.active,
        "time_zone": employee.time_zone,
    }


def _assignments(user) -> list[dict]:
    """Every assignment, ended ones too (`with_status` lists only active ones: no status)."""
    mine = Assignment.objects.filter(employee__user=user)
    statuses = dict(mine.with_status().values_list("pk", "status"))
    events = defaultdict(list)
    for event in _rows(
        AssignmentEvent.objects.filter(assignment__employee__user=user).order_by("at", "id"),
        "assignment_id",
        "at",
        "kind",
        "explanation",
    ):
        events[event.pop("assignment_id")].append(event)
    rows = _rows(
        mine.order_by("assigned_at", "id"),
        "id",
        "program__name",
        "source",
        "assigned_at",
        "ended_at",
        "end_reason",
        "cycle",
        "cycle_started_at",
        "due_at",
        "valid_until",
        "renewal_opens_at",
        "exempt",
        rename={"program__name": "program"},
    )
    for row in rows:
        row["status"] = statuses.get(row["id"])
        row["events"] = events[row["id"]]
    return rows


def _decisions(model, user, *fields) -> list[dict]:
    """Extensions or exemptions about the user's assignments, with the approver's name."""
    rows = model.objects.filter(assignment__employee__user=user).order_by("created_at", "id")
    return _named(
        _rows(
            rows,
            "assignment_id",
            "assignment__program__name",
            *fields,
            *_who("approved_by"),
            rename={"assignment__program__name": "program"},
        ),
        "approved_by",
        "approved_by",
    )


def _attempts(user) -> list[dict]:
    """Quiz attempts with the choices the user made (graded attempts only have answers)."""
    answers = defaultdict(list)
    for answer in (
        Answer.objects.filter(attempt__user=user)
        .order_by("attempt_id", "id")
        .values("attempt_id", "question_id", "choice_ids", "correct")
    ):
        answers[answer.pop("attempt_id")].append(answer)
    rows = _rows(
        Attempt.objects.filter(user=user).order_by("started_at", "id"),
        "id",
        "quiz__title",
        "purpose",
        "revision_id",
        "period_start",
        "started_at",
        "submitted_at",
        "score",
        "passed",
        rename={"quiz__title": "quiz"},
    )
    for row in rows:
        row["score"] = None if row["score"] is None else float(row["score"])
        row["answers"] = answers[row["id"]]
    return rows


def _attestations(user) -> list[dict]:
    """Course attestations, with the legal position each course's page states now."""
    return [
        {
            "course": attestation.course.title,
            "text": attestation.text,
            "accepted_at": iso(attestation.accepted_at),
            "period_start": iso(attestation.period_start),
            "legal_position": attestation.course.legal_position or None,
        }
        for attestation in CourseAttestation.objects.filter(user=user)
        .select_related("course")
        .order_by("accepted_at", "id")
    ]


def _records(user) -> list[dict]:
    """Certification records in full, except the hashes that seal them into the chain."""
    return [
        {
            "verification_code": record.verification_code,
            "program": record.program_name,
            "cycle": record.cycle,
            "status": record.certificate_status,
            "employee_number": record.employee_number,
            "name": record.name,
            "email": record.email,
            "department": record.department,
            "job_role": record.job_role,
            "completed_at": iso(record.completed_at),
            "expires_at": iso(record.expires_at),
            "issued_at": iso(record.issued_at),
            "modules": record.modules,
            "revisions": record.revisions,
            "attestation_text": record.attestation_text,
            "attested_at": iso(record.attested_at),
            "explanation": record.explanation,
        }
        for record in CertificationRecord.objects.filter(employee__user=user)
        .with_certificate_status()
        .order_by("completed_at", "id")
    ]


def _reminders(user) -> list[dict]:
    """Reminders about the user's assignments; an escalation went to their manager, not to them."""
    rows = _rows(
        Reminder.objects.filter(assignment__employee__user=user).order_by("created_at", "id"),
        "assignment__program__name",
        "kind",
        "occasion",
        "cycle",
        "recipient",
        "created_at",
        "sent_at",
        rename={"assignment__program__name": "program"},
    )
    for row in rows:
        row["sent_to"] = "you" if row.pop("recipient").lower() == user.email.lower() else "manager"
        row["description"] = Reminder.describe(row["kind"], row["occasion"])
    return rows


def _delegations(key: str, person: str, **filters) -> list[dict]:
    """Delegations of a manager's team view; `person` (a user path) names the other party."""
    rows = Delegation.objects.filter(**filters).order_by("created_at", "id")
    return _named(_rows(rows, "created_at", "expires_at", "revoked_at", *_who(person)), person, key)


def personal_record(user) -> dict:
    """Everything the platform holds about `user`, as JSON-ready data, in a constant number of queries."""
    return {
        "about": ABOUT,
        "generated_at": iso(timezone.now()),
        "account": _account(user),
        "employee": _employee(user),
        "assignments": _assignments(user),
        "extensions": _decisions(Extension, user, "new_due_date", "reason", "created_at"),
        "exemptions": _decisions(Exemption, user, "reason", "created_at"),
        "lesson_completions": _rows(
            LessonCompletion.objects.filter(user=user).order_by("completed_at", "id"),
            "lesson__title",
            "completed_at",
            "revision_id",
            "period_start",
            rename={"lesson__title": "lesson"},
        ),
        "module_completions": _rows(
            ModuleCompletion.objects.filter(user=user).order_by("completed_at", "id"),
            "module__title",
            "completed_at",
            "attempt_id",
            "period_start",
            "method",
            rename={"module__title": "module"},
        ),
        "quiz_attempts": _attempts(user),
        "course_attestations": _attestations(user),
        "certification_records": _records(user),
        "reminders": _reminders(user),
        "delegations_received": _delegations("manager", "manager__user", delegate=user),
        "delegations_given": _delegations("delegate", "delegate", manager__user=user),
        "exports": _rows(
            ExportLog.objects.filter(user=user).order_by("started_at", "id"),
            "kind",
            "file_format",
            "via",
            "filters",
            "started_at",
            "finished_at",
            "row_count",
        ),
    }


# --- PDF -----------------------------------------------------------------------------------------
