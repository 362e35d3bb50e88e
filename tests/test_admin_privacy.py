"""The Wagtail admin loads nothing from another origin: no Gravatar (a hash of each user's email
sent to a third party), no CDN (issue 9, item 8)."""

import re
from html.parser import HTMLParser

import pytest
from django.contrib.auth import get_user_model

from tests.factories import EmployeeFactory

ABSOLUTE = re.compile(r"(?:https?:)?//[^\s\"')>,]+")
STYLE_URL = re.compile(r"url\(\s*[\"']?\s*((?:https?:)?//[^\"')\s]+)")
LOCAL = ("//testserver", "http://testserver", "https://testserver")


class _Fetched(HTMLParser):
    """Every absolute URL the browser would fetch by itself (not links a person may follow):
    src and srcset, <link href>, url(...) in inline styles and <style>."""

    def __init__(self):
        super().__init__()
        self.urls, self._in_style = [], False

    def handle_starttag(self, tag, attrs):
        self._in_style = tag == "style"
        for name, value in attrs:
            if value and (
                name in ("src", "srcset", "poster", "data") or (tag == "link" and name == "href")
            ):
                self.urls += ABSOLUTE.findall(value)
            if value and name == "style":
                self.urls += STYLE_URL.findall(value)

    def handle_data(self, data):
        if self._in_style:
            self.urls += STYLE_URL.findall(data)


def fetched_urls(html: str) -> list[str]:
    parser = _Fetched()
    parser.feed(html)
    return [url for url in parser.urls if not url.startswith(LOCAL)]


@pytest.fixture
def admin_client(client, course):
    user = get_user_model().objects.create_superuser(
        email="admin.person@example.org", password="x", first_name="Ada", last_name="Admin"
    )
    EmployeeFactory(user__email="someone.else@example.org")  # another user in the listings
    client.force_login(user)
    return client


def _admin_pages(course):
    return [
        "/admin/",
        "/admin/users/",
        "/admin/account/",
        f"/admin/pages/{course.pk}/",
        f"/admin/pages/{course.pk}/edit/",
        f"/admin/pages/{course.pk}/history/",
    ]


def test_no_admin_page_loads_anything_from_another_origin(admin_client, course):
    for url in _admin_pages(course):
        response = admin_client.get(url)
        assert response.status_code == 200, url
        html = response.text
        assert "gravatar" not in html.lower(), url
        assert not fetched_urls(html), url


def test_the_check_would_see_a_gravatar_image():
    """The control: an avatar as Wagtail renders it with Gravatar on is found."""
    html = '<img class="avatar" src="//www.gravatar.com/avatar/0a1b?s=50&d=mm" alt="">'
    assert fetched_urls(html) == ["//www.gravatar.com/avatar/0a1b?s=50&d=mm"]
    assert fetched_urls('<a href="https://guide.wagtail.org/">Help</a>') == []
