"""Single sign-on providers for allauth, read from the environment.

Each provider is an allauth app in `SOCIALACCOUNT_PROVIDERS[...]["APPS"]`, so nothing about SSO
lives in the database and a deployment changes provider by changing its environment. No variable
set, no provider: the login page offers the password form only. How a signed-in identity becomes
an employee is `training.people.sso`; docs/decisions/0009-sso-matching.md says why.
"""

from collections.abc import Mapping
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

# allauth's defaults, plus the claim names Microsoft Entra ID and ADFS send: most IdPs work unmapped.
SAML_ATTRIBUTES = {
    "uid": ["urn:oasis:names:tc:SAML:attribute:subject-id"],
    "email": [
        "urn:oid:0.9.2342.19200300.100.1.3",
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
        "email",
    ],
    "first_name": [
        "urn:oid:2.5.4.42",
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname",
    ],
    "last_name": [
        "urn:oid:2.5.4.4",
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname",
    ],
}


def _value(environ: Mapping[str, str], name: str, default: str = "") -> str:
    return environ.get(name, default).strip() or default


def _required(environ: Mapping[str, str], name: str, because: str) -> str:
    value = _value(environ, name)
    if not value:
        raise ImproperlyConfigured(f"{name} must be set when {because} is set.")
    return value


def _names(environ: Mapping[str, str], name: str, default: list[str]) -> list[str]:
    given = [item.strip() for item in environ.get(name, "").split(",") if item.strip()]
    return given or default


def oidc_app(environ: Mapping[str, str]) -> dict | None:
    """The OpenID Connect app, when `SSO_OIDC_SERVER_URL` names the issuer."""
    server_url = _value(environ, "SSO_OIDC_SERVER_URL")
    if not server_url:
        return None
    return {
        # The URL slug: the redirect URI to register is /accounts/oidc/<it>/login/callback/.
        "provider_id": _value(environ, "SSO_OIDC_PROVIDER_ID", "company"),
        "name": _value(environ, "SSO_OIDC_NAME", "your company account"),
        "client_id": _required(environ, "SSO_OIDC_CLIENT_ID", "SSO_OIDC_SERVER_URL"),
        "secret": _required(environ, "SSO_OIDC_CLIENT_SECRET", "SSO_OIDC_SERVER_URL"),
        "settings": {"server_url": server_url, "oauth_pkce_enabled": True},
    }


def saml_app(environ: Mapping[str, str]) -> dict | None:
    """The SAML 2.0 app, when `SSO_SAML_IDP_ENTITY_ID` names the identity provider."""
    entity_id = _value(environ, "SSO_SAML_IDP_ENTITY_ID")
    if not entity_id:
        return None
    metadata_url = _value(environ, "SSO_SAML_IDP_METADATA_URL")
    if metadata_url:
        idp = {"entity_id": entity_id, "metadata_url": metadata_url}
    else:
        because = "SSO_SAML_IDP_ENTITY_ID (without SSO_SAML_IDP_METADATA_URL)"
        idp = {
            "entity_id": entity_id,
            "sso_url": _required(environ, "SSO_SAML_IDP_SSO_URL", because),
            "x509cert": _required(environ, "SSO_SAML_IDP_X509_CERT", because),
        }
    sp = {}
    if sp_entity_id := _value(environ, "SSO_SAML_SP_ENTITY_ID"):
        sp["entity_id"] = sp_entity_id
    return {
        # Social accounts are keyed by provider id: the IdP's entity id keeps them apart from
        # OIDC's. The slug (client_id) names the URLs: /accounts/saml/<slug>/acs/ and metadata/.
        "provider_id": entity_id,
        "client_id": _value(environ, "SSO_SAML_SLUG", "company"),
        "name": _value(environ, "SSO_SAML_NAME", "your company account"),
        "settings": {
            "idp": idp,
            "sp": sp,
            "attribute_mapping": {
                key: _names(environ, f"SSO_SAML_ATTRIBUTE_{key.upper()}", default)
                for key, default in SAML_ATTRIBUTES.items()
            },
            "use_nameid_for_email": _value(environ, "SSO_SAML_NAMEID_IS_EMAIL").lower()
            in {"1", "true", "yes", "on"},
            "advanced": {
                # Only an assertion the IdP signed is believed; a login we did not start
                # (IdP-initiated, no InResponseTo) is refused, as allauth does by default.
                "want_assertion_signed": True,
                "reject_idp_initiated_sso": True,
                "strict": True,
            },
        },
    }


def providers_from_environment(environ: Mapping[str, str]) -> dict:
    """`SOCIALACCOUNT_PROVIDERS`: one entry per provider whose variables are set."""
    providers = {}
    if app := oidc_app(environ):
        providers["openid_connect"] = {"APPS": [app]}
    if app := saml_app(environ):
        providers["saml"] = {"APPS": [app]}
    return providers


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def sign_in_origins(providers: dict) -> list[str]:
    """Where "Sign in with …" sends the browser, for the CSP's form-action.

    The button posts to us and we answer with a redirect to the IdP; browsers hold that redirect
    to the page's form-action too, so without the IdP's origin the sign-in would stop there.
    """
    origins = []
    for app in providers.get("openid_connect", {}).get("APPS", []):
        origins.append(_origin(app["settings"]["server_url"]))
    for app in providers.get("saml", {}).get("APPS", []):
        idp = app["settings"]["idp"]
        origins.append(_origin(idp.get("sso_url") or idp["metadata_url"]))
    return sorted(set(origins))
