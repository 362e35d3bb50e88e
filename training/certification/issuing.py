"""Issuing certification records, exactly once per cycle, into a tamper-evident hash chain."""

import secrets

from django.db import transaction
from django.utils import timezone

from training.learning.models import CourseAttestation, LessonCompletion, ModuleCompletion

from . import dates
from .assigning import record_event
from .chain import (  # noqa: F401 (the chain's functions, long imported from here)
    GENESIS,
    ChainCheck,
    _iso,
    append_to_chain,
    compute_hash,
    personal_digest,
    sealed_fields,
    verify_chain,
)
from .figures import write_figures
from .models import Assignment, AssignmentEvent, CertificationRecord

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I


def unnamed_holder(employee_number: str) -> str:
    """What a record calls a holder with no name on file: their employee number, never their email
    (it would reach the certificate and the public verify page)."""
    return f"Employee {employee_number}"


def holder_name(user, employee) -> str:
    """The name a record carries: the full name, else `unnamed_holder`."""
    return user.get_full_name().strip() or unnamed_holder(employee.employee_number)


def new_verification_code(rng=None) -> str:
    """Twelve characters from the alphabet; `rng` (a seeded random.Random) only for demo data."""
    choice = rng.choice if rng is not None else secrets.choice
    raw = "".join(choice(CODE_ALPHABET) for _ in range(12))
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


def _evidence(assignment: Assignment, user, period_start):
    """Per module its quiz (or renewal check) result and how it was earned, and the revision of
    every page and quiz completed."""
    courses = list(assignment.program.courses.all())
    required = [module for course in courses for module in course.modules()]
    completions = {
        c.module_id: c
        for c in ModuleCompletion.objects.filter(
            user=user, period_start=period_start, module__in=required
        ).select_related("attempt")
    }
    modules = []
    for module in required:
        completion = completions.get(module.id)
        attempt = completion.attempt if completion else None
        modules.append(
            {
                "module": module.id,
                "title": module.title,
                "score": str(attempt.score) if attempt else None,
                "attempt": attempt.id if attempt else None,
                "quiz_revision": attempt.revision_id if attempt else None,
                "completed_at": _iso(completion.completed_at) if completion else None,
                # Sealed with the rest of the entry; records issued before it simply lack it.
                "earned_by": completion.method if completion else None,
            }
        )
    revisions = {
        str(lesson_id): revision_id
        for lesson_id, revision_id in LessonCompletion.objects.filter(
            user=user, period_start=period_start
        ).values_list("lesson_id", "revision_id")
    }
    return courses, modules, revisions


@transaction.atomic
def issue_certification(*, assignment: Assignment, at=None) -> CertificationRecord | None:
    """Issue this cycle's record if every required course is attested in the cycle; else None."""
    at = at or timezone.now()
    assignment = (
        Assignment.objects.select_for_update(of=("self",))
        .select_related("employee__user", "employee__department", "employee__job_role", "program")
        .get(pk=assignment.pk)
    )
    if assignment.ended_at or assignment.exempt:
        return None
    if CertificationRecord.objects.filter(assignment=assignment, cycle=assignment.cycle).exists():
        return None
    employee, user, period = (
        assignment.employee,
        assignment.employee.user,
        assignment.cycle_started_at,
    )
    courses, modules, revisions = _evidence(assignment, user, period)
    attestations = list(
        CourseAttestation.objects.filter(user=user, course__in=courses, period_start=period)
    )
    if not courses or len(attestations) < len(courses):
        return None
    last_attestation = max(attestations, key=lambda a: a.accepted_at)
    valid = dates.validity(
        program=assignment.program,
        completed_at=at,
        tz=employee.time_zone,
        previous_valid_until=assignment.valid_until,
        previous_renewal_opens_at=assignment.renewal_opens_at,
    )
    name = holder_name(user, employee)
    record = CertificationRecord(
        assignment=assignment,
        employee=employee,
        program=assignment.program,
        program_name=assignment.program.name,
        cycle=assignment.cycle,
        employee_number=employee.employee_number,
        name=name,
        email=user.email,
        department=employee.department.name if employee.department else "",
        job_role=employee.job_role.name if employee.job_role else "",
        personal_digest=personal_digest(name, user.email),
        completed_at=at,
        expires_at=valid.valid_until,
        modules=modules,
        revisions=revisions,
        attestation_text=last_attestation.text,
        attested_at=last_attestation.accepted_at,
        explanation=valid.explanation,
        verification_code=new_verification_code(),
        issued_at=at,
    )
    append_to_chain(record)
    write_figures(CertificationRecord.objects.filter(pk=record.pk))
    Assignment.objects.filter(pk=assignment.pk).update(
        valid_until=valid.valid_until, renewal_opens_at=valid.renewal_opens_at, due_at=valid.due_at
    )
    assignment.refresh_from_db()
    record_event(assignment, AssignmentEvent.Kind.CERTIFIED, at, valid.explanation)
    transaction.on_commit(lambda: _announce(record.pk))
    return record


def _announce(record_id: int) -> None:
    from .tasks import email_certificate

    email_certificate.enqueue(record_id)


def issue_due_certifications(*, user, at=None) -> list[CertificationRecord]:
    """After a learner's attestation: issue every record their open assignments now earn."""
    issued = []
    for assignment in Assignment.objects.filter(employee__user=user, ended_at=None, exempt=False):
        record = issue_certification(assignment=assignment, at=at)
        if record:
            issued.append(record)
    return issued


def on_attestation_accepted(sender, *, user, at, **kwargs):
    """learning announced an attestation: it may complete a certification."""
    issue_due_certifications(user=user, at=at)
