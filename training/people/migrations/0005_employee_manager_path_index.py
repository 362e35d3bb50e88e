"""The index for `manager_path LIKE 'prefix%'` (a migration of its own: PostgreSQL does not build
an index in the transaction that filled the column, while its constraint checks are pending)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("people", "0004_employee_manager_path")]

    operations = [
        migrations.AddIndex(
            model_name="employee",
            index=models.Index(
                fields=["manager_path"],
                name="employee_manager_path_idx",
                opclasses=["text_pattern_ops"],
            ),
        ),
    ]
