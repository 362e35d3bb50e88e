"""Admin views for assignments. Who may use them: users with the matching training permissions
(administrators and compliance officers); every change goes through `training.certification.assigning`."""

from django import forms
from django.contrib import messages
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.views.generic import FormView, TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from .assigning import explain, grant_exemption, grant_extension
from .models import Assignment, Status


class AssignmentListView(PermissionRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    permission_required = "certification.view_assignment"
    raise_exception = True
    template_name = "certification/admin/assignments.html"
    page_title = "Assignments"
    header_icon = "list-ul"

    def get_context_data(self, **kwargs):
        rows = (
            Assignment.objects.with_status()
            .select_related("employee__user", "program")
            .prefetch_related("events")
            .order_by("due_at")[:500]
        )
        return super().get_context_data(
            rows=[(a, Status(a.status).label, explain(a)) for a in rows], **kwargs
        )


class DecisionForm(forms.Form):
    assignment = forms.ModelChoiceField(
        queryset=Assignment.objects.filter(ended_at=None).select_related(
            "employee__user", "program"
        )
    )
    decision = forms.ChoiceField(
        choices=[("extend", "Extend the due date"), ("exempt", "Exempt from this program")],
        widget=forms.RadioSelect,
    )
    new_due_date = forms.DateField(
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="For an extension.",
    )
    reason = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}))

    def clean(self):
        data = super().clean()
        if data.get("decision") == "extend" and not data.get("new_due_date"):
            self.add_error("new_due_date", "An extension needs the new due date.")
        return data


class DecisionView(PermissionRequiredMixin, WagtailAdminTemplateMixin, FormView):
    """Extend a due date or exempt someone, with a reason; the approver is the signed-in user."""

    permission_required = "certification.add_extension"
    raise_exception = True
    template_name = "certification/admin/decision.html"
    page_title = "Extension or exemption"
    header_icon = "date"
    form_class = DecisionForm

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            if data["decision"] == "extend":
                grant_extension(
                    assignment=data["assignment"],
                    new_due_date=data["new_due_date"],
                    reason=data["reason"],
                    approver=self.request.user,
                )
            else:
                grant_exemption(
                    assignment=data["assignment"], reason=data["reason"], approver=self.request.user
                )
        except ValidationError as error:
            for field, errors in error.message_dict.items():
                form.add_error(field, errors)
            return self.form_invalid(form)
        messages.success(self.request, f"Recorded for {data['assignment']}.")
        return redirect("certification_assignments")
