"""`make bench`: a throwaway database (SQLite file in /tmp unless DATABASE_URL is set)."""

import os
import tempfile

from .base import dj_database_url
from .test import *  # noqa: F403

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL")
        or f"sqlite:///{os.path.join(tempfile.gettempdir(), 'academy-bench.sqlite3')}"
    )
}
TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
