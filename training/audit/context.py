"""Who is acting right now: set per request by the middleware, per task or client by `acting`.

A context variable rather than a thread-local, so it is right under ASGI too. Outside any request
or `acting` block the code is running from a management command (manage.py, the task worker's
own command, cron), so that is the default actor.
"""

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace

from django.core.exceptions import ImproperlyConfigured, PermissionDenied

from .models import Via

COMMAND = "command"
SYSTEM = "system"


@dataclass(frozen=True)
class Actor:
    """The request is kept, not its user: the user changes mid-request when someone signs in."""

    via: str = Via.COMMAND
    who: str | None = None
    request: object | None = None
    user: object | None = None

    def acting_user(self):
        user = self.user
        if user is None and self.request is not None:
            user = getattr(self.request, "user", None)
        return user if user is not None and user.is_authenticated else None

    def text(self) -> str:
        if self.who:
            return self.who
        user = self.acting_user()
        if user is not None:
            return user.get_username()
        return "anonymous" if self.request is not None else COMMAND

    def address(self) -> str | None:
        if self.request is None:
            return None
        from allauth.account.adapter import get_adapter

        # allauth's rule, so the address honours ALLAUTH_TRUSTED_PROXY_COUNT like its rate limits.
        try:
            return get_adapter(self.request).get_client_ip(self.request)
        except (PermissionDenied, ImproperlyConfigured, ValueError):
            return None


# Actor is frozen: the default is shared safely.
_current: ContextVar[Actor] = ContextVar("audit_actor", default=Actor())  # noqa: B039


def current() -> Actor:
    return _current.get()


@contextmanager
def acting(**changes):
    """Run a block as someone else: `acting(via=Via.TASK, who="system")`, or a request's actor."""
    token = _current.set(replace(_current.get(), **changes))
    try:
        yield
    finally:
        _current.reset(token)


def act_as(**changes) -> None:
    """Change the actor for the rest of this request (an API client, once its token is checked)."""
    _current.set(replace(_current.get(), **changes))
