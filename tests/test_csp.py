"""The Content-Security-Policy each part of the site gets (the browser proof: tests/browser)."""

import re
from pathlib import Path

from django.conf import settings
from django.utils.csp import CSP

from content.models import LessonPage

ROOT = Path(settings.BASE_DIR)
OUR_TEMPLATES = [ROOT / "templates", *ROOT.glob("*/templates")]
INLINE = re.compile(r"<(script|style)\b([^>]*)>", re.IGNORECASE)
NONCE_ATTR = 'nonce="{{ csp_nonce }}"'


def directives(response) -> dict[str, list[str]]:
    header = response.headers["Content-Security-Policy"]
    return {name: sources for name, *sources in (d.split() for d in header.split("; "))}


def test_every_inline_script_and_style_of_ours_carries_the_nonce():
    missing = []
    for folder in OUR_TEMPLATES:
        for template in folder.rglob("*.html"):
            if "email" in template.parts:  # mail, never under a page's policy
                continue
            for tag, attrs in INLINE.findall(template.read_text()):
                external = tag.lower() == "script" and "src=" in attrs
                data = "application/json" in attrs or "application/ld+json" in attrs
                if not (external or data) and NONCE_ATTR not in attrs:
                    missing.append(f"{template.relative_to(ROOT)}: <{tag}{attrs}>")
    assert missing == []


def test_the_policies_use_djangos_nonce_placeholder_never_a_literal():
    for policy in [settings.SECURE_CSP, settings.ADMIN_CSP]:
        sources = [s for values in policy.values() for s in values]
        assert "'nonce'" not in sources
        assert all(s in set(CSP) or s.endswith(":") for s in sources), sources


def test_our_pages_get_the_strict_policy(client, course):
    lesson = LessonPage.objects.live().first()
    for url in ["/", lesson.url, "/accounts/login/", "/no-such-page/"]:
        policy = directives(client.get(url))
        assert policy["script-src"] == ["'self'"], url  # no inline script of ours: no nonce
        assert CSP.UNSAFE_INLINE not in policy["style-src"], url
        assert policy["object-src"] == ["'none'"], url


def test_the_admin_gets_its_own_policy_and_only_the_admin(admin_client, course):
    lesson = LessonPage.objects.live().first()
    for url in ["/admin/", f"/admin/pages/{lesson.id}/edit/", "/admin/no-such-view/"]:
        policy = directives(admin_client.get(url))
        assert policy["script-src"] == ["'self'", "'unsafe-inline'"], url
        assert policy["default-src"] == ["'self'"], url
    assert CSP.UNSAFE_INLINE not in directives(admin_client.get(lesson.url))["script-src"]
