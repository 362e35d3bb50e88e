"""The query parameters of oversight's pages, exports, the command and the API, as Django forms.

One form per question asked, shared by every caller: a parameter is known, given once, and in range,
or the request is refused with a message that names it. Messages hold `{name}` where the parameter's
name goes, so a page can say “as_of” and the command --as-of.
"""

from collections.abc import Mapping
from datetime import date

from django import forms
from django.contrib.contenttypes.models import ContentType

from training.audit.models import Action
from training.certification import dates
from training.certification.models import COMPLIANT, CertificationProgram, Status
from training.people import delegations as delegating
from training.people.models import Delegation, Department, JobRole

from .exports import KINDS, ONLY_FOR, ExportFilters

FORMATS = ("csv", "xlsx", "json")


class QueryError(ValueError):
    """A parameter a view, the command or the API cannot accept; the message names it."""

    def __init__(self, param: str, template: str):
        self.param, self.template = param, template
        super().__init__(self.naming(f"“{param}”"))

    def naming(self, name: str) -> str:
        # Not str.format: the template quotes what the user sent, braces and all.
        return self.template.replace("{name}", name)


class ReportDayField(forms.DateField):
    """A day a report can describe: YYYY-MM-DD, from EARLIEST_REPORT_DAY up to today."""

    def __init__(self, **kwargs):
        super().__init__(input_formats=["%Y-%m-%d"], required=False, **kwargs)

    def to_python(self, value):
        if value in self.empty_values:
            return None
        text = str(value).strip()
        try:
            day = date.fromisoformat(text) if len(text) == 10 else None
        except ValueError:
            day = None
        if day is None:
            raise forms.ValidationError(
                "{name} must be a date as YYYY-MM-DD (not “%(value)s”).",
                params={"value": text[:40]},
            )
        try:
            dates.check_report_day(day)
        except ValueError as error:
            raise forms.ValidationError(str(error)) from None
        return day


class ObjectIdField(forms.ModelChoiceField):
    """The id of an existing row; cleans to the id, since every filter here takes ids."""

    def clean(self, value):
        obj = super().clean(value)
        return obj.pk if obj is not None else None


def _object_field(model, noun: str) -> ObjectIdField:
    return ObjectIdField(
        model.objects.all(),
        required=False,
        error_messages={"invalid_choice": f"{{name}}: there is no {noun} with id “%(value)s”."},
    )


def _choice_field(choices, *, required=False) -> forms.ChoiceField:
    values = [value for value, _ in choices]
    return forms.ChoiceField(
        choices=choices,
        required=required,
        error_messages={
            "invalid_choice": f"{{name}} must be one of {', '.join(values)} (not “%(value)s”).",
            "required": "Give {name}.",
        },
    )


class QueryForm(forms.Form):
    """A form over query parameters: a QueryDict, or a mapping of names to lists of values.

    Unknown parameters and parameters given twice are refused; an empty value counts as not given.
    `extra` names parameters the view reads itself (such as `page`).
    """

    extra: tuple[str, ...] = ()

    def __init__(self, params: Mapping):
        self.refusal: QueryError | None = None
        single = {}
        for key in params:
            values = params.getlist(key) if hasattr(params, "getlist") else params[key]
            values = [values] if isinstance(values, str) else list(values)
            if key not in self.base_fields and key not in self.extra:
                self.refusal = self.refusal or QueryError(key[:40], "Unknown parameter {name}.")
            elif len(values) > 1:
                self.refusal = self.refusal or QueryError(key, "Give {name} once.")
            elif values and str(values[0]).strip():
                single[key] = str(values[0]).strip()
        super().__init__(data=single)

    def first_error(self) -> QueryError | None:
        """The first thing wrong, naming its parameter; None when the query is fine."""
        if self.refusal:
            return self.refusal
        if self.is_valid():
            return None
        field, messages = next(iter(self.errors.items()))
        return QueryError(field if field != "__all__" else "query", messages[0])

    def parsed(self) -> dict:
        """The cleaned values, or raise the first `QueryError`."""
        error = self.first_error()
        if error:
            raise error
        return self.cleaned_data


class ExportForm(QueryForm):
    """What to export: records or status, a format, filters; as the page, command and API ask."""

    kind = _choice_field([(k, k) for k in KINDS])
    format = _choice_field([(f, f) for f in FORMATS])
    program = _object_field(CertificationProgram, "certification program")
    department = _object_field(Department, "department")
    role = _object_field(JobRole, "job role")
    status = _choice_field(Status.choices)
    date_from = ReportDayField()
    date_to = ReportDayField()
    as_of = ReportDayField()

    def clean(self):
        data = super().clean()
        kind = data.get("kind") or "records"
        for name, value in data.items():
            if value not in (None, "") and ONLY_FOR.get(name, kind) != kind:
                raise forms.ValidationError(
                    {name: f"{{name}} applies to {ONLY_FOR[name]} exports only."}
                )
        _in_order(data)
        return data

    def filters(self) -> ExportFilters:
        data = self.parsed()
        return ExportFilters(
            kind=data["kind"] or "records",
            file_format=data["format"] or "csv",
            program=data["program"],
            department=data["department"],
            role=data["role"],
            status=data["status"] or None,
            date_from=data["date_from"],
            date_to=data["date_to"],
            as_of=data["as_of"],
        )


class EvidenceWindowForm(QueryForm):
    """The audit window of an evidence pack: both days required, in order, not in the future."""

    date_from = ReportDayField(error_messages={"required": "Give {name} as YYYY-MM-DD."})
    date_to = ReportDayField(error_messages={"required": "Give {name} as YYYY-MM-DD."})

    def clean(self):
        data = super().clean()
        for name in ("date_from", "date_to"):
            if name not in self.errors and data.get(name) is None:
                self.add_error(name, "Give {name} as YYYY-MM-DD.")
        _in_order(data)
        return data

    def window(self) -> tuple[date, date]:
        data = self.parsed()
        return data["date_from"], data["date_to"]


class ComplianceForm(QueryForm):
    """The compliance dashboard: a day (today when absent) and filters for the failing list."""

    extra = ("page",)
    as_of = ReportDayField()
    program = _object_field(CertificationProgram, "certification program")
    department = _object_field(Department, "department")
    role = _object_field(JobRole, "job role")
    status = _choice_field([(s, s.label) for s in Status if s not in COMPLIANT])


class TeamForm(QueryForm):
    """The team matrix: filters, a search and “direct reports only”."""

    extra = ("page",)
    program = _object_field(CertificationProgram, "certification program")
    department = _object_field(Department, "department")
    role = _object_field(JobRole, "job role")
    status = _choice_field(Status.choices)
    q = forms.CharField(required=False, max_length=100)
    direct = forms.BooleanField(required=False)


class ObjectTypeField(forms.CharField):
    """A kind of object as “app_label.model” (e.g. people.employee); cleans to its content type's id."""

    def __init__(self, **kwargs):
        super().__init__(required=False, max_length=100, **kwargs)

    def clean(self, value):
        text = super().clean(value)
        if not text:
            return None
        app_label, _, model = text.lower().partition(".")
        found = ContentType.objects.filter(app_label=app_label, model=model).first()
        if found is None:
            raise forms.ValidationError(
                "{name}: there is no object type “%(value)s” (give app.model, e.g. people.employee).",
                params={"value": text[:40]},
            )
        return found.pk


class AuditLogForm(QueryForm):
    """The audit log's filters: the organisation's days from and to, an action, an actor, a type."""

    extra = ("page",)
    date_from = ReportDayField()
    date_to = ReportDayField()
    action = _choice_field(Action.choices)
    actor = forms.CharField(
        required=False, max_length=254, error_messages={"max_length": "{name} is too long."}
    )
    object_type = ObjectTypeField()

    def clean(self):
        data = super().clean()
        _in_order(data)
        return data

    def query(self) -> dict:
        """The filters for `audit_log.audit_entries`, or raise the first `QueryError`."""
        data = self.parsed()
        return {name: data[name] or None for name in AuditLogForm.base_fields}


class AuditExportForm(AuditLogForm):
    """The same filters, and the file's format."""

    extra = ()
    format = _choice_field([(f, f) for f in FORMATS])


class DelegationForm(forms.Form):
    """A manager's grant of read access to their team: to whom, and for how many days."""

    email = forms.EmailField(
        max_length=254, error_messages={"required": "Give the email they sign in with."}
    )
    days = forms.IntegerField(
        min_value=delegating.MIN_DAYS,
        max_value=delegating.MAX_DAYS,
        error_messages={
            key: f"Choose how long, between {delegating.MIN_DAYS} and {delegating.MAX_DAYS} days."
            for key in ("required", "invalid", "min_value", "max_value")
        },
    )


class RevokeForm(forms.Form):
    """Which of the manager's live delegations to revoke."""

    revoke = forms.ModelChoiceField(
        Delegation.objects.none(),
        error_messages={
            "invalid_choice": "You have no live delegation with id “%(value)s”.",
            "required": "Choose the delegation to revoke.",
        },
    )

    def __init__(self, data, *, manager):
        super().__init__(data)
        self.fields["revoke"].queryset = Delegation.objects.filter(manager=manager, revoked_at=None)


def first_message(form: forms.Form) -> str:
    """The first thing wrong with a bound, invalid form, as one sentence."""
    return next(iter(form.errors.values()))[0]


def _in_order(data: dict) -> None:
    start, end = data.get("date_from"), data.get("date_to")
    if start and end and start > end:
        raise forms.ValidationError({"date_from": "{name} is after the end date."})
