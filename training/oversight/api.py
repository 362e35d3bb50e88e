"""The read-only JSON API for integrations: certification records, and status as of a date.

Who may use it: an integration presenting the bearer token of an unrevoked `ApiClient`; it sees
the whole organisation, leavers included. A session login does not authenticate it, so a signed-in
browser can never be used to call it (and no CSRF token is needed). Every list call is written to
the `ExportLog`, like any other export.

Filters by name (`department`, `role`) match case-insensitively. For records, `department` is the
department written into the record when it was issued (the evidence), not the person's current one.
Dates are calendar days in the organisation's time zone (`TIME_ZONE`).
"""

import hashlib
from datetime import UTC, date, datetime
from typing import Annotated, Any

from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from ninja import Field, NinjaAPI, Query, Schema
from ninja.errors import AuthenticationError, HttpError
from ninja.renderers import JSONRenderer
from ninja.responses import NinjaJSONEncoder
from ninja.security import HttpBearer
from pydantic import StringConstraints, field_validator, model_validator

from training.audit.context import act_as
from training.certification import dates
from training.certification.models import Assignment, CertificationRecord, Status

from .exports import _open_log
from .models import ApiClient

MAX_LIMIT = 500
MAX_OFFSET = 10**9
MAX_ID = 2**63 - 1  # the largest primary key either database stores
# A department or role name as a filter: printable text of a sane length. PostgreSQL refuses a NUL
# in a query outright, so it is refused here with 422 rather than reaching the database.
Name = Annotated[str, StringConstraints(max_length=200, pattern=r"^[^\x00-\x1f\x7f]*$")]
DEFAULT_LIMIT = 100

DESCRIPTION = """Read-only access to certification records and compliance status, for integrations.

Authenticate with `Authorization: Bearer <token>` (tokens are issued by an administrator under
“API clients” in the admin). Lists are paginated with `limit` (at most 500) and `offset`, and
every list call is logged as an export. `department` and `role` filters are names, matched
case-insensitively; for records, `department` is the one written into the record when it was
issued. Dates are calendar days in the organisation's time zone; times are ISO 8601 in UTC.
"""


class FullPrecisionEncoder(NinjaJSONEncoder):
    """ISO 8601 in UTC with microseconds: the evidence is not rounded to milliseconds."""

    def default(self, o: Any) -> Any:
        if isinstance(o, datetime):
            return o.astimezone(UTC).isoformat().replace("+00:00", "Z")
        return super().default(o)


class Renderer(JSONRenderer):
    encoder_class = FullPrecisionEncoder


class ApiToken(HttpBearer):
    """`Authorization: Bearer <token>`: an unrevoked client whose stored hash matches."""

    def __call__(self, request: HttpRequest):
        header = request.headers.get(self.header, "")
        if not header.lower().startswith("bearer "):
            raise AuthenticationError(
                message="Send your API token in the header “Authorization: Bearer <token>”."
            )
        return super().__call__(request)

    def authenticate(self, request: HttpRequest, token: str) -> ApiClient:
        client = ApiClient.objects.filter(token_hash=ApiClient.hash_token(token.strip())).first()
        if client is None:
            raise AuthenticationError(message="This API token is not known.")
        if client.revoked_at is not None:
            raise AuthenticationError(message="This API token has been revoked.")
        # Whatever this request writes to the audit log (its export log row) names the client.
        act_as(who=f"api client {client.name}")
        client.last_used_at = timezone.now()
        ApiClient.objects.filter(pk=client.pk).update(last_used_at=client.last_used_at)
        return client


api = NinjaAPI(
    title="Data Ethics Academy API",
    version="1",
    description=DESCRIPTION,
    urls_namespace="api",
    docs_url=None,
    auth=ApiToken(),
    renderer=Renderer(),
)


@api.exception_handler(AuthenticationError)
def refuse(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    response = api.create_response(request, {"detail": exc.message}, status=401)
    response["WWW-Authenticate"] = 'Bearer realm="api"'
    return response


# --- Schemas ---------------------------------------------------------------------------------


class RecordOut(Schema):
    verification_code: str
    employee_number: str
    name: str
    email: str
    department: str = Field(description="The department when the record was issued.")
    job_role: str = Field(description="The job role when the record was issued.")
    program_id: int
    program_name: str
    cycle: int = Field(description="1 for the first certification, then one more per renewal.")
    completed_at: datetime
    expires_at: datetime
    attestation_text: str
    attested_at: datetime
    issued_at: datetime
    explanation: str = Field(description="How the expiry date was derived, in words.")
    modules: list[dict[str, Any]] = Field(
        description="Per module: title, quiz score, ids, and how it was earned (earned_by: "
        "lessons_and_quiz or renewal_check; absent on records issued before renewal checks)."
    )
    revisions: dict[str, Any] = Field(description="Page id → Wagtail revision id completed.")
    previous_hash: str
    hash: str


class RecordPage(Schema):
    count: int = Field(description="Records matching the filters, over all pages.")
    limit: int
    offset: int
    items: list[RecordOut]


class StatusOut(Schema):
    assignment_id: int
    employee_number: str
    name: str
    email: str
    employee_active: bool
    department: str | None = Field(description="The employee's current department.")
    job_role: str | None = Field(description="The employee's current job role.")
    program_id: int
    program_name: str
    status: Status
    assigned_at: datetime
    cycle: int | None
    due_at: datetime | None
    valid_until: datetime | None
    renewal_opens_at: datetime | None


class StatusPage(Schema):
    as_of: datetime = Field(description="The moment the status describes.")
    count: int
    limit: int
    offset: int
    items: list[StatusOut]


class ErrorOut(Schema):
    detail: Any


ERRORS = {401: ErrorOut, 422: ErrorOut}


# --- Helpers ---------------------------------------------------------------------------------


def _report_day(value: date | None) -> date | None:
    """The same bounds as every report day (`dates.check_report_day`)."""
    if value is not None:
        try:
            dates.check_report_day(value)
        except ValueError as error:
            raise ValueError(str(error).replace("{name}", "the day")) from None
    return value


def _logged_response(request, *, kind: str, query: Schema, page: Schema) -> HttpResponse:
    """Render the page and log it as an export, with the SHA-256 of exactly the bytes sent."""
    started = timezone.now()
    response = api.create_response(request, page.model_dump(), status=200)
    _open_log(
        user=None,
        via="api",
        kind=kind,
        file_format="json",
        filters={"client": request.auth.name, **query.model_dump(mode="json", exclude_none=True)},
        started_at=started,
        finished_at=timezone.now(),
        row_count=len(page.items),
        sha256=hashlib.sha256(response.content).hexdigest(),
    )
    return response


# --- Endpoints -------------------------------------------------------------------------------


class Paging(Schema):
    limit: int = Field(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description="Rows per page.")
    offset: int = Field(0, ge=0, le=MAX_OFFSET, description="Rows to skip.")


class RecordFilters(Paging):
    program: int | None = Field(None, ge=1, le=MAX_ID, description="Certification program id.")
    department: Name | None = Field(None, description="Department name written in the record.")
    date_from: date | None = Field(None, description="Completed on or after this day.")
    date_to: date | None = Field(None, description="Completed on or before this day.")

    @field_validator("date_from", "date_to")
    @classmethod
    def report_days(cls, value: date | None) -> date | None:
        return _report_day(value)

    @model_validator(mode="after")
    def dates_in_order(self):
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError("date_from must be on or before date_to.")
        return self


@api.get("/records", response={200: RecordPage, **ERRORS}, tags=["records"])
def list_records(request, query: Query[RecordFilters]):
    """Certification records, newest completion first, leavers included."""
    records = CertificationRecord.objects.all()
    if query.program is not None:
        records = records.filter(program_id=query.program)
    if query.department:
        records = records.filter(department__iexact=query.department.strip())
    records = records.filter(dates.days_q("completed_at", query.date_from, query.date_to))
    rows = records.order_by("-completed_at", "-id")[query.offset : query.offset + query.limit]
    page = RecordPage(
        count=records.count(),
        limit=query.limit,
        offset=query.offset,
        items=[RecordOut.model_validate(record) for record in rows],
    )
    return _logged_response(request, kind="records", query=query, page=page)


@api.get(
    "/records/{verification_code}",
    response={200: RecordOut, 401: ErrorOut, 404: ErrorOut},
    tags=["records"],
)
def get_record(request, verification_code: str):
    """One certification record, by the verification code printed on its certificate."""
    code = verification_code.strip().upper()
    record = (
        CertificationRecord.objects.filter(verification_code=code).first()
        if code.isascii() and code.isprintable() and len(code) <= 64
        else None
    )
    if record is None:
        raise HttpError(404, "No certification record has this verification code.")
    return record


class StatusFilters(Paging):
    as_of: date | None = Field(None, description="Status at the end of this day; default: now.")
    program: int | None = Field(None, ge=1, le=MAX_ID, description="Certification program id.")
    department: Name | None = Field(None, description="The employee's current department name.")
    role: Name | None = Field(None, description="The employee's current job role name.")
    status: Status | None = Field(None, description="Only assignments with this status.")

    @field_validator("as_of")
    @classmethod
    def a_report_day(cls, value: date | None) -> date | None:
        return _report_day(value)


def _status_row(assignment: Assignment, *, past: bool) -> StatusOut:
    """The facts the status was computed from: as history held them at a past `as_of`."""
    employee, prefix = assignment.employee, "as_of_" if past else ""
    return StatusOut(
        assignment_id=assignment.pk,
        employee_number=employee.employee_number,
        name=employee.user.get_full_name(),
        email=employee.user.email,
        employee_active=employee.active,
        department=employee.department.name if employee.department else None,
        job_role=employee.job_role.name if employee.job_role else None,
        program_id=assignment.program_id,
        program_name=assignment.program.name,
        status=assignment.status,
        assigned_at=assignment.assigned_at,
        **{
            fact: getattr(assignment, prefix + fact)
            for fact in ("cycle", "due_at", "valid_until", "renewal_opens_at")
        },
    )


@api.get("/status", response={200: StatusPage, **ERRORS}, tags=["status"])
def list_status(request, query: Query[StatusFilters]):
    """Assignments active at `as_of` with their status, as the compliance report shows them."""
    if query.as_of is None:
        at, assignments = timezone.now(), Assignment.objects.with_status()
    else:
        at = dates.as_of_moment(query.as_of)
        assignments = Assignment.objects.with_status(at=at)
    wanted = Q()
    if query.program is not None:
        wanted &= Q(program_id=query.program)
    if query.department:
        wanted &= Q(employee__department__name__iexact=query.department.strip())
    if query.role:
        wanted &= Q(employee__job_role__name__iexact=query.role.strip())
    if query.status:
        wanted &= Q(status=query.status)
    assignments = assignments.filter(wanted)
    rows = assignments.select_related(
        "employee__user", "employee__department", "employee__job_role", "program"
    ).order_by("employee__employee_number", "program__name", "pk")
    page = StatusPage(
        as_of=at,
        count=assignments.count(),
        limit=query.limit,
        offset=query.offset,
        items=[
            _status_row(a, past=query.as_of is not None)
            for a in rows[query.offset : query.offset + query.limit]
        ],
    )
    return _logged_response(request, kind="status", query=query, page=page)
