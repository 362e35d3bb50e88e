"""Who may sign in with a password: the directory decides, as it does for single sign-on."""

from allauth.account.internal.stagekit import clear_login

from accounts.adapter import AccountAdapter

from .access import employee_of


class DirectoryAccountAdapter(AccountAdapter):
    """An employee the directory marks as gone may not sign in, even while their login is active
    (the import deactivates the employee; their sessions end then, see `people.sessions`)."""

    def pre_login(self, request, user, **kwargs):
        employee = employee_of(user)
        if employee is not None and not employee.active:
            clear_login(request)  # as allauth does for an inactive login
            return self.respond_user_inactive(request, user)
        return super().pre_login(request, user, **kwargs)
