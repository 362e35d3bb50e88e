"""The record chain: each certification record sealed with a keyed hash and linked to the one before.

A record's seal is HMAC-SHA256, under `settings.RECORD_CHAIN_KEY`, of its sealed fields, and those
fields include the previous record's seal. The key lives outside the database (the environment),
so someone who can write to the database can change a record but cannot make a seal that fits.

Records issued before the chain was keyed were sealed with plain SHA-256. They keep their seals
(the evidence must not change); the *legacy boundary* on the chain head says how many there are
and which seal ends them, signed with the key when the upgrade ran. So the old segment is pinned:
rewriting any of it changes the seal at the boundary, and moving the boundary needs the key.

A *checkpoint* (records, head, taken_at, signature) is a signed statement of how long the chain
was and how it ended at a moment. One is written to the export log with every export and evidence
pack, and `manage.py chain_checkpoint` prints one for publishing elsewhere. Checked against any
earlier checkpoint, `verify_chain` catches records deleted from the end, a rewritten chain and a
reordered one.
"""

import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import UTC, datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .models import CertificationRecord, ChainHead

GENESIS = "0" * 64
CHECKPOINT_FIELDS = ("records", "head", "taken_at")
# A pseudonymised record carries these instead of the holder's name and email (see retention.py).
PSEUDONYM_NAME = "Former employee"
PSEUDONYM_DOMAIN = "pseudonymised.invalid"


def personal_digest(name: str, email: str) -> str:
    """A keyed digest of the personal fields: the chain covers this, not the raw name and email."""
    key = settings.RECORD_DIGEST_KEY.encode()
    return hmac.new(key, f"{name}\n{email.lower()}".encode(), hashlib.sha256).hexdigest()


def pseudonym_email(employee_id: int) -> str:
    """The address a pseudonymised leaver's user and records carry: unique, and deliverable nowhere."""
    return f"leaver-{employee_id}@{PSEUDONYM_DOMAIN}"


def _iso(moment) -> str:
    return moment.astimezone(UTC).isoformat()


def sealed_fields(record: CertificationRecord) -> dict:
    """Everything the seal vouches for (the raw name and email only through their digest)."""
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


def _canonical(record: CertificationRecord) -> bytes:
    return json.dumps(sealed_fields(record), sort_keys=True, separators=(",", ":")).encode()


def chain_keys() -> list[bytes]:
    """The key that seals now, then retired keys that still verify what they sealed."""
    return [key.encode() for key in (settings.RECORD_CHAIN_KEY, *settings.RECORD_CHAIN_OLD_KEYS)]


def _mac(key: bytes, message: bytes) -> str:
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def compute_hash(record: CertificationRecord) -> str:
    """The record's seal under the current key (a record in memory is enough)."""
    return _mac(chain_keys()[0], _canonical(record))


def legacy_hash(record: CertificationRecord) -> str:
    """The unkeyed SHA-256 seal of records issued before the chain was keyed."""
    return hashlib.sha256(_canonical(record)).hexdigest()


def _sealed_by_a_key(record: CertificationRecord) -> bool:
    message = _canonical(record)
    return any(hmac.compare_digest(_mac(key, message), record.hash) for key in chain_keys())


@transaction.atomic
def append_to_chain(record: CertificationRecord) -> CertificationRecord:
    """Link a new record to the newest one, seal it and save it.

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


# Checkpoints ---------------------------------------------------------------------------------


def _statement(checkpoint: dict) -> bytes:
    return "\n".join(
        ["dea-chain-checkpoint-v1", *(str(checkpoint[f]) for f in CHECKPOINT_FIELDS)]
    ).encode()


def sign_checkpoint(*, records: int, head: str, taken_at: datetime) -> dict:
    checkpoint = {"records": records, "head": head, "taken_at": _iso(taken_at)}
    return {**checkpoint, "signature": _mac(chain_keys()[0], _statement(checkpoint))}


def checkpoint_is_genuine(checkpoint: dict) -> bool:
    """Signed by the current key or a retired one, with every field of the right type."""
    try:
        records, head, signature = (checkpoint[k] for k in ("records", "head", "signature"))
        datetime.fromisoformat(checkpoint["taken_at"])
    except (KeyError, TypeError, ValueError):
        return False
    if not (isinstance(records, int) and records >= 0 and isinstance(head, str)):
        return False
    if not isinstance(signature, str):
        return False
    statement = _statement(checkpoint)
    return any(hmac.compare_digest(_mac(key, statement), signature) for key in chain_keys())


@transaction.atomic
def take_checkpoint(*, at=None) -> dict:
    """The chain's length and head now, signed. Locking the head keeps them from one moment."""
    head = ChainHead.objects.select_for_update().filter(pk=1).first()
    return sign_checkpoint(
        records=CertificationRecord.objects.count(),
        head=head.last_hash if head else GENESIS,
        taken_at=at or timezone.now(),
    )


def legacy_boundary() -> dict:
    """A signed checkpoint of the records sealed with plain SHA-256 (taken by migration 0005)."""
    head = ChainHead.objects.filter(pk=1).first()
    if head is None or not head.legacy_signature:
        return sign_checkpoint(records=0, head=GENESIS, taken_at=datetime(2000, 1, 1, tzinfo=UTC))
    return {
        "records": head.legacy_records,
        "head": head.legacy_head,
        "taken_at": _iso(head.legacy_taken_at),
        "signature": head.legacy_signature,
    }


# Verifying -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChainCheck:
    ok: bool
    checked: int
    message: str
    # "" when ok; "broken" (a record or link does not hold), "mismatch" (the chain differs from a
    # genuine checkpoint: truncated, rewritten or reordered), "forged" (a checkpoint's signature fails).
    problem: str = ""


def _personal_fields_hold(record: CertificationRecord) -> bool:
    if record.pseudonymised_at is not None:
        return record.name == PSEUDONYM_NAME and record.email == pseudonym_email(record.employee_id)
    return hmac.compare_digest(personal_digest(record.name, record.email), record.personal_digest)


def _record_problem(record: CertificationRecord, position: int, legacy: dict) -> str | None:
    if position <= legacy["records"]:
        if not hmac.compare_digest(legacy_hash(record), record.hash):
            return "its contents do not match its hash"
        if position == legacy["records"] and record.hash != legacy["head"]:
            return "the records sealed before the chain was keyed were rewritten"
    elif not _sealed_by_a_key(record):
        return "its contents do not match its hash (or it was sealed without the key)"
    if not _personal_fields_hold(record):
        return "its name or email was altered"
    return None


def verify_chain(*, checkpoints: list[dict] | None = None) -> ChainCheck:
    """Recompute every record's seal and link, and hold the chain against signed checkpoints
    (published ones, those in the export log); name the first thing that does not hold."""
    held = list(checkpoints or [])
    legacy = legacy_boundary()
    for checkpoint in [legacy, *held]:
        if not checkpoint_is_genuine(checkpoint):
            where = "the legacy boundary" if checkpoint is legacy else "a checkpoint"
            return ChainCheck(False, 0, f"{where} is forged: its signature does not hold", "forged")
    wanted: dict[int, list[dict]] = {}
    for checkpoint in held:
        wanted.setdefault(checkpoint["records"], []).append(checkpoint)
    for checkpoint in wanted.pop(0, []):
        if checkpoint["head"] != GENESIS:
            return ChainCheck(False, 0, _differs(checkpoint, "the empty chain"), "mismatch")

    previous, position = GENESIS, 0
    for record in CertificationRecord.objects.order_by("id").iterator(chunk_size=2000):
        label = f"record #{record.pk} ({record.verification_code})"
        if record.previous_hash != previous:
            message = f"{label}: its link to the previous record is broken"
            return ChainCheck(False, position, message, "broken")
        problem = _record_problem(record, position + 1, legacy)
        if problem:
            return ChainCheck(False, position, f"{label}: {problem}", "broken")
        previous, position = record.hash, position + 1
        for checkpoint in wanted.pop(position, []):
            if checkpoint["head"] != record.hash:
                return ChainCheck(False, position, _differs(checkpoint, label), "mismatch")
    if wanted:
        checkpoint = wanted[max(wanted)][0]
        message = (
            f"the chain was truncated: the checkpoint of {checkpoint['taken_at']} vouches for "
            f"{checkpoint['records']} records, only {position} remain"
        )
        return ChainCheck(False, position, message, "mismatch")
    head = ChainHead.objects.filter(pk=1).values_list("last_hash", flat=True).first()
    if head is not None and head != previous:
        message = "the newest record is missing: the chain ends early"
        return ChainCheck(False, position, message, "broken")
    against = f" and {len(held)} checkpoints" if held else ""
    return ChainCheck(True, position, f"{position} records verified{against}; the chain is intact")


def _differs(checkpoint: dict, label: str) -> str:
    return (
        f"{label} is record {checkpoint['records']} of the chain but not the one the checkpoint "
        f"of {checkpoint['taken_at']} vouches for: the chain was rewritten, reordered or truncated "
        "and extended"
    )
