"""Local development: `make run`."""

import warnings

from .base import *  # noqa: F403
from .base import INSTALLED_APPS, os

# The demo organisation and its logins exist only where someone is trying the platform out.
INSTALLED_APPS = [*INSTALLED_APPS, "training.demo"]

DEBUG = True
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-not-secret-3f9c2b7e1d")
ALLOWED_HOSTS = ["localhost", "127.0.0.1", "[::1]"]
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}

# Wagtail still sends its own notifications through get_connection().
warnings.filterwarnings("ignore", message=".*get_connection.*")
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
RECORD_DIGEST_KEY = os.environ.get("RECORD_DIGEST_KEY", "dev-only-record-digest-key")
RECORD_CHAIN_KEY = os.environ.get("RECORD_CHAIN_KEY", "dev-only-record-chain-key")
