"""Single sign-on meets the directory: an identity the company's IdP vouches for is an employee.

The IdP says who someone is; the employee directory says whether they belong here. A first SSO
sign-in is matched to the employee with that email (in any case) and connected to them; later
sign-ins follow that connection. Nobody is signed up: someone the directory does not hold, or
holds as a leaver, gets a page that says so, and nothing is written. docs/decisions (SSO matching).
"""

import logging

from allauth.core.exceptions import ImmediateHttpResponse
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from django.shortcuts import render

from .models import Employee

logger = logging.getLogger(__name__)

NOT_IN_DIRECTORY = "not_in_directory"
DEACTIVATED = "deactivated"
UNVERIFIED = "unverified"


def says_unverified(sociallogin) -> bool:
    """The IdP itself says the email is not verified (`email_verified: false`). Entra ID and ADFS
    send no such claim, and the company's IdP is trusted to assert its people's email; but an
    email it marks unverified could be anyone's, so it never picks out an employee."""
    claim = (sociallogin.account.extra_data or {}).get("email_verified")
    if claim is None and isinstance(sociallogin.account.extra_data, dict):
        claim = (sociallogin.account.extra_data.get("userinfo") or {}).get("email_verified")
    return claim is False or str(claim).lower() == "false"


def directory_entry(email: str) -> Employee | None:
    """The employee whose login email this is, compared without regard to case."""
    if not email:
        return None
    return Employee.objects.select_related("user").filter(user__email__iexact=email).first()


def employee_for(sociallogin) -> Employee | None:
    """Who this identity is: the employee it was connected to, or else the one with its email."""
    if sociallogin.is_existing:
        return Employee.objects.select_related("user").filter(user=sociallogin.user).first()
    return directory_entry(sociallogin.user.email)


class SocialAccountAdapter(DefaultSocialAccountAdapter):
    """Sign-in through the IdP for the people in the directory, and for nobody else."""

    def is_open_for_signup(self, request, sociallogin):
        return False

    def is_auto_signup_allowed(self, request, sociallogin):
        return False

    def pre_social_login(self, request, sociallogin):
        if not sociallogin.is_existing and says_unverified(sociallogin):
            self._refuse(request, sociallogin, UNVERIFIED)
        employee = employee_for(sociallogin)
        if employee is None:
            self._refuse(request, sociallogin, NOT_IN_DIRECTORY)
        if not (employee.active and employee.user.is_active):
            self._refuse(request, sociallogin, DEACTIVATED)
        if not sociallogin.is_existing:
            sociallogin.connect(request, employee.user)

    def _refuse(self, request, sociallogin, reason: str):
        """Answer with a page saying why; raised before allauth saves a user or social account."""
        logger.warning(
            "SSO sign-in refused (%s) for an identity from %s", reason, sociallogin.account.provider
        )
        raise ImmediateHttpResponse(
            render(
                request,
                "people/sso_refused.html",
                {"reason": reason, "email": sociallogin.user.email},
                status=403,
            )
        )
