"""Every “may this user see or do this?” answer. Views call these; they never decide themselves.

Everyone is an employee first: they see and do their own learning, whatever else they may do.
A manager sees their reports, direct and indirect (and the teams delegated to them, read-only).
The organisation-wide roles are permissions (`OrganisationAccess`), granted to groups by a
migration and never recognised by a group's name: `view_organisation` (compliance officers and
auditors), `export_evidence`, `remind_anyone` (compliance officers). Editors and administrators
hold Wagtail's and the models' permissions.
"""

from functools import reduce
from operator import or_

from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from wagtail.models import Page

from .models import Delegation, Employee, below, path_below

VIEW_ORGANISATION = "people.view_organisation"
EXPORT_EVIDENCE = "people.export_evidence"
REMIND_ANYONE = "people.remind_anyone"
VIEW_AUDIT_LOG = "audit.view_auditentry"
ACCESS_ADMIN = "wagtailadmin.access_admin"


def can_view_page(request, page: Page) -> bool:
    """A live page whose every privacy restriction (login, password, groups) admits this request."""
    if not page.live:
        return False
    return all(restriction.accept_request(request) for restriction in page.get_view_restrictions())


def can_record_learning(request, page: Page) -> bool:
    """Only a signed-in, active person who may read the page can record progress on it."""
    user = request.user
    return user.is_authenticated and user.is_active and can_view_page(request, page)


def sees_organisation(user) -> bool:
    """Everyone's training status: the compliance view (compliance officers, auditors, admins)."""
    return user.is_authenticated and user.has_perm(VIEW_ORGANISATION)


def can_export_evidence(user) -> bool:
    """Exports, the evidence pack: reading the organisation's evidence, as files."""
    return sees_organisation(user) and user.has_perm(EXPORT_EVIDENCE)


def acts_for_organisation(user) -> bool:
    """May act on anyone's training (reminders); auditors only read."""
    return user.is_authenticated and user.has_perm(REMIND_ANYONE)


def is_privileged(user) -> bool:
    """Holds rights over other people's data or the site: whoever can change content or people
    (the Wagtail admin: editors, compliance officers, administrators) or read everyone's
    evidence (auditors). They sign in with a second factor and their sign-ins are audited.
    A superuser holds every permission, so is caught by the first."""
    return user.is_authenticated and (
        user.has_perm(ACCESS_ADMIN)
        or user.has_perm(VIEW_ORGANISATION)
        or user.has_perm(EXPORT_EVIDENCE)
    )


def employee_of(user) -> Employee | None:
    if not user.is_authenticated:
        return None
    try:
        return user.employee
    except Employee.DoesNotExist:
        return None


def _below(managers):
    """The employees below these in the manager tree (directly or not), as a lazy queryset: one
    prefix match on `manager_path` per manager, served by its index, whatever the team's size."""
    prefixes = {path_below(manager) for manager in managers}
    if not prefixes:
        return Employee.objects.none()
    return Employee.objects.filter(
        reduce(or_, (Q(manager_path__startswith=prefix) for prefix in sorted(prefixes)))
    )


def managers_visible_to(user, at=None) -> list[Employee]:
    """The managers whose teams this user may read: themself, and any who delegated to them
    (loaded, with their paths: one query at most)."""
    at = at or timezone.now()
    managers = (
        [
            delegation.manager
            for delegation in Delegation.objects.filter(
                delegate=user, revoked_at__isnull=True, expires_at__gt=at
            ).select_related("manager")
        ]
        if user.is_authenticated
        else []
    )
    me = employee_of(user)
    return managers + ([me] if me is not None else [])


def team(user, *, direct_only: bool = False, at=None):
    """The user's reports (direct and indirect), including delegated teams, as a lazy queryset:
    lists filter, count and page it in the database, whatever the size of the team."""
    managers = managers_visible_to(user, at)
    if not managers:
        return Employee.objects.none()
    if direct_only:
        return Employee.objects.filter(manager_id__in={m.pk for m in managers})
    return _below(managers)


def team_ids(user, *, direct_only: bool = False, at=None) -> set[int]:
    """Employee ids of the user's reports (direct and indirect), including delegated teams."""
    return set(team(user, direct_only=direct_only, at=at).values_list("pk", flat=True))


def team_q(at=None):
    """A filter on users: someone reports to them, or a manager delegated their team to them.

    Asked from the user's own row, each half is an index lookup; asked over the employees
    (`manager__user=user OR …`) it read all 50,000 of them at company size (110 ms a page)."""
    reports = Employee.objects.filter(manager__user=OuterRef("pk"))
    delegated = Delegation.objects.filter(
        delegate=OuterRef("pk"), revoked_at__isnull=True, expires_at__gt=at or timezone.now()
    )
    return Exists(reports) | Exists(delegated)


def has_team(user, at=None) -> bool:
    """Whether the user has any report or live delegation: one cheap query, no tree walk (none
    for the signed-in user, whose answer is read with them: `people.backends`)."""
    if not user.is_authenticated:
        return False
    if at is None and hasattr(user, "has_team_now"):
        return user.has_team_now
    return get_user_model().objects.filter(team_q(at), pk=user.pk).exists()


def can_view_employee(user, employee: Employee) -> bool:
    if not user.is_authenticated:
        return False
    if sees_organisation(user) or employee.user_id == user.pk:
        return True
    return team(user).filter(pk=employee.pk).exists()


def can_view_record(user, record) -> bool:
    """A certification record: its holder, their managers, compliance and auditors."""
    return can_view_employee(user, record.employee)


def can_remind(user, employee: Employee) -> bool:
    """A reminder goes out in the sender's name: the person's own managers may send one, and
    whoever acts for the organisation; a delegate reads a team and never writes to it."""
    if not user.is_authenticated or not user.is_active:
        return False
    if acts_for_organisation(user):
        return True
    me = employee_of(user)
    return me is not None and below(me).filter(pk=employee.pk).exists()


def can_view_audit_log(user) -> bool:
    """The audit log: compliance officers, and auditors (read-only evidence), administrators."""
    return user.is_authenticated and user.has_perm(VIEW_AUDIT_LOG)
