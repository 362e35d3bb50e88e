from allauth.account.adapter import DefaultAccountAdapter


class AccountAdapter(DefaultAccountAdapter):
    """People arrive from the employee directory or SSO: nobody signs themselves up."""

    def is_open_for_signup(self, request):
        return False
