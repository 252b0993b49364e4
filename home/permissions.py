"""Giving staff groups model permissions from data migrations."""

from django.contrib.auth.management import create_permissions


def grant_permissions(apps, app_label, codenames, group_names):
    """Give these groups these permissions of one app.

    Django creates permissions after all migrations have run, so they are created here first.
    """
    app_config = apps.get_app_config(app_label)
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label=app_label, codename__in=codenames
    )
    for group in Group.objects.filter(name__in=group_names):
        group.permissions.add(*permissions)
