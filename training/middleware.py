import zoneinfo

from django.core.exceptions import ObjectDoesNotExist
from django.utils import timezone


class EmployeeTimeZoneMiddleware:
    """Show dates and times in the signed-in employee's own time zone."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        name = None
        if user is not None and user.is_authenticated:
            try:
                name = user.employee.time_zone
            except ObjectDoesNotExist:
                name = None
        if name:
            timezone.activate(zoneinfo.ZoneInfo(name))
        else:
            timezone.deactivate()
        return self.get_response(request)
