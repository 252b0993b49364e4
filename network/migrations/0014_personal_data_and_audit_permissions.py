"""Programme staff answer subject access requests and read the audit log."""

from django.db import migrations

from home.permissions import grant_permissions


def grant(apps, schema_editor):
    grant_permissions(apps, "network", ["manage_personal_data", "view_audit_log"], ["Editors"])
    grant_permissions(apps, "network", ["view_audit_log"], ["Moderators"])


class Migration(migrations.Migration):
    dependencies = [("network", "0013_audit_and_erasure")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
