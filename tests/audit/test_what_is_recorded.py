"""Every kind of audited change leaves one entry: who, through what, what, before and after.

Admin edits go through the Wagtail admin's own views, as an administrator makes them.
"""

from datetime import UTC, datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.urls import reverse

from tests.factories import (
    CertificationProgramFactory,
    EmployeeFactory,
    JobRoleFactory,
    UserFactory,
    totp_code,
)
from tests.org import compliance_officer
from training.audit.models import Action, AuditEntry, Via
from training.certification.assigning import assign
from training.certification.models import Assignment, CertificationProgram, RoleRequirement
from training.oversight.api_admin import issue_api_client
from training.oversight.models import ApiClient, ExportLog
from training.people.models import Delegation, Employee
from training.people.roles import COMPLIANCE_OFFICERS, role_group

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
User = get_user_model()


def entries(action, model=None, obj=None):
    found = AuditEntry.objects.filter(action=action).order_by("id")
    if model is not None:
        found = found.filter(content_type__model=model._meta.model_name)
    if obj is not None:
        found = found.filter(object_id=str(obj.pk))
    return list(found)


def the_entry(action, model, obj=None):
    """The one entry of this kind (on `obj`): building the shipped course once per test session
    leaves entries of its own behind."""
    found = entries(action, model, obj)
    assert len(found) == 1, found
    return found[0]


@pytest.fixture
def admin(db):
    return UserFactory(email="root@example.org", is_superuser=True, is_staff=True)


@pytest.fixture
def admin_client(client, admin):
    client.force_login(admin)
    return client


@pytest.fixture
def assignment(db):
    employee = EmployeeFactory(hire_date=T0.date())
    program = CertificationProgramFactory(initial_due_days=30)
    return assign(employee=employee, program=program, at=T0, source=Assignment.Source.MANUAL)[0]


def test_a_program_changed_in_the_admin_records_the_changed_fields_only(admin_client, course):
    program = CertificationProgramFactory(name="Regulated", grace_days=7, courses=[course])
    url = reverse("wagtailsnippets_certification_certificationprogram:edit", args=[program.pk])
    response = admin_client.post(
        url,
        {
            "name": "Regulated",
            "courses": [course.pk],
            "validity_months": str(program.validity_months),
            "renewal_window_days": str(program.renewal_window_days),
            "grace_days": "21",
            "initial_due_days": str(program.initial_due_days),
            "renewal_basis": program.renewal_basis,
            "renewal_by_assessment": "on",
            "active": "on",
        },
        REMOTE_ADDR="203.0.113.7",
    )
    assert response.status_code == 302, response.text[:1000]
    # One entry for the edit: the courses it posted are the ones the program had.
    entry = AuditEntry.objects.get(action=Action.CHANGED, via=Via.ADMIN, object_id=program.pk)
    assert (entry.before, entry.after) == ({"grace_days": 7}, {"grace_days": 21})
    assert (entry.who, entry.user.email, entry.via) == ("root@example.org",) * 2 + (Via.ADMIN,)
    assert entry.object_id == str(program.pk) and entry.object_text == "Regulated"
    assert entry.address == "203.0.113.7"


def test_a_programs_courses_changed_are_recorded_with_their_titles(db, course):
    program = CertificationProgramFactory(name="Induction")
    program.courses.add(course)
    entry = the_entry(Action.CHANGED, CertificationProgram, program)
    assert entry.before == {"courses": []} and entry.after == {"courses": [str(course)]}


def test_a_role_requirement_added_in_the_admin(admin_client):
    role, program = JobRoleFactory(name="Analyst"), CertificationProgramFactory(name="Annual")
    response = admin_client.post(
        reverse("wagtailsnippets_certification_rolerequirement:add"),
        {"job_role": role.pk, "program": program.pk, "due_days": "14"},
    )
    assert response.status_code == 302, response.text[:1000]
    entry = the_entry(Action.CREATED, RoleRequirement)
    assert entry.after["job_role"] == role.pk and entry.after["program"] == program.pk
    assert entry.after["due_days"] == 14 and entry.via == Via.ADMIN


def test_an_employee_deactivated_in_the_admin(admin_client):
    employee = EmployeeFactory()
    response = admin_client.post(
        reverse("wagtailsnippets_people_employee:edit", args=[employee.pk]),
        {
            "user": employee.user.pk,
            "employee_number": employee.employee_number,
            "department": employee.department.pk,
            "job_role": employee.job_role.pk,
            "manager": "",
            "hire_date": "2025-03-02",
            "time_zone": "Europe/London",
        },
    )
    assert response.status_code == 302, response.text[:1000]
    entry = the_entry(Action.CHANGED, Employee)
    assert (entry.before, entry.after) == ({"active": True}, {"active": False})


@pytest.mark.parametrize(
    "decision, fields, model",
    [
        ("extend", {"new_due_date": "2026-05-01", "reason": "Parental leave"}, "extension"),
        ("exempt", {"reason": "Contractor without data access"}, "exemption"),
    ],
)
def test_extensions_and_exemptions_granted_in_the_admin(
    admin_client, assignment, decision, fields, model
):
    admin_client.post(
        reverse("certification_decision"),
        {"assignment": assignment.pk, "decision": decision, **fields},
    )
    entry = AuditEntry.objects.get(action=Action.CREATED, content_type__model=model)
    assert entry.after["reason"] == fields["reason"] and entry.after["assignment"] == assignment.pk
    assert entry.who == "root@example.org" and entry.via == Via.ADMIN


def test_group_membership_given_and_taken_in_the_admin(admin_client):
    person = UserFactory(email="cara@example.org", first_name="Cara", last_name="Diaz")
    group = role_group(COMPLIANCE_OFFICERS)
    url = reverse("wagtailusers_users:edit", args=[person.pk])
    form = {
        "email": person.email,
        "first_name": "Cara",
        "last_name": "Diaz",
        "is_active": "on",
        "groups": [group.pk],
    }
    response = admin_client.post(url, form)
    assert response.status_code == 302, response.text[:3000]
    granted = the_entry(Action.GRANTED, User)
    assert granted.object_id == str(person.pk)
    assert granted.before == {"groups": []} and granted.after == {"groups": [COMPLIANCE_OFFICERS]}
    assert granted.via == Via.ADMIN

    del form["groups"]
    admin_client.post(url, form)
    revoked = the_entry(Action.REVOKED, User)
    assert revoked.before == {"groups": [COMPLIANCE_OFFICERS]} and revoked.after == {"groups": []}


def test_permissions_granted_to_a_group_and_to_a_user(db):
    group = Group.objects.create(name="Reviewers")
    permission = Permission.objects.get(codename="view_organisation")
    group.permissions.add(permission)
    person = UserFactory()
    person.user_permissions.add(permission)
    group.permissions.remove(permission)
    granted = entries(Action.GRANTED)
    assert [(e.object_text, e.after) for e in granted] == [
        ("Reviewers", {"permissions": [str(permission)]}),
        (str(person), {"user_permissions": [str(permission)]}),
    ]
    revoked = the_entry(Action.REVOKED, Group)
    assert revoked.after == {"permissions": []} and revoked.who == "command"


def test_adding_people_to_a_group_from_the_groups_side(db):
    group = Group.objects.create(name="Auditors of 2026")
    ann, bob = UserFactory(), UserFactory()
    group.user_set.add(ann, bob)
    assert sorted(e.object_id for e in entries(Action.GRANTED, User)) == sorted(
        [str(ann.pk), str(bob.pk)]
    )
    group.user_set.clear()
    assert len(entries(Action.REVOKED, User)) == 2


def test_delegations_given_and_revoked_on_the_team_page(client, db):
    boss = EmployeeFactory(user__email="boss@example.org")
    EmployeeFactory(manager=boss)
    assistant = UserFactory(email="assistant@example.org")
    client.force_login(boss.user)
    client.post(reverse("team:delegations"), {"email": "assistant@example.org", "days": "30"})
    created = the_entry(Action.CREATED, Delegation)
    assert created.after["delegate"] == assistant.pk and created.via == Via.UI
    assert created.who == "boss@example.org"

    delegation = Delegation.objects.get()
    client.post(reverse("team:delegations"), {"revoke": delegation.pk})
    changed = the_entry(Action.CHANGED, Delegation)
    assert changed.before == {"revoked_at": None} and changed.after["revoked_at"]


def test_api_clients_issued_and_revoked_in_the_admin(admin_client):
    admin_client.post(reverse("api_client_new"), {"name": "HR warehouse"})
    client = ApiClient.objects.get()
    created = the_entry(Action.CREATED, ApiClient)
    assert created.after["name"] == "HR warehouse" and "token_hash" not in created.after
    admin_client.post(reverse("api_client_revoke", args=[client.pk]))
    revoked = the_entry(Action.REVOKED, ApiClient)
    assert revoked.before == {"revoked_at": None} and revoked.via == Via.ADMIN


def test_every_export_and_evidence_pack_is_one_entry_per_export_log_row(client, db, tmp_path):
    officer = compliance_officer()
    client.force_login(officer)
    b"".join(client.get("/compliance/exports/download/", {"kind": "status"}).streaming_content)
    b"".join(
        client.get(
            "/compliance/evidence/", {"date_from": "2026-01-01", "date_to": "2026-02-01"}
        ).streaming_content
    )
    call_command("export_certifications", output=str(tmp_path / "out.csv"), verbosity=0)
    logs = list(ExportLog.objects.order_by("id"))
    exported = entries(Action.EXPORTED, ExportLog)
    assert [e.object_id for e in exported] == [str(log.pk) for log in logs]
    assert [(e.who, e.via, e.after["kind"]) for e in exported] == [
        ("co@example.org", Via.UI, "status"),
        ("co@example.org", Via.UI, "evidence_pack"),
        ("command", Via.COMMAND, "records"),
    ]


def test_an_api_export_names_the_client(client, db):
    _, token = issue_api_client(name="HR warehouse", created_by=None)
    client.get("/api/v1/status", headers={"authorization": f"Bearer {token}"})
    entry = the_entry(Action.EXPORTED, ExportLog)
    assert (entry.who, entry.via, entry.user) == ("api client HR warehouse", Via.API, None)


def test_a_privileged_sign_in_is_recorded_and_an_employees_is_not(client, db):
    officer = compliance_officer()
    EmployeeFactory(user__email="learner@example.org")
    for email, password in [
        ("learner@example.org", "correct-horse-battery"),
        ("co@example.org", "pw-compliance-1"),
    ]:
        response = client.post(
            reverse("account_login"),
            {"login": email, "password": password},
            REMOTE_ADDR="198.51.100.4",
        )
        assert response.status_code == 302
        if email == officer.email:
            # A privileged sign-in is complete, and recorded, only after the second factor.
            assert response["Location"] == reverse("mfa_authenticate")
            assert not entries(Action.SIGNED_IN, User)
            client.post(
                reverse("mfa_authenticate"),
                {"code": totp_code(officer)},
                REMOTE_ADDR="198.51.100.4",
            )
        client.logout()
    entry = the_entry(Action.SIGNED_IN, User)
    assert (entry.who, entry.via, entry.address) == ("co@example.org", Via.UI, "198.51.100.4")


def test_the_directory_import_is_recorded_as_a_command(db, tmp_path):
    header = (
        "employee_number,email,first_name,last_name,department,job_role,"
        "manager_employee_number,hire_date,time_zone,active"
    )
    ann = "E1,ann@example.org,Ann,Lee,Finance,Analyst,,2025-01-06,Europe/London,true"
    path = tmp_path / "directory.csv"
    path.write_text(f"{header}\n{ann}\n")
    call_command("import_employees", str(path), verbosity=0)
    created = the_entry(Action.CREATED, Employee)
    assert created.after["employee_number"] == "E1" and created.who == "command"
    assert created.via == Via.COMMAND

    path.write_text(f"{header}\n{ann.replace(',true', ',false')}\n")
    call_command("import_employees", str(path), verbosity=0)
    changed = the_entry(Action.CHANGED, Employee)
    assert (changed.before, changed.after) == ({"active": True}, {"active": False})


def test_a_privileged_sign_in_through_an_sso_callback_is_via_sso(rf, db):
    from django.contrib.auth.signals import user_logged_in
    from django.urls import ResolverMatch

    from training.audit.context import acting

    officer = compliance_officer()
    request = rf.get("/accounts/oidc/corp/login/callback/", REMOTE_ADDR="192.0.2.9")
    request.resolver_match = ResolverMatch(
        lambda r: None, (), {}, url_name="openid_connect_callback"
    )
    request.user = officer
    with acting(via=Via.UI, request=request):
        user_logged_in.send(sender=User, request=request, user=officer)
    entry = the_entry(Action.SIGNED_IN, User)
    assert (entry.via, entry.who, entry.address) == (Via.SSO, "co@example.org", "192.0.2.9")
