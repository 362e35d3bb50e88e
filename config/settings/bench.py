"""`make bench` and `make bench-load`: production-like, so the figures are what a buyer would see.

DEBUG off, the shared database cache (not a per-process one), real password hashing, templates
cached; no SSL redirect, as the bench talks plain HTTP on loopback. Mail is built as for SMTP and
dropped (the bench counts reminders in the database, it does not deliver them; `make bench-load` writes them to files). The demo app is installed: the bench
organisation is built by `seed_demo`. The database comes from DATABASE_URL, set by the bench to a
database of its own (bench/db.py).
"""

import os

from .base import *  # noqa: F403
from .base import INSTALLED_APPS

INSTALLED_APPS = [*INSTALLED_APPS, "training.demo"]

DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY") or "bench-only-not-secret"
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]
# The same key as the dev settings, so a database seeded with `make run`'s settings verifies.
RECORD_DIGEST_KEY = os.environ.get("RECORD_DIGEST_KEY", "dev-only-record-digest-key")
# Mail is built and serialised as the SMTP backend does, then dropped (bench/mail.py).
MAILERS = {"default": {"BACKEND": "bench.mail.EmailBackend"}}
if os.environ.get("BENCH_MAIL_DIR"):
    # `make bench-load` counts what was sent, across processes: one file per message.
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "OPTIONS": {"file_path": os.environ["BENCH_MAIL_DIR"]},
        }
    }
# Assets from the app folders, as in development: the bench times pages, not static files.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
