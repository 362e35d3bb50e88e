"""The learner's right of access: everything the platform holds about one person, as data and as PDF.

`personal_record` reads only rows that belong to the signed-in user, in a fixed number of queries
whatever the length of their history; `render_record_pdf` lays the same data out for reading.
"""

import datetime
from collections import defaultdict

from django.utils import timezone
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace

from quizzes.models import Answer, Attempt

from .certificates import BRAND, FONTS, INK, MUTED, record_status
from .models import (
    Assignment,
    AssignmentEvent,
    CertificationRecord,
    CourseAttestation,
    Delegation,
    Employee,
    Exemption,
    ExportLog,
    Extension,
    LessonCompletion,
    ModuleCompletion,
    Reminder,
    Status,
)

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


def _records(user) -> list[dict]:
    """Certification records in full, except the hashes that seal them into the chain."""
    return [
        {
            "verification_code": record.verification_code,
            "program": record.program_name,
            "cycle": record.cycle,
            "status": record_status(record),
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
        for record in CertificationRecord.objects.filter(employee__user=user).order_by(
            "completed_at", "id"
        )
    ]


def _reminders(user) -> list[dict]:
    """Reminders about the user's assignments; an escalation went to their manager, not to them."""
    rows = _rows(
        Reminder.objects.filter(assignment__employee__user=user).order_by("created_at", "id"),
        "assignment__program__name",
        "kind",
        "cycle",
        "recipient",
        "created_at",
        "sent_at",
        rename={"assignment__program__name": "program"},
    )
    for row in rows:
        row["sent_to"] = "you" if row.pop("recipient").lower() == user.email.lower() else "manager"
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
            rename={"module__title": "module"},
        ),
        "quiz_attempts": _attempts(user),
        "course_attestations": _rows(
            CourseAttestation.objects.filter(user=user).order_by("accepted_at", "id"),
            "course__title",
            "text",
            "accepted_at",
            "period_start",
            rename={"course__title": "course"},
        ),
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


class RecordPDF(FPDF):
    """A4 portrait pages in the house style: a heading per section, plain tables beneath."""

    def __init__(self):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
        self.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
        self.set_margins(18, 18, 18)
        self.set_auto_page_break(True, margin=18)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(*MUTED)
        self.cell(0, 5, f"My training record · page {self.page_no()}/{{nb}}", align="C")

    def heading(self, text: str):
        if self.get_y() > self.h - 50:
            self.add_page()
        self.ln(4)
        self.set_font("DejaVu", "B", 13)
        self.set_text_color(*BRAND)
        self.cell(0, 8, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(*BRAND)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(2)

    def paragraph(self, text: str, *, size: float = 9.5, colour=INK):
        self.set_font("DejaVu", "", size)
        self.set_text_color(*colour)
        self.multi_cell(0, size * 0.5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(1)

    def grid(self, headings: list[str] | None, rows: list[list], widths: list[float] | None = None):
        """A table (its heading row repeated on each page), or “None.” when there are no rows."""
        if not rows:
            self.paragraph("None.", colour=MUTED)
            return
        self.set_font("DejaVu", "", 8.5)
        self.set_text_color(*INK)
        self.set_draw_color(200, 208, 218)
        with self.table(
            col_widths=widths,
            first_row_as_headings=headings is not None,
            headings_style=FontFace(emphasis="BOLD", color=BRAND, fill_color=(236, 242, 248)),
            line_height=4.4,
            padding=1.2,
            text_align="LEFT",
        ) as table:
            if headings is not None:
                table.row(headings)
            for row in rows:
                table.row([text(value) for value in row])
        self.ln(2)

    def facts(self, pairs: list[tuple[str, object]]):
        """Label and value, one pair a row."""
        self.grid(None, [[label, value] for label, value in pairs], widths=[1, 3])


def text(value) -> str:
    """A value as a table cell shows it."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (list, tuple)):
        return ", ".join(text(v) for v in value) or "—"
    if isinstance(value, dict):
        return "; ".join(f"{k}: {text(v)}" for k, v in value.items()) or "—"
    return str(value)


def when(value: str | None) -> str:
    """“2026-03-02 09:30 UTC” from an ISO timestamp; a date stays a date."""
    if not value:
        return "—"
    if "T" not in value:
        return value
    return datetime.datetime.fromisoformat(value).strftime("%Y-%m-%d %H:%M UTC")


def status_label(value: str | None) -> str:
    return Status(value).label if value else "Ended (no status)"


def _kind_label(choices, value: str) -> str:
    return dict(choices).get(value, value)


def _pdf_people(pdf: RecordPDF, data: dict):
    account, employee = data["account"], data["employee"]
    pdf.heading("Account")
    pdf.facts(
        [
            ("Email", account["email"]),
            ("First name", account["first_name"]),
            ("Last name", account["last_name"]),
            ("Date joined", when(account["date_joined"])),
            ("Last login", when(account["last_login"])),
        ]
    )
    pdf.heading("Employee")
    if employee is None:
        pdf.paragraph("No employee details are held for this account.", colour=MUTED)
        return
    pdf.facts(
        [
            ("Employee number", employee["employee_number"]),
            ("Department", employee["department"]),
            ("Job role", employee["job_role"]),
            ("Manager", employee["manager"]),
            ("Hire date", employee["hire_date"]),
            ("Active", employee["active"]),
            ("Time zone", employee["time_zone"]),
        ]
    )


def _pdf_assignments(pdf: RecordPDF, data: dict):
    pdf.heading("Certifications required of you")
    assignments = data["assignments"]
    pdf.grid(
        ["Program", "Source", "Assigned", "Ended", "Cycle", "Due", "Valid until", "Status"],
        [
            [
                a["program"],
                a["source"],
                when(a["assigned_at"]),
                when(a["ended_at"]),
                a["cycle"],
                when(a["due_at"]),
                when(a["valid_until"]),
                "Exempt" if a["exempt"] and a["status"] is None else status_label(a["status"]),
            ]
            for a in assignments
        ],
        widths=[4, 2, 3, 3, 1.7, 3, 3, 2.5],
    )
    pdf.heading("How the dates were worked out")
    pdf.grid(
        ["Program", "When", "What", "Explanation"],
        [
            [
                a["program"],
                when(e["at"]),
                _kind_label(AssignmentEvent.Kind.choices, e["kind"]),
                e["explanation"],
            ]
            for a in assignments
            for e in a["events"]
        ],
        widths=[3, 3, 2.4, 7],
    )
    pdf.heading("Extensions")
    pdf.grid(
        ["Program", "New due date", "Reason", "Approved by", "Granted"],
        [
            [x["program"], x["new_due_date"], x["reason"], x["approved_by"], when(x["created_at"])]
            for x in data["extensions"]
        ],
        widths=[3, 2.4, 5, 3, 3],
    )
    pdf.heading("Exemptions")
    pdf.grid(
        ["Program", "Reason", "Approved by", "Granted"],
        [
            [x["program"], x["reason"], x["approved_by"], when(x["created_at"])]
            for x in data["exemptions"]
        ],
        widths=[3, 6, 3, 3],
    )


def _pdf_learning(pdf: RecordPDF, data: dict):
    pdf.heading("Lessons completed")
    pdf.grid(
        ["Lesson", "Completed", "Revision"],
        [
            [x["lesson"], when(x["completed_at"]), x["revision_id"]]
            for x in data["lesson_completions"]
        ],
        widths=[8, 4, 2],
    )
    pdf.heading("Modules completed")
    pdf.grid(
        ["Module", "Completed", "Quiz attempt"],
        [
            [x["module"], when(x["completed_at"]), x["attempt_id"]]
            for x in data["module_completions"]
        ],
        widths=[8, 4, 2],
    )
    pdf.heading("Quiz attempts")
    attempts = data["quiz_attempts"]
    pdf.grid(
        ["Attempt", "Quiz", "Started", "Submitted", "Score", "Passed"],
        [
            [
                x["id"],
                x["quiz"],
                when(x["started_at"]),
                when(x["submitted_at"]),
                "—" if x["score"] is None else f"{x['score']:g} %",
                x["passed"],
            ]
            for x in attempts
        ],
        widths=[1.6, 5, 3, 3, 1.6, 1.5],
    )
    pdf.heading("Your answers")
    pdf.grid(
        ["Attempt", "Question", "Choices you chose", "Correct"],
        [
            [x["id"], answer["question_id"], answer["choice_ids"], answer["correct"]]
            for x in attempts
            for answer in x["answers"]
        ],
        widths=[1.6, 5, 6, 1.6],
    )
    pdf.heading("Course attestations")
    pdf.grid(
        ["Course", "Statement you accepted", "Accepted"],
        [[x["course"], x["text"], when(x["accepted_at"])] for x in data["course_attestations"]],
        widths=[3, 8, 3],
    )


def _pdf_records(pdf: RecordPDF, data: dict):
    pdf.heading("Certification records")
    if not data["certification_records"]:
        pdf.paragraph("None.", colour=MUTED)
    for r in data["certification_records"]:
        pdf.facts(
            [
                ("Verification code", r["verification_code"]),
                ("Program", f"{r['program']} (cycle {r['cycle']})"),
                ("Status", r["status"]),
                ("Completed", when(r["completed_at"])),
                ("Valid until", when(r["expires_at"])),
                ("Issued", when(r["issued_at"])),
                ("Recorded as", f"{r['name']} · {r['email']} · {r['employee_number']}"),
                ("Department, role", f"{r['department'] or '—'} · {r['job_role'] or '—'}"),
                (
                    "Quiz scores",
                    "; ".join(f"{m.get('title')}: {m.get('score')}" for m in r["modules"] or []),
                ),
                ("Page revisions", r["revisions"]),
                ("Attestation", f"{r['attestation_text']} (accepted {when(r['attested_at'])})"),
                ("Explanation", r["explanation"]),
            ]
        )


def _pdf_notices(pdf: RecordPDF, data: dict):
    pdf.heading("Reminders")
    pdf.grid(
        ["Program", "Kind", "Cycle", "Sent to", "Created", "Sent"],
        [
            [
                x["program"],
                _kind_label(Reminder.Kind.choices, x["kind"]),
                x["cycle"],
                x["sent_to"],
                when(x["created_at"]),
                when(x["sent_at"]),
            ]
            for x in data["reminders"]
        ],
        widths=[3, 3, 1.2, 1.8, 3, 3],
    )
    for key, title, person in (
        ("delegations_received", "Delegations you received", "manager"),
        ("delegations_given", "Delegations you gave", "delegate"),
    ):
        pdf.heading(title)
        pdf.grid(
            [person.capitalize(), "From", "Until", "Revoked"],
            [
                [x[person], when(x["created_at"]), when(x["expires_at"]), when(x["revoked_at"])]
                for x in data[key]
            ],
        )
    pdf.heading("Exports you ran")
    pdf.grid(
        ["Kind", "Format", "Via", "Started", "Rows", "Filters"],
        [
            [
                x["kind"],
                x["file_format"],
                x["via"],
                when(x["started_at"]),
                x["row_count"],
                x["filters"],
            ]
            for x in data["exports"]
        ],
        widths=[2.5, 1.5, 1.5, 3, 1.2, 5],
    )


def render_record_pdf(data: dict, *, compress: bool = True) -> bytes:
    """`personal_record` data as a readable A4 document; the same data always gives the same bytes."""
    account = data["account"]
    name = person_name(account["first_name"], account["last_name"], account["email"])
    pdf = RecordPDF()
    pdf.set_compression(compress)
    pdf.set_creation_date(datetime.datetime.fromisoformat(data["generated_at"]))
    pdf.set_title(f"Training record: {name}")
    pdf.set_author("Data Ethics Academy")
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 9)
    pdf.set_text_color(*BRAND)
    pdf.cell(0, 5, "DATA ETHICS ACADEMY", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DejaVu", "B", 20)
    pdf.set_text_color(*INK)
    pdf.cell(0, 11, f"Training record of {name}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.paragraph(f"Generated {when(data['generated_at'])}", colour=MUTED)
    pdf.paragraph(data["about"], colour=MUTED)
    for section in (_pdf_people, _pdf_assignments, _pdf_learning, _pdf_records, _pdf_notices):
        section(pdf, data)
    return bytes(pdf.output())
