"""Giving staff groups model permissions from data migrations.

Each app's migrations set the permissions on its own models; `set_group_permissions` makes a
group hold exactly the given permissions of one app (adding the missing, removing the rest),
so running a migration again changes nothing and a power taken away stays away.
"""

from django.contrib.auth.management import create_permissions


def ensure_permissions(apps, app_label):
    """Django creates permissions after all migrations have run, so they are created here.

    (An app with no models in the migration state, such as wagtailadmin before its own
    models, creates its permissions in its migrations.)
    """
    try:
        app_config = apps.get_app_config(app_label)
    except LookupError:
        return
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None


def app_permissions(apps, app_label, codenames):
    ensure_permissions(apps, app_label)
    Permission = apps.get_model("auth", "Permission")
    found = Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
    missing = set(codenames) - set(found.values_list("codename", flat=True))
    if missing:
        raise LookupError(f"No such {app_label} permissions: {sorted(missing)}")
    return found


def ensure_groups(apps, group_names):
    Group = apps.get_model("auth", "Group")
    return [Group.objects.get_or_create(name=name)[0] for name in group_names]


def grant_permissions(apps, app_label, codenames, group_names):
    """Give these groups these permissions of one app (keeping any others they hold)."""
    permissions = app_permissions(apps, app_label, codenames)
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name__in=group_names):
        group.permissions.add(*permissions)


def set_group_permissions(apps, app_label, group_name, codenames):
    """Make the group hold exactly these permissions of one app, creating the group if new."""
    (group,) = ensure_groups(apps, [group_name])
    wanted = list(app_permissions(apps, app_label, codenames))
    held = group.permissions.filter(content_type__app_label=app_label)
    group.permissions.remove(*[permission for permission in held if permission not in wanted])
    group.permissions.add(*wanted)
