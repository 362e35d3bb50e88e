"""API clients in the Wagtail admin: list them, issue a token, revoke one.

Who may use these pages: superusers and users with `oversight.add_apiclient`; anyone else in the
admin gets 403. A token is shown once, on the page that issues it; only its SHA-256 is stored.
"""

from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.generic import FormView, ListView, View
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from training.audit.entries import record
from training.audit.models import Action

from .models import ApiClient

PERMISSION = "oversight.add_apiclient"


def issue_api_client(*, name: str, created_by, at=None) -> tuple[ApiClient, str]:
    """Create a client and return it with its token, which is never stored nor shown again."""
    token = ApiClient.new_token()
    client = ApiClient.objects.create(
        name=name,
        token_prefix=token[:8],
        token_hash=ApiClient.hash_token(token),
        created_by=created_by,
        created_at=at or timezone.now(),
    )
    return client, token


class ManagersOnlyMixin:
    """Refuse the whole page with 403 unless the user may manage API clients."""

    def dispatch(self, request, *args, **kwargs):
        user = request.user
        if not (user.is_superuser or user.has_perm(PERMISSION)):
            return TemplateResponse(
                request,
                "oversight/admin/api/forbidden.html",
                {"page_title": "API clients", "header_icon": "key"},
                status=403,
            )
        return super().dispatch(request, *args, **kwargs)


class ApiClientListView(ManagersOnlyMixin, WagtailAdminTemplateMixin, ListView):
    """Every client, newest first, with when it was last used and whether it is revoked."""

    template_name = "oversight/admin/api/list.html"
    page_title = "API clients"
    header_icon = "key"
    context_object_name = "clients"

    def get_queryset(self):
        return ApiClient.objects.select_related("created_by").order_by("-created_at", "-pk")


class ApiClientForm(forms.ModelForm):
    class Meta:
        model = ApiClient
        fields = ["name"]
        help_texts = {"name": "The integration that will use the token, e.g. “HR data warehouse”."}


class ApiClientIssueView(ManagersOnlyMixin, WagtailAdminTemplateMixin, FormView):
    """Issue a token. The result is rendered, not redirected to, so the token is never in a URL."""

    template_name = "oversight/admin/api/new.html"
    page_title = "Issue an API token"
    header_icon = "key"
    form_class = ApiClientForm

    def form_valid(self, form):
        client, token = issue_api_client(
            name=form.cleaned_data["name"], created_by=self.request.user
        )
        response = TemplateResponse(
            self.request,
            "oversight/admin/api/issued.html",
            self.get_context_data(form=form, client=client, token=token),
        )
        response["Cache-Control"] = "no-store"
        return response


class ApiClientRevokeView(ManagersOnlyMixin, View):
    """Revoke a client's token (POST only); the API refuses it from then on. Revoking twice is harmless."""

    http_method_names = ["post"]

    def post(self, request, pk: int):
        client = get_object_or_404(ApiClient, pk=pk)
        at = timezone.now()
        revoked = ApiClient.objects.filter(pk=client.pk, revoked_at__isnull=True).update(
            revoked_at=at
        )
        if revoked:
            # A queryset update sends no signal: the audit entry is written here.
            record(
                action=Action.REVOKED,
                obj=client,
                before={"revoked_at": None},
                after={"revoked_at": at.isoformat()},
            )
            messages.success(request, f"The token of “{client.name}” is revoked.")
        else:
            messages.info(request, f"The token of “{client.name}” was already revoked.")
        return redirect("api_clients")
