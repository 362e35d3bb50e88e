"""Writing an audit entry: the one way in, used by the trackers and by rooms directly."""

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from .context import current
from .models import AuditEntry

OBJECT_TEXT_MAX = 300


def record(*, action: str, obj=None, before: dict | None = None, after: dict | None = None):
    """Append one entry for `action` on `obj`, by whoever is acting now (`context.current`)."""
    actor = current()
    return AuditEntry.objects.create(
        at=timezone.now(),
        user=actor.acting_user(),
        who=actor.text()[:254],
        via=actor.via,
        action=action,
        content_type=ContentType.objects.get_for_model(obj, for_concrete_model=False)
        if obj is not None
        else None,
        object_id=str(obj.pk) if obj is not None else "",
        object_text=str(obj)[:OBJECT_TEXT_MAX] if obj is not None else "",
        before=before or {},
        after=after or {},
        address=actor.address(),
    )
