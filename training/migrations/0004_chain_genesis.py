from django.db import migrations


def create_genesis(apps, schema_editor):
    """The chain starts from a known head, so the first two records issued at once still chain."""
    apps.get_model("training", "ChainHead").objects.get_or_create(pk=1, defaults={"last_hash": "0" * 64})


class Migration(migrations.Migration):
    dependencies = [("training", "0003_certification")]

    operations = [migrations.RunPython(create_genesis, migrations.RunPython.noop)]
