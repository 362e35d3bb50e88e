from .context import Actor, _current
from .models import Via


class AuditContextMiddleware:
    """Make the request the acting context of every audit entry written while it is handled."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        via = Via.ADMIN if request.path.startswith("/admin/") else Via.UI
        if request.path.startswith("/api/"):
            via = Via.API
        token = _current.set(Actor(via=via, request=request))
        try:
            return self.get_response(request)
        finally:
            _current.reset(token)
