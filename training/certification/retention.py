"""Retention: leavers' names and emails replaced by a pseudonym once they left long enough ago.

A leaver is an inactive employee with no open assignment. When they left is the last trace they
left behind: the end of their last assignment (the daily job ends a leaver's assignments the day
the directory says they left), or their last sign-in if later, or when their login was created if
there is nothing else. The records keep everything else, the employee number included, so the
organisation can still answer for each certificate; the chain still verifies, because it seals
a keyed digest of the name and email and a pseudonymised record is checked against its pseudonym
instead (`chain._personal_fields_hold`). The audit log's entries keep what happened and lose the
name and email too (decision 0018); the pseudonymisation is itself an entry, by employee number.
"""

from dataclasses import dataclass
from datetime import datetime

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import DateTimeField, Exists, Max, OuterRef
from django.db.models.functions import Coalesce, Greatest
from django.utils import timezone

from training.audit.entries import record
from training.audit.models import Action, AuditEntry
from training.people.models import Employee

from . import dates
from .chain import PSEUDONYM_DOMAIN, PSEUDONYM_NAME, pseudonym_email
from .models import Assignment, CertificationRecord, Reminder


@dataclass(frozen=True)
class RetentionReport:
    cutoff: datetime
    people: int
    records: int


def leavers_left_before(cutoff: datetime):
    """Leavers whose last trace is older than `cutoff` and who are not pseudonymised yet."""
    open_assignment = Assignment.objects.filter(employee=OuterRef("pk"), ended_at=None)
    return (
        Employee.objects.filter(active=False)
        .exclude(Exists(open_assignment))
        .exclude(user__email__iendswith=f"@{PSEUDONYM_DOMAIN}")
        .annotate(
            left_at=Greatest(
                Coalesce(Max("assignments__ended_at"), "user__date_joined"),
                Coalesce("user__last_login", "user__date_joined"),
                output_field=DateTimeField(),
            )
        )
        .filter(left_at__lt=cutoff)
        .select_related("user")
        .order_by("pk")
    )


def retention_cutoff(*, years: int, now: datetime) -> datetime:
    """`years` whole calendar years before `now` (a year after 29 Feb is 28 Feb)."""
    return datetime.combine(dates.add_months(now.date(), -12 * years), now.timetz())


@transaction.atomic
def pseudonymise(*, employee: Employee, at: datetime) -> int:
    """Replace one leaver's name and email everywhere they are kept; return the records changed."""
    email = pseudonym_email(employee.pk)
    user = employee.user
    get_user_model().objects.filter(pk=user.pk).update(
        first_name="", last_name=PSEUDONYM_NAME, email=email, is_active=False, password="!"
    )
    if apps.is_installed("allauth.account"):
        from allauth.account.models import EmailAddress  # noqa: PLC0415

        EmailAddress.objects.filter(user=user).delete()
    if apps.is_installed("allauth.socialaccount"):
        from allauth.socialaccount.models import SocialAccount  # noqa: PLC0415

        SocialAccount.objects.filter(user=user).delete()  # the provider's copy of name and email
    Reminder.objects.filter(assignment__employee=employee, recipient__iexact=user.email).update(
        recipient=email
    )
    records = CertificationRecord.objects.filter(employee=employee).pseudonymise(
        name=PSEUDONYM_NAME, email=email, at=at
    )
    _pseudonymise_audit_log(employee=employee, user=user, email=email, at=at)
    record(
        action=Action.CHANGED,
        obj=employee,
        text=f"Employee {employee.employee_number}",
        after={"pseudonymised": True},
    )
    return records


def _pseudonymise_audit_log(*, employee: Employee, user, email: str, at: datetime) -> int:
    """Replace the leaver's names and emails in the audit log, those they had before included
    (as their own account's change entries hold them). Two queries and one UPDATE per entry."""
    had = {"email": {user.email}, "first_name": {user.first_name}, "last_name": {user.last_name}}
    about_user = AuditEntry.objects.filter(AuditEntry.objects.about_q(user))
    for values in about_user.values_list("before", "after"):
        for fields in values:
            for field, seen in had.items():
                if isinstance(fields.get(field), str):
                    seen.add(fields[field])
    emails, firsts, lasts = had["email"], had["first_name"], had["last_name"]
    # As `User.get_full_name()` writes them into entries' object text.
    full_names = {f"{first} {last}".strip() for first in firsts for last in lasts}
    texts = {text: email for text in emails} | {name: PSEUDONYM_NAME for name in full_names}
    values = {part: PSEUDONYM_NAME for part in firsts | lasts}
    found = AuditEntry.objects.naming(user=user, objects=(employee, user), texts=list(texts))
    return found.pseudonymise(texts=texts, values=values, at=at)


def apply_retention(*, years: int | None = None, now=None, dry_run=False) -> RetentionReport:
    """Pseudonymise every leaver who left more than `years` (default RETENTION_YEARS) ago.

    Safe to re-run: a pseudonymised leaver is no longer found, a pseudonymised record is never
    changed again. Each person is done in a transaction of their own.
    """
    years = settings.RETENTION_YEARS if years is None else years
    now = now or timezone.now()
    cutoff = retention_cutoff(years=years, now=now)
    leavers = list(leavers_left_before(cutoff))
    if dry_run:
        records = CertificationRecord.objects.filter(
            employee__in=leavers, pseudonymised_at=None
        ).count()
        return RetentionReport(cutoff, len(leavers), records)
    records = sum(pseudonymise(employee=employee, at=now) for employee in leavers)
    return RetentionReport(cutoff, len(leavers), records)
