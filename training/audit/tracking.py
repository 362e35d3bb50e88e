"""What each room asked to audit: model saves and deletes, and grants through many-to-many fields.

Signals see every save, delete and `add`/`remove`/`set`/`clear` made through the ORM, so admin
edits, the directory import and services are all covered by one registration. A queryset
`update()` sends no signal: code that changes a tracked fact that way writes its entry itself
(`entries.record`).
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Model
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save

from .entries import record
from .models import Action

_BEFORE = "_audit_before"


def _json_safe(values: dict) -> dict:
    """Values as the JSON column stores them (dates as ISO text): a diff compares like with like."""
    return json.loads(json.dumps(values, cls=DjangoJSONEncoder))


def _snapshot(instance: Model, fields) -> dict:
    return _json_safe({field.name: getattr(instance, field.attname) for field in fields})


def track(
    model: type[Model],
    *,
    exclude: tuple[str, ...] = (),
    created: str = Action.CREATED,
    changes: bool = True,
) -> None:
    """Audit creating, changing (the changed fields, before and after) and deleting `model` rows.

    `exclude` names fields never worth an entry (a password hash, a last-used stamp);
    `created` names the action a new row stands for (an export log row is an export);
    `changes=False` records creation only.
    """
    fields = [f for f in model._meta.concrete_fields if not f.primary_key and f.name not in exclude]
    uid = f"audit.{model._meta.label}"

    def before_save(sender, instance, raw=False, update_fields=None, **kwargs):
        if raw or instance._state.adding or instance.pk is None:
            return
        wanted = [
            f
            for f in fields
            if update_fields is None or f.name in update_fields or f.attname in update_fields
        ]
        old = model._base_manager.filter(pk=instance.pk).values(*[f.attname for f in wanted])
        old = old.first()
        if old is not None:
            before = _json_safe({f.name: old[f.attname] for f in wanted})
            instance.__dict__[_BEFORE] = (before, wanted)

    def after_save(sender, instance, created=False, raw=False, **kwargs):
        if raw:
            return
        if created:
            record(action=created_action, obj=instance, after=_snapshot(instance, fields))
            return
        saved = instance.__dict__.pop(_BEFORE, None)
        if saved is None:
            return
        before, wanted = saved
        after = _snapshot(instance, wanted)
        changed = [name for name in after if after[name] != before.get(name)]
        if changed:
            record(
                action=Action.CHANGED,
                obj=instance,
                before={name: before[name] for name in changed},
                after={name: after[name] for name in changed},
            )

    def after_delete(sender, instance, **kwargs):
        record(action=Action.DELETED, obj=instance, before=_snapshot(instance, fields))

    created_action = created
    if changes:
        pre_save.connect(before_save, sender=model, weak=False, dispatch_uid=f"{uid}.pre_save")
        post_delete.connect(after_delete, sender=model, weak=False, dispatch_uid=f"{uid}.delete")
    post_save.connect(after_save, sender=model, weak=False, dispatch_uid=f"{uid}.post_save")


def track_grants(descriptor) -> None:
    """Audit a many-to-many of rights (a user's groups, a group's permissions, a user's own
    permissions): adding is `granted`, removing or clearing `revoked`."""
    track_related(descriptor, added=Action.GRANTED, removed=Action.REVOKED)


def track_related(descriptor, *, added: str = Action.CHANGED, removed: str = Action.CHANGED):
    """Audit a many-to-many field: each add, remove or clear is recorded on the owning object
    with the names it held before and after. Either side may make the change."""
    field = descriptor.field
    owner_model, name = field.model, field.name
    key = f"_audit_{name}"

    def held(owner) -> list[str]:
        return sorted(str(item) for item in getattr(owner, name).all())

    def owners_of(instance, reverse, pk_set):
        if not reverse:
            return [instance]
        # group.user_set.add(user): the owners are the users on the other side.
        if pk_set is not None:
            return list(owner_model._base_manager.filter(pk__in=pk_set))
        return list(owner_model._base_manager.filter(**{name: instance}))

    def changed(sender, instance, action, reverse, pk_set, **kwargs):
        if action.startswith("pre_"):
            owners = owners_of(instance, reverse, pk_set)
            instance.__dict__[key] = [(owner, held(owner)) for owner in owners]
            return
        for owner, before in instance.__dict__.pop(key, []):
            after = held(owner)
            if before != after:
                record(
                    action=added if action == "post_add" else removed,
                    obj=owner,
                    before={name: before},
                    after={name: after},
                )

    m2m_changed.connect(
        changed, sender=descriptor.through, weak=False, dispatch_uid=f"audit.related.{field}"
    )
