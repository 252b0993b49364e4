"""Admin menu items shown only to the people who hold a permission."""

from wagtail.admin.menu import MenuItem


class PermissionMenuItem(MenuItem):
    """Shown to people with one permission."""

    def __init__(self, *args, permission, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)
