import json
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from tests.certification.test_certificates import pdf_text
from tests.factories import PASSWORD, EmployeeFactory, UserFactory
from tests.helpers import complete_course
from training.certification.assigning import assign, end_assignment, grant_extension
from training.certification.certificates import local_date, long_date
from training.certification.models import CertificationProgram, CertificationRecord, Reminder
from training.certification.programs import ANNUAL_PROGRAM
from training.people.models import Delegation
from training.portal.my_record import personal_record
from training.portal.my_record_pdf import render_record_pdf

# Two months ago, so that the certificate earned ten days later is still valid today.
T0 = (timezone.now() - timedelta(days=60)).replace(hour=9, minute=0, second=0, microsecond=0)
NEW_DUE = (T0 + timedelta(days=45)).date()
JSON_URL = reverse("portal:my_record_json")
PDF_URL = reverse("portal:my_record_pdf")


@pytest.fixture
def program(course):
    return CertificationProgram.objects.get(name=ANNUAL_PROGRAM)


def person(first: str, last: str, number: str, **kwargs):
    return EmployeeFactory(
        employee_number=number,
        hire_date=T0.date(),
        user__first_name=first,
        user__last_name=last,
        user__email=f"{first.lower()}@example.org",
        **kwargs,
    )


def with_history(employee, program, course):
    """A person with a long history: extension, an ended assignment, a record, reminders, a delegation."""
    officer = UserFactory(first_name="Carla", last_name="Officer")
    assignment, _ = assign(employee=employee, program=program, at=T0)
    grant_extension(
        assignment=assignment,
        new_due_date=NEW_DUE,
        reason="Parental leave in April",
        approver=officer,
        at=T0 + timedelta(days=1),
    )
    old = CertificationProgram.objects.create(name="Retired induction program")
    ended, _ = assign(employee=employee, program=old, at=T0)
    end_assignment(assignment=ended, at=T0 + timedelta(days=2), reason="Changed role")
    Reminder.objects.create(
        assignment=assignment,
        cycle=1,
        kind=Reminder.Kind.UPCOMING,
        occasion=7,
        recipient=employee.user.email,
        created_at=T0 + timedelta(days=3),
        sent_at=T0 + timedelta(days=3, minutes=1),
    )
    Delegation.objects.create(
        manager=person("Mona", "Manager", "M-0001"),
        delegate=employee.user,
        created_at=T0,
        expires_at=T0 + timedelta(days=30),
    )
    complete_course(employee.user, course, at=T0 + timedelta(days=10))
    return assignment


@pytest.fixture
def rosa(program, course):
    rosa = person("Rosa", "Diaz", "EMP-4411")
    with_history(rosa, program, course)
    return rosa


@pytest.fixture
def bob(program, course):
    """Someone else, with data of his own that must never appear in Rosa's record."""
    bob = person("Bob", "Stranger", "EMP-9999")
    assign(employee=bob, program=program, at=T0)
    complete_course(bob.user, course, at=T0 + timedelta(days=5))
    return bob


@pytest.fixture
def rosa_client(client, rosa):
    assert client.login(email=rosa.user.email, password=PASSWORD)
    return client


def test_json_download_holds_my_whole_history(rosa_client, rosa, bob, course):
    response = rosa_client.get(JSON_URL)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"] == (
        'attachment; filename="training-record-EMP-4411.json"'
    )
    data = json.loads(response.getvalue())
    assert data["account"]["email"] == "rosa@example.org"
    assert data["employee"]["employee_number"] == "EMP-4411"
    assert data["generated_at"].endswith("+00:00")

    current, ended = sorted(data["assignments"], key=lambda a: a["ended_at"] is not None)
    assert (current["program"], current["status"]) == (ANNUAL_PROGRAM, "certified")
    assert current["assigned_at"] == T0.isoformat()
    kinds = [e["kind"] for e in current["events"]]
    assert kinds == ["assigned", "extended", "certified"]
    assert "Parental leave in April" in current["events"][1]["explanation"]
    assert (ended["program"], ended["status"], ended["end_reason"]) == (
        "Retired induction program",
        None,
        "Changed role",
    )
    assert [e["kind"] for e in ended["events"]] == ["assigned", "ended"]

    [extension] = data["extensions"]
    assert (extension["new_due_date"], extension["approved_by"]) == (
        NEW_DUE.isoformat(),
        "Carla Officer",
    )
    lessons = course.lessons()
    assert len(data["lesson_completions"]) == lessons.count()
    assert {c["lesson"] for c in data["lesson_completions"]} == {lesson.title for lesson in lessons}
    assert len(data["module_completions"]) == 10
    attempts = data["quiz_attempts"]
    assert len(attempts) == 10 and all(a["passed"] and a["score"] == 100.0 for a in attempts)
    assert all(answer["choice_ids"] for a in attempts for answer in a["answers"])
    assert data["course_attestations"][0]["text"] == course.attestation_text

    record = CertificationRecord.objects.get(employee=rosa)
    [mine] = data["certification_records"]
    assert (mine["verification_code"], mine["status"]) == (record.verification_code, "valid")
    assert "hash" not in mine and "previous_hash" not in mine
    assert [
        (r["kind"], r["occasion"], r["description"], r["sent_to"]) for r in data["reminders"]
    ] == [(Reminder.Kind.UPCOMING, 7, "Due in 7 days", "you")]
    assert [d["manager"] for d in data["delegations_received"]] == ["Mona Manager"]


def test_json_holds_nothing_about_anyone_else(rosa_client, bob):
    text = rosa_client.get(JSON_URL).getvalue().decode()

    bob_record = CertificationRecord.objects.get(employee=bob)
    for secret in (bob.user.email, bob.employee_number, bob_record.verification_code, "Stranger"):
        assert secret not in text


def test_anonymous_visitors_are_sent_to_log_in(client, db):
    for url in (JSON_URL, PDF_URL):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"] == f"{reverse('account_login')}?next={url}"


def test_pdf_download_is_a_pdf_with_my_name_and_history(rosa_client, rosa):
    response = rosa_client.get(PDF_URL)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="training-record-EMP-4411.pdf"'
    assert response.getvalue().startswith(b"%PDF-")

    text = pdf_text(render_record_pdf(personal_record(rosa.user), compress=False))
    assert "Training record of Rosa Diaz" in text
    assert "EMP-4411" in text
    assert CertificationRecord.objects.get(employee=rosa).verification_code in text
    assert "Parental leave in April" in text
    assert "Due in 7 days" in text  # the reminder, in words


def test_json_and_pdf_state_the_legal_position_of_each_course_attested(rosa, course):
    data = personal_record(rosa.user)

    [attestation] = data["course_attestations"]
    assert attestation["course"] == course.title
    assert attestation["legal_position"] == course.legal_position != ""
    text = pdf_text(render_record_pdf(data, compress=False))
    # The table wraps the sentence inside its cell; the words are there in order.
    assert " ".join(text.split()).count(" ".join(course.legal_position.split())) == 1


def test_the_record_costs_the_same_queries_however_long_the_history(program, course):
    newcomer = person("Nia", "New", "EMP-0001")
    veteran = person("Vic", "Veteran", "EMP-0002")
    with_history(veteran, program, course)

    counts = []
    for employee in (newcomer, veteran):
        user = type(employee.user).objects.get(pk=employee.user_id)
        with CaptureQueriesContext(connection) as queries:
            data = personal_record(user)
        counts.append(len(queries))
    assert data["quiz_attempts"] and data["certification_records"]
    assert counts[0] == counts[1] <= 20


def test_learn_page_shows_my_certificates_and_my_data_links(rosa_client, rosa):
    record = CertificationRecord.objects.get(employee=rosa)

    html = rosa_client.get(reverse("portal:learn")).text

    assert 'id="my-certificates"' in html
    assert reverse("certificates:detail", args=[record.verification_code]) in html
    assert long_date(local_date(record, record.expires_at)) in html  # in Rosa's time zone
    assert 'badge--ok">Valid' in html
    assert f'href="{JSON_URL}">Download my training record (JSON)' in html
    assert f'href="{PDF_URL}">Download my training record (PDF)' in html


def test_learn_page_has_no_certificates_card_without_records(learner_client, course):
    html = learner_client.get(reverse("portal:learn")).text

    assert 'id="my-certificates"' not in html
    assert "Download my training record (JSON)" in html
