"""Settings shared by every environment. Secrets and hosts come from the environment."""

import os
from pathlib import Path

import dj_database_url
from django.utils.csp import CSP

from config.sso import providers_from_environment, sign_in_origins

# The `config` package: its templates/ and static/ ship inside the wheel with the code.
CONFIG_DIR = Path(__file__).resolve().parent.parent
# The directory above the packages: the checkout when run from one (dev and test keep db.sqlite3,
# media/ and staticfiles/ there). Installed from the wheel it is site-packages, so production
# settings take every writable path from the environment instead.
BASE_DIR = CONFIG_DIR.parent


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "accounts",
    "content",
    "quizzes",
    "training",
    "training.audit",
    "training.people",
    "training.learning",
    "training.certification",
    "training.oversight",
    "training.portal",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "allauth",
    "allauth.account",
    "allauth.socialaccount",
    "allauth.socialaccount.providers.openid_connect",
    "allauth.socialaccount.providers.saml",
    "allauth.mfa",
    "allauth.usersessions",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    # Database triggers: records, events, the export and audit logs refuse UPDATE and DELETE
    # on PostgreSQL (no-op on SQLite).
    "pgtrigger",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Who is acting, for every audit entry written while the request is handled.
    "training.audit.middleware.AuditContextMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "allauth.usersessions.middleware.UserSessionsMiddleware",
    "training.people.middleware.RequireMFAMiddleware",
    "training.people.middleware.EmployeeTimeZoneMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [CONFIG_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "training.portal.context_processors.learner_progress",
                "training.portal.context_processors.navigation",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=60, conn_health_checks=True
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The embedded default has one writer at a time. A deferred transaction that read first and
    # then writes cannot wait for the lock (SQLite refuses at once: "database is locked"), so
    # every transaction takes the write lock when it begins, and a writer waits up to 20 s for it.
    DATABASES["default"]["OPTIONS"] = {"transaction_mode": "IMMEDIATE", "timeout": 20}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # PostgreSQL's JIT compiles any query its planner costs high (reports over every assignment
    # or record) and spends seconds compiling what runs in milliseconds: see docs/performance.md.
    # (perft measured 12 s of JIT for a team page whose query ran in 0.5 s at 50,000 employees.)
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c jit=off"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# A database cache is shared by every app process (login rate limits need that) and
# adds no service to run: `manage.py createcachetable` creates its table.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "django_cache",
    }
}

AUTH_USER_MODEL = "accounts.User"
# Django's and allauth's backends, each reading the user with their employee and permissions in
# one query (`training.people.backends`).
AUTHENTICATION_BACKENDS = [
    "training.people.backends.ModelBackend",
    "training.people.backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "portal:learn"

# django-allauth: email login only; people come from the directory or SSO, never self sign-up.
ACCOUNT_ADAPTER = "training.people.signin.DirectoryAccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "none"
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_PASSWORD_RESET_BY_CODE_ENABLED = False
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
}
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Data Ethics Academy] "

# Single sign-on: OpenID Connect and SAML 2.0, each on when its variables are set (config/sso.py,
# the README's "Single sign-on"). An identity is matched to an employee by email; nobody is
# signed up (training/people/sso.py, docs/decisions/0009-sso-matching.md).
SOCIALACCOUNT_ADAPTER = "training.people.sso.SocialAccountAdapter"
SOCIALACCOUNT_PROVIDERS = providers_from_environment(os.environ)
SSO_ORIGINS = sign_in_origins(SOCIALACCOUNT_PROVIDERS)

# Multi-factor authentication and sessions (docs/decisions/0010-who-must-use-mfa.md).
# Privileged users (training.people.access.is_privileged) are sent to enrolment until they have a
# second factor; TOTP codes are single use (allauth remembers a used code in the cache).
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes", "webauthn"]
MFA_TOTP_ISSUER = "Data Ethics Academy"
# WebAuthn needs an HTTPS origin; only local development may use http://localhost.
MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN = False
# Every sign-in through allauth is recorded as a user session, so that deactivating a person
# can end all of their sessions at once (accounts.sessions).
USERSESSIONS_TRACK_ACTIVITY = False
# Login failures and password resets say the same whether or not the email is known; no mail
# goes to an address that has no account.
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_EMAIL_UNKNOWN_ACCOUNTS = False
# Behind N reverse proxies the client is the Nth address from the right of X-Forwarded-For;
# with 0 every client would count as the proxy's address and share one login rate limit.
ALLAUTH_TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [CONFIG_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Data Ethics Academy <academy@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
MAILERS = {
    "default": {
        "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "OPTIONS": {
            "host": os.environ.get("SMTP_HOST", "localhost"),
            "port": int(os.environ.get("SMTP_PORT", "25")),
            "username": os.environ.get("SMTP_USER", ""),
            "password": os.environ.get("SMTP_PASSWORD", ""),
            "use_tls": env_bool("SMTP_USE_TLS"),
        },
    }
}

TASKS = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        "QUEUES": ["default"],
    }
}

# Every asset is served by the app itself; no third-party origin is ever needed.
# An inline <script> or <style> of ours runs only with this response's nonce:
# `nonce="{{ csp_nonce }}"` (the context processor above). Inline style attributes stay
# allowed (progress bars' widths, Wagtail's responsive embeds). docs/decisions/0005-csp.md
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF, CSP.NONCE],
    "style-src-attr": [CSP.UNSAFE_INLINE],
    "img-src": [CSP.SELF, "data:"],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "frame-ancestors": [CSP.SELF],
    "form-action": [CSP.SELF, *SSO_ORIGINS],
}
# The Wagtail admin (config/urls.py applies it to every /admin/ view): its widgets start
# with inline scripts that carry no nonce (the editors' date pickers, page chooser fields)
# and its scripts insert <style> elements, so there, and only there, inline scripts and
# styles are allowed; a nonce would switch 'unsafe-inline' off. The image uploader previews
# a file through a blob: address before sending it.
ADMIN_CSP = {
    **SECURE_CSP,
    "script-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "img-src": [CSP.SELF, "data:", "blob:"],
}

WAGTAIL_SITE_NAME = "Data Ethics Academy"
WAGTAILADMIN_BASE_URL = os.environ.get("BASE_URL", "http://127.0.0.1:8000")
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "pdf", "txt", "xlsx", "zip"]
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# No avatars from gravatar.com: a third-party request carrying a hash of each user's email.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Nor a check for new Wagtail releases at releases.wagtail.org from an admin's browser.
WAGTAIL_ENABLE_UPDATE_CHECK = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        "wagtail": {"level": os.environ.get("WAGTAIL_LOG_LEVEL", "WARNING")},
        # The worker adds its own handler to these (`db_worker --verbosity`); don't print twice.
        "django_tasks": {"level": "WARNING", "propagate": False},
        "django_tasks_db": {"level": "WARNING", "propagate": False},
        "django.tasks": {"level": "WARNING", "propagate": False},
    },
}

# Key for the digest of personal fields in certification records (see training/issuing.py).
# Keep it stable and secret: changing it makes existing records fail verification.
RECORD_DIGEST_KEY = os.environ.get("RECORD_DIGEST_KEY", "") or SECRET_KEY

# Key that seals the record chain and signs its checkpoints (training/certification/chain.py).
# Held outside the database so that database access alone cannot rewrite the evidence. Production
# requires it; rotation: the new key here, the old ones in RECORD_CHAIN_OLD_KEYS (comma-separated),
# which still verify what they sealed (docs/decisions, "keyed chain").
RECORD_CHAIN_KEY = os.environ.get("RECORD_CHAIN_KEY", "")
RECORD_CHAIN_OLD_KEYS = [
    key.strip() for key in os.environ.get("RECORD_CHAIN_OLD_KEYS", "").split(",") if key.strip()
]
# Leavers are pseudonymised this many whole years after they left (manage.py apply_retention).
RETENTION_YEARS = int(os.environ.get("RETENTION_YEARS", "6"))
# The daily job records the reminders due, then queues this many sending tasks: each claims
# batches until none is left, so up to this many task workers send side by side.
REMINDER_SEND_TASKS = max(1, int(os.environ.get("REMINDER_SEND_TASKS", "2")))
