"""Admin menu entries shown only to users holding the permission their page requires.

Every room's `wagtail_hooks.py` registers its screens through `register_admin_screens`, so the
menu and the view ask the same permission.
"""

from django.urls import reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, permission: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


def register_admin_screens(urls, menu):
    """Register admin `urls`, and `menu` entries as (label, url name, icon, order, permission)."""
    hooks.register("register_admin_urls", lambda: urls)
    for label, url_name, icon, order, permission in menu:
        hooks.register(
            "register_admin_menu_item",
            lambda label=label, url_name=url_name, icon=icon, order=order, permission=permission: (
                PermissionMenuItem(
                    label, reverse(url_name), icon_name=icon, order=order, permission=permission
                )
            ),
        )
