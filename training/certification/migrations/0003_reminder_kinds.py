"""Reminder kinds become what is stored: a `Reminder.Kind` member and an occasion.

Before, the kind column held strings built on the fly: `due_in_30`, `overdue_week_2`,
`manual_2026-05-10`. Now the kind is one of the choices and the number or day moves to `occasion`,
so uniqueness per assignment, cycle and kind still means "sent once": per kind *and* occasion.
Reversible: going back rebuilds the old strings from the two columns.
"""

import re
from datetime import date

from django.db import migrations, models

SENT_ONCE = {'due_today', 'escalation'}


def new_kind(old):
    """`due_in_7` → (upcoming, 7); `overdue_week_2` → (overdue, 2); `manual_2026-05-10` →
    (manual, 20260510); `due_today` and `escalation` keep their names."""
    if old in SENT_ONCE:
        return old, 0
    if match := re.fullmatch(r'due_in_(\d+)', old):
        return 'upcoming', int(match[1])
    if match := re.fullmatch(r'overdue_week_(\d+)', old):
        return 'overdue', int(match[1])
    if match := re.fullmatch(r'manual_(\d{4}-\d{2}-\d{2})', old):
        day = date.fromisoformat(match[1])
        return 'manual', day.year * 10000 + day.month * 100 + day.day
    raise ValueError(f'A reminder has the kind {old!r}, which this migration does not know.')


def old_kind(kind, occasion):
    if kind in SENT_ONCE:
        return kind
    if kind == 'upcoming':
        return f'due_in_{occasion}'
    if kind == 'overdue':
        return f'overdue_week_{occasion}'
    if kind == 'manual':
        day = date(occasion // 10000, occasion // 100 % 100, occasion % 100)
        return f'manual_{day.isoformat()}'
    raise ValueError(f'A reminder has the kind {kind!r}, which this migration does not know.')


def forwards(apps, schema_editor):
    Reminder = apps.get_model('certification', 'Reminder')
    # One update per distinct stored string: a handful, however many reminders were sent.
    for old in Reminder.objects.values_list('kind', flat=True).distinct().order_by():
        kind, occasion = new_kind(old)
        Reminder.objects.filter(kind=old).update(kind=kind, occasion=occasion)


def backwards(apps, schema_editor):
    Reminder = apps.get_model('certification', 'Reminder')
    pairs = Reminder.objects.values_list('kind', 'occasion').distinct().order_by()
    for kind, occasion in list(pairs):
        Reminder.objects.filter(kind=kind, occasion=occasion).update(
            kind=old_kind(kind, occasion), occasion=0
        )


class Migration(migrations.Migration):

    dependencies = [
        ('certification', '0002_own_tables'),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name='reminder',
            name='one_reminder_per_kind_and_cycle',
        ),
        migrations.AddField(
            model_name='reminder',
            name='occasion',
            field=models.PositiveIntegerField(default=0, help_text='Which one of its kind in the cycle: days before the deadline (upcoming), the week (overdue), the day as YYYYMMDD (manual); 0 for kinds sent once a cycle.'),
        ),
        migrations.RunPython(forwards, backwards),
        migrations.AlterField(
            model_name='reminder',
            name='kind',
            field=models.CharField(choices=[('upcoming', 'Due soon'), ('due_today', 'Due today'), ('overdue', 'Overdue'), ('escalation', 'Escalated to manager'), ('manual', 'Sent by manager')], max_length=30),
        ),
        migrations.AddConstraint(
            model_name='reminder',
            constraint=models.UniqueConstraint(fields=('assignment', 'cycle', 'kind', 'occasion'), name='one_reminder_per_occasion'),
        ),
    ]
