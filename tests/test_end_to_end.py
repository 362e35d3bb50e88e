"""From a directory file to a verifiable certificate, and the renewal reminder a year later."""

import re
from datetime import UTC, datetime
from io import StringIO

from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from tests.helpers import complete_course
from training.certification.issuing import verify_chain
from training.certification.models import Assignment, CertificationRecord, Reminder, RoleRequirement
from training.certification.programs import ANNUAL_PROGRAM
from training.people.models import JobRole

DIRECTORY = """employee_number,email,first_name,last_name,department,job_role,manager_employee_number,hire_date,time_zone,active
M001,mira@example.org,Mira,Kowalski,Support,Support Lead,,2019-05-01,Europe/Warsaw,true
A001,ana@example.org,Ana,Lima,Support,Support Agent,M001,2026-03-02,Europe/Lisbon,true
A002,ben@example.org,Ben,Osei,Support,Support Agent,M001,2026-03-02,Europe/London,true
"""


def run(*args):
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def verify(client, monkeypatch, code: str, *, on: datetime) -> tuple[str, str]:
    """What the public verification page says at the moment `on`: its verdict (the heading) and
    the whole page."""
    with monkeypatch.context() as clock:
        clock.setattr(timezone, "now", lambda: on)
        response = client.get(reverse("certificates:verify", args=[code]))
    assert response.status_code == 200
    [verdict] = re.findall(r"<h1[^>]*>(.*?)</h1>", response.text, re.S)
    return verdict, response.text


def test_import_assign_certify_verify_and_renew(
    course, tmp_path, client, monkeypatch, django_capture_on_commit_callbacks
):
    directory = tmp_path / "directory.csv"
    directory.write_text(DIRECTORY, encoding="utf-8")
    run("import_employees", str(directory))

    program_name = ANNUAL_PROGRAM
    for role in JobRole.objects.filter(name__in=["Support Agent", "Support Lead"]):
        RoleRequirement.objects.create(job_role=role, program_id=_program_id(program_name))

    run("run_schedules", "--now", "2026-03-02T06:00:00Z")
    assert Assignment.objects.filter(ended_at=None).count() == 3
    ana = Assignment.objects.get(employee__employee_number="A001")
    assert "hired 2026-03-02 + 30 days → due 2026-04-01" in ana.events.get().explanation

    # Ana learns and is certified on 20 March.
    with django_capture_on_commit_callbacks(execute=True):
        complete_course(ana.employee.user, course, at=datetime(2026, 3, 20, 10, tzinfo=UTC))
    record = CertificationRecord.objects.get(assignment=ana)
    assert record.expires_at.astimezone(UTC).date().isoformat() == "2027-03-20"
    assert any(m.to == ["ana@example.org"] and m.attachments for m in mail.outbox)
    assert verify_chain().ok
    verdict, page = verify(
        client, monkeypatch, record.verification_code, on=datetime(2026, 3, 21, tzinfo=UTC)
    )
    assert verdict == "Valid"
    assert "Ana L." in page and "20 March 2027" in page and "ana@example.org" not in page

    # A year later the renewal window opens (60 days before 20 March 2027): a new cycle, no mail yet.
    mail.outbox.clear()
    run("run_schedules", "--now", "2027-01-19T06:00:00Z")
    ana.refresh_from_db()
    assert ana.cycle == 2
    assert not [m for m in mail.outbox if m.to == ["ana@example.org"]]
    # 30 days before expiry the reminder arrives, once, however often the job runs.
    for now in ("2027-02-18T06:00:00Z", "2027-02-18T07:00:00Z", "2027-02-19T06:00:00Z"):
        run("run_schedules", "--now", now)
    renewal = [m for m in mail.outbox if m.to == ["ana@example.org"]]
    assert [m.subject for m in renewal] == [f"Due in 30 days: {program_name}"]
    assert Reminder.objects.filter(assignment=ana, cycle=2).count() == 1
    # She does not renew: the day after expiry anyone checking her certificate is told so.
    code = record.verification_code
    assert verify(client, monkeypatch, code, on=datetime(2027, 3, 19, tzinfo=UTC))[0] == "Valid"
    assert (
        verify(client, monkeypatch, code, on=datetime(2027, 3, 21, 12, tzinfo=UTC))[0] == "Expired"
    )
    # Ben never started: he is long overdue, and Mira got one digest about him.
    assert (
        Assignment.objects.with_status().get(employee__employee_number="A002").status == "overdue"
    )


def _program_id(name):
    from training.certification.models import CertificationProgram

    return CertificationProgram.objects.get(name=name).pk
