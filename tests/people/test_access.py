"""Roles are permissions held by groups, never group names: rename a group, grant a permission to
another group, or make a superuser, and access follows the permission."""

import pytest
from django.contrib.auth.models import Group, Permission

from tests.factories import EmployeeFactory, UserFactory
from training.people import access

ORGANISATION_PAGES = ["/compliance/", "/compliance/exports/"]


@pytest.fixture
def officer(db):
    return UserFactory(
        email="officer@example.org", groups=[Group.objects.get(name="Compliance officers")]
    )


def test_the_migration_creates_both_roles_with_their_permissions(db):
    def codenames(name):
        return set(Group.objects.get(name=name).permissions.values_list("codename", flat=True))

    assert {
        "view_organisation",
        "export_evidence",
        "remind_anyone",
        "view_auditentry",
    } <= codenames("Compliance officers")
    assert codenames("Auditors") == {"view_organisation", "export_evidence", "view_auditentry"}


def test_renaming_the_group_keeps_access(client, officer):
    Group.objects.filter(name="Compliance officers").update(name="Conformité")
    client.force_login(officer)
    for url in ORGANISATION_PAGES:
        assert client.get(url).status_code == 200


def test_a_group_with_the_name_but_not_the_permission_gets_nothing(client, db):
    Group.objects.filter(name="Compliance officers").update(name="Old officers")
    impostor = UserFactory(email="impostor@example.org")
    impostor.groups.add(Group.objects.create(name="Compliance officers"))
    client.force_login(impostor)
    for url in ORGANISATION_PAGES:
        assert client.get(url).status_code == 403


def test_granting_the_permission_to_another_group_gives_access(client, db):
    hr = Group.objects.create(name="HR analysts")
    hr.permissions.add(
        Permission.objects.get(codename="view_organisation"),
        Permission.objects.get(codename="export_evidence"),
    )
    analyst = UserFactory(email="analyst@example.org", groups=[hr])
    client.force_login(analyst)
    for url in ORGANISATION_PAGES:
        assert client.get(url).status_code == 200
    assert not access.acts_for_organisation(analyst)


def test_a_superuser_on_an_empty_database_can_do_everything(client, db):
    root = UserFactory(email="root@example.org", is_superuser=True, is_staff=True)
    client.force_login(root)
    for url in [*ORGANISATION_PAGES, "/admin/", "/learn/"]:
        assert client.get(url).status_code == 200
    assert access.acts_for_organisation(root) and access.can_export_evidence(root)


def test_an_auditor_who_is_an_employee_keeps_their_own_learning(client, db):
    person = EmployeeFactory(
        user__email="audit@example.org", user__groups=[Group.objects.get(name="Auditors")]
    )
    client.force_login(person.user)
    assert client.get("/learn/").status_code == 200
    assert client.get("/learn/my-record.json").status_code == 200
    assert client.get("/compliance/").status_code == 200


def test_a_permission_granted_to_the_person_is_read_with_them_as_a_group_s_is(client, db):
    """The signed-in user's permissions come with the user (`people.backends`): their own and
    their groups' alike, and a superuser still holds every one."""
    person = UserFactory(email="direct@example.org", mfa=True)
    person.user_permissions.add(
        Permission.objects.get(codename="view_organisation"),
        Permission.objects.get(codename="export_evidence"),
    )
    client.force_login(person)
    for url in ORGANISATION_PAGES:
        assert client.get(url).status_code == 200
    assert '<a href="/compliance/"' in client.get("/learn/").text
    learner = UserFactory(email="plain@example.org")
    client.force_login(learner)
    assert client.get("/compliance/").status_code == 403
    assert "/compliance/" not in client.get("/learn/").text


def test_my_team_is_offered_to_managers_and_live_delegates_only(client, db):
    from datetime import timedelta

    from django.utils import timezone

    from training.people.models import Delegation

    now = timezone.now()
    manager = EmployeeFactory(user__email="boss@example.org")
    EmployeeFactory(manager=manager)
    learner = EmployeeFactory(user__email="learner@example.org")
    live, expired, revoked = (UserFactory(email=f"{n}@example.org") for n in "abc")
    for delegate, expires, revoked_at in [
        (live, now + timedelta(days=1), None),
        (expired, now - timedelta(days=1), None),
        (revoked, now + timedelta(days=1), now),
    ]:
        Delegation.objects.create(
            manager=manager,
            delegate=delegate,
            created_at=now - timedelta(days=2),
            expires_at=expires,
            revoked_at=revoked_at,
        )
    for user, has_team in [
        (manager.user, True),
        (live, True),
        (learner.user, False),
        (expired, False),
        (revoked, False),
    ]:
        client.force_login(user)
        assert ("My team" in client.get("/learn/").text) is has_team, user.email
        assert (client.get("/team/").status_code == 200) is has_team, user.email
        assert access.has_team(user) is has_team, user.email
