"""Every “may this user see or do this?” answer. Views call these; they never decide themselves.

Roles: an employee sees themself; a manager their reports, direct and indirect (and whoever
delegated to them); compliance officers the whole organisation; auditors the organisation,
read-only, and nothing else; editors the content; administrators everything.
"""

from django.utils import timezone
from wagtail.models import Page

from .models import Delegation, Employee

COMPLIANCE_GROUP = "Compliance officers"
AUDITOR_GROUP = "Auditors"


def can_view_page(request, page: Page) -> bool:
    """A live page whose every privacy restriction (login, password, groups) admits this request."""
    if not page.live:
        return False
    return all(restriction.accept_request(request) for restriction in page.get_view_restrictions())


def can_record_learning(request, page: Page) -> bool:
    """Only a signed-in, active person who may read the page can record progress on it."""
    user = request.user
    return user.is_authenticated and user.is_active and can_view_page(request, page)


def _in_group(user, name: str) -> bool:
    if not user.is_authenticated:
        return False
    cache = getattr(user, "_academy_groups", None)
    if cache is None:
        cache = set(user.groups.values_list("name", flat=True))
        user._academy_groups = cache
    return name in cache


def is_auditor(user) -> bool:
    return _in_group(user, AUDITOR_GROUP)


def sees_organisation(user) -> bool:
    """Compliance officers, auditors and administrators see everyone's training status."""
    return user.is_authenticated and (
        user.is_superuser or _in_group(user, COMPLIANCE_GROUP) or is_auditor(user)
    )


def can_change_records(user) -> bool:
    """Reminders and other changes are actions; auditors only read (exporting evidence is reading)."""
    return sees_organisation(user) and not is_auditor(user)


def employee_of(user) -> Employee | None:
    if not user.is_authenticated:
        return None
    try:
        return user.employee
    except Employee.DoesNotExist:
        return None


def _descendants(root_ids: set[int]) -> set[int]:
    """Everyone below these employees in the manager tree: one query, whatever its size or depth."""
    children: dict[int, list[int]] = {}
    for pk, manager_id in Employee.objects.filter(manager__isnull=False).values_list(
        "pk", "manager_id"
    ):
        children.setdefault(manager_id, []).append(pk)
    found, frontier = set(), list(root_ids)
    while frontier:
        for child in children.get(frontier.pop(), ()):
            if child not in found:
                found.add(child)
                frontier.append(child)
    return found


def managers_visible_to(user, at=None) -> set[int]:
    """The managers whose teams this user may read: themself, and any who delegated to them."""
    at = at or timezone.now()
    ids = (
        set(
            Delegation.objects.filter(
                delegate=user, revoked_at__isnull=True, expires_at__gt=at
            ).values_list("manager_id", flat=True)
        )
        if user.is_authenticated
        else set()
    )
    me = employee_of(user)
    if me is not None:
        ids.add(me.pk)
    return ids


def team_ids(user, *, direct_only: bool = False, at=None) -> set[int]:
    """Employee ids of the user's reports (direct and indirect), including delegated teams."""
    managers = managers_visible_to(user, at)
    if not managers:
        return set()
    if direct_only:
        return set(Employee.objects.filter(manager_id__in=managers).values_list("pk", flat=True))
    return _descendants(managers)


def has_team(user, at=None) -> bool:
    """Whether the user has any report or live delegation: two cheap queries, no tree walk."""
    if not user.is_authenticated:
        return False
    me = employee_of(user)
    if me is not None and Employee.objects.filter(manager=me).exists():
        return True
    return Delegation.objects.filter(
        delegate=user, revoked_at__isnull=True, expires_at__gt=at or timezone.now()
    ).exists()


def can_view_employee(user, employee: Employee) -> bool:
    if not user.is_authenticated:
        return False
    if sees_organisation(user) or employee.user_id == user.pk:
        return True
    return employee.pk in team_ids(user)


def can_view_record(user, record) -> bool:
    """A certification record: its holder, their managers, compliance and auditors."""
    return can_view_employee(user, record.employee)


def learner_required(view):
    """Signed-in people who learn: everyone but auditors, who read the evidence and nothing else."""
    from functools import wraps

    from django.contrib.auth.decorators import login_required
    from django.core.exceptions import PermissionDenied

    @login_required
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if is_auditor(request.user):
            raise PermissionDenied("Auditors have read-only access to the compliance view.")
        return view(request, *args, **kwargs)

    return wrapper
