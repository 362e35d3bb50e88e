"""Every “may this user see or do this?” answer. Views call these; they never decide themselves."""

from wagtail.models import Page


def can_view_page(request, page: Page) -> bool:
    """A live page whose every privacy restriction (login, password, groups) admits this request."""
    if not page.live:
        return False
    return all(restriction.accept_request(request) for restriction in page.get_view_restrictions())


def can_record_learning(request, page: Page) -> bool:
    """Only a signed-in, active person who may read the page can record progress on it."""
    user = request.user
    return user.is_authenticated and user.is_active and can_view_page(request, page)


def can_view_record(user, record) -> bool:
    """A certification record is the employee's own; managers and compliance come with issue 5."""
    return user.is_authenticated and record.employee.user_id == user.pk
