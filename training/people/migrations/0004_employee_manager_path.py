"""Each employee's managers, top first, as a path (“/4/17/”): a team is one prefix match."""

from django.db import migrations, models

FILL_LEVEL = """
UPDATE {table} SET manager_path = (
    SELECT m.manager_path || CAST(m.id AS TEXT) || '/' FROM {table} m
    WHERE m.id = {table}.manager_id
)
WHERE manager_path = '' AND manager_id IN (SELECT id FROM {table} WHERE manager_path <> '')
"""


def fill(apps, schema_editor):
    """Top down, a level at a time: people without a manager, then their reports, and so on.
    People in a reporting cycle (bad data the forms and the import refuse) keep an empty path,
    below no one."""
    Employee = apps.get_model("people", "Employee")
    table = schema_editor.quote_name(Employee._meta.db_table)
    Employee.objects.update(manager_path="")
    Employee.objects.filter(manager__isnull=True).update(manager_path="/")
    with schema_editor.connection.cursor() as cursor:
        while True:
            cursor.execute(FILL_LEVEL.format(table=table))
            if cursor.rowcount == 0:
                break


class Migration(migrations.Migration):
    dependencies = [("people", "0003_organisation_access")]

    operations = [
        migrations.AddField(
            model_name="employee",
            name="manager_path",
            field=models.TextField(default="/", editable=False),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop, elidable=False),
    ]
