"""`make audit` (.ci/audit): clean, vulnerable, and unreachable are three different answers."""

import json
import os
import runpy
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
audit = runpy.run_path(str(ROOT / ".ci" / "audit"))
verdict = audit["verdict"]


def report(*dependencies):
    return json.dumps({"dependencies": list(dependencies), "fixes": []})


DJANGO = {"name": "django", "version": "6.1.3", "vulns": []}
WAGTAIL = {"name": "wagtail", "version": "8.0.1", "vulns": []}


def test_every_pin_checked_and_none_vulnerable_passes():
    status, message = verdict(0, report(DJANGO, WAGTAIL), "")
    assert status == 0
    assert message == "audit: no known vulnerabilities in 2 pinned packages."


def test_a_known_vulnerability_fails_and_is_named():
    bad = {
        **DJANGO,
        "vulns": [{"id": "PYSEC-2026-1", "fix_versions": ["6.1.4"], "aliases": []}],
    }
    status, message = verdict(1, report(bad, WAGTAIL), "")
    assert status == 1
    assert "django 6.1.3: PYSEC-2026-1 (fixed in 6.1.4)" in message


def test_an_unreachable_database_is_not_a_clean_result():
    status, message = verdict(1, "", "requests.exceptions.ConnectionError: Failed to resolve")
    assert status == 2
    assert "could not be reached" in message and "NOT checked" in message
    assert "no known vulnerabilities" not in message


def test_a_package_the_database_did_not_answer_for_is_not_a_clean_result():
    skipped = {"name": "django", "version": "6.1.3", "skip_reason": "Dependency not found on PyPI"}
    status, message = verdict(0, report(skipped, WAGTAIL), "")
    assert status == 2
    assert "NOT checked" in message and "django" in message


def test_every_runtime_and_test_pin_is_audited():
    pins = audit["pinned_requirements"]()
    assert any(p.startswith("Django==") for p in pins)
    assert any(p.startswith("pytest==") for p in pins)


def test_pip_audit_with_no_way_out_says_so_and_fails(tmp_path):
    """A real pip-audit run whose every request fails (a proxy on a closed port)."""
    environment = {
        **os.environ,
        "HTTPS_PROXY": "http://127.0.0.1:9",
        "HTTP_PROXY": "http://127.0.0.1:9",
        "NO_PROXY": "",
    }
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / ".ci" / "audit"),
            "--cache-dir",
            str(tmp_path),
            "--timeout",
            "5",
        ],
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 2, result.stdout + result.stderr
    assert "NOT checked" in result.stderr
    assert "no known vulnerabilities" not in result.stdout + result.stderr
