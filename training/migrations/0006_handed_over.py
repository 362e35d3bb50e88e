"""Training became a package of apps: its models now belong to people, learning, certification
and oversight, whose first migrations took over the same tables. Only the state changes here;
no table is touched."""

from django.db import migrations

# Dependents before what they point at.
HANDED_OVER = [
    "reminder",
    "certificationrecord",
    "chainhead",
    "exemption",
    "extension",
    "assignmentevent",
    "assignment",
    "rolerequirement",
    "certificationprogram",
    "modulecompletion",
    "lessoncompletion",
    "courseattestation",
    "apiclient",
    "exportlog",
    "delegation",
    "employee",
    "jobrole",
    "department",
]


class Migration(migrations.Migration):
    dependencies = [
        ("training", "0005_oversight"),
        ("people", "0001_initial"),
        ("learning", "0001_initial"),
        ("certification", "0001_initial"),
        ("oversight", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name) for name in HANDED_OVER],
            database_operations=[],
        )
    ]
