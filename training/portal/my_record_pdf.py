"""The personal training record as a PDF: the same content as the JSON, in readable sections."""

import datetime

from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace

from quizzes.models import Attempt
from training.certification.models import AssignmentEvent, CertificateStatus, Status
from training.certification.pdf import BRAND, FONT, INK, MUTED, BrandedPDF
from training.learning.models import ModuleCompletion

from .my_record import person_name

RENEWAL_CHECK = Attempt.Purpose.RENEWAL_CHECK


class RecordPDF(BrandedPDF):
    """A4 portrait pages: a heading per section, plain tables beneath, numbered pages."""

    footer_label = "My training record"

    def heading(self, text: str):
        if self.get_y() > self.h - 50:
            self.add_page()
        self.ln(4)
        self.set_font(FONT, "B", 13)
        self.set_text_color(*BRAND)
        self.cell(0, 8, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(*BRAND)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(2)

    def paragraph(self, text: str, *, size: float = 9.5, colour=INK):
        self.set_font(FONT, "", size)
        self.set_text_color(*colour)
        self.multi_cell(0, size * 0.5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(1)

    def grid(self, headings: list[str] | None, rows: list[list], widths: list[float] | None = None):
        """A table (its heading row repeated on each page), or “None.” when there are no rows."""
        if not rows:
            self.paragraph("None.", colour=MUTED)
            return
        self.set_font(FONT, "", 8.5)
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
        ["Module", "Completed", "How", "Attempt"],
        [
            [
                x["module"],
                when(x["completed_at"]),
                ModuleCompletion.Method(x["method"]).label,
                x["attempt_id"],
            ]
            for x in data["module_completions"]
        ],
        widths=[7, 3.5, 3, 1.5],
    )
    pdf.heading("Quiz attempts")
    attempts = data["quiz_attempts"]
    pdf.grid(
        ["Attempt", "Quiz", "Started", "Submitted", "Score", "Passed"],
        [
            [
                x["id"],
                x["quiz"] + (" (renewal check)" if x["purpose"] == RENEWAL_CHECK else ""),
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
        ["Course", "Statement you accepted", "Accepted", "Legal position"],
        [
            [x["course"], x["text"], when(x["accepted_at"]), x["legal_position"]]
            for x in data["course_attestations"]
        ],
        widths=[3, 6, 3, 4],
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
                ("Status", CertificateStatus(r["status"]).label),
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
                x["description"],
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
    pdf = RecordPDF(
        title=f"Training record: {name}",
        created=datetime.datetime.fromisoformat(data["generated_at"]),
        compress=compress,
    )
    pdf.add_page()
    pdf.brand_header(size=9, height=5)
    pdf.set_font(FONT, "B", 20)
    pdf.set_text_color(*INK)
    pdf.cell(0, 11, f"Training record of {name}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.paragraph(f"Generated {when(data['generated_at'])}", colour=MUTED)
    pdf.paragraph(data["about"], colour=MUTED)
    for section in (_pdf_people, _pdf_assignments, _pdf_learning, _pdf_records, _pdf_notices):
        section(pdf, data)
    return bytes(pdf.output())
