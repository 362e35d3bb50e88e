"""Writing an audit entry: the one way in, used by the trackers and by rooms directly."""

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from .context import current
from .models import AuditEntry


def record(
    *,
    action: str,
    obj=None,
    before: dict | None = None,
    after: dict | None = None,
    text: str | None = None,
):
    """Append one entry for `action` on `obj`, by whoever is acting now (`context.current`).

    `text` names the object instead of `str(obj)`, where that would say more than the entry
    should (retention names a leaver by employee number only).
    """
    actor = current()
    if text is None:
        text = str(obj) if obj is not None else ""
    return AuditEntry.objects.create(
        at=timezone.now(),
        user=actor.acting_user(),
        who=actor.text()[: AuditEntry.WHO_MAX],
        via=actor.via,
        action=action,
        content_type=ContentType.objects.get_for_model(obj, for_concrete_model=False)
        if obj is not None
        else None,
        object_id=str(obj.pk) if obj is not None else "",
        object_text=text[: AuditEntry.OBJECT_TEXT_MAX],
        before=before or {},
        after=after or {},
        address=actor.address(),
    )
