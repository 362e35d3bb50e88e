"""Nothing allauth shows tells a stranger whether an email address has an account."""

import re

from django.core import mail
from django.test import Client
from django.urls import reverse

from tests.factories import UserFactory

from .test_login import login


def page_text(response) -> str:
    """The page a person sees, without the per-request tokens that differ every time."""
    text = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", response.text)
    text = re.sub(r'nonce="[^"]+"', "", text)
    return text.replace("nobody@example.org", "EMAIL").replace("dana@example.org", "EMAIL")


def test_unknown_email_and_wrong_password_get_the_same_answer(db):
    UserFactory(email="dana@example.org")
    unknown = login(Client(), "nobody@example.org", "wrong-password")
    known = login(Client(), "dana@example.org", "wrong-password")
    assert unknown.status_code == known.status_code == 200
    assert "not correct" in known.text
    assert page_text(unknown) == page_text(known)


def test_password_reset_answers_the_same_for_an_unknown_email(db):
    UserFactory(email="dana@example.org")
    url = reverse("account_reset_password")
    unknown = Client().post(url, {"email": "nobody@example.org"}, follow=True)
    known = Client().post(url, {"email": "dana@example.org"}, follow=True)
    assert unknown.redirect_chain == known.redirect_chain
    assert page_text(unknown) == page_text(known)
    # Only the real account gets a mail; no message goes to a stranger's address.
    assert [m.to for m in mail.outbox] == [["dana@example.org"]]


def test_a_locked_account_and_an_unknown_one_look_alike(db):
    UserFactory(email="dana@example.org")
    for _ in range(5):
        login(Client(), "dana@example.org", "wrong")
        login(Client(), "nobody@example.org", "wrong")
    known = login(Client(), "dana@example.org", "wrong")
    unknown = login(Client(), "nobody@example.org", "wrong")
    assert page_text(unknown) == page_text(known)
