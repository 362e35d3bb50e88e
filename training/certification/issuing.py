"""Issuing certification records, exactly once per cycle, into a tamper-evident hash chain."""

import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from datetime import UTC

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from training.learning.models import CourseAttestation, LessonCompletion, ModuleCompletion

from . import dates
from .assigning import record_event
from .models import Assignment, AssignmentEvent, CertificationRecord, ChainHead

GENESIS = "0" * 64
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I


def personal_digest(name: str, email: str) -> str:
    """A keyed digest of the personal fields: the chain covers this, not the raw name and email."""
    key = settings.RECORD_DIGEST_KEY.encode()
    return hmac.new(key, f"{name}\n{email.lower()}".encode(), hashlib.sha256).hexdigest()


def new_verification_code(rng=None) -> str:
    """Twelve characters from the alphabet; `rng` (a seeded random.Random) only for demo data."""
    choice = rng.choice if rng is not None else secrets.choice
    raw = "".join(choice(CODE_ALPHABET) for _ in range(12))
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


def _iso(moment) -> str:
    return moment.astimezone(UTC).isoformat()


def sealed_fields(record: CertificationRecord) -> dict:
    """Everything the hash vouches for (the raw name and email only through their digest)."""
    return {
        "previous_hash": record.previous_hash,
        "verification_code": record.verification_code,
        "assignment": record.assignment_id,
        "employee": record.employee_id,
        "program": record.program_id,
        "program_name": record.program_name,
        "cycle": record.cycle,
        "employee_number": record.employee_number,
        "personal_digest": record.personal_digest,
        "department": record.department,
        "job_role": record.job_role,
        "completed_at": _iso(record.completed_at),
        "expires_at": _iso(record.expires_at),
        "modules": record.modules,
        "revisions": record.revisions,
        "attestation_text": record.attestation_text,
        "attested_at": _iso(record.attested_at),
        "explanation": record.explanation,
        "issued_at": _iso(record.issued_at),
    }


def compute_hash(record: CertificationRecord) -> str:
    canonical = json.dumps(sealed_fields(record), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


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
def append_to_chain(record: CertificationRecord) -> CertificationRecord:
    """Link a new record to the newest one, seal it with its hash and save it.

    Locking the chain head orders concurrent issuing into one chain; the caller's transaction keeps
    the record and the head together.
    """
    head, _ = ChainHead.objects.select_for_update().get_or_create(
        pk=1, defaults={"last_hash": GENESIS}
    )
    record.previous_hash = head.last_hash
    record.hash = compute_hash(record)
    record.save()
    ChainHead.objects.filter(pk=head.pk).update(last_hash=record.hash)
    return record


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
    name = user.get_full_name() or user.email
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


@dataclass(frozen=True)
class ChainCheck:
    ok: bool
    checked: int
    message: str


def verify_chain() -> ChainCheck:
    """Recompute every record's hash and link; name the first record that does not hold."""
    previous, checked = GENESIS, 0
    for record in CertificationRecord.objects.order_by("id").iterator(chunk_size=2000):
        label = f"record #{record.pk} ({record.verification_code})"
        if record.previous_hash != previous:
            return ChainCheck(False, checked, f"{label}: its link to the previous record is broken")
        if compute_hash(record) != record.hash:
            return ChainCheck(False, checked, f"{label}: its contents do not match its hash")
        if personal_digest(record.name, record.email) != record.personal_digest:
            return ChainCheck(False, checked, f"{label}: its name or email was altered")
        previous, checked = record.hash, checked + 1
    head = ChainHead.objects.filter(pk=1).values_list("last_hash", flat=True).first()
    if head is not None and head != previous:
        return ChainCheck(False, checked, "the newest record is missing: the chain ends early")
    return ChainCheck(True, checked, f"{checked} records verified; the chain is intact")
