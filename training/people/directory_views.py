"""The directory upload page in the Wagtail admin. Who may use it: users who may add employees."""

from django import forms
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.views.generic import FormView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from .directory import import_directory

MAX_UPLOAD_BYTES = 10 * 1024 * 1024


class DirectoryUploadForm(forms.Form):
    file = forms.FileField(
        label="Directory file (CSV)",
        help_text=(
            "UTF-8 CSV with the columns employee_number, email, first_name, last_name, department, "
            "job_role, manager_employee_number, hire_date, time_zone, active."
        ),
    )
    dry_run = forms.BooleanField(
        label="Dry run (preview only)",
        required=False,
        initial=True,
        help_text="Check the file and list what would change, without changing anything.",
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError("The file is larger than 10 MB.")
        return upload


class ImportDirectoryView(PermissionRequiredMixin, WagtailAdminTemplateMixin, FormView):
    """Upload, preview, import: the same `import_directory` as `manage.py import_employees`.

    The result is rendered in the response rather than redirected to, because a resubmitted
    import changes nothing the second time.
    """

    template_name = "people/admin/import_directory.html"
    form_class = DirectoryUploadForm
    page_title = "Import directory"
    header_icon = "upload"
    permission_required = "people.add_employee"
    raise_exception = True

    def form_valid(self, form):
        result = import_directory(
            data=form.cleaned_data["file"].read(), dry_run=form.cleaned_data["dry_run"]
        )
        return self.render_to_response(self.get_context_data(form=form, result=result))
