"""Signing in through a SAML 2.0 identity provider: a signed assertion, round trip.

The test plays the IdP: it holds a key and a self-signed certificate made here, reads the
AuthnRequest our sign-in button sends it, answers with a Response whose assertion it signs
(xmlsec, through python3-saml), and posts that to our assertion consumer service as the browser
would. Our side is allauth configured from the environment's variables, as in production.
"""

import base64
import datetime
import re
import zlib
from urllib.parse import parse_qs, urlsplit

import pytest
from allauth.socialaccount.models import SocialAccount
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from django.test import Client
from django.urls import reverse
from onelogin.saml2.utils import OneLogin_Saml2_Utils

from accounts.models import User
from config.sso import providers_from_environment
from tests.factories import EmployeeFactory

# python3-saml refuses a host without a dot (such as Django's `testserver`) in its URLs.
HOST = "academy.example.com"
IDP = "https://idp.example.com/saml"
ACS = f"http://{HOST}/accounts/saml/company/acs/"
SP_ENTITY_ID = f"http://{HOST}/accounts/saml/company/metadata/"


def key_and_certificate(common_name: str) -> tuple[str, str]:
    """A fresh RSA key and a self-signed certificate for it, both PEM."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    return key_pem, certificate.public_bytes(serialization.Encoding.PEM).decode()


@pytest.fixture(scope="module")
def idp_keys():
    return key_and_certificate("idp.example.com")


@pytest.fixture
def saml(settings, idp_keys):
    """The IdP configured through the environment; its certificate on one line, as a variable holds it."""
    _, certificate = idp_keys
    one_line = "".join(line for line in certificate.splitlines() if "CERTIFICATE" not in line)
    settings.SOCIALACCOUNT_PROVIDERS = providers_from_environment(
        {
            "SSO_SAML_IDP_ENTITY_ID": IDP,
            "SSO_SAML_IDP_SSO_URL": "https://idp.example.com/sso",
            "SSO_SAML_IDP_X509_CERT": one_line,
            "SSO_SAML_NAME": "Example Corp",
        }
    )
    return idp_keys


@pytest.fixture
def visitor(db):
    return Client(HTTP_HOST=HOST)


def start_sign_in(visitor) -> str:
    """Press "Sign in with Example Corp"; the AuthnRequest's ID, as the IdP receives it."""
    login_page = visitor.get(reverse("account_login")).text
    assert "Sign in with Example Corp" in login_page
    to_idp = visitor.post(reverse("saml_login", kwargs={"organization_slug": "company"}))
    assert to_idp.status_code == 302
    location = urlsplit(to_idp["Location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == "https://idp.example.com/sso"
    request = zlib.decompress(
        base64.b64decode(parse_qs(location.query)["SAMLRequest"][0]), -15
    ).decode()
    assert f'AssertionConsumerServiceURL="{ACS}"' in request
    return re.search(r' ID="([^"]+)"', request).group(1)


def saml_response(*, in_response_to: str, email: str, uid: str) -> str:
    """The IdP's answer, unsigned. No Issuer on the Response: signing covers the Assertion."""
    now = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    instant = now.strftime("%Y-%m-%dT%H:%M:%SZ")
    before = (now - datetime.timedelta(minutes=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    after = (now + datetime.timedelta(minutes=5)).strftime("%Y-%m-%dT%H:%M:%SZ")
    return f"""<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol"
    xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_r{uid}{now.timestamp():.0f}"
    Version="2.0" IssueInstant="{instant}" Destination="{ACS}" InResponseTo="{in_response_to}">
  <samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>
  <saml:Assertion ID="_a{uid}{now.timestamp():.0f}" Version="2.0" IssueInstant="{instant}">
    <saml:Issuer>{IDP}</saml:Issuer>
    <saml:Subject>
      <saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:persistent">{uid}</saml:NameID>
      <saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
        <saml:SubjectConfirmationData NotOnOrAfter="{after}" Recipient="{ACS}"
          InResponseTo="{in_response_to}"/>
      </saml:SubjectConfirmation>
    </saml:Subject>
    <saml:Conditions NotBefore="{before}" NotOnOrAfter="{after}">
      <saml:AudienceRestriction><saml:Audience>{SP_ENTITY_ID}</saml:Audience></saml:AudienceRestriction>
    </saml:Conditions>
    <saml:AuthnStatement AuthnInstant="{instant}" SessionIndex="_s{uid}">
      <saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext>
    </saml:AuthnStatement>
    <saml:AttributeStatement>
      <saml:Attribute Name="urn:oid:0.9.2342.19200300.100.1.3"><saml:AttributeValue>{email}</saml:AttributeValue></saml:Attribute>
    </saml:AttributeStatement>
  </saml:Assertion>
</samlp:Response>"""


def sign(xml: str, keys: tuple[str, str]) -> str:
    key, certificate = keys
    signed = OneLogin_Saml2_Utils.add_sign(xml, key, certificate)
    return signed.decode() if isinstance(signed, bytes) else signed


def post_to_acs(visitor, xml: str):
    """The browser carries the IdP's auto-submitting form to our ACS, then follows us."""
    posted = visitor.post(
        reverse("saml_acs", kwargs={"organization_slug": "company"}),
        {"SAMLResponse": base64.b64encode(xml.encode()).decode()},
    )
    assert posted.status_code == 302
    return visitor.get(posted["Location"])


def signed_in_as(visitor) -> User | None:
    user_id = visitor.session.get("_auth_user_id")
    return User.objects.get(pk=user_id) if user_id else None


def test_a_signed_assertion_signs_the_employee_in(visitor, saml):
    dana = EmployeeFactory(user__email="dana@example.org").user
    request_id = start_sign_in(visitor)
    xml = saml_response(in_response_to=request_id, email="Dana@Example.org", uid="dana-1")
    response = post_to_acs(visitor, sign(xml, saml))
    assert response.status_code == 302 and response["Location"] == reverse("portal:learn")
    assert signed_in_as(visitor) == dana
    assert visitor.get("/learn/").status_code == 200
    account = SocialAccount.objects.get()
    assert (account.user, account.provider, account.uid) == (dana, IDP, "dana-1")


def test_an_assertion_changed_after_signing_is_refused(visitor, saml):
    EmployeeFactory(user__email="dana@example.org")
    EmployeeFactory(user__email="boss@example.org", user__is_superuser=True)
    request_id = start_sign_in(visitor)
    xml = sign(saml_response(in_response_to=request_id, email="dana@example.org", uid="d"), saml)
    forged = xml.replace("dana@example.org", "boss@example.org")
    response = post_to_acs(visitor, forged)
    assert "could not be completed" in response.text
    assert signed_in_as(visitor) is None and not SocialAccount.objects.exists()


def test_an_assertion_signed_by_another_key_is_refused(visitor, saml):
    EmployeeFactory(user__email="dana@example.org")
    request_id = start_sign_in(visitor)
    xml = saml_response(in_response_to=request_id, email="dana@example.org", uid="dana-3")
    response = post_to_acs(visitor, sign(xml, key_and_certificate("idp.example.com")))
    assert "could not be completed" in response.text
    assert signed_in_as(visitor) is None and not SocialAccount.objects.exists()


def test_an_unsigned_assertion_is_refused(visitor, saml):
    EmployeeFactory(user__email="dana@example.org")
    request_id = start_sign_in(visitor)
    xml = saml_response(in_response_to=request_id, email="dana@example.org", uid="dana-4")
    response = post_to_acs(visitor, xml)
    assert "could not be completed" in response.text
    assert signed_in_as(visitor) is None


def test_a_signed_assertion_for_someone_not_in_the_directory_creates_nothing(visitor, saml):
    users = User.objects.count()
    request_id = start_sign_in(visitor)
    xml = saml_response(in_response_to=request_id, email="stranger@example.org", uid="s-1")
    response = post_to_acs(visitor, sign(xml, saml))
    assert response.status_code == 403 and "not in the employee directory" in response.text
    assert User.objects.count() == users and not SocialAccount.objects.exists()
