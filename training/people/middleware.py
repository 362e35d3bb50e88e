import zoneinfo

from django.utils import timezone

from .access import employee_of


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
