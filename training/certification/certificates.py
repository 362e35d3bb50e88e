"""Certificates: finding a record by its code, its PDF, and the email that delivers it.

A certificate is only a view of a `CertificationRecord`; nothing here writes to the database.
"""

import datetime
import math
import re
import zoneinfo

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db.models import QuerySet
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.dateformat import format as format_date
from fpdf.enums import Align, XPos, YPos

from content.models import CoursePage

from .models import CertificationRecord
from .pdf import BRAND, FONT, INK, MUTED, BrandedPDF, fitted


# Codes are issued as upper-case groups of four joined by dashes (“K7QM-2D9X-WP4H”); people type
# them in lower case or without the dashes, so both are folded back before an exact, indexed lookup.
def normalise_code(code: str) -> str:
    """Return the stored form of a verification code as a person might have typed it."""
    compact = re.sub(r"[^0-9A-Za-z]", "", code or "").upper()[:40]
    return "-".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def find_record(code: str, records: QuerySet | None = None) -> CertificationRecord | None:
    """The record with this verification code, however it was typed, or None."""
    records = CertificationRecord.objects.all() if records is None else records
    return records.filter(verification_code=normalise_code(code)).first()


def local_date(record, moment: datetime.datetime) -> datetime.date:
    """The calendar date of `moment` in the employee's time zone."""
    try:
        zone = zoneinfo.ZoneInfo(record.employee.time_zone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        zone = zoneinfo.ZoneInfo(settings.TIME_ZONE)
    return moment.astimezone(zone).date()


def long_date(day: datetime.date) -> str:
    """“2 March 2026”."""
    return format_date(day, "j F Y")


def absolute_url(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def verification_url(record) -> str:
    return absolute_url(reverse("certificates:verify", kwargs={"code": record.verification_code}))


def certificate_url(record) -> str:
    return absolute_url(reverse("certificates:detail", kwargs={"code": record.verification_code}))


def score_label(score) -> str:
    """A module's quiz score as shown to people: “85 %”, or a dash when there is none."""
    try:
        return f"{float(score):.0f} %"
    except (TypeError, ValueError):
        return "—"


def module_rows(record) -> list[dict]:
    """Each module's title and score label, in the order they were recorded."""
    return [
        {"title": str(module.get("title", "")), "score": score_label(module.get("score"))}
        for module in record.modules or []
    ]


def legal_positions(record) -> list[str]:
    """The legal position of the program's course(s), as their pages state it now.

    One course gives its sentence; several each give “Course title: sentence”. Courses without a
    review date say nothing.
    """
    courses = [
        course
        for course in CoursePage.objects.filter(programs=record.program_id).order_by("path")
        if course.legal_position
    ]
    if len(courses) == 1:
        return [courses[0].legal_position]
    return [f"{course.title}: {course.legal_position}" for course in courses]


def pdf_filename(record) -> str:
    """“Annual Data Ethics Certification - certificate K7QM-2D9X-WP4H.pdf”: whose it is at a glance.

    The program's name is kept as written (quotes, accents: the download header encodes them);
    only what a file name cannot hold (slashes, control characters) becomes a space.
    """
    program = " ".join(re.sub(r"[\x00-\x1f\x7f/\\]", " ", record.program_name).split())
    return f"{program} - certificate {record.verification_code}.pdf"


class CertificatePDF(BrandedPDF):
    """One A4 landscape page: a framed certificate, every line centred."""

    orientation = "L"
    margins = (28, 20, 28)
    page_break_margin = None

    def line_of_text(self, text: str, *, size: float, style: str = "", colour=INK, height=None):
        """One centred line; a long name or program shrinks to fit before it is ever shortened."""
        self.set_font(FONT, style, size)
        while self.get_string_width(text) > self.epw and self.font_size_pt > size * 0.6:
            self.set_font_size(self.font_size_pt - 0.5)
        self.set_text_color(*colour)
        self.set_x(self.l_margin)
        self.cell(
            self.epw,
            height or size * 0.5,
            fitted(self, text, self.epw),
            align=Align.C,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )

    def frame(self):
        self.set_draw_color(*BRAND)
        self.set_line_width(1.6)
        self.rect(10, 10, self.w - 20, self.h - 20)
        self.set_line_width(0.3)
        self.rect(14, 14, self.w - 28, self.h - 28)
        self.set_fill_color(*BRAND)
        self.rect(14, 14, self.w - 28, 5, style="F")

    def module_table(self, rows: list[dict], *, top: float, bottom: float):
        """The modules with their scores in one or two columns, whatever fits between top and bottom."""
        if not rows:
            return
        self.set_y(top)
        self.line_of_text("Modules and quiz scores", size=9, style="B", colour=MUTED, height=6)
        top = self.get_y()
        columns = 1 if len(rows) <= 5 else 2
        gap = 12
        width = 150 if columns == 1 else (self.epw - gap) / 2
        left = (self.w - (width * columns + gap * (columns - 1))) / 2
        per_column = math.ceil(len(rows) / columns)
        row_height = min(7.0, (bottom - top) / per_column)
        size = min(10.5, row_height * 1.6)
        self.set_draw_color(*BRAND)
        self.set_line_width(0.2)
        for index, row in enumerate(rows):
            x = left + (index // per_column) * (width + gap)
            y = top + (index % per_column) * row_height
            self.set_xy(x, y)
            self.set_font(FONT, "", size)
            self.set_text_color(*INK)
            self.cell(width - 22, row_height, fitted(self, row["title"], width - 24))
            self.set_font(FONT, "B", size)
            self.set_text_color(*BRAND)
            self.cell(22, row_height, row["score"], align=Align.R)
            self.line(x, y + row_height, x + width, y + row_height)


def render_certificate_pdf(record, *, compress: bool = True) -> bytes:
    """The record's certificate as PDF bytes; the same record (and course) gives the same bytes."""
    completed = long_date(local_date(record, record.completed_at))
    valid_until = long_date(local_date(record, record.expires_at))

    pdf = CertificatePDF(
        title=f"Certificate of completion: {record.program_name}",
        subject=f"Verification code {record.verification_code}",
        created=record.issued_at,
        compress=compress,
    )
    pdf.add_page()
    pdf.frame()

    pdf.set_y(30)
    pdf.brand_header(size=10, height=6, align=Align.C)
    pdf.line_of_text("Certificate of completion", size=30, style="B", colour=BRAND, height=16)
    pdf.line_of_text("This certifies that", size=12, colour=MUTED, height=9)
    pdf.line_of_text(record.name, size=26, style="B", height=14)
    pdf.line_of_text("has completed", size=12, colour=MUTED, height=8)
    pdf.line_of_text(record.program_name, size=18, style="B", colour=BRAND, height=10)
    pdf.line_of_text(f"Completed {completed}  ·  Valid until {valid_until}", size=12, height=10)
    for line in legal_positions(record):
        pdf.line_of_text(line, size=9, colour=MUTED, height=5)

    pdf.module_table(module_rows(record), top=pdf.get_y() + 4, bottom=168)

    pdf.set_y(172)
    pdf.line_of_text(f"Verification code {record.verification_code}", size=11, style="B", height=6)
    pdf.line_of_text(
        f"Check this certificate at {verification_url(record)}", size=9, colour=MUTED, height=5
    )
    return bytes(pdf.output())


def send_certificate_email(record) -> None:
    """Email the holder their certificate: text and HTML, with the PDF attached."""
    context = {
        "record": record,
        "first_name": record.name.split()[0] if record.name.split() else "",
        "completed": long_date(local_date(record, record.completed_at)),
        "valid_until": long_date(local_date(record, record.expires_at)),
        "modules": module_rows(record),
        "learn_url": absolute_url(reverse("portal:learn")),
        "certificate_url": certificate_url(record),
        "verification_url": verification_url(record),
    }
    message = EmailMultiAlternatives(
        subject=f"Your certificate: {record.program_name}",
        body=render_to_string("certification/email/certificate.txt", context),
        to=[record.email],
    )
    message.attach_alternative(
        render_to_string("certification/email/certificate.html", context), "text/html"
    )
    message.attach(pdf_filename(record), render_certificate_pdf(record), "application/pdf")
    message.send()
