"""Production: every secret, host and writable path from the environment; assets served by whitenoise.

Runs from an installed wheel (`pip install data_ethics_academy-*.whl`, then `django-admin ...` with
`DJANGO_SETTINGS_MODULE=config.settings.production`), where the code lives in site-packages: nothing
here may default to a path next to the code.
"""

import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import SECRET_KEY, env_bool


def required_env(name: str, example: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"Set {name} in the environment (e.g. {name}={example}).")
    return value


DEBUG = False
if not SECRET_KEY:
    raise ImproperlyConfigured("Set SECRET_KEY in the environment.")

# Seals the record chain: without it, anyone with database access could rewrite the evidence.
RECORD_CHAIN_KEY = required_env("RECORD_CHAIN_KEY", "$(openssl rand -hex 32)")

# No SQLite file next to the code: the database is named explicitly (PostgreSQL ≥ 15).
required_env("DATABASE_URL", "postgres://academy@db.internal:5432/academy")
# collectstatic writes here and whitenoise serves from here; uploads go to MEDIA_ROOT.
STATIC_ROOT = Path(required_env("STATIC_ROOT", "/srv/academy/static"))
MEDIA_ROOT = Path(required_env("MEDIA_ROOT", "/srv/academy/media"))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31_536_000
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# HSTS (docs/decisions/0013-hsts.md): the site's own subdomains are HTTPS too, so
# includeSubDomains holds. Preloading commits the whole registrable domain, which the company
# owns, not this app: opt in with SECURE_HSTS_PRELOAD=true once the domain is ready.
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
SILENCED_SYSTEM_CHECKS = [] if SECURE_HSTS_PRELOAD else ["security.W021"]
