"""Single sign-on is configured by the environment alone (config/sso.py, config/settings/base.py)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from config.sso import providers_from_environment

ROOT = Path(__file__).resolve().parent.parent
OIDC = {
    "SSO_OIDC_SERVER_URL": "https://login.example.com/tenant/v2.0",
    "SSO_OIDC_CLIENT_ID": "academy",
    "SSO_OIDC_CLIENT_SECRET": "academy-secret",
}
SAML = {
    "SSO_SAML_IDP_ENTITY_ID": "https://sts.example.net/adfs",
    "SSO_SAML_IDP_SSO_URL": "https://sts.example.net/adfs/ls/",
    "SSO_SAML_IDP_X509_CERT": "MIIC...",
}


def test_no_variables_no_providers():
    assert providers_from_environment({}) == {}
    assert providers_from_environment({"SSO_OIDC_SERVER_URL": "  "}) == {}


@pytest.mark.parametrize("missing", ["SSO_OIDC_CLIENT_ID", "SSO_OIDC_CLIENT_SECRET"])
def test_an_incomplete_oidc_provider_names_the_missing_variable(missing):
    with pytest.raises(ImproperlyConfigured, match=missing):
        providers_from_environment({**OIDC, missing: ""})


@pytest.mark.parametrize("missing", ["SSO_SAML_IDP_SSO_URL", "SSO_SAML_IDP_X509_CERT"])
def test_an_incomplete_saml_provider_names_the_missing_variable(missing):
    with pytest.raises(ImproperlyConfigured, match=missing):
        providers_from_environment({**SAML, missing: ""})


def test_saml_from_the_idps_metadata_needs_no_certificate_or_url():
    providers = providers_from_environment(
        {
            "SSO_SAML_IDP_ENTITY_ID": "https://sts.example.net/adfs",
            "SSO_SAML_IDP_METADATA_URL": "https://sts.example.net/metadata.xml",
        }
    )
    assert providers["saml"]["APPS"][0]["settings"]["idp"] == {
        "entity_id": "https://sts.example.net/adfs",
        "metadata_url": "https://sts.example.net/metadata.xml",
    }


def test_saml_attribute_names_can_be_mapped():
    providers = providers_from_environment({**SAML, "SSO_SAML_ATTRIBUTE_EMAIL": "mail, upn"})
    mapping = providers["saml"]["APPS"][0]["settings"]["attribute_mapping"]
    assert mapping["email"] == ["mail", "upn"]
    assert "urn:oid:2.5.4.42" in mapping["first_name"]


def test_the_settings_take_providers_and_csp_origins_from_the_environment():
    """Read in a fresh process, as a deployment starts: the variables decide, nothing else."""
    script = (
        "import json; from django.conf import settings; print(json.dumps("
        "[sorted(settings.SOCIALACCOUNT_PROVIDERS), settings.SECURE_CSP['form-action'],"
        " settings.ADMIN_CSP['form-action']]))"
    )
    env = {**os.environ, **OIDC, **SAML, "DJANGO_SETTINGS_MODULE": "config.settings.test"}
    output = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    providers, form_action, admin_form_action = json.loads(output)
    assert providers == ["openid_connect", "saml"]
    # "Sign in with …" posts to us and is redirected to the IdP: the browser checks that hop too.
    expected = ["'self'", "https://login.example.com", "https://sts.example.net"]
    assert form_action == admin_form_action == expected
