"""Which learning period a person's learning counts toward.

Learning knows nothing of schedules: the first period counts all learning, and whoever decides that
a new period has begun (certification, when a renewal opens) registers a `period source` here. The
newest start any source reports wins, so learning done before a renewal opened does not count
toward it.
"""

from collections.abc import Callable
from datetime import datetime

from .models import FIRST_PERIOD

PeriodSource = Callable[..., datetime | None]
_sources: list[PeriodSource] = []


def register_period_source(source: PeriodSource) -> PeriodSource:
    """Add `source(user, at)`, which returns the start of the user's current period or None."""
    if source not in _sources:
        _sources.append(source)
    return source


def current_period_start(user, at=None) -> datetime:
    if not user.is_authenticated:
        return FIRST_PERIOD
    starts = [start for source in _sources if (start := source(user, at)) is not None]
    return max(starts, default=FIRST_PERIOD)
