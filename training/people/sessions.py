"""A leaver is signed out everywhere the moment they are deactivated, by any path."""

from accounts.sessions import end_all_sessions


def end_sessions_of_leaver(sender, instance, update_fields=None, **kwargs):
    """The directory import and the Wagtail admin both save the employee: either way, it ends here."""
    if not instance.active and (update_fields is None or "active" in update_fields):
        end_all_sessions(user_id=instance.user_id)
