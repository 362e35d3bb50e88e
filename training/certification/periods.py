"""When a person's current learning period began, as certification decides it.

A renewal opens a new cycle, and learning done before that does not count toward it; with several
programs, the newest open cycle sets the period. Registered with `learning.periods` at start-up.
"""

from django.db.models import Max

from .models import Assignment


def newest_cycle_start(user, at=None):
    return Assignment.objects.filter(employee__user=user, ended_at__isnull=True).aggregate(
        start=Max("cycle_started_at")
    )["start"]
