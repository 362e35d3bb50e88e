"""A second factor for everyone who can see or change other people's records or the site's content."""

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import SECRET_SESSION_KEY
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from tests.factories import EmployeeFactory, UserFactory, current_totp_code, totp_code
from tests.org import auditor, compliance_officer
from training.people.access import is_privileged

from .test_login import login


def editor(**kwargs):
    return UserFactory(groups=[Group.objects.get(name="Editors")], **kwargs)


@pytest.mark.parametrize(
    ("make", "privileged"),
    [
        (lambda: UserFactory(is_superuser=True, is_staff=True), True),
        (editor, True),
        (compliance_officer, True),
        (auditor, True),
        (lambda: EmployeeFactory().user, False),
        (lambda: EmployeeFactory(manager=EmployeeFactory()).manager.user, False),
    ],
    ids=["administrator", "editor", "compliance officer", "auditor", "employee", "manager"],
)
def test_who_is_privileged(db, make, privileged):
    assert is_privileged(make()) is privileged


PAGES = ["/learn/", "/compliance/", "/admin/", "/certificates/", "/team/"]


@pytest.mark.parametrize(
    "make",
    [
        lambda: UserFactory(is_superuser=True, is_staff=True, without_mfa=True),
        lambda: editor(without_mfa=True),
        lambda: compliance_officer(mfa=False),
        lambda: auditor(mfa=False),
    ],
    ids=["administrator", "editor", "compliance officer", "auditor"],
)
def test_a_privileged_user_without_a_second_factor_is_sent_to_enrolment_from_every_page(
    client, db, make
):
    client.force_login(make())
    for url in PAGES:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"] == reverse("mfa_index"), url
    assert client.post("/compliance/exports/", {"format": "csv"})["Location"] == reverse(
        "mfa_index"
    )
    enrolment = client.get(reverse("mfa_index"))
    assert enrolment.status_code == 200
    assert "second factor" in enrolment.text
    assert client.get("/static/mfa/js/webauthn.js").status_code == 200
    assert client.post(reverse("account_logout")).status_code == 302
    assert "_auth_user_id" not in client.session


def test_an_employee_is_not_asked_for_a_second_factor(client, db):
    client.force_login(EmployeeFactory().user)
    assert client.get("/learn/").status_code == 200


def test_enrolling_a_totp_app_lets_the_officer_in(client, db):
    officer = compliance_officer(mfa=False)
    assert login(client, officer.email, "pw-compliance-1")["Location"] == reverse("portal:learn")
    assert client.get("/compliance/")["Location"] == reverse("mfa_index")

    # allauth asks for the password again before any change to the second factor.
    reauthenticate(client, "pw-compliance-1", reverse("mfa_activate_totp"))
    assert client.get(reverse("mfa_activate_totp")).status_code == 200
    secret = client.session[SECRET_SESSION_KEY]
    response = client.post(reverse("mfa_activate_totp"), {"code": current_totp_code(secret)})
    assert response.status_code == 302

    assert Authenticator.objects.filter(user=officer, type=Authenticator.Type.TOTP).exists()
    # Recovery codes come with the first authenticator, for the day the phone is lost.
    assert Authenticator.objects.filter(
        user=officer, type=Authenticator.Type.RECOVERY_CODES
    ).exists()
    assert client.get("/compliance/").status_code == 200


def reauthenticate(client, password, url):
    prompt = client.get(url)
    assert prompt["Location"].startswith(reverse("account_reauthenticate"))
    assert client.post(prompt["Location"], {"password": password}).status_code == 302


def test_a_security_key_can_be_enrolled_instead(client, db):
    officer = compliance_officer(mfa=False)
    login(client, officer.email, "pw-compliance-1")
    reauthenticate(client, "pw-compliance-1", reverse("mfa_add_webauthn"))
    page = client.get(reverse("mfa_add_webauthn"))
    assert page.status_code == 200
    assert "webauthn.js" in page.text


def sign_in_with_code(client, user, password, code):
    response = login(client, user.email, password)
    assert response["Location"] == reverse("mfa_authenticate")
    assert "_auth_user_id" not in client.session  # the password alone is not enough
    return client.post(reverse("mfa_authenticate"), {"code": code})


def test_an_enrolled_user_signs_in_with_password_then_code(client, db):
    officer = compliance_officer()
    response = sign_in_with_code(client, officer, "pw-compliance-1", totp_code(officer))
    assert response.status_code == 302
    assert client.get("/compliance/").status_code == 200


def test_a_wrong_code_is_refused(client, db):
    officer = compliance_officer()
    wrong = f"{(int(totp_code(officer)) + 1) % 1_000_000:06d}"
    response = sign_in_with_code(client, officer, "pw-compliance-1", wrong)
    assert response.status_code == 200
    assert "Incorrect code" in response.text
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize(
    "code_of",
    [totp_code, lambda user: RecoveryCodes.activate(user).get_unused_codes()[0]],
    ids=["authenticator app code", "recovery code"],
)
def test_a_used_code_is_refused_the_second_time(db, code_of):
    officer = compliance_officer()
    code = code_of(officer)
    first, second = Client(), Client()
    assert sign_in_with_code(first, officer, "pw-compliance-1", code).status_code == 302
    response = sign_in_with_code(second, officer, "pw-compliance-1", code)
    assert response.status_code == 200
    assert "Incorrect code" in response.text
    assert "_auth_user_id" not in second.session
