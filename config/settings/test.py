"""The test suite: fast hashing, tasks run at once, mail kept in memory."""

import warnings

from .base import *  # noqa: F403
from .base import INSTALLED_APPS

# The demo organisation and its logins exist only where someone is trying the platform out.
INSTALLED_APPS = [*INSTALLED_APPS, "training.demo"]

DEBUG = False
SECRET_KEY = "test-only-not-secret"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
MEDIA_ROOT = BASE_DIR / ".test-media"  # noqa: F405

warnings.filterwarnings("ignore", message=".*get_connection.*")
# Assets come straight from the app folders; no collectstatic before a test run.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
RECORD_DIGEST_KEY = "test-only-record-digest-key"
RECORD_CHAIN_KEY = "test-only-record-chain-key"
# A test computes a TOTP code, then signs in with it: a period may end in between. Production keeps
# allauth's tolerance of 0, since a used code is remembered for one period only (decision 0010).
MFA_TOTP_TOLERANCE = 1
