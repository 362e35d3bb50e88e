import datetime
import re

import pytest
from django.core import mail
from django.urls import reverse

from tests.factories import CertificationRecordFactory, CoursePageFactory, EmployeeFactory
from training.certification.certificates import (
    legal_positions,
    normalise_code,
    render_certificate_pdf,
    send_certificate_email,
)
from training.certification.models import CertificateStatus, CertificationRecord

UTC = datetime.UTC
COMPLETED = datetime.datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
FAR_AWAY = datetime.datetime(2099, 3, 2, 23, 59, tzinfo=UTC)


def make_record(employee, **overrides) -> CertificationRecord:
    """A complete record, sealed into the chain, each on its own assignment and program."""
    values = {"completed_at": COMPLETED, "expires_at": FAR_AWAY} | overrides
    return CertificationRecordFactory(assignment__employee=employee, **values)


@pytest.fixture
def priya(employee):
    user = employee.user
    user.first_name, user.last_name = "Priya", "Sharma"
    user.save()
    return employee


@pytest.fixture
def record(priya):
    return make_record(priya, employee_number="EMP-90210", verification_code="K7QM-2D9X-WP4H")


def pdf_text(data: bytes) -> str:
    """The text of an uncompressed fpdf2 PDF, decoded through each font's ToUnicode map."""
    objects = dict(re.findall(rb"(?m)^(\d+) 0 obj\n(.*?)\nendobj", data, re.S))
    fonts = {}
    for name, number in set(re.findall(rb"/(F\d+) (\d+) 0 R", data)):
        cmap = objects[re.search(rb"/ToUnicode (\d+) 0 R", objects[number]).group(1)]
        pairs = re.findall(rb"<([0-9A-F]{4})> <([0-9A-F]{4})>", cmap)
        fonts[name] = {int(cid, 16): chr(int(char, 16)) for cid, char in pairs}
    escapes = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}
    lines, font = [], {}
    for match in re.finditer(rb"/(F\d+) [\d.]+ Tf|\(((?:\\.|[^\\)])*)\) Tj", data, re.S):
        if match.group(1):
            font = fonts[match.group(1)]
            continue
        raw = re.sub(
            rb"\\(.)", lambda m: escapes.get(m.group(1), m.group(1)), match.group(2), flags=re.S
        )
        cids = [int.from_bytes(raw[i : i + 2]) for i in range(0, len(raw), 2)]
        lines.append("".join(font.get(cid, "?") for cid in cids))
    return "\n".join(lines)


# Status


def test_status_is_valid_until_the_moment_of_expiry(record):
    just_before = record.expires_at - datetime.timedelta(seconds=1)
    assert record.certificate_status_at(just_before) == CertificateStatus.VALID
    assert record.certificate_status_at(record.expires_at) == CertificateStatus.EXPIRED
    assert record.certificate_status_at() == CertificateStatus.VALID


# My certificates


def test_my_certificates_lists_only_my_records_newest_first(learner_client, priya):
    older = make_record(priya, completed_at=datetime.datetime(2024, 1, 5, tzinfo=UTC))
    newer = make_record(priya, expires_at=datetime.datetime(2025, 1, 5, tzinfo=UTC))
    someone_else = make_record(EmployeeFactory())

    html = learner_client.get(reverse("certificates:mine")).text

    assert html.index(newer.program_name) < html.index(older.program_name)
    assert someone_else.program_name not in html
    assert someone_else.verification_code not in html
    assert reverse("certificates:pdf", args=[older.verification_code]) in html
    assert "2 March 2026" in html and "5 January 2025" in html
    assert 'badge--ok">Valid' in html and 'badge--bad">Expired' in html


def test_my_certificates_says_so_when_there_are_none(learner_client):
    response = learner_client.get(reverse("certificates:mine"))
    assert response.status_code == 200
    assert "You have no certificates yet" in response.text


def test_nav_links_to_my_certificates(learner_client):
    html = learner_client.get(reverse("certificates:mine")).text
    assert f'<a href="{reverse("certificates:mine")}">My certificates</a>' in html


def test_dates_are_shown_in_the_employees_time_zone(learner_client, priya):
    late_evening_utc = datetime.datetime(2026, 3, 2, 23, 30, tzinfo=UTC)
    priya.time_zone = "Asia/Tokyo"
    priya.save()
    make_record(priya, completed_at=late_evening_utc)
    assert "3 March 2026" in learner_client.get(reverse("certificates:mine")).text


# The certificate page and its PDF


def test_certificate_page_shows_scores_verification_link_and_download(learner_client, record):
    html = learner_client.get(reverse("certificates:detail", args=[record.verification_code])).text
    assert "Priya Sharma" in html
    assert "Lawfulness and fairness" in html and "88 %" in html and "100 %" in html
    assert f"/certificates/verify/{record.verification_code}/" in html
    assert "Download PDF" in html
    assert reverse("certificates:pdf", args=[record.verification_code]) in html


def test_pdf_download_is_a_pdf_named_after_the_program_and_code(learner_client, record):
    response = learner_client.get(reverse("certificates:pdf", args=[record.verification_code]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        f'attachment; filename="{record.program_name} - certificate {record.verification_code}.pdf"'
    )
    assert response.getvalue().startswith(b"%PDF")


@pytest.mark.parametrize(
    "program_name, disposition",
    [
        (
            'The "Fair data" course',
            r'attachment; filename="The \"Fair data\" course - certificate {code}.pdf"',
        ),
        (
            'Zoë\'s "Fair data" course',
            "attachment; filename*=utf-8''Zo%C3%AB%27s%20%22Fair%20data%22%20course"
            "%20-%20certificate%20{code}.pdf",
        ),
        (
            "Data/ethics\\101\n",
            'attachment; filename="Data ethics 101 - certificate {code}.pdf"',
        ),
    ],
)
def test_pdf_file_name_survives_quotes_accents_and_slashes_in_the_program_name(
    learner_client, priya, program_name, disposition
):
    record = make_record(priya, program_name=program_name)
    response = learner_client.get(reverse("certificates:pdf", args=[record.verification_code]))
    assert response["Content-Disposition"] == disposition.format(code=record.verification_code)


def test_pdf_carries_name_program_dates_scores_and_code(record, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://academy.example.org"
    text = pdf_text(render_certificate_pdf(record, compress=False))
    assert "Certificate of completion" in text
    assert "Priya Sharma" in text
    assert record.program_name in text
    assert "Completed 2 March 2026" in text and "Valid until 2 March 2099" in text
    assert "Purpose limitation" in text and "100 %" in text
    assert record.verification_code in text
    assert f"https://academy.example.org/certificates/verify/{record.verification_code}/" in text


def test_pdf_renders_any_name_and_is_deterministic(priya):
    record = make_record(priya, name="Zoë Ødegård-Łukasiewicz")
    first = render_certificate_pdf(record, compress=False)
    assert "Zoë Ødegård-Łukasiewicz" in pdf_text(first)
    assert render_certificate_pdf(record, compress=False) == first
    assert render_certificate_pdf(record).startswith(b"%PDF")


# The course's legal position

COURSE_POSITION = "Legal position as of 1 December 2026; reviewed every six months."


def test_certificate_page_and_pdf_state_the_courses_legal_position(learner_client, record, course):
    record.program.courses.add(course)

    html = learner_client.get(reverse("certificates:detail", args=[record.verification_code])).text
    assert f'<p class="meta legal-position">{COURSE_POSITION}</p>' in html
    assert COURSE_POSITION in pdf_text(render_certificate_pdf(record, compress=False)).splitlines()


def test_several_courses_each_state_theirs_and_courses_without_a_date_say_nothing(record, course):
    law = CoursePageFactory(
        parent=course.get_parent(),
        title="Data protection law",
        legal_position_as_of=datetime.date(2027, 2, 28),
        legal_review_months=12,
    )
    undated = CoursePageFactory(parent=course.get_parent(), legal_position_as_of=None)
    record.program.courses.add(course, law, undated)

    expected = [
        f"{course.title}: {COURSE_POSITION}",
        "Data protection law: Legal position as of 28 February 2027; reviewed every year.",
    ]
    assert legal_positions(record) == expected
    text = pdf_text(render_certificate_pdf(record, compress=False)).splitlines()
    assert all(line in text for line in expected)


def test_a_program_without_dated_courses_prints_no_legal_position(learner_client, record):
    assert legal_positions(record) == []
    html = learner_client.get(reverse("certificates:detail", args=[record.verification_code])).text
    assert "legal-position" not in html
    assert "Legal position" not in pdf_text(render_certificate_pdf(record, compress=False))


@pytest.mark.parametrize("page", ["certificates:detail", "certificates:pdf"])
def test_someone_elses_certificate_is_not_found(learner_client, page):
    other = make_record(EmployeeFactory())
    assert learner_client.get(reverse(page, args=[other.verification_code])).status_code == 404


@pytest.mark.parametrize("page", ["certificates:mine", "certificates:detail", "certificates:pdf"])
def test_private_pages_send_anonymous_visitors_to_sign_in(client, record, page):
    args = [] if page == "certificates:mine" else [record.verification_code]
    url = reverse(page, args=args)
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('account_login')}?next={url}"


# Public verification


def assert_minimum_personal_data(html, record):
    for private in [
        record.email,
        record.employee_number,
        record.department,
        record.job_role,
        "Sharma",
    ]:
        assert private not in html
    main = html.split("<main")[1]
    assert " %" not in main
    assert "Lawfulness" not in main


def test_verify_a_valid_certificate_anonymously(client, record):
    response = client.get(reverse("certificates:verify", args=[record.verification_code]))
    html = response.text
    assert response.status_code == 200
    assert "<h1" in html and ">Valid</h1>" in html
    assert "Priya S." in html
    assert record.program_name in html
    assert "2 March 2026" in html and "2 March 2099" in html
    assert_minimum_personal_data(html, record)
    assert response["X-Robots-Tag"] == "noindex"


def test_verify_an_expired_certificate(client, priya):
    record = make_record(priya, expires_at=datetime.datetime(2025, 3, 2, 23, 59, tzinfo=UTC))
    response = client.get(reverse("certificates:verify", args=[record.verification_code]))
    assert response.status_code == 200
    assert ">Expired</h1>" in response.text
    assert ">Valid</h1>" not in response.text
    assert_minimum_personal_data(response.text, record)


def test_verify_an_unknown_code(client, record):
    response = client.get(reverse("certificates:verify", args=["ZZZZ-ZZZZ-ZZZZ"]))
    assert response.status_code == 404
    assert "Unknown certificate" in response.text
    assert "Priya" not in response.text


@pytest.mark.parametrize(
    "typed", ["k7qm-2d9x-wp4h", "K7QM2D9XWP4H", "k7qm2d9xwp4h", " K7QM 2D9X WP4H "]
)
def test_verify_code_lookup_forgives_case_and_dashes(client, record, typed):
    assert normalise_code(typed) == record.verification_code
    response = client.get(reverse("certificates:verify", args=[typed.strip()]))
    assert response.status_code == 200
    assert "Priya S." in response.text


# Email


def test_certificate_email_has_text_html_pdf_and_links(record, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://academy.example.org"
    send_certificate_email(record)

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["learner@example.org"]
    assert message.subject == f"Your certificate: {record.program_name}"
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    certificate_link = f"https://academy.example.org/certificates/{record.verification_code}/"
    for body in (message.body, html):
        assert "https://academy.example.org/learn/" in body
        assert certificate_link in body
        assert "2 March 2026" in body
    assert f'href="{certificate_link}"' in html
    [(filename, content, attachment_type)] = message.attachments
    assert filename == f"{record.program_name} - certificate {record.verification_code}.pdf"
    assert attachment_type == "application/pdf"
    assert content.startswith(b"%PDF")


# A holder with no first or last name (issue 9: their record was named by their email) ----------


def test_a_nameless_holders_record_is_named_by_number_not_email(program_course_nameless):
    record = program_course_nameless
    assert record.name == f"Employee {record.employee_number}"
    assert record.email not in record.name


@pytest.fixture
def program_course_nameless(course):
    """A real issue (not a factory's choice of name) for someone with no name on file."""
    from tests.helpers import complete_course
    from training.certification.assigning import assign
    from training.certification.models import CertificationProgram
    from training.certification.programs import ANNUAL_PROGRAM

    nameless = EmployeeFactory(
        user__first_name="", user__last_name="", user__email="no.name@example.org"
    )
    program = CertificationProgram.objects.get(name=ANNUAL_PROGRAM)
    assign(employee=nameless, program=program, at=COMPLETED)
    complete_course(nameless.user, course, at=COMPLETED + datetime.timedelta(days=1))
    return CertificationRecord.objects.get(employee=nameless)


def test_the_verify_page_never_shows_a_nameless_holders_email_or_number(
    client, program_course_nameless
):
    record = program_course_nameless
    response = client.get(reverse("certificates:verify", args=[record.verification_code]))
    assert response.status_code == 200
    assert "no.name" not in response.text and "no name on record" in response.text
    assert_minimum_personal_data(response.text, record)


def test_a_record_issued_with_an_email_for_a_name_does_not_show_it(client, employee):
    """Records issued before the fix carry the email as the name: the verify page hides it."""
    employee.user.first_name = employee.user.last_name = ""
    employee.user.save()
    record = make_record(employee, name=employee.user.email)
    response = client.get(reverse("certificates:verify", args=[record.verification_code]))
    assert employee.user.email not in response.text
    assert employee.user.email.split("@")[0] not in response.text
    assert "no name on record" in response.text
