"""Which learning period a person's learning counts toward.

The first certification cycle counts all learning; a renewal starts a new period when its window
opens, so learning done before then does not count toward it. With several programs, the newest
open cycle sets the period.
"""

from django.db.models import Max

from .models import FIRST_PERIOD, Assignment


def current_period_start(user, at=None):
    if not user.is_authenticated:
        return FIRST_PERIOD
    newest = Assignment.objects.filter(employee__user=user, ended_at__isnull=True).aggregate(
        start=Max("cycle_started_at")
    )["start"]
    return newest or FIRST_PERIOD
