from django.conf import settings
from django.urls import include, path
from django.views.decorators.csp import csp_override
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.utils.urlpatterns import decorate_urlpatterns

from content.views import privacy_notice
from training.oversight.api import api
from training.oversight.urls import compliance_urls, evidence_urls, export_urls, team_urls


class ToAllauthLogin(RedirectView):
    """Wagtail's own login page would bypass allauth's rate limits: send people to allauth."""

    pattern_name = "account_login"
    query_string = True


urlpatterns = [
    path("admin/login/", ToAllauthLogin.as_view()),
    # Wagtail's front-end login (for private pages) would bypass allauth too.
    path("_util/login/", ToAllauthLogin.as_view()),
    # The admin's own policy, for every admin view (its hooks' URLs included): see ADMIN_CSP.
    path(
        "admin/",
        include(
            decorate_urlpatterns(wagtailadmin_urls.urlpatterns, csp_override(settings.ADMIN_CSP))
        ),
    ),
    path("documents/", include(wagtaildocs_urls)),
    path("accounts/", include("allauth.urls")),
    path("compliance/", include(compliance_urls)),
    path("compliance/exports/", include(export_urls)),
    path("compliance/evidence/", include(evidence_urls)),
    path("team/", include(team_urls)),
    path("learn/", include("training.portal.urls")),
    path("certificates/", include("training.certification.urls")),
    path("privacy/", privacy_notice, name="privacy_notice"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("api/v1/", api.urls), path("", include(wagtail_urls))]

handler404 = "content.views.page_not_found"
handler500 = "content.views.server_error"
