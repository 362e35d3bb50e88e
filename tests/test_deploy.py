"""`check --deploy` finds nothing to object to in the production settings."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_ENVIRONMENT = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "SECRET_KEY": "x7Qm2-sample-production-secret-key-long-and-random-enough-4kTz9wLpV",
    "RECORD_DIGEST_KEY": "sample-record-digest-key",
    "DATABASE_URL": "postgres://academy@db.internal:5432/academy",
    "ALLOWED_HOSTS": "academy.example.com",
    "BASE_URL": "https://academy.example.com",
    "CSRF_TRUSTED_ORIGINS": "https://academy.example.com",
    "STATIC_ROOT": "/srv/academy/static",
    "MEDIA_ROOT": "/srv/academy/media",
}


def check_deploy(**extra):
    environment = {"PATH": os.environ.get("PATH", ""), **SAMPLE_ENVIRONMENT, **extra}
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_production_settings_pass_the_deployment_check():
    result = check_deploy()
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_preload_is_the_operators_choice_and_still_passes():
    assert check_deploy(SECURE_HSTS_PRELOAD="true").returncode == 0
