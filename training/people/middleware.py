import zoneinfo

from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import Resolver404, resolve
from django.utils import timezone

from .access import employee_of, is_privileged


class EmployeeTimeZoneMiddleware:
    """Show dates and times in the signed-in employee's own time zone."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        employee = employee_of(user) if user is not None else None
        if employee is not None and employee.time_zone:
            timezone.activate(zoneinfo.ZoneInfo(employee.time_zone))
        else:
            timezone.deactivate()
        return self.get_response(request)


# What a privileged user without a second factor may still reach: enrolment itself (allauth's MFA
# pages, and the password check they ask for first), signing out, and the assets those pages need.
MFA_ENROLMENT_URL_NAMES = {"account_logout", "account_reauthenticate"}
ENROL_MESSAGE = (
    "Your role gives you access to other people's training records or to the site's content, "
    "so you need a second factor: set up an authenticator app or a security key to continue."
)


class RequireMFAMiddleware:
    """Send a privileged user who has no authenticator to enrolment, from every page, until done.

    allauth offers MFA but forces it on nobody; `access.is_privileged` says who needs it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and not _on_enrolment_path(request)
            and is_privileged(user)
            and not is_mfa_enabled(user)
        ):
            messages.warning(request, ENROL_MESSAGE, fail_silently=True)
            return redirect("mfa_index")
        return self.get_response(request)


def _on_enrolment_path(request) -> bool:
    if request.path_info.startswith((settings.STATIC_URL, settings.MEDIA_URL)):
        return True
    try:
        name = resolve(request.path_info).url_name or ""
    except Resolver404:
        return False
    return name.startswith("mfa_") or name in MFA_ENROLMENT_URL_NAMES
